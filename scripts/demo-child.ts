/**
 * The demo data's own process, as `npm start` starts it: the entry script again, with PREPARE_DEMO
 * (demo-load.ts). Node built-ins and server/db/url.ts only: start.ts runs this on a fresh clone
 * before it loads anything else.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_DATABASE_URL, engineOfUrl, sqliteFileFromUrl } from '../server/db/url.ts';

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

/**
 * Loads the demo data in a process of its own (this script again, with PREPARE_DEMO and
 * PREPARING_FLAGS): the loading process's garbage stays out of the server's heap, and the server
 * keeps its memory-saving flags. Call with no connection of this process open, so the seed may use
 * a rollback journal (privateBulkLoad). Rejects when the preparation failed.
 */
export async function prepareDemoDataInChild(): Promise<void> {
  const script = process.argv[1];
  if (!script) throw new Error('cannot tell which script to run for the demo data');
  const flags = [...process.execArgv.filter((f) => !SERVING_ONLY_FLAGS.test(f)), ...PREPARING_FLAGS];
  const child = spawn(process.execPath, [...flags, script, PREPARE_DEMO], { stdio: 'inherit' });
  // If this process ends first (a refused configuration, an error), the loading ends with it: no
  // process left writing a database nobody will serve, nor repeating the refusal.
  const stop = () => child.kill();
  process.once('exit', stop);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  }).finally(() => process.off('exit', stop));
  if (code !== 0) throw new Error(`preparing the demo data failed (exit code ${code ?? 'none: killed'})`);
}

/**
 * True when the environment names a SQLite file that does not exist yet (a fresh clone), with demo
 * data on: its demo data is certainly to be loaded, before anything else opens the file. A value
 * the environment check refuses counts as false: start.ts reports it as always.
 */
export function demoDatabaseIsNew(env: NodeJS.ProcessEnv = process.env): boolean {
  // As readEnv: an empty value is an unset one.
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (env.DEMO_DATA === '0' || engineOfUrl(url) !== 'sqlite') return false;
  try {
    return !existsSync(sqliteFileFromUrl(url));
  } catch {
    return false;
  }
}
