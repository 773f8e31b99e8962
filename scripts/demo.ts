/**
 * What `npm start` prepares before serving, shared with the `prepare` hook of `npm install`
 * (scripts/prepare.ts): whether the demo data and published reports are to be loaded (by a process
 * of its own, running demo-load.ts), and the client.
 */
import { existsSync, statSync } from 'node:fs';
import type { Db } from '../server/db/database.ts';
import { hasPublishedFiles, hasRequests } from '../server/queries/presence.ts';
import { newest } from './newest.mjs';

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
