import { describe, expect, test } from 'vitest';
import type { PublishedSeriesPoint } from '../../../shared/published.ts';
import { periodLabel } from './published-common.data.ts';
import { fillHalfYears, productBars, publishedSeriesData, rankSplit } from './published-series.data.ts';

const point = (
  end: string,
  requests: number | null,
  items: number | null,
  bySplit?: Record<string, number>,
): PublishedSeriesPoint => ({
  periodStart: end.endsWith('06-30') ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 4)}-07-01`,
  periodEnd: end,
  requests,
  items,
  ...(bySplit
    ? { bySplit: Object.fromEntries(Object.entries(bySplit).map(([k, n]) => [k, { requests: n, items: null }])) }
    : {}),
});

describe('periodLabel', () => {
  test('names half-years, spells out any other span', () => {
    expect(periodLabel('2019-01-01', '2019-06-30')).toBe('2019 H1');
    expect(periodLabel('2025-07-01', '2025-12-31')).toBe('2025 H2');
    expect(periodLabel('2025-03-01', '2025-08-31')).toBe('2025-03-01 to 2025-08-31');
  });
});

describe('publishedSeriesData', () => {
  test('unsplit: items and requests per half-year, null items counted as none', () => {
    const data = publishedSeriesData([point('2019-06-30', 10, 100), point('2019-12-31', 5, null)], undefined, (k) => k);
    expect(data.rows).toEqual([
      { period: '2019 H1', requests: 10, items: 100 },
      { period: '2019 H2', requests: 5, items: null },
    ]);
    expect(data.keys.map((k) => k.key)).toEqual(['items', 'requests']);
    expect(data.requests).toBe(15);
    expect(data.items).toBe(100);
  });

  test('split: requests stacked per key, largest first; a key missing from a period is 0', () => {
    const series = [point('2019-06-30', 10, 100, { KZ: 7, RU: 3 }), point('2019-12-31', 20, 40, { RU: 20 })];
    const data = publishedSeriesData(series, 'jurisdiction', (k) => `<${k}>`);
    expect(data.keys.map((k) => [k.key, k.label])).toEqual([
      ['RU', '<RU>'],
      ['KZ', '<KZ>'],
    ]);
    expect(data.rows[1]).toMatchObject({ RU: 20, KZ: 0 });
    expect(data.requests).toBe(30);
    expect(data.table.rows[0]).toMatchObject({ 'split:KZ': 7, 'split:RU': 3, periodStart: '2019-01-01' });
  });

  test('split: the long tail is folded into Other, but the table keeps every key', () => {
    const bySplit = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k, i) => [k, 10 - i]));
    const data = publishedSeriesData([point('2020-06-30', 50, 0, bySplit)], 'product', (k) => k, 2);
    expect(data.keys.map((k) => k.label)).toEqual(['a', 'b', 'Other (3)']);
    expect(data.rows[0]).toMatchObject({ a: 10, b: 9, other: 8 + 7 + 6 });
    expect(data.table.columns.filter((c) => c.key.startsWith('split:'))).toHaveLength(5);
  });
});

describe('rankSplit and productBars', () => {
  const series = [
    point('2019-06-30', null, null, { YouTube: 5, Blogger: 1 }),
    point('2019-12-31', null, null, { YouTube: 2, Gmail: 3 }),
  ];
  test('sums each key over the periods', () => {
    expect(rankSplit(series)).toEqual([
      { key: 'YouTube', requests: 7, items: 0 },
      { key: 'Gmail', requests: 3, items: 0 },
      { key: 'Blogger', requests: 1, items: 0 },
    ]);
  });
  test('top products, the rest as one bar', () => {
    const { bars, table } = productBars(series, 1);
    expect(bars).toEqual([
      { key: 'YouTube', name: 'YouTube', requests: 7 },
      { key: 'other', name: 'Other products (2)', requests: 4 },
    ]);
    expect(table.rows).toHaveLength(3);
  });
});

describe('fillHalfYears', () => {
  test('every half-year between the first and the last, the missing ones without a figure', () => {
    const filled = fillHalfYears([point('2013-06-30', 5, 9), point('2014-12-31', 7, null)]);
    expect(filled.map((p) => [p.periodEnd, p.requests])).toEqual([
      ['2013-06-30', 5],
      ['2013-12-31', null],
      ['2014-06-30', null],
      ['2014-12-31', 7],
    ]);
    expect(filled[1]?.periodStart).toBe('2013-07-01');
  });
  test('a chart with a gap draws nothing there, not a zero', () => {
    const data = publishedSeriesData(
      [point('2019-06-30', 1, 1, { KZ: 1 }), point('2020-06-30', 2, 2, { KZ: 2 })],
      'jurisdiction',
      (k) => k,
    );
    expect(data.rows.map((r) => r.KZ)).toEqual([1, null, 2]);
    expect(data.table.rows).toHaveLength(2);
  });
  test('series of other spans are left as they are', () => {
    const odd = { periodStart: '2025-03-01', periodEnd: '2025-08-31', requests: 1, items: 1 };
    expect(fillHalfYears([odd, point('2026-06-30', 1, 1)])).toHaveLength(2);
  });
});
