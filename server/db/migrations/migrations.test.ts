/** The migrations on the engine under test (TEST_ENGINE): defaults, guards, and down then up again. */
import { Migrator, sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import { createTestDb, type TestDb, testEngine } from '../../test/db.ts';
import { tableColumns } from '../cube/ddl.ts';
import { AGGREGATE_TABLE_LIST } from '../cube/tables.ts';
import { migrateToLatest } from '../migrate.ts';
import { migrations } from './index.ts';

let t: TestDb | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

test('database defaults write instants as the app does: ISO-8601 UTC with milliseconds', async () => {
  t = await createTestDb();
  const row = await t.db
    .insertInto('sources')
    .values({ name: 'a', kind: 'synthetic' })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  expect(row.id).toBe(1);
  expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(Math.abs(Date.parse(row.created_at) - Date.now())).toBeLessThan(60_000);
});

test('the audit log refuses updates and deletes', async () => {
  t = await createTestDb();
  const db = t.db;
  await db
    .insertInto('audit_log')
    .values({
      at: 'x',
      actor: 'a',
      source_id: null,
      action: 'create',
      entity: 'request',
      entity_key: 'k',
      changes: null,
    })
    .execute();
  await expect(db.updateTable('audit_log').set({ actor: 'b' }).execute()).rejects.toThrow(/append-only/);
  await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  expect(await db.selectFrom('audit_log').select('actor').execute()).toEqual([{ actor: 'a' }]);
});

test('every migration goes down and up again', async () => {
  t = await createTestDb();
  const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
  const down = await migrator.migrateTo('2026_11_28_1400_initial');
  expect(down.error).toBeUndefined();
  const all = await migrator.migrateDown();
  expect(all.error).toBeUndefined();
  const tables = await t.db.introspection.getTables();
  expect(tables.map((table) => table.name)).toEqual([]);
  await migrateToLatest(t.db);
  const { rows } = await sql<{ n: number }>`select count(*) as n from sources`.execute(t.db);
  expect(Number(rows[0]?.n)).toBe(0);
});

// SQLite indexes end with the rowid (`id`) by themselves; PostgreSQL's need it named (items.list
// pages in submitted_at, id order along them without sorting).
test.skipIf(testEngine() !== 'postgres')('the requests keyset indexes end with the id on PostgreSQL', async () => {
  t = await createTestDb();
  const { rows } = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where tablename = 'requests' and indexname in ('requests_submitted_at', 'requests_agency_submitted_at')
    order by indexname`.execute(t.db);
  expect(rows.map((r) => [r.indexname, /\((.*)\)/.exec(r.indexdef)?.[1]])).toEqual([
    ['requests_agency_submitted_at', 'agency_id, submitted_at, id'],
    ['requests_submitted_at', 'submitted_at, id'],
  ]);
});

// One b-tree per aggregate table on SQLite (2026_12_07_1500): the rebuild keeps every row both ways.
test.skipIf(testEngine() !== 'sqlite')(
  'SQLite keeps the aggregate tables without rowid, and rebuilding them down and up keeps their rows',
  async () => {
    t = await createTestDb();
    const db = t.db;
    // A few rows in each table: distinct keys, a measure or two set.
    for (const table of AGGREGATE_TABLE_LIST) {
      const rows = [1, 2, 3].map((i) =>
        Object.fromEntries(
          tableColumns(table).map(({ name, type, key }) => [
            name,
            name === 'day' ? `2024-01-0${i}` : key ? (type === 'integer' ? i : `k${i}`) : (i * name.length) % 5,
          ]),
        ),
      );
      await db
        .insertInto(table.name)
        .values(rows as never)
        .execute();
    }
    const shape = async () => {
      const { rows } = await sql<{ name: string; sql: string | null }>`
        select name, sql from sqlite_master where tbl_name like 'agg%' order by name`.execute(db);
      return rows.map((r) => [r.name, / without rowid$/.test(r.sql ?? '')]);
    };
    // Each table's rows, in an order independent of how the table stores them.
    const contents = async () => {
      const out: Record<string, string[]> = {};
      for (const { name } of AGGREGATE_TABLE_LIST) {
        out[name] = (await db.selectFrom(name).selectAll().execute()).map((row) => JSON.stringify(row)).sort();
      }
      return out;
    };
    const stored = await contents();
    expect(stored.agg_items?.length).toBeGreaterThan(0);
    const names = AGGREGATE_TABLE_LIST.map((table) => table.name).sort();
    // No separate key index: the table is its key's b-tree.
    expect(await shape()).toEqual(names.map((name) => [name, true]));

    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('2026_12_06_0900_postgres_keyset_indexes')).error).toBeUndefined();
    expect(await shape()).toEqual(
      names
        .flatMap((name) => [
          [name, false],
          [`sqlite_autoindex_${name}_1`, false],
        ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await contents()).toEqual(stored);
    await migrateToLatest(db);
    expect(await shape()).toEqual(names.map((name) => [name, true]));
    expect(await contents()).toEqual(stored);
  },
);
