/**
 * Request context: the database, who is asking (a bearer token, else a session cookie), and what
 * they may read (`viewer`, derived once here; shared/roles.ts).
 */
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Viewer } from '../shared/roles.ts';
import type { Db } from './db/database.ts';
import { readCookie, SESSION_COOKIE, sessionCookie } from './http/cookies.ts';
import { type Actor, viewerOf } from './services/actor.ts';
import { type AuthConfig, DEFAULT_AUTH } from './services/auth/config.ts';
import { resolveSession } from './services/auth/sessions.ts';
import { authenticateToken } from './services/tokens.ts';

/** The HTTP side of a call that auth procedures need; createCaller tests get a quiet stand-in. */
export interface HttpExchange {
  ip: string;
  /** The request came over HTTPS (directly, or by X-Forwarded-Proto from a trusted proxy). */
  secure: boolean;
  /** The session cookie's secret as sent, whether or not it is still valid. */
  sessionSecret: string | null;
  setHeader: (name: string, value: string) => void;
  /** Sets the session cookie (replacing one set earlier in this response); null clears it. */
  setSessionCookie: (secret: string | null, maxAgeSeconds: number) => void;
}

export interface Context {
  db: Db;
  actor: Actor | null;
  viewer: Viewer;
  /** Why credentials that were sent gave no actor; null when none were sent. */
  authError: string | null;
  auth: AuthConfig;
  http: HttpExchange;
}

const NO_HTTP: HttpExchange = {
  ip: '127.0.0.1',
  secure: false,
  sessionSecret: null,
  setHeader: () => {},
  setSessionCookie: () => {},
};

/** The context without HTTP: what router tests pass to `appRouter.createCaller`. */
export function createContextInner(options: {
  db: Db;
  actor?: Actor | null;
  authError?: string | null;
  auth?: AuthConfig;
  http?: HttpExchange;
  /** Whose view responses are projected for; by default what the actor may see (tests may widen it). */
  viewer?: Viewer;
}): Context {
  const actor = options.actor ?? null;
  return {
    db: options.db,
    actor,
    viewer: options.viewer ?? viewerOf(actor),
    authError: options.authError ?? null,
    auth: options.auth ?? DEFAULT_AUTH,
    http: options.http ?? NO_HTTP,
  };
}

/** createContext for the fastify adapter, bound to one database and auth configuration. */
export function contextFactory(db: Db, auth: AuthConfig = DEFAULT_AUTH) {
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const secure = req.protocol === 'https';
    const http: HttpExchange = {
      ip: req.ip,
      secure,
      sessionSecret: readCookie(req.headers.cookie, SESSION_COOKIE),
      setHeader: (name, value) => void res.header(name, value),
      // fastify appends Set-Cookie headers; the session cookie must be set once, last value wins.
      setSessionCookie: (secret, maxAgeSeconds) => {
        res.removeHeader('set-cookie');
        res.header('set-cookie', sessionCookie(secret, { secure, maxAgeSeconds }));
      },
    };
    const base = { db, auth, http };
    // A bearer token wins over a cookie: API clients send no cookies, and a header is explicit.
    const header = req.headers.authorization;
    if (header) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      if (!token)
        return createContextInner({ ...base, authError: 'The Authorization header must be "Bearer <token>"' });
      const actor = await authenticateToken(db, token, auth.now());
      return createContextInner({
        ...base,
        actor,
        authError: actor ? null : 'Unknown or revoked API token, or past its expiry',
      });
    }
    if (!http.sessionSecret) return createContextInner(base);
    const actor = await resolveSession(db, auth, http.sessionSecret);
    if (actor) return createContextInner({ ...base, actor });
    // The browser should stop sending a cookie that opens nothing.
    http.setSessionCookie(null, 0);
    return createContextInner({ ...base, authError: 'Your session has ended (expired or logged out); log in again' });
  };
}
