/** stats.overview: headline figures for the filtered period and the preceding period of equal length. */
import { daysBetween, shiftDay } from '../../../shared/periods.ts';
import type { Filters, Overview, OverviewFigures } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { dataSpan, sumItemMeasures, sumRequests } from '../../queries/stats/totals.ts';
import { OVERVIEW_MEASURES, overviewFigures } from './figures.ts';

async function figures(db: Db, filters: Filters): Promise<OverviewFigures> {
  const [measures] = await sumItemMeasures(db, filters, OVERVIEW_MEASURES);
  const [requests] = await sumRequests(db, filters);
  // Ungrouped sums always have exactly one row.
  if (!measures) throw new Error('ungrouped sums returned no row');
  return overviewFigures(measures, Number(requests?.requests ?? 0));
}

/**
 * The period is the filters' from/to; an open end is closed by the data's own first or last day.
 * `previous` covers the same number of days immediately before it.
 */
export async function getOverview(db: Db, filters: Filters): Promise<Overview> {
  const current = await figures(db, filters);
  const span = filters.from && filters.to ? { from: filters.from, to: filters.to } : await dataSpan(db, filters);
  if (!span) return { ...current, period: null, previous: null };
  const period = { from: filters.from ?? span.from, to: filters.to ?? span.to };
  const length = daysBetween(period.from, period.to);
  const previousPeriod = { from: shiftDay(period.from, -length), to: shiftDay(period.from, -1) };
  const previous = await figures(db, { ...filters, ...previousPeriod });
  return { ...current, period, previous: { ...previous, period: previousPeriod } };
}
