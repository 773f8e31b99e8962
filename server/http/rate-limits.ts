/**
 * Abuse limits (@fastify/rate-limit's manual limiters, one per kind of client key): writes per
 * bearer token and per IP, and a generous limit on API reads per IP. Over a limit the answer is
 * 429 with Retry-After. Static assets are not counted: they are cheap and cached.
 */
import { createHash } from 'node:crypto';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from './error-body.ts';

export interface RateLimits {
  windowSeconds: number;
  /** Per window; 0 turns a limit off. */
  writesPerToken: number;
  writesPerIp: number;
  readsPerIp: number;
}

/** The defaults of server/env.ts (README "Configuration"): room for a monitor's bulk ingest and a busy newsroom. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowSeconds: 60,
  writesPerToken: 600,
  writesPerIp: 1200,
  readsPerIp: 6000,
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The bearer token's hash, so raw tokens are never kept as keys; null without one. */
function tokenKey(request: FastifyRequest): string | null {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  return token ? createHash('sha256').update(token).digest('hex') : null;
}

/** One IPv6 /64 is one client, as the plugin's own default key has it. */
const ipKey = (request: FastifyRequest) => normalizeIP(request.ip, 64);

export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(rateLimit, { global: false, timeWindow: limits.windowSeconds * 1000 });
  // One store shared by the limiters, so each prefixes its keys with its kind.
  const limiter = (max: number, kind: string, key: (request: FastifyRequest) => string) =>
    max > 0 ? { kind, max, check: app.createRateLimit({ max, keyGenerator: (r) => `${kind}:${key(r)}` }) } : null;
  const writesPerToken = limiter(limits.writesPerToken, 'writes per token', (r) => tokenKey(r) ?? '');
  const writesPerIp = limiter(limits.writesPerIp, 'writes per IP address', ipKey);
  const readsPerIp = limiter(limits.readsPerIp, 'reads per IP address', ipKey);

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const write = !READ_METHODS.has(request.method);
    const apiRead = !write && (path.startsWith('/trpc/') || path.startsWith('/export/'));
    const checks = write ? [writesPerIp, tokenKey(request) ? writesPerToken : null] : apiRead ? [readsPerIp] : [];
    for (const limiter of checks) {
      if (!limiter) continue;
      const limit = await limiter.check(request);
      if (limit.isAllowed || !limit.isExceeded) continue;
      const message = `Too many requests: the limit is ${limiter.max} ${limiter.kind} per ${limits.windowSeconds} s; retry in ${limit.ttlInSeconds} s`;
      return reply
        .status(429)
        .header('retry-after', String(limit.ttlInSeconds))
        .send(errorBody(message, 'TOO_MANY_REQUESTS', 429));
    }
  });
}
