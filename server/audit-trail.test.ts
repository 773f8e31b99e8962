/**
 * Every write path leaves exactly one audit entry naming its actor, time and source, with the
 * fields it changed as before → after, read back the way admins read it (audit.list over HTTP).
 * The cases run in order on one database, each building on the state the previous ones left.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { AuditChange, AuditEntryView } from '../shared/audit.ts';
import { createUser } from './services/auth/users.ts';
import { importFile } from './services/files/import.ts';
import { importPublishedFile } from './services/published/import.ts';
import { addUser, authApp, call, login, PASSWORD, sessionOf } from './test/auth.ts';
import { createTestDb, type TestDb } from './test/db.ts';
import { exampleRequest } from './test/fixtures.ts';
import { sharedDataFile } from './test/shared-data.ts';

let t: TestDb;
let app: FastifyInstance;
let admin: string;
let adminId: number;
let token: string;
let tokenId: number;
let newUserId: number;
let analyst: string;

beforeAll(async () => {
  t = await createTestDb();
  ({ app } = await authApp(t));
  adminId = (await addUser(t, 'adm@example.org', 'admin')).id;
  admin = await sessionOf(app, 'adm@example.org');
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const ok = async (result: Promise<{ status: number; body: unknown }>) => {
  const { status, body } = await result;
  expect(status, JSON.stringify(body)).toBe(200);
  return body as { result: { data: Record<string, unknown> } };
};
const asToken = (path: string, input: unknown) => ok(call(app, path, 'mutation', { token, input }));
const ITEM = 'kz-misd-2022-000123-1';
const REQUEST = { source: 'monitor-a', requestExternalId: 'kz-misd-2022-000123', itemExternalId: ITEM };
const instant = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/);
const added = (field: string, after: unknown) => ({ field, kind: 'added', before: null, after });
const changed = (field: string, before: unknown, after: unknown) => ({
  field,
  kind: 'changed',
  before,
  after,
});

interface Case {
  name: string;
  run: () => Promise<unknown>;
  entry: () => Partial<AuditEntryView>;
  /** Exactly these changes, or (partial) at least these. */
  changes: () => Partial<Record<keyof AuditChange, unknown>>[];
  partial?: boolean;
}

