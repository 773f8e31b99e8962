import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysBetween, periodOf, periodRange, periodsBetween, shiftDay } from './periods.ts';
import { bucketWidth, histogramPercentile, rate } from './rates.ts';
import type { Granularity } from './stats.ts';

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

describe('period ranges', () => {
  test('first and last day of each kind of period', () => {
    expect(periodRange('2024-02', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('2022-Q4', 'quarter')).toEqual({ from: '2022-10-01', to: '2022-12-31' });
    expect(periodRange('2021-12-27', 'week')).toEqual({ from: '2021-12-27', to: '2022-01-02' });
    expect(periodRange('2022', 'year')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(periodRange('2022-03-01', 'day')).toEqual({ from: '2022-03-01', to: '2022-03-01' });
  });

  const day = fc
    .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const granularity = fc.constantFrom<Granularity>('day', 'week', 'month', 'quarter', 'year');

  test('every day lies in the range of its period, and the ranges tile the calendar', () => {
    fc.assert(
      fc.property(day, day, granularity, (a, b, g) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const range = periodRange(periodOf(from, g), g);
        expect(range.from <= from && from <= range.to).toBe(true);
        const keys = periodsBetween(from, to, g).slice(0, 400);
        expect([...keys].sort()).toEqual(keys);
        keys.slice(1).forEach((key, i) => {
          expect(periodRange(key, g).from).toBe(shiftDay(periodRange(keys[i] as string, g).to, 1));
        });
      }),
    );
  });
});
