/** The engine-specific pieces, on the engine under test (TEST_ENGINE): same answers on both. */
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { perTestDatabases, type TestDb, testEngine } from '../../test/db.ts';
import { openDatabase } from '../database.ts';
import { BOOKKEEPING, withWriteTransaction } from '../transaction.ts';
import { containsText, dialectOf } from './index.ts';

const freshDb = perTestDatabases();

async function fresh(): Promise<TestDb> {
  const t = await freshDb();
  await t.db.insertInto('sources').values({ name: 's', kind: 'synthetic' }).execute();
  return t;
}

test('bulk inserts return the ids in input order, across statement chunks', async () => {
  const t = await fresh();
  const columns = ['at', 'actor', 'source_id', 'action', 'entity', 'entity_key', 'changes'];
  // 7 columns: more rows than one PostgreSQL statement takes (65,535 parameters, 5,000 rows).
  const rows = Array.from({ length: 12_345 }, (_, i) => [
    '2026-01-01T00:00:00.000Z',
    'a',
    1,
    'create',
    'request',
    `k${i}`,
    null,
  ]);
  const ids = await withWriteTransaction(t.db, (trx) =>
    dialectOf(trx).insertReturningIds(trx, 'audit_log', columns, rows),
  );
  expect(ids).toHaveLength(rows.length);
  const stored = await t.db.selectFrom('audit_log').select(['id', 'entity_key']).execute();
  const keyOf = new Map(stored.map((r) => [r.id, r.entity_key]));
  expect(ids.map((id) => keyOf.get(id))).toEqual(rows.map((r) => r[5]));
});

test("bulk inserts store text with the array syntax's special characters exactly, and nulls as null", async () => {
  const t = await fresh();
  const columns = ['at', 'actor', 'source_id', 'action', 'entity', 'entity_key', 'changes'];
  // PostgreSQL's bulk path sends each column as one array literal: quotes, backslashes, braces,
  // commas, the word NULL, blanks and empty strings must all survive it.
  const texts = ['say "no"', 'C:\\dir\\', '{a,b}', 'x, y', 'NULL', 'null', '', ' ', '\\"', 'Қазақ ✓', '\ttab\nline'];
  const rows = texts.map((text, i) => [
    '2026-01-01T00:00:00.000Z',
    text,
    1,
    'create',
    'request',
    `k${i}`,
    i % 2 ? null : text,
  ]);
  await withWriteTransaction(t.db, (trx) => dialectOf(trx).insertRows(trx, 'audit_log', columns, rows));
  const stored = await t.db.selectFrom('audit_log').select(['actor', 'changes']).orderBy('id').execute();
  expect(stored).toEqual(texts.map((text, i) => ({ actor: text, changes: i % 2 ? null : text })));
});

test('the additive upsert adds into existing rows and creates new ones', async () => {
  const t = await fresh();
  const key = [
    'day',
    'source_id',
    'jurisdiction',
    'agency_id',
    'platform_id',
    'channel',
    'basis_set_id',
    'profile_set_id',
  ];
  const k = (day: string) => [day, 1, 'KZ', 1, 1, 'email', 1, 1];
  const upsert = (rows: unknown[][]) =>
    withWriteTransaction(t.db, (trx) => dialectOf(trx).upsertAdding(trx, 'agg_requests', key, ['requests'], rows));
  await upsert([[...k('2026-01-01'), 2]]);
  await upsert([
    [...k('2026-01-01'), 3],
    [...k('2026-01-02'), -1],
  ]);
  const rows = await t.db.selectFrom('agg_requests').select(['day', 'requests']).orderBy('day').execute();
  expect(rows).toEqual([
    { day: '2026-01-01', requests: 5 },
    { day: '2026-01-02', requests: -1 },
  ]);
  const total = await t.db
    .selectFrom('agg_requests')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('requests').as('sum')])
    .executeTakeFirstOrThrow();
  // count() and sum() are numbers on both engines.
  expect(total).toEqual({ n: 2, sum: 4 });
});

test('the data version moves with every committed write, also one made by another connection', async () => {
  const t = await fresh();
  const version = () => dialectOf(t.db).dataVersion(t.db);
  const before = await version();
  expect(await version()).toBe(before);
  await withWriteTransaction(t.db, (trx) => trx.insertInto('platforms').values({ slug: 'x', name: 'X' }).execute());
  const afterOwn = await version();
  expect(afterOwn).not.toBe(before);
  const other = openDatabase(t.url);
  try {
    await withWriteTransaction(other.db, (trx) =>
      trx.insertInto('platforms').values({ slug: 'y', name: 'Y' }).execute(),
    );
  } finally {
    await other.close();
  }
  expect(await version()).not.toBe(afterOwn);
});

test('a BOOKKEEPING transaction and a write outside any transaction leave the data version', async () => {
  const t = await fresh();
  const version = () => dialectOf(t.db).dataVersion(t.db);
  const before = await version();
  await withWriteTransaction(
    t.db,
    (trx) => trx.insertInto('platforms').values({ slug: 'x', name: 'X' }).execute(),
    BOOKKEEPING,
  );
  await t.db.updateTable('platforms').set({ name: 'Y' }).execute();
  expect(await version()).toBe(before);
  expect(await t.db.selectFrom('platforms').select('name').execute()).toEqual([{ name: 'Y' }]);
});

