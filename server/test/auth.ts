/** Accounts, sessions and calls through the real fastify app, for the auth and authorization tests. */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { readCookie, SESSION_COOKIE } from '../http/cookies.ts';
import { type AuthConfig, authConfig } from '../services/auth/config.ts';
import { createUser } from '../services/auth/users.ts';
import type { TestDb } from './db.ts';

export const PASSWORD = 'correct horse battery staple';

/** A clock the app reads (AuthConfig.now) and the test moves. */
export function testClock(start = Date.now()) {
  const clock = {
    ms: start,
    now: () => new Date(clock.ms),
    advance: (ms: number) => {
      clock.ms += ms;
    },
  };
  return clock;
}

export async function authApp(t: TestDb, overrides: Partial<AuthConfig> = {}, trustProxy = false) {
  const clock = testClock();
  const config = authConfig({ now: clock.now, ...overrides });
  const app = await buildApp({ db: t.db, clientDir: resolve(t.dir, 'no-client'), auth: config, trustProxy });
  return { app, clock, config };
}

export function addUser(t: TestDb, email: string, role: string, sources: string[] = []) {
  return createUser(t.db, { email, role, sources, password: PASSWORD }, { kind: 'cli', name: 'cli:test' });
}

export interface Call {
  input?: unknown;
  /** The session cookie's secret. */
  session?: string | null;
  token?: string | null;
  headers?: Record<string, string>;
}

/** One tRPC call over app.inject: GET for queries, POST for mutations. */
export async function call(app: FastifyInstance, path: string, type: 'query' | 'mutation', options: Call = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session) headers.cookie = `${SESSION_COOKIE}=${options.session}`;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const query = options.input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(options.input))}`;
  const response =
    type === 'query'
      ? await app.inject({ method: 'GET', url: `/trpc/${path}${query}`, headers })
      : await app.inject({
          method: 'POST',
          url: `/trpc/${path}`,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify(options.input ?? null),
        });
  const setCookie = [response.headers['set-cookie'] ?? []].flat().map(String);
  return {
    status: response.statusCode,
    body: response.json(),
    headers: response.headers,
    setCookie,
    /** The session secret a Set-Cookie carried: a string, '' when cleared, undefined when none was set. */
    newSession: setCookie.length > 0 ? (readCookie(setCookie.at(-1)?.split(';')[0], SESSION_COOKIE) ?? '') : undefined,
  };
}

export async function login(
  app: FastifyInstance,
  email: string,
  options: { password?: string; session?: string | null; headers?: Record<string, string> } = {},
) {
  return call(app, 'auth.login', 'mutation', {
    input: { email, password: options.password ?? PASSWORD },
    session: options.session,
    headers: options.headers,
  });
}

/** A logged-in session's secret; throws when the login fails. */
export async function sessionOf(app: FastifyInstance, email: string): Promise<string> {
  const result = await login(app, email);
  if (result.status !== 200 || !result.newSession) throw new Error(`login ${email}: ${JSON.stringify(result.body)}`);
  return result.newSession;
}
