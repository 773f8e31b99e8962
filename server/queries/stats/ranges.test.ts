import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysBetween, shiftDay } from '../../../shared/periods.ts';
import { type DayRange, splitByMonths } from './ranges.ts';

describe('splitByMonths', () => {
  test('a range inside one month is all edge days', () => {
    expect(splitByMonths({ from: '2024-02-03', to: '2024-02-27' })).toEqual({
      days: [{ from: '2024-02-03', to: '2024-02-27' }],
    });
  });

  test('whole months in the middle, edge days on both sides (leap February)', () => {
    expect(splitByMonths({ from: '2024-01-20', to: '2024-04-10' })).toEqual({
      months: { from: '2024-02-01', to: '2024-03-01' },
      days: [
        { from: '2024-01-20', to: '2024-01-31' },
        { from: '2024-04-01', to: '2024-04-10' },
      ],
    });
    expect(splitByMonths({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
      months: { from: '2024-02-01', to: '2024-02-01' },
      days: [],
    });
  });

  test('open ends are whole months', () => {
    expect(splitByMonths({})).toEqual({ months: { from: undefined, to: undefined }, days: [] });
    expect(splitByMonths({ to: '2023-12-15' })).toEqual({
      months: { from: undefined, to: '2023-11-01' },
      days: [{ from: '2023-12-01', to: '2023-12-15' }],
    });
  });

  // Every day of the range is covered exactly once, by a whole month or an edge range.
  test('covers each day of any range exactly once', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => shiftDay('2020-01-01', n));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const split = splitByMonths({ from, to });
        const covered: string[] = [];
        const walk = (r: Required<DayRange>) => {
          for (let d = r.from; d <= r.to; d = shiftDay(d, 1)) covered.push(d);
        };
        if (split.months?.from && split.months.to) {
          for (let m = split.months.from; m <= split.months.to; m = `${shiftDay(m, 31).slice(0, 7)}-01`) {
            walk({ from: m, to: shiftDay(`${shiftDay(m, 31).slice(0, 7)}-01`, -1) });
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
