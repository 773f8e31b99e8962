/**
 * `npm start`: migrate, seed the demo data into an empty database (unless DEMO_DATA=0), build the
 * client when it is missing or older than its sources, then serve API and client on one port.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { readEnv } from '../server/env.ts';
import { startServer } from '../server/main.ts';
import { seedDemoData } from '../server/services/seed/index.ts';

const env = readEnv();
const database = openDatabase(env.DATABASE_URL);
await migrateToLatest(database.db);

const existing = await database.db.selectFrom('requests').select('id').limit(1).executeTakeFirst();
if (env.DEMO_DATA === '1' && !existing) {
  console.log('Empty database: seeding the synthetic demo data (200,000 items)…');
  const started = performance.now();
  const result = await seedDemoData(database.db, { items: 200_000, seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Seeded ${result.items.toLocaleString('en')} items in ${seconds.toFixed(1)} s.`);
}

if (clientIsStale('client', 'dist/client/index.html')) {
  console.log('Building the dashboard…');
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

const { url } = await startServer(env, database);
console.log(`Takedown Monitor is running: ${url}`);

/** True when the built index is missing or older than any file under the client sources. */
function clientIsStale(sourceDir: string, builtIndex: string): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  return newest(sourceDir) > builtAt || statSync('shared').mtimeMs > builtAt;
}
