/** audit.list filters and paging, audit.history order, on a real database through createCaller. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createContextInner } from '../context.ts';
import type { UserActor } from '../services/actor.ts';
import { writeAudit } from '../services/audit.ts';
import { submitRequests } from '../services/ingest/index.ts';
import { addUser } from '../test/auth.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { exampleRequest } from '../test/fixtures.ts';
import { cliActor, parseBatch } from '../test/ingest.ts';
import { appRouter } from './app.ts';

const NOW = new Date().toISOString();
let t: TestDb;
let audit: ReturnType<typeof appRouter.createCaller>['audit'];

beforeAll(async () => {
  t = await createTestDb();
  const admin = await addUser(t, 'adm_1@example.org', 'admin');
  // An e-mail with `_` next to one where `_` would match any character under LIKE.
  await addUser(t, 'admx1@example.org', 'analyst');
  await submitRequests(t.db, parseBatch([exampleRequest({ externalId: 'r-1' })]), cliActor);
  await submitRequests(t.db, parseBatch([exampleRequest({ externalId: 'r-1', statedReason: 'Other' })]), cliActor);
  await submitRequests(t.db, parseBatch([exampleRequest({ externalId: 'r-2' })]), cliActor);
  const actor = { kind: 'user' as const, userId: admin.id, email: admin.email, name: 'A', role: 'admin' as const };
  audit = appRouter.createCaller(createContextInner({ db: t.db, actor: { ...actor, sources: [] } })).audit;
});
afterAll(() => t.dispose());

test('newest first, paged by cursor until no cursor is left', async () => {
  const first = await audit.list({ limit: 2 });
  expect(first.entries.map((e) => [e.action, e.entityKey])).toEqual([
    ['create', 'monitor-a/r-2'],
    ['update', 'monitor-a/r-1'],
  ]);
  const rest = await audit.list({ limit: 200, cursor: first.nextCursor ?? '' });
  expect(rest.nextCursor).toBeNull();
  expect(rest.entries.map((e) => e.action)).toEqual(['create', 'user_create', 'user_create']);
});

test('filters: actor (exact or user:<id>), record, action, time range', async () => {
  const all = await audit.list({});
  expect((await audit.list({ actor: 'cli:test' })).entries).toHaveLength(5);
  expect((await audit.list({ actor: 'cli:tes' })).entries).toHaveLength(0);
  const record = await audit.list({ entity: 'request', entityKey: 'monitor-a/r-1' });
  expect(record.entries.map((e) => e.action)).toEqual(['update', 'create']);
  expect((await audit.list({ action: 'user_create' })).entries).toHaveLength(2);
  const at = all.entries[0]?.at ?? '';
  expect((await audit.list({ from: at })).entries.every((e) => e.at >= at)).toBe(true);
  expect((await audit.list({ to: '2000-01-01T00:00:00Z' })).entries).toEqual([]);
  await expect(audit.list({ entityKey: 'monitor-a/r-1' })).rejects.toThrow(/entity/);
});

test('actor user:<id> matches that user, not user:<id>0, and `_` in an e-mail means itself', async () => {
  const entry = { sourceId: null, action: 'logout' as const, entity: 'session' as const, changes: null, at: NOW };
  const user = (userId: number, email: string): UserActor => ({
    kind: 'user',
    userId,
    email,
    name: 'x',
    role: 'analyst',
    sources: [],
  });
  await writeAudit(t.db, { ...entry, actor: user(1, 'adm_1@example.org'), key: 'user:1' });
  await writeAudit(t.db, { ...entry, actor: user(10, 'a@example.org'), key: 'user:10' });
  expect((await audit.list({ actor: 'user:1' })).entries.map((e) => e.actor)).toEqual(['user:1:adm_1@example.org']);
  expect((await audit.list({ actor: 'user:1:adm_1@example.org' })).entries).toHaveLength(1);
  expect((await audit.list({ actor: 'user:1:admx1@example.org' })).entries).toHaveLength(0);
});

test('history: one record oldest first, with field diffs', async () => {
  const { entries, truncated } = await audit.history({ entity: 'request', entityKey: 'monitor-a/r-1' });
  expect(truncated).toBe(false);
  expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
  expect(entries[1]?.changes).toEqual([
    { field: 'statedReason', kind: 'changed', before: 'Incitement of social discord', after: 'Other' },
  ]);
  expect(entries[0]?.changes).toContainEqual({ field: 'jurisdiction', kind: 'added', before: null, after: 'KZ' });
});
