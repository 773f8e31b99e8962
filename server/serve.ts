/**
 * Serves API and client on one port over an opened, migrated database, and shuts down cleanly.
 * Entries: server/main.ts (the server alone) and scripts/start.ts (`npm start`, with the demo data).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { OpenDatabase } from './db/database.ts';
import { type Env, rateLimitsOf } from './env.ts';
import { loadMemoryCube } from './queries/stats/memory-cube.ts';
import { authConfigFromEnv } from './services/auth/config.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop: () => Promise<void>;
}

/** Starts on an already opened and migrated database; SIGINT/SIGTERM close the server, then the database. */
export async function startServer(env: Env, database: OpenDatabase): Promise<RunningServer> {
  const app = await buildApp({
    db: database.db,
    auth: authConfigFromEnv(env),
    trustProxy: env.TRUST_PROXY,
    rateLimits: rateLimitsOf(env),
  });
  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    await app.close();
    await database.close();
    throw new Error(listenProblem(error as NodeJS.ErrnoException, env), { cause: error });
  }
  // The stats views read the in-memory cube once it is loaded (SQL until then): start now, in the
  // background, so the first dashboard visitor does not wait for it. A failure leaves reads on SQL.
  void loadMemoryCube(database.db).then(
    (cube) =>
      console.log(
        cube
          ? `stats cube in memory: ${Math.round(cube.bytes / 1048576)} MB, loaded in ${Math.round(cube.loadMs)} ms`
          : 'stats cube not loaded (the data changed while loading): reads use SQL until it is',
      ),
    (error) => console.error(`stats cube not loaded: ${(error as Error).message}; reads use SQL`),
  );
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = `http://${env.HOST}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    // Fastify stops accepting, lets running requests (and their transactions) finish, then the db closes.
    stopping ??= (async () => {
      await app.close();
      await database.close();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `once`: a second Ctrl-C falls through to Node's default and ends the process at once.
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
  return { app, url, stop };
}

function listenProblem(error: NodeJS.ErrnoException, env: Env): string {
  if (error.code === 'EADDRINUSE') return `Port ${env.PORT} on ${env.HOST} is in use; set PORT to another one`;
  if (error.code === 'EACCES') return `Not allowed to listen on ${env.HOST}:${env.PORT}; use a PORT above 1023`;
  if (error.code === 'EADDRNOTAVAIL') return `HOST ${env.HOST} is not an address of this machine`;
  return `Could not listen on ${env.HOST}:${env.PORT}: ${error.message}`;
}
