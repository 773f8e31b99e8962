/** tokens.* through the real app, session writes by submitters, and one audit entry per auth write. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashToken } from '../services/tokens.ts';
import { addUser, authApp, call, login, sessionOf, type testClock } from '../test/auth.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { exampleRequest } from '../test/fixtures.ts';

let t: TestDb;
let app: FastifyInstance;
let clock: ReturnType<typeof testClock>;
let admin: string;
let submitter: string;

beforeAll(async () => {
  t = await createTestDb();
  ({ app, clock } = await authApp(t));
  await addUser(t, 'adm@example.org', 'admin');
  await addUser(t, 'sub@example.org', 'submitter', ['source-a']);
  await addUser(t, 'other@example.org', 'submitter', ['source-b']);
  await addUser(t, 'ana@example.org', 'analyst');
  admin = await sessionOf(app, 'adm@example.org');
  submitter = await sessionOf(app, 'sub@example.org');
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const create = (session: string, input: unknown) => call(app, 'tokens.create', 'mutation', { session, input });
const submit = (auth: { token?: string; session?: string }, externalId: string) =>
  call(app, 'requests.submit', 'mutation', { ...auth, input: { requests: [exampleRequest({ externalId })] } });
const lastAuditId = async () => {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
};

describe('tokens', () => {
  test('created once: the secret in the answer, only its hash stored; it writes for its source', async () => {
    const created = await create(submitter, { source: 'source-a', label: 'laptop' });
    expect(created.status).toBe(200);
    const { token, id } = created.body.result.data;
    expect(token).toMatch(/^tm_[A-Za-z0-9_-]{43}$/);
    const row = await t.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute())).not.toContain(token);
    expect((await submit({ token }, 't-1')).status).toBe(200);
  });

  test('a submitter naming another source: 403; an expiry in the past: 400', async () => {
    const other = await create(submitter, { source: 'source-b' });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toMatch(/your own sources only, not "source-b"/);
    expect((await create(admin, { source: 'source-a', expiresAt: '2001-01-01T00:00:00Z' })).status).toBe(400);
    expect((await create(admin, { source: 'no-such-source' })).status).toBe(404);
  });

  test('list: creation, last use, expiry, owner and source; submitters see their sources only', async () => {
    await create(admin, { source: 'source-b', label: 'for b' });
    const mine = (await call(app, 'tokens.list', 'query', { session: submitter })).body.result.data;
    expect(mine.map((r: { source: string }) => r.source)).toEqual(mine.map(() => 'source-a'));
    const all = (await call(app, 'tokens.list', 'query', { session: admin })).body.result.data;
    expect(all[0]).toMatchObject({
      source: 'source-b',
      label: 'for b',
      owner: { kind: 'user', email: 'adm@example.org' },
    });
    const laptop = all.find((r: { label: string }) => r.label === 'laptop');
    expect(laptop).toMatchObject({ status: 'active', owner: { kind: 'user', email: 'sub@example.org' } });
    expect(laptop.lastUsedAt).toEqual(expect.any(String));
    expect(Object.keys(laptop).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'label', 'lastUsedAt', 'owner', 'revokedAt', 'source', 'status'].sort(),
    );
  });

  test('a revoked token gets 401 on its very next request', async () => {
    const { token, id } = (await create(submitter, { source: 'source-a' })).body.result.data;
    expect((await submit({ token }, 't-2')).status).toBe(200);
    const revoked = await call(app, 'tokens.revoke', 'mutation', { session: submitter, input: { id } });
    expect(revoked.body.result.data).toEqual({ revoked: true });
    expect((await submit({ token }, 't-3')).status).toBe(401);
    // Another source's token is not the submitter's to revoke.
    const foreign = (await create(admin, { source: 'source-b' })).body.result.data.id;
    expect((await call(app, 'tokens.revoke', 'mutation', { session: submitter, input: { id: foreign } })).status).toBe(
      403,
    );
  });

  test('an expiring token works until its instant, then gets 401', async () => {
    const expiresAt = new Date(clock.ms + 60 * 60_000).toISOString();
    const { token } = (await create(admin, { source: 'source-a', expiresAt })).body.result.data;
    expect((await submit({ token }, 't-4')).status).toBe(200);
    clock.advance(60 * 60_000);
    const late = await submit({ token }, 't-5');
    expect(late.status).toBe(401);
    expect(late.body.error.message).toMatch(/past its expiry/);
    admin = await sessionOf(app, 'adm@example.org');
    submitter = await sessionOf(app, 'sub@example.org');
    const listed = (await call(app, 'tokens.list', 'query', { session: admin })).body.result.data;
    expect(listed.find((r: { expiresAt: string }) => r.expiresAt === expiresAt)?.status).toBe('expired');
  });
});

test("a submitter's session writes for its own sources, audited as the user", async () => {
  expect((await submit({ session: submitter }, 's-1')).status).toBe(200);
  const entry = await t.db
    .selectFrom('audit_log')
    .select('actor')
    .where('entity_key', 'like', '%s-1')
    .executeTakeFirstOrThrow();
  expect(entry.actor).toMatch(/^user:\d+:sub@example\.org$/);
});

test('content URLs in items.list: analysts, admins, and submitters on their own sources only', async () => {
  const analyst = await sessionOf(app, 'ana@example.org');
  const otherSubmitter = await sessionOf(app, 'other@example.org');
  const list = async (session?: string) =>
    (await call(app, 'items.list', 'query', { session, input: {} })).body.result.data.items[0];
  expect(await list(analyst)).toHaveProperty('contentUrl');
  expect(await list(admin)).toHaveProperty('contentUrl');
  // The listed record is source-a's (submitted with its token above).
  expect(await list(submitter)).toHaveProperty('contentUrl');
  expect(await list(otherSubmitter)).not.toHaveProperty('contentUrl');
  expect(await list()).not.toHaveProperty('contentUrl');
});

test('each auth write makes exactly one audit entry', async () => {
  const writes: [string, () => Promise<unknown>][] = [
    ['login', () => login(app, 'ana@example.org')],
    ['login_failed', () => login(app, 'ana@example.org', { password: 'wrong password!' })],
    ['token_create', () => create(admin, { source: 'source-a' })],
    ['token_revoke', async () => call(app, 'tokens.revoke', 'mutation', { session: admin, input: { id: 1 } })],
    ['user_create', () => addUser(t, 'new@example.org', 'analyst')],
    [
      'logout',
      async () => call(app, 'auth.logout', 'mutation', { session: await sessionOf(app, 'other@example.org') }),
    ],
  ];
  for (const [action, write] of writes) {
    const before = await lastAuditId();
    await write();
    const added = await t.db.selectFrom('audit_log').select('action').where('id', '>', before).execute();
    // logout needs a fresh session first: that login is its own entry.
    expect(added.map((e) => e.action).filter((a) => a !== 'login' || action === 'login')).toEqual([action]);
  }
});
