/** HTTP hygiene of buildApp: rate limits, body and batch limits, CSP and other headers, CORS, the CSRF origin check. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { buildApp } from '../app.ts';
import { createToken } from '../services/tokens.ts';
import { createTestDb, type TestDb } from '../test/db.ts';

let t: TestDb;
let app: FastifyInstance;
let token: string;

// Low limits through buildApp's options, so the tests count requests instead of waiting.
const LOW = { windowSeconds: 60, writesPerToken: 3, writesPerIp: 5, readsPerIp: 8 };

beforeAll(async () => {
  t = await createTestDb();
  const clientDir = join(t.dir, 'client');
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><div id="root"></div>');
  app = await buildApp({ db: t.db, clientDir, rateLimits: LOW });
  token = (await createToken(t.db, { sourceName: 'monitor-a' })).token;
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const submit = (headers: Record<string, string>, remoteAddress = '10.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/trpc/requests.submit',
    remoteAddress,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ requests: [] }),
  });
const read = (remoteAddress: string) => app.inject({ method: 'GET', url: '/trpc/meta.info', remoteAddress });

describe('rate limits', () => {
  test('writes per token: 429 with Retry-After once the token is over its limit', async () => {
    const statuses = [];
    for (let i = 0; i < LOW.writesPerToken + 1; i++) {
      statuses.push((await submit({ authorization: `Bearer ${token}` }, `10.1.0.${i}`)).statusCode);
    }
    expect(statuses.slice(0, LOW.writesPerToken).every((s) => s !== 429)).toBe(true);
    const over = await submit({ authorization: `Bearer ${token}` }, '10.1.1.1');
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.json().error.message).toMatch(`${LOW.writesPerToken} writes per token per 60 s`);
  });

  test('writes per IP: 429 however many tokens (or none) are used', async () => {
    for (let i = 0; i < LOW.writesPerIp; i++) expect((await submit({}, '10.2.0.1')).statusCode).toBe(401);
    const over = await submit({}, '10.2.0.1');
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toMatch(/^\d+$/);
    expect((await submit({}, '10.2.0.2')).statusCode).toBe(401);
  });

  test('reads per IP have their own, larger limit; pages and assets are not counted', async () => {
    for (let i = 0; i < LOW.readsPerIp; i++) expect((await read('10.3.0.1')).statusCode).toBe(200);
    const over = await read('10.3.0.1');
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toMatch(/^\d+$/);
    expect((await app.inject({ method: 'GET', url: '/', remoteAddress: '10.3.0.1' })).statusCode).toBe(200);
    expect((await read('10.3.0.2')).statusCode).toBe(200);
  });
});

describe('size limits answer 413 naming the limit', () => {
  test('a body over LIMITS.bodyBytes', async () => {
    const fresh = (await createToken(t.db, { sourceName: 'monitor-b' })).token;
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/requests.submit',
      remoteAddress: '10.4.0.1',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fresh}` },
      payload: `"${'x'.repeat(LIMITS.bodyBytes + 10)}"`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toMatch('16 MB limit');
  });
});

describe('headers', () => {
  test('a strict CSP on every HTML response, and nosniff and a strict referrer policy', async () => {
    for (const url of ['/', '/explore', '/index.html', '/chart/volume?embed=1']) {
      const response = await app.inject({ method: 'GET', url, remoteAddress: '10.5.0.1' });
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      const csp = String(response.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
        expect(csp, url).toContain(directive);
      }
      expect(csp, url).not.toContain('unsafe-inline');
      expect(csp, url).not.toContain('https:');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toMatch(
        /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
      );
    }
  });
});

describe('CORS: open for public reads, closed for writes', () => {
  test('GET queries and exports allow any origin, without credentials', async () => {
    for (const url of ['/trpc/meta.info', '/export/nobody.csv']) {
      const response = await app.inject({ method: 'GET', url, headers: { origin: 'https://news.example' } });
      expect(response.headers['access-control-allow-origin'], url).toBe('*');
      expect(response.headers['access-control-allow-credentials'], url).toBeUndefined();
    }
  });

  test('POST carries no CORS headers; a preflight for POST gets no allow headers', async () => {
    const post = await submit({ origin: 'https://news.example', authorization: `Bearer ${token}` }, '10.6.0.1');
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/trpc/requests.submit',
      headers: { origin: 'https://news.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(403);
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-allow'))).toEqual([]);
  });
});

describe('CSRF: writes that carry cookies must come from this site', () => {
  test('a POST with a Cookie and a foreign Origin (or Sec-Fetch-Site: cross-site) is refused with 403', async () => {
    const foreign = await submit({ cookie: 'session=abc', origin: 'https://evil.example' }, '10.7.0.1');
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toMatch(/Cross-site/);
    const fetchSite = await submit({ cookie: 'session=abc', 'sec-fetch-site': 'cross-site' }, '10.7.0.2');
    expect(fetchSite.statusCode).toBe(403);
  });

  test('the same origin, or no cookie (bearer tokens are not sent by browsers on their own), passes on', async () => {
    const own = await submit(
      { cookie: 'session=abc', origin: 'http://localhost:80', host: 'localhost:80' },
      '10.8.0.1',
    );
    expect(own.statusCode).toBe(401);
    const noCookie = await submit({ origin: 'https://evil.example' }, '10.8.0.2');
    expect(noCookie.statusCode).toBe(401);
  });
});
