/** The weekly rollup of a hand-built daily table: each week's sums per key, exactly. */
import { expect, test } from 'vitest';
import { AGGREGATE_TABLES, measureColumns } from '../db/cube/tables.ts';
import { TableBuilder } from './builder.ts';
import { rollUp } from './rollup.ts';
import { sumTable } from './scan.ts';
import type { MemoryTable } from './table.ts';

const decl = AGGREGATE_TABLES.items;
const measures = measureColumns(decl);
const at = (name: string) => measures.indexOf(name);
const post = '1|KZ|3|2|direct_portal|5|post|journalist';
const video = '1|KZ|3|2|direct_portal|5|video|ngo';
const ngoPost = '1|KZ|3|2|direct_portal|5|post|ngo';

/** Rows (day, key, items, ttd_3, appeals) over two weeks: Mon 1 – Sun 7 and Mon 8 January 2024. */
const ROWS: [string, string, number, number, number][] = [
  ['2024-01-01', video, 2, 1, 0],
  ['2024-01-01', post, 1, 0, 3],
  ['2024-01-03', post, 4, 2, 0],
  ['2024-01-03', ngoPost, 7, 0, 0],
  ['2024-01-07', video, 300, 0, 1],
  ['2024-01-08', post, 5, 5, 0],
];

function daily(): MemoryTable {
  const builder = new TableBuilder(decl, 2); // fewer rows than arrive: the columns grow
  for (const [day, key, items, ttd, appeals] of ROWS) {
    const text = [
      [at('items'), items],
      [at('ttd_3'), ttd],
      [at('appeals'), appeals],
    ]
      .filter(([, v]) => v !== 0)
      .map(([m, v]) => `${m}:${v} `)
      .join('');
    builder.add(day, key, text);
  }
  return builder.done();
}

const all = (t: MemoryTable) => ({ dayFrom: 0, dayTo: t.days.length, mask: null, zones: [] });
const sums = (t: MemoryTable) =>
  sumTable(t, all(t), ['items', 'ttd_3', 'appeals', 'n_pending'], ['day', 'content_type'], 'week');

test('a week row per key holds the sums of its days', () => {
  const weekly = rollUp(daily(), 'week') as MemoryTable;
  expect(weekly.days).toEqual(['2024-01-01', '2024-01-08']);
  expect(weekly.rows).toBe(4);
  expect(weekly.decl.grain).toBe('week');
  expect(sums(weekly)).toEqual([
    { day: '2024-01-01', content_type: 'video', items: 302, ttd_3: 1, appeals: 1, n_pending: 0 },
    { day: '2024-01-01', content_type: 'post', items: 12, ttd_3: 2, appeals: 3, n_pending: 0 },
    { day: '2024-01-08', content_type: 'post', items: 5, ttd_3: 5, appeals: 0, n_pending: 0 },
  ]);
  // What the daily table sums into weeks, from one row per key and week.
  expect(sums(weekly)).toEqual(sums(daily()));
});

test('within a week, rows keep the zones’ order (content type, then author kind), and no zero entry is stored', () => {
  const table = daily();
  const weekly = rollUp(table, 'week') as MemoryTable;
  const value = (d: string, key: number) => {
    const column = table.keys[d] as MemoryTable['keys'][string];
    return column.values[column.codes[key] as number];
  };
  const firstWeek = [...weekly.keyOf.subarray(0, 3)].map(
    (key) => `${value('content_type', key)}/${value('author_kind', key)}`,
  );
  // Codes number values as first met: video, post; ngo, journalist.
  expect(firstWeek).toEqual(['video/ngo', 'post/ngo', 'post/journalist']);
  expect([...weekly.measureValues].every((v) => v > 0)).toBe(true);
  expect(weekly.measureIndex.length).toBe(5);
});

test('an empty daily table rolls up to an empty table', () => {
  const weekly = rollUp(new TableBuilder(decl).done(), 'week') as MemoryTable;
  expect([weekly.rows, weekly.days]).toEqual([0, []]);
});

test('no rollup when it would keep more than the given share of the daily rows', () => {
  // 6 daily rows, 4 weekly ones.
  expect(rollUp(daily(), 'week', 0.6)).toBeUndefined();
  expect(rollUp(daily(), 'week', 0.7)?.rows).toBe(4);
});
