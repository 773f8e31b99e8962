import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RecordAppealInput, RecordOutcomeInput, RetractInput } from '../../../shared/ingest.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { aggregateSnapshot } from '../../test/aggregates.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { exampleBatch, exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import type { Actor } from '../actor.ts';
import { rebuildAggregates } from '../aggregates/rebuild.ts';
import { Forbidden, ValidationFailed } from '../errors.ts';
import { ensureSource } from '../sources.ts';
import * as ingest from './index.ts';

const { submitRequests } = ingest;
// Inputs go through the shared schemas, as the routers do.
const recordOutcome = (db: TestDb['db'], input: RecordOutcomeInput, actor: Actor) =>
  ingest.recordOutcome(db, RecordOutcomeInput.parse(input), actor);
const recordAppeal = (db: TestDb['db'], input: RecordAppealInput, actor: Actor) =>
  ingest.recordAppeal(db, RecordAppealInput.parse(input), actor);
const retractRequest = (db: TestDb['db'], input: RetractInput, actor: Actor) =>
  ingest.retractRequest(db, RetractInput.parse(input), actor);

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

const count = (table: 'requests' | 'items' | 'appeals' | 'audit_log' | 'agg_items') => countRows(t.db, table);

describe('batch atomicity', () => {
  test('one bad record in 1,000 → nothing written, the problem names it', async () => {
    const batch = parseBatch(exampleBatch(1000));
    batch[637] = { ...(batch[637] as (typeof batch)[number]), source: 'someone-else' };
    const error = await submitRequests(t.db, batch, cliActor).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect(error.problems).toEqual([expect.objectContaining({ index: 637, path: 'source' })]);
    expect(await count('requests')).toBe(0);
    expect(await count('items')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  test('a failure during the write rolls back everything of the batch', async () => {
    const error = await submitRequests(t.db, parseBatch(exampleBatch(50)), cliActor, {
      afterWrite: async () => {
        throw new Error('disk full');
      },
    }).catch((e) => e);
    expect(error.message).toBe('disk full');
    for (const table of ['requests', 'items', 'audit_log', 'agg_items'] as const) expect(await count(table)).toBe(0);
  });

  test('duplicates inside a batch and repeated citations are refused', async () => {
    const base = exampleRequest();
    const twice = exampleRequest({
      externalId: 'other',
      legalBases: [...(base.legalBases ?? []), { ...base.legalBases?.[0], article: 'Art. 174' } as never],
    });
    const error = await submitRequests(t.db, parseBatch([base, base, twice]), cliActor).catch((e) => e);
    expect(error.problems).toEqual([
      { index: 1, path: 'externalId', message: 'duplicate of record 0 in this batch' },
      { index: 2, path: 'legalBases[1]', message: 'cites the same provision as legalBases[0]' },
    ]);
    expect(await count('requests')).toBe(0);
  });
});

describe('idempotency and auditing', () => {
  test('the same record again is unchanged; a changed one is updated and audited', async () => {
    const batch = parseBatch([exampleRequest()]);
    expect(await submitRequests(t.db, batch, cliActor)).toMatchObject({ created: 1, unchanged: 0, items: 1 });
    expect(await submitRequests(t.db, batch, cliActor)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
      items: 0,
    });
    expect(await count('audit_log')).toBe(1);

    const changed = exampleRequest({ statedReason: 'Discord' });
    const item = changed.items[0] as NonNullable<(typeof changed.items)[0]>;
    item.outcome = 'removed_global';
    const result = await submitRequests(t.db, parseBatch([changed]), cliActor);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0, itemsUpdated: 1 });
    const entry = await t.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'update', entity: 'request', entity_key: 'monitor-a/kz-misd-2022-000123' });
    expect(JSON.parse(entry.changes ?? '{}')).toEqual({
      statedReason: ['Incitement of social discord', 'Discord'],
      'items[kz-misd-2022-000123-1].outcome': ['restricted_local', 'removed_global'],
    });
    const agg = await t.db.selectFrom('agg_items').selectAll().executeTakeFirstOrThrow();
    expect([agg.items, agg.n_removed_global, agg.n_restricted_local]).toEqual([1, 1, 0]);
  });

  test('resubmitting with fewer items keeps the others (merge, never delete)', async () => {
    const two = exampleRequest({
      items: [
        { externalId: 'i1', outcome: 'pending' },
        { externalId: 'i2', outcome: 'pending' },
      ],
    });
    await submitRequests(t.db, parseBatch([two]), cliActor);
    const one = exampleRequest({ items: [{ externalId: 'i3', outcome: 'no_action', decidedAt: '2022-03-20' }] });
    expect(await submitRequests(t.db, parseBatch([one]), cliActor)).toMatchObject({ updated: 1, itemsCreated: 1 });
    expect(await count('items')).toBe(3);
  });

  test('the audit log is append-only', async () => {
    await submitRequests(t.db, parseBatch([exampleRequest()]), cliActor);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(t.db.updateTable('audit_log').set({ actor: 'x' }).execute()).rejects.toThrow(/append-only/);
  });
});

