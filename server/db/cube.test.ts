/**
 * The frozen migrations restate the cube by hand: these checks hold them to the declaration, so a
 * new dimension or measure is one declaration plus one migration, and a mismatch fails here.
 */

import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import { Filters } from '../../shared/stats.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { migrationSource, tableColumns } from './cube/ddl.ts';
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from './cube/dimensions.ts';
import { ITEM_MEASURES, type ItemMeasure, type Measures } from './cube/measures.ts';
import {
  AGGREGATE_TABLE_LIST,
  AGGREGATE_TABLES,
  type AggregateTable,
  keyColumns,
  measureColumns,
} from './cube/tables.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.dispose());

/** Storage class of an introspected type, in both engines' spellings (INTEGER / int4, TEXT / text). */
const affinity = (dataType: string) =>
  /int/i.test(dataType) ? 'integer' : /char|text|clob/i.test(dataType) ? 'text' : dataType;
const declaredType = (column: string) =>
  column === 'day' ? 'text' : column in DIMENSIONS ? DIMENSIONS[column as Dimension].type : 'integer';
const tables = async () => new Map((await t.db.introspection.getTables()).map((table) => [table.name, table]));

const byName = AGGREGATE_TABLE_LIST.map((table) => [table.name, table] as const);

describe('every declared aggregate table exists as declared', () => {
  test.each(byName)('%s: exactly the key and measure columns, NOT NULL, with their types', async (name, table) => {
    const found = (await tables()).get(name);
    expect(found, name).toBeDefined();
    const actual = Object.fromEntries(
      (found?.columns ?? []).map((c) => [c.name, { type: affinity(c.dataType), nullable: c.isNullable }]),
    );
    const declared = Object.fromEntries(tableColumns(table).map((c) => [c.name, { type: c.type, nullable: false }]));
    expect(actual).toEqual(declared);
  });

  test.each(byName)('%s: unique on exactly the declared key', async (name, table) => {
    const insert = (row: Record<string, string | number>) =>
      t.db
        .insertInto(name)
        .values(row as never)
        .execute();
    const row = sampleRow(table);
    await insert(row);
    // Same key, other measures: a conflict, so some unique index lies within the key …
    await expect(insert({ ...row, ...measuresOf(table, 2) })).rejects.toThrow();
    // … and no column of the key can be left out of it.
    for (const column of keyColumns(table)) {
      await expect(insert({ ...row, [column]: otherValue(column) })).resolves.toBeDefined();
    }
  });
});

function sampleRow(table: AggregateTable): Record<string, string | number> {
  const key = keyColumns(table).map((c) => [c, declaredType(c) === 'text' ? 'a' : 1]);
  return { ...Object.fromEntries(key), ...measuresOf(table, 1) };
}
const measuresOf = (table: AggregateTable, n: number) => Object.fromEntries(measureColumns(table).map((m) => [m, n]));
const otherValue = (column: string) => (declaredType(column) === 'text' ? 'b' : 2);

describe('dimensions name real columns', () => {
  test('request-level dimensions are columns of requests, item-level ones of items, with the same types', async () => {
    const all = await tables();
    for (const d of DIMENSION_NAMES) {
      const source = DIMENSIONS[d].level === 'item' ? 'items' : 'requests';
      const column = all.get(source)?.columns.find((c) => c.name === d);
      expect(column && affinity(column.dataType), `${source}.${d}`).toBe(DIMENSIONS[d].type);
    }
  });

  test('every filter list of the shared Filters is applied by a dimension of the finest tables', () => {
    const lists = Object.keys(Filters.shape).filter((k) => k !== 'from' && k !== 'to');
    for (const base of [AGGREGATE_TABLES.items, AGGREGATE_TABLES.requests]) {
      const applied = base.key.flatMap((d) => DIMENSIONS[d].filter.keys as readonly string[]);
      expect(
        lists.filter((k) => !applied.includes(k)),
        base.name,
      ).toEqual([]);
    }
  });

  test('each catalogue a dimension points into exists with its key column', async () => {
    const all = await tables();
    for (const d of DIMENSION_NAMES) {
      const catalogue = DIMENSIONS[d].catalogue;
      if (!catalogue) continue;
      const column = all.get(catalogue.table)?.columns.find((c) => c.name === catalogue.column);
      expect(column && affinity(column.dataType), `${catalogue.table}.${catalogue.column}`).toBe(DIMENSIONS[d].type);
    }
  });
});

test('the measure tuple: unique names, typed one by one', () => {
  expect(new Set(ITEM_MEASURES).size).toBe(ITEM_MEASURES.length);
  expect(ITEM_MEASURES).toContain('ttd_24');
  expect(ITEM_MEASURES).not.toContain('ttd_25');
  expectTypeOf<keyof Measures>().toEqualTypeOf<ItemMeasure>();
  expectTypeOf<'ttd_24'>().toExtend<ItemMeasure>();
  expectTypeOf<'tta_16' | 'n_removed_global' | 'appeals_withdrawn'>().toExtend<ItemMeasure>();
  expectTypeOf<'ttd_25'>().not.toExtend<ItemMeasure>();
  expectTypeOf<string>().not.toExtend<ItemMeasure>();
});

test('the generated migration text creates each table with its key', () => {
  const text = migrationSource([AGGREGATE_TABLES.requests]);
  expect(text).toContain(".createTable('agg_requests')");
  expect(text).toContain(".addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))");
  expect(text).toContain(
    ".addPrimaryKeyConstraint('agg_requests_pk', ['day', 'source_id', 'jurisdiction', 'agency_id', 'platform_id', 'channel', 'basis_set_id', 'profile_set_id'])",
  );
  expect(text).toContain('b.modifyEnd(sql`without rowid`)');
});
