/** Server entry (`node --import tsx server/main.ts`): migrate, then serve API and client on one port. */
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { readEnv } from './env.ts';
import { exitWithError } from './exit.ts';
import { tightenHeapGrowthForServing } from './heap.ts';
import { startServer } from './serve.ts';

try {
  const env = readEnv();
  const database = openDatabase(env.DATABASE_URL);
  await migrateToLatest(database.db);
  tightenHeapGrowthForServing();
  const { url } = await startServer(env, database);
  console.log(`Takedown Monitor listening on ${url}`);
} catch (error) {
  exitWithError(error);
}
