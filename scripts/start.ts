/**
 * `npm start`: migrate, seed the demo data into an empty database and import the published reports
 * (unless DEMO_DATA=0; in a child process, see demo.ts), build the client when it is missing or
 * older than its sources, then serve API and client on one port. After `npm install` the client is
 * usually built already (prepare). The same script is the demo data's process (PREPARE_DEMO) and
 * that process's worker threads: the published-report reader (READ_PUBLISHED) and the seed's
 * aggregate staging (STAGE_AGGREGATES).
 */
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { readEnv } from '../server/env.ts';
import { exitWithError } from '../server/exit.ts';
import { tightenHeapGrowthForServing } from '../server/heap.ts';
import { STAGE_AGGREGATES } from '../server/services/aggregates/stage.ts';
import { buildClientIfStale, demoDataMissing, PREPARE_DEMO, prepareDemoDataInChild, READ_PUBLISHED } from './demo.ts';

if (process.argv.includes(READ_PUBLISHED)) {
  // A worker thread of the demo process: a failure goes to that process (published-read.ts).
  const { postPublishedFiles } = await import('./published-read.ts');
  postPublishedFiles();
} else if (process.argv.includes(STAGE_AGGREGATES)) {
  // The demo seed's aggregate staging thread (server/services/aggregates/stage.ts); likewise.
  const { fillStagedAggregates } = await import('../server/services/aggregates/stage-worker.ts');
  await fillStagedAggregates();
} else {
  await start();
}

async function start(): Promise<void> {
  try {
    const env = readEnv();
    if (process.argv.includes(PREPARE_DEMO)) {
      const { prepareDemoData } = await import('./demo-load.ts');
      await prepareDemoData(env.DATABASE_URL);
      process.exit(0);
    }
    // The server's modules (fastify, tRPC, the routers) load in this process only, while the demo
    // data loads in the other. Handled here; awaited (and any failure thrown) below.
    const serving = import('../server/serve.ts');
    serving.catch(() => undefined);
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
    const { startServer } = await serving;
    const { url } = await startServer(env, database);
    console.log(`Takedown Monitor listening on ${url}`);
  } catch (error) {
    exitWithError(error);
  }
}
