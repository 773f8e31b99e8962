/**
 * Nothing private leaves the server publicly: records whose content URLs, e-mails, phone numbers,
 * URLs and listed names are unique random strings are submitted, then every public query of the
 * router, every export format and the built dashboard are read anonymously over HTTP, and none of
 * the strings may appear. A new public query without an input below fails the test, so it cannot
 * slip past. An analyst does see the strings, so the check is not vacuous.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { createContextInner } from './context.ts';
import { insertRedactionTerms } from './queries/catalog/redaction-terms.ts';
import { appRouter } from './routers/app.ts';
import { submitRequests } from './services/ingest/index.ts';
import { createTestDb, type TestDb } from './test/db.ts';
import { exampleRequest } from './test/fixtures.ts';
import { cliActor, parseBatch } from './test/ingest.ts';

const hex = () => randomBytes(6).toString('hex');
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
// Letters only, so a name is a word the redaction list can hold.
const letters = () => Capitalize(Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join(''));
function Capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const secret = {
  contentUrl: `https://facebook.com/${hex()}/posts/${hex()}`,
  email: `u${hex()}@mail${hex()}.kz`,
  phones: [`+7 701 ${digits(3)} ${digits(4)}`, `+44 20 ${digits(4)} ${digits(4)}`, `(555) ${digits(3)}-${digits(4)}`],
  urls: [`https://news${hex()}.kz/a/${hex()}`, `www.site${hex()}.kz`, `vk${hex()}.com/id${digits(6)}`],
  names: [`${letters()} ${letters()}`, letters()],
};
/** Every string that must not appear publicly (phones also without their spacing). */
const needles = [
  secret.contentUrl,
  secret.email,
  ...secret.phones,
  ...secret.phones.map((p) => p.replace(/\D/g, '')),
  ...secret.urls,
  ...secret.names,
].map((s) => s.toLowerCase());

const reason = `Posted by ${secret.names[0]} with ${secret.names[1]}: write ${secret.email}, call ${secret.phones.join(' or ')}; see ${secret.urls.join(', ')}. Art. 174-1, 2022-03-14, 1 000 posts.`;

/** Inputs per public query: each is called with every one. A query missing here fails the test. */
/** A well-formed id no upload has: without credentials the answer is 401 before any lookup. */
const UPLOAD_ID = '0'.repeat(32);
const INPUTS: Record<string, unknown[]> = {
  'items.list': [{}, { limit: 200, sort: 'oldest' }, { search: 'Posted' }],
  'items.get': [{ id: 1 }],
  'items.history': [{ source: 'monitor-a', requestExternalId: 'leak-1', itemExternalId: 'kz-misd-2022-000123-1' }],
  'stats.overview': [{}],
  'stats.volume': [{}, { splitBy: 'agency' }],
  'stats.legalBases': [{}, { level: 'provision' }],
  'stats.outcomes': [{}, { splitBy: 'agency' }],
  'stats.outcomeGrid': [
    { rows: 'jurisdiction', columns: 'platform' },
    { rows: 'agency', columns: 'jurisdiction' },
  ],
  'stats.appeals': [{}],
  'stats.timeToDecision': [{}],
  'catalog.jurisdictions': [undefined],
  'catalog.agencies': [{}],
  'catalog.platforms': [undefined],
  'catalog.legalBases': [{}],
  'catalog.sources': [undefined],
  'catalog.events': [{}],
  // Signed-in curators only (401 here): listed so the check covers it.
  'catalogAdmin.merges': [{}],
  // Their uploader's only (401 here).
  'uploads.status': [{ uploadId: UPLOAD_ID }],
  'uploads.problems': [{ uploadId: UPLOAD_ID }],
  'catalog.searchAgencies': [{}, { q: 'ministry' }],
  'catalog.searchLegalBases': [{}, { q: '174' }],
  'meta.info': [undefined],
  'published.totals': [{}],
  'published.series': [{}],
  'published.reconciliation': [{}],
  'published.sources': [{}],
  'published.rows': [{ format: 'google-removals' }],
  'published.outcomeShares': [{}],
  'published.dsaCategories': [{}],
  'published.checks': [{}],
  'auth.me': [undefined],
  'tokens.list': [undefined],
  'audit.list': [{}, { entity: 'request', entityKey: 'monitor-a/leak-1' }],
  'audit.history': [{ entity: 'request', entityKey: 'monitor-a/leak-1' }],
};
/** Queries that need an account: without credentials they answer 401, and that answer is crawled too. */
const NOT_PUBLIC = new Set([
  'tokens.list',
  'audit.list',
  'audit.history',
  'items.history',
  'catalogAdmin.merges',
  'uploads.status',
  'uploads.problems',
]);

