import { describe, expect, test } from 'vitest';
import type { VolumePoint } from '../../../shared/stats.ts';
import { eventJurisdictions, eventMarkers, markerLines, volumeChartData } from './volume.data.ts';

const series: VolumePoint[] = [
  { period: '2022-01', requests: 3, items: 10, bySplit: { a: 5, b: 3, c: 1, d: 1 } },
  { period: '2022-02', requests: 0, items: 0, bySplit: {} },
  { period: '2022-03', requests: 2, items: 4, bySplit: { a: 1, d: 3 } },
];

describe('volumeChartData', () => {
  test('without a split: items and requests per period, totals for n', () => {
    const data = volumeChartData(
      series.map(({ bySplit: _, ...p }) => p),
      undefined,
      (k) => k,
    );
    expect(data.keys.map((k) => k.key)).toEqual(['items', 'requests']);
    expect(data.rows[0]).toEqual({ period: '2022-01', requests: 3, items: 10 });
    expect(data.items).toBe(14);
    expect(data.requests).toBe(5);
  });

  test('the long tail folds into Other, largest keys first, zero where a key is missing', () => {
    const data = volumeChartData(series, 'platform', (k) => k.toUpperCase(), 2);
    expect(data.keys.map((k) => [k.key, k.label])).toEqual([
      ['a', 'A'],
      ['d', 'D'],
      ['other', 'Other (2)'],
    ]);
    expect(data.rows[1]).toEqual({ period: '2022-02', requests: 0, items: 0, a: 0, d: 0, other: 0 });
    expect(data.rows[0]).toMatchObject({ a: 5, d: 1, other: 4 });
    // The table keeps every key unfolded: it is the API's answer.
    expect(data.table.columns.map((c) => c.key)).toEqual(['period', 'requests', 'items', 'a', 'd', 'b', 'c']);
    expect(data.table.rows[0]).toEqual({ period: '2022-01', requests: 3, items: 10, a: 5, b: 3, c: 1, d: 1 });
    expect(data.table.rows[1]).toEqual({ period: '2022-02', requests: 0, items: 0, a: 0, b: 0, c: 0, d: 0 });
  });

  test('outcomes keep their fixed order and colours, never folded', () => {
    const data = volumeChartData(
      [{ period: '2022', requests: 1, items: 3, bySplit: { no_action: 1, removed_global: 1, pending: 1 } }],
      'outcome',
      (k) => k,
      1,
    );
    expect(data.keys.map((k) => [k.key, k.colour])).toEqual([
      ['pending', '#999999'],
      ['removed_global', '#D55E00'],
      ['no_action', '#009E73'],
    ]);
  });
});

test('events land on their period, numbered by date, outside ones dropped', () => {
  const events = [
    { date: '2022-03-20', title: 'B', url: null },
    { date: '2021-12-01', title: 'Before', url: null },
    { date: '2022-01-05', title: 'A', url: 'https://example.org' },
  ];
  expect(eventMarkers(events, 'month', ['2022-01', '2022-02', '2022-03'])).toEqual([
    { number: 1, period: '2022-01', date: '2022-01-05', title: 'A', url: 'https://example.org' },
    { number: 2, period: '2022-03', date: '2022-03-20', title: 'B', url: null },
  ]);
  expect(eventMarkers(events, 'week', ['2022-03-14'])).toEqual([
    { number: 1, period: '2022-03-14', date: '2022-03-20', title: 'B', url: null },
  ]);
});

test('events in the same period share one line and one label', () => {
  const line = (number: number, period: string) => ({ number, period, date: '', title: '', url: null });
  expect(markerLines([line(1, '2022-01'), line(2, '2022-03'), line(3, '2022-03')])).toEqual([
    { period: '2022-01', label: '1' },
    { period: '2022-03', label: '2, 3' },
  ]);
});

test('events follow the jurisdictions in view, or those of the agencies and provisions filtered on', () => {
  const agencies = [
    { id: 8, jurisdiction: 'KZ' },
    { id: 1, jurisdiction: 'RU' },
  ];
  const bases = [{ id: 15, jurisdiction: 'IN' }];
  expect(eventJurisdictions({ jurisdictions: ['TR'], agencies: [8] }, agencies, bases)).toEqual(['TR']);
  expect(eventJurisdictions({ agencies: [8], legalBases: [15] }, agencies, bases)).toEqual(['IN', 'KZ']);
  expect(eventJurisdictions({}, agencies, bases)).toBeUndefined();
});