const CASES: Case[] = [
  {
    name: 'user create (CLI)',
    run: async () => {
      const user = { email: 'ana@example.org', name: 'Ana', role: 'analyst', sources: [], password: PASSWORD };
      newUserId = (await createUser(t.db, user, { kind: 'cli', name: 'cli:user-create' })).id;
    },
    entry: () => ({ actor: 'cli:user-create', action: 'user_create', entity: 'user', entityKey: `user:${newUserId}` }),
    changes: () => [
      added('email', 'ana@example.org'),
      added('name', 'Ana'),
      added('role', 'analyst'),
      added('sources', []),
    ],
  },
  {
    name: 'login',
    run: async () => {
      analyst = (await login(app, 'ana@example.org')).newSession ?? '';
    },
    entry: () => ({ actor: `user:${newUserId}:ana@example.org`, action: 'login', entity: 'session', source: null }),
    changes: () => [added('ip', '127.0.0.1'), added('expiresAt', instant)],
  },
  {
    name: 'failed login',
    run: () => login(app, 'ana@example.org', { password: 'wrong password here' }),
    entry: () => ({ actor: 'visitor:127.0.0.1', action: 'login_failed', entityKey: `user:${newUserId}` }),
    changes: () => [added('email', 'ana@example.org'), added('reason', 'wrong_password')],
  },
  {
    name: 'token create',
    run: async () => {
      await createUser(
        t.db,
        { email: 'x@example.org', role: 'submitter', sources: ['monitor-a'], password: PASSWORD },
        {
          kind: 'cli',
          name: 'cli:setup',
        },
      );
      const body = await ok(call(app, 'tokens.create', 'mutation', { session: admin, input: { source: 'monitor-a' } }));
      token = body.result.data.token as string;
      tokenId = body.result.data.id as number;
    },
    entry: () => ({ actor: `user:${adminId}:adm@example.org`, action: 'token_create', entityKey: `token:${tokenId}` }),
    changes: () => [added('source', 'monitor-a')],
  },
  {
    name: 'API submit (create)',
    run: () => asToken('requests.submit', { requests: [exampleRequest()] }),
    entry: () => ({ actor: `token:${tokenId}`, action: 'create', entity: 'request', source: 'monitor-a' }),
    changes: () => [
      added('jurisdiction', 'KZ'),
      added('statedReason', 'Incitement of social discord'),
      added('submittedAt', '2022-03-14T09:15:00.000Z'),
      added(`items[${ITEM}]`, 'created'),
    ],
    partial: true,
  },
  {
    name: 'API submit (update)',
    run: () => asToken('requests.submit', { requests: [exampleRequest({ statedReason: 'Discord' })] }),
    entry: () => ({ action: 'update', entity: 'request', entityKey: 'monitor-a/kz-misd-2022-000123' }),
    changes: () => [changed('statedReason', 'Incitement of social discord', 'Discord')],
  },
  {
    name: 'outcome',
    run: () =>
      asToken('items.recordOutcome', { ...REQUEST, outcome: 'removed_global', decidedAt: '2022-03-16T11:00:00Z' }),
    entry: () => ({ action: 'update', entity: 'item', entityKey: `monitor-a/kz-misd-2022-000123/${ITEM}` }),
    changes: () => [changed('outcome', 'restricted_local', 'removed_global')],
  },
  {
    name: 'appeal (new)',
    run: () =>
      asToken('appeals.record', { ...REQUEST, appeal: { externalId: 'a-2', venue: 'court', outcome: 'pending' } }),
    entry: () => ({ action: 'create', entity: 'appeal', entityKey: `monitor-a/kz-misd-2022-000123/${ITEM}/a-2` }),
    changes: () => [added('venue', 'court'), added('outcome', 'pending')],
  },
  {
    name: 'appeal (update)',
    run: () =>
      asToken('appeals.record', { ...REQUEST, appeal: { externalId: 'a-2', venue: 'court', outcome: 'upheld' } }),
    entry: () => ({ action: 'update', entity: 'appeal' }),
    changes: () => [changed('outcome', 'pending', 'upheld')],
  },
  {
    name: 'retraction',
    run: () =>
      asToken('requests.retract', { source: 'monitor-a', externalId: 'kz-misd-2022-000123', reason: 'duplicate' }),
    entry: () => ({ action: 'retract', entity: 'request', source: 'monitor-a' }),
    changes: () => [added('retractedAt', instant), added('retractionReason', 'duplicate')],
  },
  {
    name: 'file import',
    run: async () => {
      const path = join(t.dir, 'one.jsonl');
      writeFileSync(path, `${JSON.stringify(exampleRequest({ externalId: 'file-1' }))}\n`);
      await importFile(t.db, path, { source: 'monitor-a', kind: 'monitor_entry', skipInvalid: false, chunkSize: 100 });
    },
    entry: () => ({ actor: 'cli:import', action: 'create', entityKey: 'monitor-a/file-1', source: 'monitor-a' }),
    changes: () => [added('jurisdiction', 'KZ'), added(`items[${ITEM}]`, 'created')],
    partial: true,
  },
  {
    name: 'published import',
    run: () => importPublishedFile(t.db, sharedDataFile('google-transparency/google-government-removal-requests.csv')),
    entry: () => ({ actor: 'cli:import', action: 'create', entity: 'published_file' }),
    changes: () => [added('file', 'google-government-removal-requests.csv'), added('replaced', 0)],
    partial: true,
  },
  {
    name: 'token revoke',
    run: () => ok(call(app, 'tokens.revoke', 'mutation', { session: admin, input: { id: tokenId } })),
    entry: () => ({ action: 'token_revoke', entity: 'api_token', entityKey: `token:${tokenId}`, source: 'monitor-a' }),
    changes: () => [added('revokedAt', instant)],
  },
  {
    name: 'logout',
    run: () => ok(call(app, 'auth.logout', 'mutation', { session: analyst })),
    entry: () => ({ actor: `user:${newUserId}:ana@example.org`, action: 'logout', entity: 'session' }),
    changes: () => [added('revokedAt', instant)],
  },
];

/** Entries written after `afterId`, read as an admin over HTTP (the admin's own login excluded by id). */
async function entriesAfter(afterId: number): Promise<AuditEntryView[]> {
  const { body } = await call(app, 'audit.list', 'query', { session: admin, input: { limit: 200 } });
  const entries = (body as { result: { data: { entries: AuditEntryView[] } } }).result.data.entries;
  return entries.filter((e) => e.id > afterId);
}

let lastId = 0;
test.each(CASES)('$name writes exactly one entry with before → after', async (c) => {
  lastId = Math.max(lastId, ...(await entriesAfter(0)).map((e) => e.id));
  await c.run();
  const written = await entriesAfter(lastId);
  // The token-create case logs a setup user in too; only the write under test is counted.
  const entries = written.filter((e) => e.action !== 'user_create' || c.name.startsWith('user'));
  expect(entries).toHaveLength(1);
  const [entry] = entries as [AuditEntryView];
  expect(entry).toMatchObject({ at: instant, ...c.entry() });
  if (c.partial) expect(entry.changes).toEqual(expect.arrayContaining(c.changes()));
  else expect(entry.changes).toEqual(c.changes());
  lastId = Math.max(...written.map((e) => e.id));
});
