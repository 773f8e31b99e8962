/** auth.login / logout / me over HTTP: cookies, rotation, idle and absolute expiry, audit. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from '../services/auth/password.ts';
import { addUser, authApp, call, login, PASSWORD, sessionOf, type testClock } from '../test/auth.ts';
import { createTestDb, type TestDb } from '../test/db.ts';

let t: TestDb;
let app: FastifyInstance;
let clock: ReturnType<typeof testClock>;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestDb();
  ({ app, clock } = await authApp(t, { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE }));
  await addUser(t, 'Ana@Example.org', 'analyst');
  await addUser(t, 'sub@example.org', 'submitter', ['source-a', 'source-b']);
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const me = async (session: string) => (await call(app, 'auth.me', 'query', { session })).body.result?.data;
const audit = (action: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['actor', 'entity', 'entity_key', 'changes'])
    .where('action', '=', action)
    .execute();

test('passwords: scrypt N=2^15 r=8 p=1, 16-byte salt, 64-byte key, verified in constant time', async () => {
  const hash = await hashPassword(PASSWORD);
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
  expect(await verifyPassword(PASSWORD, hash)).toBe(true);
  expect(await verifyPassword(`${PASSWORD}!`, hash)).toBe(false);
  expect(await hashPassword(PASSWORD)).not.toBe(hash);
  const stored = await t.db.selectFrom('users').select(['email', 'password_hash']).execute();
  expect(stored.map((u) => u.email)).toEqual(['ana@example.org', 'sub@example.org']);
  expect(JSON.stringify(stored)).not.toContain(PASSWORD);
});

describe('login', () => {
  test('sets an HttpOnly, SameSite=Strict, Path=/ cookie and returns the user; e-mail case does not matter', async () => {
    const result = await login(app, 'ANA@example.ORG');
    expect(result.status).toBe(200);
    expect(result.body.result.data).toEqual({
      user: { email: 'ana@example.org', name: 'ana', role: 'analyst', sources: [] },
    });
    const cookie = result.setCookie[0] ?? '';
    expect(cookie).toMatch(/^tm_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(await me(result.newSession ?? '')).toMatchObject({ email: 'ana@example.org', role: 'analyst' });
    // Only the secret's SHA-256 is stored.
    const ids = await t.db.selectFrom('sessions').select('id').execute();
    expect(ids.every((r) => /^[0-9a-f]{64}$/.test(r.id) && r.id !== result.newSession)).toBe(true);
  });

  test('a submitter sees its sources; auth.me is null without a session', async () => {
    expect((await login(app, 'sub@example.org')).body.result.data.user.sources).toEqual(['source-a', 'source-b']);
    expect((await call(app, 'auth.me', 'query')).body.result.data).toBeNull();
  });

  test('a wrong password or unknown account: 401 with one message, no cookie, one login_failed entry each', async () => {
    const before = (await audit('login_failed')).length;
    const wrong = await login(app, 'ana@example.org', { password: 'not the password', headers: {} });
    const unknown = await login(app, 'nobody@example.org', { password: 'not the password' });
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body.error.message).toBe('Wrong e-mail address or password');
      expect(r.setCookie).toEqual([]);
    }
    const entries = (await audit('login_failed')).slice(before);
    expect(entries.map((e) => [e.actor, e.entity_key])).toEqual([
      ['visitor:127.0.0.1', 'user:1'],
      ['visitor:127.0.0.1', 'nobody@example.org'],
    ]);
    expect(entries.map((e) => e.changes).join()).not.toContain('not the password');
  });

  test('Secure is added when the request came over HTTPS (X-Forwarded-Proto from a trusted proxy)', async () => {
    const proxied = await authApp(t, {}, true);
    try {
      const result = await login(proxied.app, 'ana@example.org', { headers: { 'x-forwarded-proto': 'https' } });
      expect(result.setCookie[0]).toMatch(/; Secure$/);
    } finally {
      await proxied.app.close();
    }
    // Without trustProxy the header is not believed.
    const direct = await login(app, 'ana@example.org', { headers: { 'x-forwarded-proto': 'https' } });
    expect(direct.setCookie[0]).not.toMatch(/Secure/);
  });
});

describe('session lifetime', () => {
  test('every login gives a new session id and revokes the one the browser sent', async () => {
    const first = await sessionOf(app, 'ana@example.org');
    const second = await login(app, 'ana@example.org', { session: first });
    expect(second.newSession).toBeTruthy();
    expect(second.newSession).not.toBe(first);
    expect(await me(first)).toBeNull();
    expect(await me(second.newSession ?? '')).toMatchObject({ role: 'analyst' });
    const entry = (await audit('login')).at(-1);
    expect(JSON.parse(entry?.changes ?? '{}').before).toEqual({ previousSessionRevoked: true });
  });

  test('logout revokes the session server-side, clears the cookie, and is audited once', async () => {
    const session = await sessionOf(app, 'ana@example.org');
    const before = (await audit('logout')).length;
    const out = await call(app, 'auth.logout', 'mutation', { session });
    expect(out.body.result.data).toEqual({ loggedOut: true });
    expect(out.setCookie[0]).toMatch(/^tm_session=; .*Max-Age=0/);
    expect(await me(session)).toBeNull();
    const again = await call(app, 'auth.logout', 'mutation', { session });
    expect(again.body.result.data).toEqual({ loggedOut: false });
    expect((await audit('logout')).length).toBe(before + 1);
  });

  test('idle expiry: a session unused for 30 minutes ends; use keeps it alive', async () => {
    const session = await sessionOf(app, 'ana@example.org');
    for (let i = 0; i < 3; i++) {
      clock.advance(25 * MINUTE);
      expect(await me(session), `after ${(i + 1) * 25} minutes of regular use`).not.toBeNull();
    }
    clock.advance(30 * MINUTE);
    const ended = await call(app, 'auth.me', 'query', { session });
    expect(ended.body.result.data).toBeNull();
    expect(ended.setCookie[0]).toMatch(/Max-Age=0/);
    const write = await call(app, 'tokens.list', 'query', { session });
    expect(write.status).toBe(401);
    expect(write.body.error.message).toMatch(/session has ended/);
  });

  test('absolute expiry: 12 hours after login the session ends, however busy', async () => {
    const session = await sessionOf(app, 'ana@example.org');
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      clock.advance(20 * MINUTE);
      expect(await me(session)).not.toBeNull();
    }
    clock.advance(20 * MINUTE);
    expect(await me(session)).toBeNull();
  });
});
