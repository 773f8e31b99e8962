import { describe, expect, test } from 'vitest';
import { daysBetween, periodOf, periodsBetween, shiftDay } from './periods.ts';
import { bucketWidth, histogramPercentile, rate } from './rates.ts';

describe('periods', () => {
  test('ISO weeks start on Monday, also across a year boundary', () => {
    expect(periodOf('2022-01-02', 'week')).toBe('2021-12-27'); // a Sunday
    expect(periodOf('2022-01-03', 'week')).toBe('2022-01-03'); // a Monday
    expect(periodOf('2024-12-31', 'week')).toBe('2024-12-30');
  });

  test('quarters, months and years', () => {
    expect(periodOf('2022-03-31', 'quarter')).toBe('2022-Q1');
    expect(periodOf('2022-04-01', 'quarter')).toBe('2022-Q2');
    expect(periodOf('2022-12-31', 'month')).toBe('2022-12');
    expect(periodOf('2022-12-31', 'year')).toBe('2022');
  });

  test('gap filling lists every period once, in order', () => {
    expect(periodsBetween('2021-11-15', '2022-02-01', 'month')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(periodsBetween('2021-12-30', '2022-01-10', 'week')).toEqual(['2021-12-27', '2022-01-03', '2022-01-10']);
    expect(periodsBetween('2024-02-27', '2024-03-01', 'day')).toHaveLength(4); // leap year
    expect(periodsBetween('2021-01-01', '2022-12-31', 'quarter')).toHaveLength(8);
  });

  test('day arithmetic', () => {
    expect(shiftDay('2022-03-01', -1)).toBe('2022-02-28');
    expect(daysBetween('2022-01-01', '2022-12-31')).toBe(365);
  });
});

describe('rates and percentiles', () => {
  test('a rate over nothing is null, not zero', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, 4)).toBe(0.25);
  });

  test('percentiles interpolate within the bucket and stay within its width of the exact value', () => {
    const edges = [1, 2, 4, 8];
    const values = [0.5, 1.5, 1.7, 3, 3.5, 3.9, 5, 7, 9, 20];
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) {
      const i = edges.findIndex((e) => v < e);
      counts[i === -1 ? 4 : i] = (counts[i === -1 ? 4 : i] ?? 0) + 1;
    }
    for (const q of [0.1, 0.5, 0.75, 0.9]) {
      const exact = [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1] as number;
      const estimate = histogramPercentile(counts, edges, q) as number;
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(bucketWidth(edges, exact));
    }
    expect(histogramPercentile([0, 0, 0, 0, 0], edges, 0.5)).toBeNull();
    expect(histogramPercentile([0, 0, 0, 0, 3], edges, 0.5)).toBe(8);
  });
});
