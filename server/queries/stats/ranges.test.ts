import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysBetween, periodRange, shiftDay } from '../../../shared/periods.ts';
import { type DayRange, splitByPeriods, type WholePeriod } from './ranges.ts';

describe('splitByPeriods', () => {
  test('a range inside one month is all edge days', () => {
    expect(splitByPeriods({ from: '2024-02-03', to: '2024-02-27' }, 'month')).toEqual({
      days: [{ from: '2024-02-03', to: '2024-02-27' }],
    });
  });

  test('whole months in the middle, edge days on both sides (leap February)', () => {
    expect(splitByPeriods({ from: '2024-01-20', to: '2024-04-10' }, 'month')).toEqual({
      periods: { from: '2024-02-01', to: '2024-03-01' },
      days: [
        { from: '2024-01-20', to: '2024-01-31' },
        { from: '2024-04-01', to: '2024-04-10' },
      ],
    });
    expect(splitByPeriods({ from: '2024-02-01', to: '2024-02-29' }, 'month')).toEqual({
      periods: { from: '2024-02-01', to: '2024-02-01' },
      days: [],
    });
  });

  test('weeks run Monday to Sunday', () => {
    // 2024-01-03 is a Wednesday; 2024-01-08 and 2024-01-15 are Mondays.
    expect(splitByPeriods({ from: '2024-01-03', to: '2024-01-23' }, 'week')).toEqual({
      periods: { from: '2024-01-08', to: '2024-01-15' },
      days: [
        { from: '2024-01-03', to: '2024-01-07' },
        { from: '2024-01-22', to: '2024-01-23' },
      ],
    });
  });

  test('open ends are whole periods', () => {
    expect(splitByPeriods({}, 'month')).toEqual({ periods: { from: undefined, to: undefined }, days: [] });
    expect(splitByPeriods({ to: '2023-12-15' }, 'month')).toEqual({
      periods: { from: undefined, to: '2023-11-01' },
      days: [{ from: '2023-12-01', to: '2023-12-15' }],
    });
  });

  // Every day of the range is covered exactly once, by a whole period or an edge range.
  test.each(['week', 'month'] as WholePeriod[])('covers each day of any range exactly once (%s)', (period) => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => shiftDay('2020-01-01', n));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const split = splitByPeriods({ from, to }, period);
        const covered: string[] = [];
        const walk = (r: Required<DayRange>) => {
          for (let d = r.from; d <= r.to; d = shiftDay(d, 1)) covered.push(d);
        };
        if (split.periods?.from && split.periods.to) {
          for (let p = split.periods.from; p <= split.periods.to; ) {
            const whole = periodRange(period === 'week' ? p : p.slice(0, 7), period);
            expect(whole.from).toBe(p);
            walk(whole);
            p = shiftDay(whole.to, 1);
          }
        }
        for (const r of split.days) walk(r as Required<DayRange>);
        covered.sort();
        expect(covered.length).toBe(daysBetween(from, to));
        expect(covered[0]).toBe(from);
        expect(covered.at(-1)).toBe(to);
        expect(new Set(covered).size).toBe(covered.length);
      }),
      { numRuns: 300 },
    );
  });
});
