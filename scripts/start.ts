/**
 * `npm start`: migrate, seed the demo data into an empty database and import the published reports
 * (unless DEMO_DATA=0; in a child process, see demo-child.ts), build the client when it is missing
 * or older than its sources, then serve API and client on one port. After `npm install` the client
 * is usually built already (prepare). The same script is the demo data's process (PREPARE_DEMO) and
 * that process's worker threads: the published-report reader (READ_PUBLISHED) and the seed's
 * aggregate staging (STAGE_AGGREGATES). Its static imports are only those that tell which: on a
 * fresh clone the demo process starts before this one loads the server (≈ 0.25 s).
 */
import { STAGE_AGGREGATES } from '../server/services/aggregates/stage-flag.ts';
import { demoDatabaseIsNew, PREPARE_DEMO, prepareDemoDataInChild, READ_PUBLISHED } from './demo-child.ts';

if (process.argv.includes(READ_PUBLISHED)) {
  // A worker thread of the demo process: a failure goes to that process (published-read.ts).
  const { postPublishedFiles } = await import('./published-read.ts');
  postPublishedFiles();
} else if (process.argv.includes(STAGE_AGGREGATES)) {
  // The demo seed's aggregate staging thread (server/services/aggregates/stage.ts); likewise.
  const { fillStagedAggregates } = await import('../server/services/aggregates/stage-worker.ts');
  await fillStagedAggregates();
} else if (process.argv.includes(PREPARE_DEMO)) {
  await prepareDemo();
} else {
  await start();
}

async function prepareDemo(): Promise<void> {
  const { exitWithError } = await import('../server/exit.ts');
  try {
    const { readEnv } = await import('../server/env.ts');
    const { prepareDemoData } = await import('./demo-load.ts');
    await prepareDemoData(readEnv().DATABASE_URL);
    process.exit(0);
  } catch (error) {
    exitWithError(error);
  }
}

async function start(): Promise<void> {
  // A database file that does not exist yet is certainly to get the demo data: its process starts
  // now, and owns the file until it exits (a connection of this one would keep the seed in WAL mode).
  const preparing = demoDatabaseIsNew() ? prepareDemoDataInChild() : undefined;
  preparing?.catch(() => undefined);
  const { exitWithError } = await import('../server/exit.ts');
  try {
    const { readEnv } = await import('../server/env.ts');
    const env = readEnv();
    // The server's modules (fastify, tRPC, the routers) load in this process only, while the demo
    // data loads in the other. Handled here; awaited (and any failure thrown) below.
    const serving = import('../server/serve.ts');
    serving.catch(() => undefined);
    const { openDatabase } = await import('../server/db/database.ts');
    const { migrateToLatest } = await import('../server/db/migrate.ts');
    const { buildClientIfStale, demoDataMissing } = await import('./demo.ts');
    await preparing;
    let database = openDatabase(env.DATABASE_URL);
    await migrateToLatest(database.db);
    if (!preparing && env.DEMO_DATA !== '0' && (await demoDataMissing(database.db))) {
      // Loaded by a process of its own, with this one's connection closed meanwhile (demo-child.ts).
      await database.close();
      await prepareDemoDataInChild();
      database = openDatabase(env.DATABASE_URL);
    }
    await buildClientIfStale();
    const { tightenHeapGrowthForServing } = await import('../server/heap.ts');
    tightenHeapGrowthForServing();
    const { startServer } = await serving;
    const { url } = await startServer(env, database);
    console.log(`Takedown Monitor listening on ${url}`);
  } catch (error) {
    exitWithError(error);
  }
}
