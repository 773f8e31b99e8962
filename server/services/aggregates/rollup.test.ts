import { describe, expect, test } from 'vitest';
import { ITEM_MEASURES } from '../../db/cube/measures.ts';
import { AGGREGATE_TABLES as T } from '../../db/cube/tables.ts';
import { requestAt as request } from '../../test/aggregates.ts';
import { AggregateDelta } from './delta.ts';
import { projection, Rows, rollInto } from './rollup.ts';

/** The delta's rows of every table, as plain objects keyed by column name. */
function tables(delta: AggregateDelta) {
  const rows = (delta as unknown as { tableRows(): [{ name: string }, Rows][] }).tableRows();
  return Object.fromEntries(rows.map(([table, r]) => [table.name, [...r.values()]]));
}

describe('rows of changes', () => {
  test('a key names one row, whatever the order keys are met in; rows keep that order', () => {
    const rows = new Rows();
    rows.vector(['2024-03-04', 1, 'KZ'], 2)[0] = 1;
    rows.vector(['2024-03-04', 1, 'UZ'], 2)[1] = 5;
    // A key sharing every value but the last with another row, and one differing only first.
    rows.vector(['2024-03-05', 1, 'KZ'], 2)[0] = 7;
    const again = rows.vector(['2024-03-04', 1, 'KZ'], 2);
    again[0] = (again[0] as number) + 2;
    expect(rows.size).toBe(3);
    expect([...rows.values()]).toEqual([
      { key: ['2024-03-04', 1, 'KZ'], vector: [3, 0] },
      { key: ['2024-03-04', 1, 'UZ'], vector: [0, 5] },
      { key: ['2024-03-05', 1, 'KZ'], vector: [7, 0] },
    ]);
  });
});

describe('rollups by column name', () => {
  test('projection picks key columns and measures by name, whatever their positions', () => {
    const p = projection(T.items, T.daily);
    // agg_daily: requests first, then the item measures; agg_items has no request count.
    expect(p.keyFrom).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(p.measures[0]).toEqual([0, 1]);
    expect(p.measures).toHaveLength(ITEM_MEASURES.length);
    expect(projection(T.requests, T.daily).measures).toEqual([[0, 0]]);
    expect(() => projection(T.daily, T.items)).toThrow(/content_type/);
  });

  test('rollInto cuts `day` to the target grain and sums rows that meet', () => {
    const source = new Rows();
    source.vector(['2024-03-04', 1, 'KZ', 2, 3, 'email', 4, 5], 1)[0] = 2;
    source.vector(['2024-03-10', 1, 'KZ', 2, 3, 'email', 4, 6], 1)[0] = 3;
    const weekly = new Rows();
    rollInto(weekly, source, projection(T.requests, T.weekly));
    // 2024-03-04 is a Monday and 2024-03-10 its Sunday: one week; agg_weekly has no profile set.
    expect([...weekly.values()]).toEqual([
      { key: ['2024-03-04', 1, 'KZ', 2, 3, 'email', 4], vector: [5, ...ITEM_MEASURES.map(() => 0)] },
    ]);
  });

  test('the delta: requests and items in every table, months and weeks as their first day', () => {
    const delta = new AggregateDelta();
    delta.addRequest(request('2024-03-10T12:00:00Z'), 1);
    delta.addRequest(request('2024-03-11T12:00:00Z', { profile_set_id: 6 }), 1);
    delta.addRequest(request('2024-03-12T12:00:00Z', { retracted: true }), 1);
    const rows = tables(delta);
    const days = (name: string) => (rows[name] ?? []).map((r) => r.key[0]);
    expect(days('agg_items')).toEqual(['2024-03-10', '2024-03-11']);
    expect(days('agg_requests')).toEqual(['2024-03-10', '2024-03-11']);
    expect(days('agg_weekly')).toEqual(['2024-03-04', '2024-03-11']);
    expect(days('agg_monthly')).toEqual(['2024-03-01']);
    expect(days('agg_requests_monthly')).toEqual(['2024-03-01', '2024-03-01']);
    expect(rows.agg_monthly?.[0]?.vector.slice(0, 2)).toEqual([2, 2]);
    delta.addRequest(request('2024-03-10T12:00:00Z'), -1);
    expect(tables(delta).agg_monthly?.[0]?.vector.slice(0, 2)).toEqual([1, 1]);
  });
});
