/**
 * What `npm start` prepares before serving, shared with the `prepare` hook of `npm install`
 * (scripts/prepare.ts): the demo data in an empty database, the published reports, the client.
 */
import { existsSync, statSync } from 'node:fs';
import type { Db } from '../server/db/database.ts';
import { hasPublishedFiles, hasRequests } from '../server/queries/presence.ts';
import { importPublishedPath } from '../server/services/published/import.ts';
import { seedDemoData } from '../server/services/seed/index.ts';
import { newest } from './newest.mjs';

const DEMO_ITEMS = 200_000;
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/** Seeds the synthetic demo data into an empty database; true when it did. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (await hasRequests(db)) return false;
  console.log(
    `Empty database: seeding synthetic demo data (${DEMO_ITEMS.toLocaleString('en')} items; DEMO_DATA=0 skips this)…`,
  );
  const started = performance.now();
  let shown = 0;
  const result = await seedDemoData(db, {
    items: DEMO_ITEMS,
    seed: 1,
    onProgress: (items) => {
      if (items - shown < 50_000) return;
      shown = items;
      console.log(`  ${items.toLocaleString('en')} items…`);
    },
  });
  console.log(`Seeded ${result.items.toLocaleString('en')} items in ${seconds(started)} s.`);
  return true;
}

/** Platforms' published reports: imported once, from PUBLISHED_DATA or ../shared/data when present. */
export async function importPublishedIfNone(db: Db): Promise<void> {
  const dir = process.env.PUBLISHED_DATA ?? '../shared/data';
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