describe('token scoping', () => {
  test('a token for source A cannot write or touch source B records', async () => {
    const a = (await ensureSource(t.db, { name: 'source-a', kind: 'platform_submission' })).source;
    await ensureSource(t.db, { name: 'source-b', kind: 'platform_submission' });
    const tokenA = { kind: 'token' as const, tokenId: 1, sourceId: a.id, sourceName: a.name };
    const cliB = { kind: 'cli' as const, name: 'cli:test', defaultSource: 'source-b' };
    await submitRequests(t.db, parseBatch([exampleRequest()]), cliB);

    const asB = parseBatch([exampleRequest({ source: 'source-b', statedReason: 'hijack' })]);
    await expect(submitRequests(t.db, asB, tokenA)).rejects.toBeInstanceOf(Forbidden);
    const target = {
      source: 'source-b',
      requestExternalId: 'kz-misd-2022-000123',
      itemExternalId: 'kz-misd-2022-000123-1',
    };
    await expect(recordOutcome(t.db, { ...target, outcome: 'no_action' }, tokenA)).rejects.toBeInstanceOf(Forbidden);
    await expect(
      retractRequest(t.db, { source: 'source-b', externalId: 'kz-misd-2022-000123', reason: 'x' }, tokenA),
    ).rejects.toBeInstanceOf(Forbidden);
    // Without a source, the token's own source is meant: B's request is simply not found there.
    await expect(recordOutcome(t.db, { ...target, source: undefined, outcome: 'no_action' }, tokenA)).rejects.toThrow(
      /no request/,
    );
    const stored = await t.db
      .selectFrom('requests')
      .select(['stated_reason', 'retracted_at'])
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ stated_reason: 'Incitement of social discord', retracted_at: null });
  });
});

describe('catalogue de-duplication', () => {
  test('agencies and provisions match by normalised name and citation; new citations are unreviewed', async () => {
    const first = exampleRequest({ externalId: 'r1' });
    const second = exampleRequest({
      externalId: 'r2',
      agency: { name: '  ministry of information and  social development.', kind: 'ministry' },
      legalBases: [
        {
          jurisdiction: 'KZ',
          instrument: 'criminal code of the Republic of Kazakhstan',
          article: 'Art. 174',
          part: 'Part 1',
        },
      ],
    });
    await submitRequests(t.db, parseBatch([first]), cliActor);
    await submitRequests(t.db, parseBatch([second]), cliActor);
    expect(await t.db.selectFrom('agencies').select(['name', 'kind']).execute()).toEqual([
      { name: 'Ministry of Information and Social Development', kind: 'ministry' },
    ]);
    expect(await t.db.selectFrom('legal_bases').select(['article', 'part', 'status', 'category']).execute()).toEqual([
      { article: '174', part: '1', status: 'unreviewed', category: 'unspecified' },
    ]);
    expect(await t.db.selectFrom('platforms').select('slug').execute()).toEqual([{ slug: 'facebook' }]);
    const otherCountry = exampleRequest({ externalId: 'r3', jurisdiction: 'RU' });
    await submitRequests(t.db, parseBatch([otherCountry]), cliActor);
    expect(await count('requests')).toBe(3);
    expect((await t.db.selectFrom('agencies').select('jurisdiction').execute()).map((a) => a.jurisdiction)).toEqual([
      'KZ',
      'RU',
    ]);
  });
});

