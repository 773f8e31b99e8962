/**
 * `npm start`: migrate, seed the demo data into an empty database and import the published reports
 * (unless DEMO_DATA=0), build the client when it is missing or older than its sources, then serve
 * API and client on one port. After `npm install` the client is usually built already (prepare).
 */
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { readEnv } from '../server/env.ts';
import { tightenHeapGrowthForServing } from '../server/heap.ts';
import { exitWithError, startServer } from '../server/serve.ts';
import { buildClientIfStale, importPublishedIfNone, seedIfEmpty } from './demo.ts';

try {
  const env = readEnv();
  const database = openDatabase(env.DATABASE_URL);
  await migrateToLatest(database.db);
  if (env.DEMO_DATA !== '0') {
    await seedIfEmpty(database.db);
    await importPublishedIfNone(database.db);
  }
  await buildClientIfStale();
  tightenHeapGrowthForServing();
  const { url } = await startServer(env, database);
  console.log(`Takedown Monitor listening on ${url}`);
} catch (error) {
  exitWithError(error);
}
