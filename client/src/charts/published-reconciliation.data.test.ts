import { describe, expect, test } from 'vitest';
import type { ReconciliationRow } from '../../../shared/published.ts';
import { coverageChartData, niceMax, pooledCoverage, reconciliationTable } from './published-reconciliation.data.ts';

const rec = (
  platform: string,
  jurisdiction: string,
  end: string,
  published: number | null,
  recorded: number,
): ReconciliationRow => ({
  publisher: platform,
  platform,
  jurisdiction,
  periodStart: end.endsWith('06-30') ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 4)}-07-01`,
  periodEnd: end,
  published: { requests: published, items: null },
  recorded: { requests: recorded, items: recorded * 2 },
  difference: { requests: published === null ? null : recorded - published, items: null },
  coverage: published ? recorded / published : null,
  sentence: `${recorded} of ${published}`,
  recordedSources: ['demo'],
});

describe('pooledCoverage', () => {
  test('sums before dividing, and leaves out rows without a published count', () => {
    expect(
      pooledCoverage([
        rec('x', 'KZ', '2020-06-30', 100, 50),
        rec('x', 'RU', '2020-06-30', 300, 300),
        rec('x', 'BY', '2020-06-30', null, 9),
      ]),
    ).toBe(350 / 400);
    expect(pooledCoverage([rec('x', 'KZ', '2020-06-30', 0, 5)])).toBeNull();
  });
});

describe('coverageChartData', () => {
  const rows = [
    rec('google', 'KZ', '2020-06-30', 100, 50),
    rec('google', 'KZ', '2020-12-31', 100, 80),
    rec('x', 'RU', '2020-06-30', 10, 20),
    rec('x', 'BY', '2020-12-31', 1, 1),
  ];
  const data = coverageChartData(rows, (p, j) => `${p} ${j}`, 2);
  test('one pooled line and one per pair with most published requests, in percent', () => {
    expect(data.keys.map((k) => k.key)).toEqual(['all', 'google·KZ', 'x·RU']);
    expect(data.rows).toEqual([
      { period: '2020 H1', all: (70 / 110) * 100, google·KZ: 50, x·RU: 200 },
      { period: '2020 H2', all: (81 / 101) * 100, google·KZ: 80, x·RU: null },
    ]);
    expect(data.coverage).toBe(151 / 211);
  });
  test('the table writes coverage as a rate', () => {
    expect(data.table.columns[1]?.format?.(50)).toBe('50.0%');
    expect(reconciliationTable(rows).rows[0]).toMatchObject({
      platform: 'google',
      period: '2020 H1',
      coverage: 0.5,
      sentence: '50 of 100',
    });
  });
});

describe('niceMax', () => {
  test('rounds the top of a percent axis up to one significant digit', () => {
    expect(niceMax(3.3)).toBe(4);
    expect(niceMax(150)).toBe(200);
    expect(niceMax(100)).toBe(100);
    expect(niceMax(0.62)).toBeCloseTo(0.7, 10);
    expect(niceMax(0)).toBe(1);
  });
});
