/**
 * The server bundle `npm start` runs (scripts/build-server.mjs): built into a temporary directory
 * and run with npm start's Node flags, it is the whole server — it migrates a fresh database, takes
 * an authenticated write and counts it in the stats, loads the demo data into an empty database — and a
 * bundle older than its sources is rebuilt.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { openDatabase } from '../server/db/database.ts';
import { publishedFilesUnder, readPublishedFile } from '../server/services/published/import.ts';
import { DEMO_SOURCE } from '../server/services/seed/index.ts';
import { createToken } from '../server/services/tokens.ts';
import { createTestDb, type TestDb } from '../server/test/db.ts';
import { exampleBatch } from '../server/test/fixtures.ts';
import { startServerProcess } from '../server/test/server-process.ts';
import { buildServer, serverBundleIsStale, startFlags } from './build-server.mjs';
import { readPublishedInWorker } from './published-read.ts';

// Inside the checkout, as dist/server is: the bundle imports its packages from node_modules.
mkdirSync('dist', { recursive: true });
const outDir = mkdtempSync('dist/test-server-');
const bundle = join(outDir, 'start.js');
let t: TestDb | undefined;

beforeAll(() => buildServer(outDir), 120_000);
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the bundle serves a fresh database: migrated, a write accepted and counted', async () => {
  t = await createTestDb();
  // The server migrates on its own; a token needs the tables, hence this database is migrated already.
  const { token } = await createToken(t.db, { sourceName: 'monitor' });
  const server = await startServerProcess(t.url, bundle, startFlags());
  try {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const requests = exampleBatch(3);
    const submitted = await server.post('requests.submit', token, { requests });
    expect(submitted.status).toBe(200);
    const input = encodeURIComponent(JSON.stringify({ filters: {} }));
    const overview = await (await fetch(`${server.url}/trpc/stats.overview?input=${input}`)).json();
    expect(overview.result.data.requests).toBe(requests.length);
  } finally {
    await server.stop();
  }
});

test('on an empty database the bundle loads the demo data and the published reports, then serves them', async () => {
  t = await createTestDb();
  // On SQLite a file no other connection has open, as on a fresh clone (privateBulkLoad).
  const target = t.engine === 'sqlite' ? join(t.dir, 'served.sqlite') : t.url;
  const published = resolve('../shared/data/x-removal-requests');
  const reports = readdirSync(published).filter((f) => f.endsWith('.csv'));
  const server = await startServerProcess(target, bundle, startFlags(), { DEMO_DATA: '1', PUBLISHED_DATA: published });
  const check = openDatabase(target);
  try {
    const input = encodeURIComponent(JSON.stringify({ filters: {} }));
    const overview = await (await fetch(`${server.url}/trpc/stats.overview?input=${input}`)).json();
    const live = await check.db
      .selectFrom('requests')
      .innerJoin('sources', 'sources.id', 'requests.source_id')
      .where('sources.name', '=', DEMO_SOURCE)
      .where('requests.retracted_at', 'is', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(live.n)).toBeGreaterThan(100_000);
    expect(overview.result.data.requests).toBe(Number(live.n));
    expect(await check.db.selectFrom('published_files').select('id').execute()).toHaveLength(reports.length);
    // Read by a worker thread while the seed wrote, and written whole: every row the files hold.
    expect(server.output()).toContain('read by a worker thread during the seed');
    const rows = reports.map((f) => readPublishedFile(join(published, f)).parsed.rows.length);
    const stats = await check.db
      .selectFrom('published_stats')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stats.n)).toBe(rows.reduce((a, b) => a + b, 0));
  } finally {
    await check.close();
    await server.stop();
  }
}, 300_000);

test('the bundle as a worker thread reads the published reports as this thread does, and nothing when a file is refused', async () => {
  const published = resolve('../shared/data/x-removal-requests');
  const here = new Map(
    publishedFilesUnder(published).map(({ file, format }) => [file, readPublishedFile(file, format)]),
  );
  expect(here.size).toBeGreaterThan(0);
  const reading = readPublishedInWorker(published, bundle);
  expect(await reading.files).toEqual(here);
  await reading.stop();

  const dir = mkdtempSync(join(outDir, 'published-'));
  const [first, second] = [...here.keys()];
  copyFileSync(first as string, join(dir, 'good.csv'));
  const text = readFileSync(second as string, 'utf8');
  writeFileSync(join(dir, 'refused.csv'), text.replace(/^(January - June 2019,Albania),0,/m, '$1,none,'));
  expect(() => readPublishedFile(join(dir, 'refused.csv'))).toThrow(/"none" is not a number/);
  const refused = readPublishedInWorker(dir, bundle);
  expect(await refused.files).toBeUndefined();
  await refused.stop();
});

test('a bundle is stale when missing or older than the sources', () => {
  expect(serverBundleIsStale(bundle)).toBe(false);
  expect(serverBundleIsStale(join(outDir, 'missing.js'))).toBe(true);
  utimesSync(bundle, new Date(0), new Date(0));
  expect(serverBundleIsStale(bundle)).toBe(true);
});

test("startFlags reads the Node flags of package.json's start script, and refuses one that does not run the bundle", () => {
  const file = join(outDir, 'package.json');
  const withStart = (start: string) => writeFileSync(file, JSON.stringify({ scripts: { start } }));
  withStart('node scripts/build-server.mjs && node --max-semi-space-size=4 --stack-size=2000 dist/server/start.js');
  expect(startFlags(file)).toEqual(['--max-semi-space-size=4', '--stack-size=2000']);
  withStart('node scripts/build-server.mjs && node dist/server/start.js');
  expect(startFlags(file)).toEqual([]);
  withStart('node server/main.ts');
  expect(() => startFlags(file)).toThrow(/does not run dist\/server\/start\.js/);
});
