/** Server entry: migrate, serve API and client on one port, shut down cleanly. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { type OpenDatabase, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type Env, readEnv } from './env.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop: () => Promise<void>;
}

/** Starts on an already opened and migrated database. */
export async function startServer(env: Env, database: OpenDatabase): Promise<RunningServer> {
  const app = await buildApp({ db: database.db });
  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await database.close();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
  return { app, url, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = readEnv();
  const database = openDatabase(env.DATABASE_URL);
  await migrateToLatest(database.db);
  const { url } = await startServer(env, database);
  console.log(`Takedown Monitor listening on ${url}`);
}
