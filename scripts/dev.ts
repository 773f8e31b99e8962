/** `npm run dev`: the API server (NODE_ENV=development) plus Vite's dev server proxying /trpc to it. */
import { createServer } from 'vite';

// server/trpc.ts decides at import time whether errors carry stacks, so set this before loading it.
process.env.NODE_ENV ??= 'development';
const { openDatabase } = await import('../server/db/database.ts');
const { migrateToLatest } = await import('../server/db/migrate.ts');
const { readEnv } = await import('../server/env.ts');
const { startServer } = await import('../server/serve.ts');
const { exitWithError } = await import('../server/exit.ts');

try {
  const env = readEnv();
  const database = openDatabase(env.DATABASE_URL);
  await migrateToLatest(database.db);
  const { url } = await startServer(env, database);
  const vite = await createServer({ configFile: 'vite.config.ts' });
  await vite.listen();
  console.log(`API on ${url}; dashboard with hot reload:`);
  vite.printUrls();
} catch (error) {
  exitWithError(error);
}
