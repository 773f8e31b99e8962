/** catalog.* and items.list through createCaller: inputs, redaction, freshness of cached counts. */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RetractInput } from '../../shared/ingest.ts';
import { createContextInner } from '../context.ts';
import { openDatabase } from '../db/database.ts';
import { retractRequest, submitRequests } from '../services/ingest/index.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { exampleRequest } from '../test/fixtures.ts';
import { cliActor, parseBatch } from '../test/ingest.ts';
import { catalogRouter } from './catalog.ts';
import { itemsReadRouter } from './items-read.ts';

let t: TestDb;
let catalog: ReturnType<typeof catalogRouter.createCaller>;
let items: ReturnType<typeof itemsReadRouter.createCaller>;

const request = (n: number, overrides: Parameters<typeof exampleRequest>[0] = {}) =>
  exampleRequest({
    externalId: `r-${n}`,
    submittedAt: `2022-03-${String(10 + n).padStart(2, '0')}T09:00:00Z`,
    items: [1, 2].map((i) => ({ externalId: `r-${n}-${i}`, contentUrl: `https://facebook.com/p/${n}/${i}` })),
    ...overrides,
  });

beforeAll(async () => {
  t = await createTestDb();
  const ctx = createContextInner({ db: t.db });
  catalog = catalogRouter.createCaller(ctx);
  items = itemsReadRouter.createCaller(ctx);
  await submitRequests(
    t.db,
    parseBatch([request(1), request(2), request(3, { statedReason: '100% _fake_ news' })]),
    cliActor,
  );
});
afterAll(async () => {
  await t.dispose();
});

describe('catalog', () => {
  test('counts follow writes at once, also writes made through another connection', async () => {
    const kz = async () => (await catalog.jurisdictions()).find((j) => j.code === 'KZ');
    expect(await kz()).toMatchObject({ requests: 3, items: 6 });
    await submitRequests(t.db, parseBatch([request(4)]), cliActor);
    expect(await kz()).toMatchObject({ requests: 4, items: 8 });
    await retractRequest(
      t.db,
      RetractInput.parse({ source: 'monitor-a', externalId: 'r-4', reason: 'duplicate' }),
      cliActor,
    );
    expect(await kz()).toMatchObject({ requests: 3, items: 6 });
    const other = openDatabase(t.url);
    try {
      await submitRequests(other.db, parseBatch([request(5)]), cliActor);
    } finally {
      await other.close();
    }
    expect(await kz()).toMatchObject({ requests: 4, items: 8 });
  });

  test('every listing has its entries with counts; events in date order', async () => {
    const [agency] = await catalog.agencies({ jurisdictions: ['KZ'] });
    expect(agency).toMatchObject({ jurisdiction: 'KZ', kind: 'ministry', requests: 4, items: 8 });
    expect(await catalog.agencies({ jurisdictions: ['GB'] })).toEqual([]);
    expect(await catalog.platforms()).toEqual([{ slug: 'facebook', name: expect.any(String), requests: 4, items: 8 }]);
    expect(await catalog.sources()).toEqual([expect.objectContaining({ name: 'monitor-a', requests: 4, items: 8 })]);
    const [basis] = await catalog.legalBases();
    expect(basis).toMatchObject({ article: '174', part: '1', label: expect.stringContaining('art. 174(1)'), items: 8 });
    expect(await catalog.events()).toEqual([]);
  });

  test('inputs are checked', async () => {
    await expect(catalog.agencies({ jurisdictions: ['XX'] })).rejects.toBeInstanceOf(TRPCError);
  });
});

describe('items.list', () => {
  test('public pages carry no content URLs and leave retracted requests out', async () => {
    const page = await items.list({ limit: 200 });
    expect(page.items.map((i) => i.request.externalId)).toEqual([
      'r-5',
      'r-5',
      'r-3',
      'r-3',
      'r-2',
      'r-2',
      'r-1',
      'r-1',
    ]);
    for (const item of page.items) expect(item).not.toHaveProperty('contentUrl');
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]?.request.legalBases).toEqual([expect.objectContaining({ category: 'unspecified' })]);
    expect(page.items.find((i) => i.externalId === 'r-1-1')?.appeals).toEqual([]);
  });

  test('cursor pages, oldest first', async () => {
    const first = await items.list({ limit: 3, sort: 'oldest' });
    expect(first.items.map((i) => i.externalId)).toEqual(['r-1-1', 'r-1-2', 'r-2-1']);
    // tRPC's infinite queries add `direction: 'forward'`; it changes nothing.
    const second = await items.list({
      limit: 3,
      sort: 'oldest',
      cursor: first.nextCursor ?? undefined,
      direction: 'forward',
    });
    expect(second.items.map((i) => i.externalId)).toEqual(['r-2-2', 'r-3-1', 'r-3-2']);
    const third = await items.list({ limit: 3, sort: 'oldest', cursor: second.nextCursor ?? undefined });
    expect(third).toMatchObject({ nextCursor: null, scannedThrough: null });
    expect(third.items.map((i) => i.externalId)).toEqual(['r-5-1', 'r-5-2']);
  });

  test('search takes LIKE wildcards literally and matches agency names case-insensitively', async () => {
    const ids = async (search: string) => (await items.list({ search })).items.map((i) => i.request.externalId);
    expect(await ids('100%')).toEqual(['r-3', 'r-3']);
    expect(await ids('_fake_')).toEqual(['r-3', 'r-3']);
    expect(await ids('%')).toEqual(['r-3', 'r-3']);
    expect(await ids('ministry of information')).toHaveLength(8);
    expect(await ids('nothing like this')).toEqual([]);
  });

  test('a malformed cursor, an oversized page or backward paging is a BAD_REQUEST', async () => {
    for (const input of [
      { cursor: 'abc' },
      { limit: 201 },
      { filters: { from: '2022-02-30' } },
      { direction: 'backward' },
    ]) {
      const error = await items.list(input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
    }
  });
});
