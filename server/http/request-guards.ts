/**
 * HTTP hygiene before any handler runs: the batch limit as 413, CSRF refusal of cross-site writes
 * that carry cookies, and CORS open for public reads only (queries and exports, no credentials).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './error-body.ts';

const READ_METHODS = new Set(['GET', 'HEAD']);
const isPublicRead = (path: string) => path.startsWith('/trpc/') || path.startsWith('/export/');

/** Procedures named in a tRPC path: `/trpc/a,b,c` carries three. */
const proceduresIn = (path: string) => decodeURIComponent(path.slice('/trpc/'.length)).split(',').length;

/**
 * Whether a browser sent this request from another site. Origin is compared by host (behind a
 * TLS-terminating proxy the scheme the server sees is not the browser's); Sec-Fetch-Site, sent
 * by current browsers, also catches sibling subdomains (`same-site`).
 */
function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    const from = new URL(origin);
    // Parsed with the origin's scheme, so `Host: x:80` equals `Origin: http://x` (default ports drop).
    return from.host !== new URL(`${from.protocol}//${request.host}`).host;
  } catch {
    return true; // `Origin: null` (sandboxed frames, file:) is another origin
  }
}

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send(errorBody(message, code, status));
}

export function registerRequestGuards(app: FastifyInstance, options: { maxBatchSize: number }): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (request.method === 'OPTIONS') {
      // Preflights: only for reads, which any origin may make; writes get no allow headers.
      const wanted = request.headers['access-control-request-method'];
      if (isPublicRead(path) && (wanted === 'GET' || wanted === 'HEAD')) {
        return reply
          .status(204)
          .header('access-control-allow-origin', '*')
          .header('access-control-allow-methods', 'GET, HEAD')
          .send();
      }
      return refuse(reply, 403, 'FORBIDDEN', 'Cross-origin writes are not allowed; reads (GET) are open to any origin');
    }
    if (!READ_METHODS.has(request.method) && request.headers.cookie && isCrossSite(request)) {
      // A cookie is sent by the browser on its own: a write from another site must not ride on it.
      return refuse(
        reply,
        403,
        'FORBIDDEN',
        'Cross-site request refused: writes with cookies must come from this site',
      );
    }
    if (path.startsWith('/trpc/') && proceduresIn(path) > options.maxBatchSize) {
      const message = `Too many procedures in one batched call: the batch limit is ${options.maxBatchSize}; split the call`;
      return refuse(reply, 413, 'PAYLOAD_TOO_LARGE', message);
    }
  });

  // Public reads carry nothing per user, so any site may fetch them (without credentials: `*`).
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    if (READ_METHODS.has(request.method) && isPublicRead(path)) {
      reply.header('access-control-allow-origin', '*');
      reply.header('cross-origin-resource-policy', 'cross-origin');
    }
    return payload;
  });
}
