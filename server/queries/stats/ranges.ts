/**
 * Splits a day range into the whole calendar months a monthly rollup can answer and the edge days
 * only a daily table can. Open ends stay open: they cover whole months by definition.
 */
import { periodRange, shiftDay } from '../../../shared/periods.ts';

export interface DayRange {
  from?: string;
  to?: string;
}

export interface RangeSplit {
  /** Whole months, as the first days of the first and last month (inclusive); absent if none. */
  months?: DayRange;
  /** Edge days outside those months, in order. */
  days: DayRange[];
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const monthEnd = (day: string) => periodRange(day.slice(0, 7), 'month').to;

export function splitByMonths({ from, to }: DayRange): RangeSplit {
  const firstMonth = from === undefined ? undefined : from === monthStart(from) ? from : shiftDay(monthEnd(from), 1);
  const lastMonth =
    to === undefined ? undefined : to === monthEnd(to) ? monthStart(to) : monthStart(shiftDay(monthStart(to), -1));
  if (firstMonth !== undefined && lastMonth !== undefined && firstMonth > lastMonth) {
    return { days: [{ from, to }] };
  }
  const days: DayRange[] = [];
  if (from !== undefined && firstMonth !== undefined && from < firstMonth)
    days.push({ from, to: shiftDay(firstMonth, -1) });
  if (to !== undefined && lastMonth !== undefined && to > monthEnd(lastMonth)) {
    days.push({ from: shiftDay(monthEnd(lastMonth), 1), to });
  }
  return { months: { from: firstMonth, to: lastMonth }, days };
}
