/**
 * Splits a day range into the whole calendar periods (weeks or months) a rollup can answer and
 * the edge days only a daily table can. Open ends stay open: they cover whole periods by definition.
 */
import { periodOf, periodRange, shiftDay } from '../../../shared/periods.ts';

export interface DayRange {
  from?: string;
  to?: string;
}

export interface RangeSplit {
  /** Whole periods, as the first days of the first and last period (inclusive); absent if none. */
  periods?: DayRange;
  /** Edge days outside those periods, in order. */
  days: DayRange[];
}

export type WholePeriod = 'week' | 'month';

export function splitByPeriods({ from, to }: DayRange, period: WholePeriod): RangeSplit {
  const range = (day: string) => periodRange(periodOf(day, period), period);
  const first = from === undefined ? undefined : from === range(from).from ? from : shiftDay(range(from).to, 1);
  const last =
    to === undefined ? undefined : to === range(to).to ? range(to).from : range(shiftDay(range(to).from, -1)).from;
  if (first !== undefined && last !== undefined && first > last) return { days: [{ from, to }] };
  const days: DayRange[] = [];
  if (from !== undefined && first !== undefined && from < first) days.push({ from, to: shiftDay(first, -1) });
  if (to !== undefined && last !== undefined && to > range(last).to)
    days.push({ from: shiftDay(range(last).to, 1), to });
  return { periods: { from: first, to: last }, days };
}