let t: TestDb;
let app: FastifyInstance;
let clientDir: string;

beforeAll(async () => {
  t = await createTestDb();
  const request = exampleRequest({ externalId: 'leak-1', statedReason: reason });
  const [item] = request.items;
  if (!item) throw new Error('the fixture has an item');
  request.items = [{ ...item, contentUrl: secret.contentUrl }];
  await submitRequests(t.db, parseBatch([request]), cliActor);
  const caller = appRouter.createCaller(createContextInner({ db: t.db }));
  const [agency] = await caller.catalog.agencies({});
  if (!agency) throw new Error('the submitted request made an agency');
  await insertRedactionTerms(t.db, [
    { term: secret.names[0] as string, agency_id: null },
    { term: secret.names[1] as string, agency_id: agency.id },
  ]);
  clientDir = join(t.dir, 'client');
  await build({
    configFile: resolve('vite.config.ts'),
    build: { outDir: clientDir, emptyOutDir: true },
    logLevel: 'error',
  });
  app = await buildApp({ db: t.db, clientDir });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

function expectNoSecret(where: string, body: string): void {
  const text = body.toLowerCase();
  for (const needle of needles) expect(text.includes(needle), `${where} carries ${needle}`).toBe(false);
}

// At run time tRPC keeps every procedure in one flat record under its dotted path (typed as nested).
const publicQueries = () =>
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([, p]) => p._def.type === 'query')
    .map(([path]) => path)
    .sort();

describe('public responses carry no private strings', () => {
  test('every public query, over HTTP without credentials', async () => {
    const paths = publicQueries();
    expect(
      paths.filter((p) => !(p in INPUTS)),
      'public queries without an input in INPUTS',
    ).toEqual([]);
    for (const path of paths) {
      for (const input of INPUTS[path] ?? []) {
        const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
        const response = await app.inject({ method: 'GET', url: `/trpc/${path}${query}` });
        expect(response.statusCode, `${path} ${response.body}`).toBe(NOT_PUBLIC.has(path) ? 401 : 200);
        expectNoSecret(path, response.body);
      }
    }
    const page = await app.inject({ method: 'GET', url: `/trpc/items.list?input=${encodeURIComponent('{}')}` });
    // The redacted reason is there, so the record itself was not simply left out.
    expect(page.json().result.data.items[0].request.statedReason).toMatch(/^Posted by \[redacted] with \[redacted]/);
    expect(page.body).toContain('Art. 174-1, 2022-03-14, 1 000 posts.');
    expect(page.body).not.toContain('appellant');
  });

  test('searching for a private string is refused publicly (it would tell whether the string occurs)', async () => {
    for (const search of [secret.email, secret.phones[0], secret.urls[1], secret.names[1]]) {
      const input = encodeURIComponent(JSON.stringify({ search }));
      const response = await app.inject({ method: 'GET', url: `/trpc/items.list?input=${input}` });
      expect(response.statusCode, search).toBe(400);
      expect(response.json().error.message).toMatch(/analyst/);
    }
  });

  test('the export routes, every format', async () => {
    for (const format of ['csv', 'jsonl']) {
      const response = await app.inject({ method: 'GET', url: `/export/monitor-a.${format}` });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('[redacted]');
      expectNoSecret(`/export/monitor-a.${format}`, response.body);
    }
  });

  test('the built dashboard: pages and every asset', async () => {
    for (const url of ['/', '/explore', '/data']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expectNoSecret(url, response.body);
    }
    const assets = readdirSync(join(clientDir, 'assets'));
    expect(assets.length).toBeGreaterThan(0);
    for (const name of assets) {
      const response = await app.inject({ method: 'GET', url: `/assets/${name}` });
      expect(response.statusCode).toBe(200);
      expectNoSecret(name, response.body);
    }
  });
});

test('an analyst sees every string', async () => {
  const analyst = appRouter.createCaller(
    createContextInner({ db: t.db, viewer: { role: 'analyst', userId: 1, sources: [] } }),
  );
  const page = await analyst.items.list({});
  const text = JSON.stringify(page).toLowerCase();
  for (const needle of [secret.contentUrl, secret.email, ...secret.phones, ...secret.urls, ...secret.names]) {
    expect(text).toContain(needle.toLowerCase());
  }
  expect(page.items[0]?.appeals[0]).toHaveProperty('appellant', 'content_author');
  expect((await analyst.items.list({ search: secret.email })).items).toHaveLength(1);
});
