/** The HTTP host: tRPC at /trpc, /health, and the built dashboard, on one port. */
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { LIMITS } from '../shared/limits.ts';
import { contextFactory } from './context.ts';
import type { Db } from './db/database.ts';
import { errorBody } from './http/error-body.ts';
import { registerExportRoute } from './http/export-route.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits, registerRateLimits } from './http/rate-limits.ts';
import { registerRequestGuards } from './http/request-guards.ts';
import { registerTrpcRoute } from './http/trpc-route.ts';
import { registerUploadRoute } from './http/upload-route.ts';
import { appRouter } from './routers/app.ts';
import type { AuthConfig } from './services/auth/config.ts';

export const DEFAULT_CLIENT_DIR = resolve('dist/client');

/** Most procedures one batched HTTP call may carry (the client's httpBatchLink sends fewer). */
export const MAX_BATCH_SIZE = 50;

export interface AppOptions {
  db: Db;
  logger?: boolean;
  /** Built client to serve; skipped when the directory does not exist. */
  clientDir?: string;
  /** Accounts (issue 10): session lifetimes, login limits and the clock they read. */
  auth?: AuthConfig;
  /** fastify's trustProxy: whose X-Forwarded-For/-Proto to believe (TRUST_PROXY). */
  trustProxy?: boolean | string;
  /** Abuse limits (server/env.ts reads them from the environment); tests set low ones. */
  rateLimits?: Partial<RateLimits>;
}

/**
 * Strict: scripts and styles only from this origin, no inline ones (React sets style properties
 * through the CSSOM, which CSP allows; e2e/csp.test.ts checks the built client raises no violation).
 */
const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  // The server speaks plain HTTP; opened by LAN address, upgrading would break every asset.
  'upgrade-insecure-requests': null,
};

/** Chart permalinks (`/chart/<id>?embed=1`) are meant for iframes on other sites, e.g. articles. */
const EMBEDDABLE_PREFIX = '/chart/';

/** Lifts helmet's same-origin framing rules for one response; every other page keeps them. */
function allowFramingAnywhere(reply: FastifyReply): void {
  reply.removeHeader('x-frame-options');
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy === 'string') {
    reply.header('content-security-policy', policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
  }
}

export async function buildApp({
  db,
  logger = false,
  clientDir = DEFAULT_CLIENT_DIR,
  auth,
  trustProxy = false,
  rateLimits,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // Bodies over the limit are refused from Content-Length, before anything is read or parsed.
    bodyLimit: LIMITS.bodyBytes,
    // A batched call names every procedure in the path (`/trpc/stats.overview,stats.volume,…`);
    // fastify's default of 100 characters answers a dashboard's batch with 414 (tRPC's fastify docs).
    routerOptions: { maxParamLength: 5000 },
    trustProxy,
  });

  // Fastify's own refusals (413, 415, 400) in the same shape as tRPC's errors, never with a stack.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `Request body is larger than the ${LIMITS.bodyBytes / 1024 / 1024} MB limit; send fewer requests per call`
        : status === 500
          ? 'Internal server error'
          : error.message;
    if (status === 500) app.log.error(error);
    reply.status(status).send(errorBody(message, error.code ?? 'INTERNAL_SERVER_ERROR', status));
  });

  // Helmet also sends X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer (stricter
  // than strict-origin-when-cross-origin) on every response.
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } });
  registerRequestGuards(app, { maxBatchSize: MAX_BATCH_SIZE });
  await registerRateLimits(app, { ...DEFAULT_RATE_LIMITS, ...rateLimits });

  await registerTrpcRoute(app, {
    prefix: '/trpc',
    router: appRouter,
    createContext: contextFactory(db, auth),
    maxBatchSize: MAX_BATCH_SIZE,
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error });
    },
  });

  app.get('/health', async () => ({ status: 'ok' }));
  registerExportRoute(app, db);
  await registerUploadRoute(app, db, auth);

  const hasClient = existsSync(join(clientDir, 'index.html'));
  if (hasClient) {
    const assets = join(clientDir, 'assets') + sep;
    await app.register(fastifyStatic, {
      root: clientDir,
      // Looked up per request, so a rebuilt client is served without a restart.
      wildcard: true,
      cacheControl: false,
      // Vite puts a content hash in every asset name, so they never change under the same URL;
      // index.html names the current ones and must be revalidated after each build.
      setHeaders(res, path) {
        res.setHeader('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Dashboard routes (no file extension) get the SPA; a missing asset or API path is a real 404.
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/trpc') && !extname(path);
    if (hasClient && isPage) {
      if (path.startsWith(EMBEDDABLE_PREFIX)) allowFramingAnywhere(reply);
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(errorBody(`No route ${request.method} ${path}`, 'NOT_FOUND', 404));
  });
  return app;
}