describe('outcomes, appeals and retractions keep the aggregates exact', () => {
  test('incremental aggregates equal a full rebuild after every kind of write', async () => {
    await submitRequests(t.db, parseBatch([exampleRequest(), ...exampleBatch(30)]), cliActor);
    const ids = { requestExternalId: 'r-3', itemExternalId: 'r-3-1' };
    const item = await recordOutcome(
      t.db,
      { ...ids, outcome: 'removed_global', decidedAt: '2022-03-20T00:00:00Z' },
      cliActor,
    );
    expect(item).toMatchObject({
      outcome: 'removed_global',
      decidedAt: '2022-03-20T00:00:00.000Z',
      source: 'monitor-a',
    });
    const appeal = {
      externalId: 'ap',
      appellant: 'content_author' as const,
      filedAt: '2022-03-21',
      outcome: 'pending' as const,
    };
    await recordAppeal(t.db, { ...ids, appeal }, cliActor);
    await recordAppeal(t.db, { ...ids, appeal: { ...appeal, outcome: 'upheld', decidedAt: '2022-04-21' } }, cliActor);
    await retractRequest(t.db, { externalId: 'r-7', reason: 'entered twice' }, cliActor);
    await submitRequests(t.db, parseBatch([exampleRequest({ platform: 'instagram' })]), cliActor);

    const incremental = await aggregateSnapshot(t.db);
    expect(incremental.agg_monthly?.length).toBeGreaterThan(0);
    expect(incremental.agg_weekly?.length).toBeGreaterThan(0);
    await rebuildAggregates(t.db);
    expect(await aggregateSnapshot(t.db)).toEqual(incremental);
    // The rollup migrations fill their tables from agg_items / agg_requests with SQL alone.
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('2026_11_28_1700_read_indexes')).error).toBeUndefined();
    for (const table of ['agg_monthly', 'agg_weekly'] as const) {
      await expect(t.db.selectFrom(table).selectAll().execute()).rejects.toThrow(/no such table|does not exist/);
    }
    await migrateToLatest(t.db);
    expect(await aggregateSnapshot(t.db)).toEqual(incremental);
    const totals = await t.db
      .selectFrom('agg_items')
      .select((eb) => [eb.fn.sum<number>('items').as('items'), eb.fn.sum<number>('appeals_upheld').as('upheld')])
      .executeTakeFirstOrThrow();
    expect(totals).toEqual({ items: 30, upheld: 1 });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity']).orderBy('id').execute();
    expect(audit.slice(-5)).toEqual([
      { action: 'update', entity: 'item' },
      { action: 'create', entity: 'appeal' },
      { action: 'update', entity: 'appeal' },
      { action: 'retract', entity: 'request' },
      { action: 'update', entity: 'request' },
    ]);
  });

  test('outcome rules across records: decisions cannot precede the request, pending items cannot be appealed', async () => {
    await submitRequests(t.db, parseBatch(exampleBatch(1)), cliActor);
    const ids = { requestExternalId: 'r-0', itemExternalId: 'r-0-1' };
    await expect(
      recordOutcome(t.db, { ...ids, outcome: 'no_action', decidedAt: '2021-01-01' }, cliActor),
    ).rejects.toThrow(/must not precede the request's submittedAt/);
    const appeal = { externalId: 'a', outcome: 'pending' as const };
    await expect(recordAppeal(t.db, { ...ids, appeal }, cliActor)).rejects.toThrow(ValidationFailed);
    await expect(recordAppeal(t.db, { ...ids, appeal }, cliActor)).rejects.toMatchObject({
      problems: [{ path: 'itemExternalId', message: 'the item has no decision yet, so it cannot be appealed' }],
    });
    await expect(
      recordOutcome(t.db, { ...ids, itemExternalId: 'nope', outcome: 'no_action' }, cliActor),
    ).rejects.toThrow(/has no item "nope"/);
  });
});
