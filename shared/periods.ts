/**
 * Calendar-aligned UTC periods. Keys: day `2022-03-14`, week = the date of its Monday `2022-03-14`
 * (ISO weeks start on Monday; a date key sorts, parses and charts like the others, unlike
 * `2022-W11`), month `2022-03`, quarter `2022-Q1`, year `2022`. Keys of one granularity sort
 * chronologically as text.
 */
import { UTCDate } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  formatISO,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import type { Granularity } from './stats.ts';

const dayOf = (text: string) => new UTCDate(`${text}T00:00:00Z`);
const iso = (date: Date) => formatISO(date, { representation: 'date' });

function startOf(date: UTCDate, granularity: Granularity): UTCDate {
  switch (granularity) {
    case 'day':
      return date;
    case 'week':
      return startOfISOWeek(date);
    case 'month':
      return startOfMonth(date);
    case 'quarter':
      return startOfQuarter(date);
    case 'year':
      return startOfYear(date);
  }
}

function step(date: UTCDate, granularity: Granularity): UTCDate {
  const next = { day: addDays, week: addWeeks, month: addMonths, quarter: addQuarters, year: addYears }[granularity];
  return next(date, 1);
}

function keyOf(start: UTCDate, granularity: Granularity): string {
  const day = iso(start);
  if (granularity === 'month') return day.slice(0, 7);
  if (granularity === 'year') return day.slice(0, 4);
  if (granularity === 'quarter') return `${day.slice(0, 4)}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`;
  return day;
}

/** The key of the period holding a day (`YYYY-MM-DD`). */
export function periodOf(day: string, granularity: Granularity): string {
  return keyOf(startOf(dayOf(day), granularity), granularity);
}

/** Every period key from the one holding `from` to the one holding `to`, in order (for gap filling). */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const keys: string[] = [];
  const last = startOf(dayOf(to), granularity).getTime();
  for (let d = startOf(dayOf(from), granularity); d.getTime() <= last; d = step(d, granularity)) {
    keys.push(keyOf(d, granularity));
  }
  return keys;
}

/** First and last day (inclusive) of the period with the given key. */
export function periodRange(key: string, granularity: Granularity): { from: string; to: string } {
  const first =
    granularity === 'quarter'
      ? `${key.slice(0, 4)}-${String((Number(key.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`
      : granularity === 'month'
        ? `${key}-01`
        : granularity === 'year'
          ? `${key}-01-01`
          : key;
  const start = startOf(dayOf(first), granularity);
  return { from: iso(start), to: iso(addDays(step(start, granularity), -1)) };
}

/** The day `n` days after (or before, when negative) a day. */
export function shiftDay(day: string, n: number): string {
  return iso(addDays(dayOf(day), n));
}

/** Inclusive number of days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / 86_400_000) + 1;
}
