/** The HTTP host: tRPC at /trpc, /health, and the built dashboard, on one port. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { LIMITS } from '../shared/limits.ts';
import { contextFactory } from './context.ts';
import type { Db } from './db/database.ts';
import { type AppRouter, appRouter } from './routers/app.ts';

export const DEFAULT_CLIENT_DIR = resolve('dist/client');

export interface AppOptions {
  db: Db;
  logger?: boolean;
  /** Built client to serve; skipped when the directory does not exist. */
  clientDir?: string;
}

export async function buildApp({
  db,
  logger = false,
  clientDir = DEFAULT_CLIENT_DIR,
}: AppOptions): Promise<FastifyInstance> {
  // Bodies over the limit are refused from Content-Length, before anything is read or parsed.
  const app = Fastify({ logger, bodyLimit: LIMITS.bodyBytes });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `Request body is larger than the ${LIMITS.bodyBytes / 1024 / 1024} MB limit; send fewer requests per call`
        : status === 500
          ? 'Internal server error'
          : error.message;
    if (status === 500) app.log.error(error);
    reply.status(status).send({ error: { message, code: error.code ?? 'INTERNAL_SERVER_ERROR', httpStatus: status } });
  });

  await app.register(helmet, {
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } },
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(db),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error });
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/health', async () => ({ status: 'ok' }));

  if (existsSync(join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: clientDir, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc')) return reply.sendFile('index.html');
      return reply
        .status(404)
        .send({ error: { message: `No route ${request.method} ${request.url}`, code: 'NOT_FOUND' } });
    });
  }
  return app;
}
