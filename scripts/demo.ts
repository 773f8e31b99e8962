/**
 * What `npm start` prepares before serving, shared with the `prepare` hook of `npm install`
 * (scripts/prepare.ts): whether the demo data and published reports are to be loaded (by a process
 * of its own, running demo-load.ts), and the client.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { Db } from '../server/db/database.ts';
import { hasPublishedFiles, hasRequests } from '../server/queries/presence.ts';
import { newest } from './newest.mjs';

/** The argument that makes the server's entry script load the demo data and exit (demo-load.ts). */
export const PREPARE_DEMO = '--prepare-demo';
/** The argument that makes the entry script, run as a worker thread, read the published reports (published-read.ts). */
export const READ_PUBLISHED = '--read-published';
/**
 * Node flags of the preparing process: a young generation as large as `npm run seed`'s (the
 * server's small one, kept for its memory, made the seed ≈ 13 % slower), V8's default helper threads.
 */
const SERVING_ONLY_FLAGS = /^--(max-semi-space-size|v8-pool-size)=/;
const PREPARING_FLAGS = ['--max-semi-space-size=64'];

/** Where the platforms' published reports are imported from: PUBLISHED_DATA, or ../shared/data. */
export const publishedDir = () => process.env.PUBLISHED_DATA ?? '../shared/data';

/** True when `db` holds no requests: the demo data is to be seeded. */
export const seedNeeded = async (db: Db): Promise<boolean> => !(await hasRequests(db));

/** True when there are published reports to import and `db` holds none yet. */
export const publishedImportNeeded = async (db: Db): Promise<boolean> =>
  existsSync(publishedDir()) && !(await hasPublishedFiles(db));

/** True when the demo data or the published reports are still to be loaded into `db`. */
export async function demoDataMissing(db: Db): Promise<boolean> {
  return (await seedNeeded(db)) || (await publishedImportNeeded(db));
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
