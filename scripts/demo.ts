/**
 * What `npm start` prepares before serving, shared with the `prepare` hook of `npm install`
 * (scripts/prepare.ts): the demo data in an empty database, the published reports, the client.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { type Db, openDatabase } from '../server/db/database.ts';
import { dialectOf } from '../server/db/dialect/index.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { hasPublishedFiles, hasRequests } from '../server/queries/presence.ts';
import { importPublishedPath } from '../server/services/published/import.ts';
import { seedDemoData } from '../server/services/seed/index.ts';
import { newest } from './newest.mjs';

const DEMO_ITEMS = 200_000;
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/** The argument that makes the server's entry script prepare the demo data and exit (prepareDemoData). */
export const PREPARE_DEMO = '--prepare-demo';
/**
 * Node flags of the preparing process: a young generation as large as `npm run seed`'s (the
 * server's small one, kept for its memory, made the seed ≈ 13 % slower), V8's default helper threads.
 */
const SERVING_ONLY_FLAGS = /^--(max-semi-space-size|v8-pool-size)=/;
const PREPARING_FLAGS = ['--max-semi-space-size=64'];

const publishedDir = () => process.env.PUBLISHED_DATA ?? '../shared/data';

/** True when the demo data or the published reports are still to be loaded into `db`. */
export async function demoDataMissing(db: Db): Promise<boolean> {
  return !(await hasRequests(db)) || (existsSync(publishedDir()) && !(await hasPublishedFiles(db)));
}

/**
 * Loads what demoDataMissing found missing, in a process of its own (this script again, with
 * PREPARE_DEMO and PREPARING_FLAGS): the loading process's garbage stays out of the server's heap,
 * and the server keeps its memory-saving flags. Call with no connection of this process open, so
 * the seed may use a rollback journal (privateBulkLoad). Rejects when the preparation failed.
 */
export async function prepareDemoDataInChild(): Promise<void> {
  const script = process.argv[1];
  if (!script) throw new Error('cannot tell which script to run for the demo data');
  const flags = [...process.execArgv.filter((f) => !SERVING_ONLY_FLAGS.test(f)), ...PREPARING_FLAGS];
  const child = spawn(process.execPath, [...flags, script, PREPARE_DEMO], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`preparing the demo data failed (exit code ${code ?? 'none: killed'})`);
}

/** What the PREPARE_DEMO process does: migrate, seed an empty database, import published reports. */
export async function prepareDemoData(url: string): Promise<void> {
  const database = openDatabase(url);
  try {
    await migrateToLatest(database.db);
    // The only connection to the database (the server opens its own afterwards).
    await seedIfEmpty(database.db, { privateDatabase: true });
    await importPublishedIfNone(database.db);
  } finally {
    await database.close();
  }
}

/**
 * Seeds the synthetic demo data into an empty database; true when it did. `privateDatabase`: no
 * other connection has the database open, so the seed may journal more cheaply (privateBulkLoad).
 */
export async function seedIfEmpty(db: Db, { privateDatabase = false } = {}): Promise<boolean> {
  if (await hasRequests(db)) return false;
  console.log(
    `Empty database: seeding synthetic demo data (${DEMO_ITEMS.toLocaleString('en')} items; DEMO_DATA=0 skips this)…`,
  );
  const started = performance.now();
  let shown = 0;
  const seed = () =>
    seedDemoData(db, {
      items: DEMO_ITEMS,
      seed: 1,
      onProgress: (items) => {
        if (items - shown < 50_000) return;
        shown = items;
        console.log(`  ${items.toLocaleString('en')} items…`);
      },
    });
  const result = privateDatabase ? await dialectOf(db).privateBulkLoad(db, seed) : await seed();
  console.log(`Seeded ${result.items.toLocaleString('en')} items in ${seconds(started)} s.`);
  return true;
}

/** Platforms' published reports: imported once, from PUBLISHED_DATA or ../shared/data when present. */
export async function importPublishedIfNone(db: Db): Promise<void> {
  const dir = publishedDir();
  if (!existsSync(dir) || (await hasPublishedFiles(db))) return;
  const started = performance.now();
  const summaries = await importPublishedPath(db, dir);
  console.log(`Imported ${summaries.length} published report files from ${dir} in ${seconds(started)} s.`);
}

/** Builds the client when dist/ is missing or older than its sources (an edit since the last build). */
export async function buildClientIfStale(): Promise<void> {
  if (!clientIsStale()) return;
  console.log('Building the dashboard…');
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

/** True when the built index is missing or older than anything the bundle is made from. */
function clientIsStale(builtIndex = 'dist/client/index.html'): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  // The client imports shared/ (schemas, formatters), so its files count as sources too.
  return Math.max(newest('client'), newest('shared'), newest('vite.config.ts')) > builtAt;
}
