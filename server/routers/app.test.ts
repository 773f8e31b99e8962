/** Router tests through createCaller on a fresh migrated database: no HTTP, real services. */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import { createContextInner } from '../context.ts';
import { createToken } from '../services/tokens.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { exampleRequest } from '../test/fixtures.ts';
import { appRouter } from './app.ts';

let t: TestDb;
let asA: ReturnType<typeof appRouter.createCaller>;
let asB: ReturnType<typeof appRouter.createCaller>;
const item = { requestExternalId: 'kz-misd-2022-000123', itemExternalId: 'kz-misd-2022-000123-1' };

async function callerFor(sourceName: string) {
  const { tokenId, source } = await createToken(t.db, { sourceName });
  const actor = { kind: 'token' as const, tokenId, sourceId: source.id, sourceName };
  return appRouter.createCaller(createContextInner({ db: t.db, actor }));
}

/** The TRPCError a call fails with, so tests can look at its code and cause. */
async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

beforeAll(async () => {
  t = await createTestDb();
  asA = await callerFor('monitor-a');
  asB = await callerFor('monitor-b');
});
afterAll(async () => {
  await t.dispose();
});

describe('ingest procedures', () => {
  test('requests.submit creates, then leaves an identical resubmission unchanged', async () => {
    expect(await asA.requests.submit({ requests: [exampleRequest()] })).toMatchObject({ created: 1, items: 1 });
    expect(await asA.requests.submit({ requests: [exampleRequest()] })).toMatchObject({ created: 0, unchanged: 1 });
  });

  test('items.recordOutcome and appeals.record return what they stored', async () => {
    const stored = await asA.items.recordOutcome({
      ...item,
      outcome: 'removed_global',
      decidedAt: '2022-03-16T12:00:00Z',
    });
    expect(stored).toMatchObject({ externalId: item.itemExternalId, source: 'monitor-a', outcome: 'removed_global' });
    const appeal = await asA.appeals.record({ ...item, appeal: { externalId: 'a-2', outcome: 'pending' } });
    expect(appeal).toMatchObject({ externalId: 'a-2', itemExternalId: item.itemExternalId, outcome: 'pending' });
  });

  test("another source's token is refused, and its records stay as they were", async () => {
    const submit = await failure(asB.requests.submit({ requests: [exampleRequest({ source: 'monitor-a' })] }));
    expect(submit.code).toBe('FORBIDDEN');
    const retract = await failure(
      asB.requests.retract({ source: 'monitor-a', externalId: item.requestExternalId, reason: 'x' }),
    );
    expect(retract.code).toBe('FORBIDDEN');
    // Without `source`, B's token looks among B's records, where this request does not exist.
    const outcome = await failure(asB.items.recordOutcome({ ...item, outcome: 'no_action' }));
    expect(outcome.code).toBe('NOT_FOUND');
    const row = await t.db
      .selectFrom('requests')
      .select('retracted_at')
      .where('external_id', '=', item.requestExternalId);
    expect(await row.execute()).toEqual([{ retracted_at: null }]);
  });

  test('requests.retract marks the request retracted', async () => {
    await asA.requests.submit({ requests: [exampleRequest({ externalId: 'to-retract' })] });
    expect(await asA.requests.retract({ externalId: 'to-retract', reason: 'duplicate of another report' })).toEqual({
      retracted: true,
    });
  });
});

describe('procedure guards', () => {
  test('writes without an actor are UNAUTHORIZED, before the input is even looked at', async () => {
    const anonymous = appRouter.createCaller(createContextInner({ db: t.db }));
    const error = await failure(anonymous.requests.submit({ requests: [] }));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.message).toMatch(/Authorization: Bearer <token>.*token:create/);
  });

  test('input that does not match the shared schema is BAD_REQUEST caused by a ZodError', async () => {
    const bad = { ...exampleRequest(), items: [{ externalId: '1', outcome: 'vaporised' }] };
    // @ts-expect-error: deliberately outside the schema
    const error = await failure(asA.requests.submit({ requests: [bad] }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toBeInstanceOf(ZodError);
  });

  test('meta.info is public and counts what was written', async () => {
    const anonymous = appRouter.createCaller(createContextInner({ db: t.db }));
    const info = await anonymous.meta.info();
    expect(info.requests).toBeGreaterThanOrEqual(1);
    expect(info.sources.map((s) => s.name)).toContain('monitor-a');
  });
});
