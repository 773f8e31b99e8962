/**
 * `npm start`: migrate, seed the demo data into an empty database (unless DEMO_DATA=0), build the
 * client when it is missing or older than its sources, then serve API and client on one port.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { readEnv } from '../server/env.ts';
import { exitWithError, startServer } from '../server/main.ts';
import { hasPublishedFiles, hasRequests } from '../server/queries/presence.ts';
import { importPublishedPath } from '../server/services/published/import.ts';
import { seedDemoData } from '../server/services/seed/index.ts';

const DEMO_ITEMS = 200_000;

try {
  const env = readEnv();
  const database = openDatabase(env.DATABASE_URL);
  await migrateToLatest(database.db);

  if (env.DEMO_DATA !== '0' && !(await hasRequests(database.db))) {
    console.log(
      `Empty database: seeding synthetic demo data (${DEMO_ITEMS.toLocaleString('en')} items; DEMO_DATA=0 skips this)…`,
    );
    const started = performance.now();
    let shown = 0;
    const result = await seedDemoData(database.db, {
      items: DEMO_ITEMS,
      seed: 1,
      onProgress: (items) => {
        if (items - shown < 50_000) return;
        shown = items;
        console.log(`  ${items.toLocaleString('en')} items…`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Seeded ${result.items.toLocaleString('en')} items in ${seconds.toFixed(1)} s.`);
  }

  // Platforms' published reports: imported once, from PUBLISHED_DATA or ../shared/data when present.
  const publishedDir = process.env.PUBLISHED_DATA ?? '../shared/data';
  if (env.DEMO_DATA !== '0' && existsSync(publishedDir) && !(await hasPublishedFiles(database.db))) {
    const started = performance.now();
    const summaries = await importPublishedPath(database.db, publishedDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Imported ${summaries.length} published report files from ${publishedDir} in ${seconds} s.`);
  }

  if (clientIsStale()) {
    console.log('Building the dashboard…');
    const { build } = await import('vite');
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }

  const { url } = await startServer(env, database);
  console.log(`Takedown Monitor listening on ${url}`);
} catch (error) {
  exitWithError(error);
}

/** True when the built index is missing or older than anything the bundle is made from. */
function clientIsStale(builtIndex = 'dist/client/index.html'): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  // The client imports shared/ (schemas, formatters), so its files count as sources too.
  return Math.max(newestIn('client'), newestIn('shared'), statSync('vite.config.ts').mtimeMs) > builtAt;
}

function newestIn(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs;
    }),
  );
}
