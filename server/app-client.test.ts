/** Serving the built dashboard: SPA fallback for pages, real 404s for missing files, a CSP that fits plain HTTP. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { createTestDb, type TestDb } from './test/db.ts';

let t: TestDb;
let clientDir: string;
let app: FastifyInstance;
const INDEX = '<!doctype html><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script>';

beforeAll(async () => {
  t = await createTestDb();
  clientDir = join(t.dir, 'client');
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = await buildApp({ db: t.db, clientDir });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

test('/ and dashboard routes get index.html', async () => {
  for (const url of ['/', '/explore', '/legal-bases?level=provision']) {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    expect(response.body).toBe(INDEX);
  }
});

test('hashed assets are served and cached for good; a missing one is a 404, not the page', async () => {
  const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
  expect(asset.statusCode).toBe(200);
  expect(asset.headers['cache-control']).toMatch(/immutable/);
  const missing = await app.inject({ method: 'GET', url: '/assets/index-old.js' });
  expect(missing.statusCode).toBe(404);
  expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
});

test('API paths are never answered with the page', async () => {
  const response = await app.inject({ method: 'GET', url: '/trpc/no.such.procedure' });
  expect(response.statusCode).toBe(404);
  expect(response.json()).toMatchObject({ error: { data: { code: 'NOT_FOUND' } } });
  const post = await app.inject({ method: 'POST', url: '/somewhere', payload: {} });
  expect(post.statusCode).toBe(404);
});

test('the CSP allows only our own scripts and does not upgrade plain-HTTP asset requests', async () => {
  const csp = String((await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']);
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/upgrade-insecure-requests/);
});

test('the page itself is revalidated, so a rebuilt client is picked up', async () => {
  for (const url of ['/', '/explore']) {
    expect((await app.inject({ method: 'GET', url })).headers['cache-control'], url).toBe('no-cache');
  }
});

test('chart permalinks may be framed by any site (embeds); every other page only by this one', async () => {
  const embed = await app.inject({ method: 'GET', url: '/chart/volume?embed=1' });
  expect(embed.statusCode).toBe(200);
  expect(embed.headers['x-frame-options']).toBeUndefined();
  expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
  const page = await app.inject({ method: 'GET', url: '/explore' });
  expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
});

test('a client rebuilt while the server runs is served without a restart', async () => {
  writeFileSync(join(clientDir, 'assets', 'index-new456.js'), 'console.log(2)');
  const asset = await app.inject({ method: 'GET', url: '/assets/index-new456.js' });
  expect(asset.statusCode).toBe(200);
  expect(asset.body).toBe('console.log(2)');
});
