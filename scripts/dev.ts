/** `npm run dev`: the API server (NODE_ENV=development) plus Vite's dev server proxying /trpc to it. */
import { createServer } from 'vite';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { readEnv } from '../server/env.ts';
import { startServer } from '../server/main.ts';

const env = readEnv({ NODE_ENV: 'development', ...process.env });
const database = openDatabase(env.DATABASE_URL);
await migrateToLatest(database.db);
const { url } = await startServer(env, database);
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
console.log(`API on ${url}; dashboard with hot reload:`);
vite.printUrls();