// PostgreSQL only: SQLite's BEGIN IMMEDIATE is its own proof, and better-sqlite3 waits for the lock
// synchronously, so two connections of one process cannot take turns.
test.skipIf(testEngine() === 'sqlite')('write transactions of two connections run one after the other', async () => {
  const t = await fresh();
  const other = openDatabase(t.url);
  const events: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  try {
    let started = () => {};
    const first = withWriteTransaction(t.db, async () => {
      events.push('first begins');
      started();
      await held;
      events.push('first commits');
    });
    await new Promise<void>((resolve) => {
      started = resolve;
    });
    const second = withWriteTransaction(other.db, async () => {
      events.push('second begins');
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([first, second]);
  } finally {
    await other.close();
  }
  expect(events).toEqual(['first begins', 'first commits', 'second begins']);
});

test('contains-text matches case-insensitively and takes wildcards literally', async () => {
  const t = await fresh();
  await t.db
    .insertInto('platforms')
    .values([
      { slug: 'a', name: 'Ministry of Information' },
      { slug: 'b', name: '100% pure_test' },
      { slug: 'c', name: '1000 pureXtest' },
    ])
    .execute();
  const find = async (text: string) =>
    (
      await t.db
        .selectFrom('platforms')
        .select('slug')
        .where(containsText(t.db, 'platforms.name', text))
        .orderBy('slug')
        .execute()
    ).map((r) => r.slug);
  expect(await find('MINISTRY of')).toEqual(['a']);
  expect(await find('0% pure_')).toEqual(['b']);
  expect(await find('%')).toEqual(['b']);
});

test('readOnce returns what the read returns, and leaves the connection as it was', async () => {
  const t = await fresh();
  const settings = async () =>
    t.engine === 'sqlite' ? (await sql<{ cache_size: number }>`pragma cache_size`.execute(t.db)).rows : [];
  const before = await settings();
  const during: unknown[] = [];
  const read = await dialectOf(t.db).readOnce(t.db, async () => {
    during.push(...(await settings()));
    return t.db.selectFrom('sources').select('name').execute();
  });
  expect(read).toEqual([{ name: 's' }]);
  expect(await settings()).toEqual(before);
  if (t.engine === 'sqlite') expect(during).not.toEqual(before);
  await expect(dialectOf(t.db).readOnce(t.db, () => Promise.reject(new Error('failed read')))).rejects.toThrow(
    'failed read',
  );
  expect(await settings()).toEqual(before);
});

/** SQLite's journal mode (`pragma journal_mode`); PostgreSQL has none to report. */
const journalMode = async (t: TestDb) =>
  t.engine === 'sqlite' ? (await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.db)).rows : [];

test('privateBulkLoad writes what the load writes, rolls back a load that fails, and leaves the journal as it was', async () => {
  const t = await fresh();
  const before = await journalMode(t);
  const during: unknown[] = [];
  await dialectOf(t.db).privateBulkLoad(t.db, async () => {
    during.push(...(await journalMode(t)));
    await withWriteTransaction(t.db, (trx) =>
      trx.insertInto('sources').values({ name: 'loaded', kind: 'synthetic' }).execute(),
    );
  });
  await expect(
    dialectOf(t.db).privateBulkLoad(t.db, async () => {
      await withWriteTransaction(t.db, async (trx) => {
        await trx.insertInto('sources').values({ name: 'cut short', kind: 'synthetic' }).execute();
        throw new Error('load failed');
      });
    }),
  ).rejects.toThrow('load failed');
  const names = (await t.db.selectFrom('sources').select('name').orderBy('name').execute()).map((r) => r.name);
  expect(names).toEqual(['loaded', 's']);
  expect(await journalMode(t)).toEqual(before);
  if (t.engine === 'sqlite') {
    expect(before).toEqual([{ journal_mode: 'wal' }]);
    expect(during).toEqual([{ journal_mode: 'delete' }]);
  }
});

test.runIf(testEngine() === 'sqlite')(
  'privateBulkLoad keeps the WAL while another connection has the file open',
  async () => {
    const t = await fresh();
    const other = openDatabase(t.url);
    try {
      await other.db.selectFrom('sources').select('name').execute();
      const during = await dialectOf(t.db).privateBulkLoad(t.db, () => journalMode(t));
      expect(during).toEqual([{ journal_mode: 'wal' }]);
      // The other connection still reads (a switch under it would have needed its lock).
      expect(await other.db.selectFrom('sources').select('name').execute()).toEqual([{ name: 's' }]);
    } finally {
      await other.close();
    }
  },
);

test('a query run again answers from the data as it is now, also after the table gained a column', async () => {
  const t = await fresh();
  const names = () => t.db.selectFrom('sources').selectAll().where('kind', '=', 'synthetic').orderBy('id').execute();
  expect((await names()).map((r) => r.name)).toEqual(['s']);
  await t.db.insertInto('sources').values({ name: 'second', kind: 'synthetic' }).execute();
  expect((await names()).map((r) => r.name)).toEqual(['s', 'second']);
  await sql`alter table sources add column extra text default 'x'`.execute(t.db);
  expect((await names()).map((r) => (r as Record<string, unknown>).extra)).toEqual(['x', 'x']);
});
