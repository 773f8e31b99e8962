/**
 * `npm start`: migrate, seed the demo data into an empty database and import the published reports
 * (unless DEMO_DATA=0; in a child process, see demo.ts), build the client when it is missing or
 * older than its sources, then serve API and client on one port. After `npm install` the client is
 * usually built already (prepare).
 */
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { readEnv } from '../server/env.ts';
import { tightenHeapGrowthForServing } from '../server/heap.ts';
import { exitWithError, startServer } from '../server/serve.ts';
import { buildClientIfStale, demoDataMissing, PREPARE_DEMO, prepareDemoData, prepareDemoDataInChild } from './demo.ts';

try {
  const env = readEnv();
  if (process.argv.includes(PREPARE_DEMO)) {
    await prepareDemoData(env.DATABASE_URL);
    process.exit(0);
  }
  let database = openDatabase(env.DATABASE_URL);
  await migrateToLatest(database.db);
  if (env.DEMO_DATA !== '0' && (await demoDataMissing(database.db))) {
    // Loaded by a process of its own, with this one's connection closed meanwhile (demo.ts).
    await database.close();
    await prepareDemoDataInChild();
    database = openDatabase(env.DATABASE_URL);
  }
  await buildClientIfStale();
  tightenHeapGrowthForServing();
  const { url } = await startServer(env, database);
  console.log(`Takedown Monitor listening on ${url}`);
} catch (error) {
  exitWithError(error);
}
