/** stats.appeals and stats.timeToDecision, from the appeal counts and latency histograms of the aggregates. */
import { APPEAL_DAY_EDGES, DECISION_HOUR_EDGES } from '../../../shared/metrics.ts';
import { periodOf, periodsBetween } from '../../../shared/periods.ts';
import { histogramPercentile, rate } from '../../../shared/rates.ts';
import type { AppealsStats, Filters, Granularity, TimeToDecision } from '../../../shared/stats.ts';
import { APPEAL_COUNTS, APPEAL_HISTOGRAM } from '../../db/cube/measures.ts';
import type { Db } from '../../db/database.ts';
import { dataSpan, grainFor, sumItemMeasures } from '../../queries/stats/totals.ts';
import { DECISION_COLUMNS } from './figures.ts';

const APPEAL_COLUMNS = APPEAL_HISTOGRAM;
const OUTCOMES = ['pending', 'upheld', 'reversed', 'partially_reversed', 'withdrawn'] as const;

export async function getAppeals(db: Db, filters: Filters, granularity: Granularity): Promise<AppealsStats> {
  const measures = [
    'items',
    'n_removed_global',
    'n_restricted_local',
    'n_restricted_other',
    'items_appealed',
    'items_appeal_decided',
    'items_reversed',
    ...APPEAL_COUNTS,
    ...APPEAL_COLUMNS,
  ] as const;
  const byDay = await sumItemMeasures(db, filters, measures, { groupBy: ['day'], grain: grainFor(granularity) });
  const total = (m: (typeof measures)[number]) => byDay.reduce((n, row) => n + Number(row[m]), 0);
  const span = await dataSpan(db, filters);
  const from = filters.from ?? span?.from;
  const to = filters.to ?? span?.to;
  const series = new Map(
    (from && to ? periodsBetween(from, to, granularity) : []).map((period) => [
      period,
      { period, appeals: 0, decided: 0, reversed: 0 },
    ]),
  );
  for (const row of byDay) {
    const point = series.get(periodOf(String(row.day), granularity));
    if (!point) continue;
    const reversed = Number(row.appeals_reversed) + Number(row.appeals_partially_reversed);
    point.appeals += OUTCOMES.reduce((n, o) => n + Number(row[`appeals_${o}`]), 0);
    point.decided += Number(row.appeals_upheld) + reversed;
    point.reversed += reversed;
  }
  return {
    funnel: {
      items: total('items'),
      actioned: total('n_removed_global') + total('n_restricted_local') + total('n_restricted_other'),
      appealed: total('items_appealed'),
      decided: total('items_appeal_decided'),
      reversed: total('items_reversed'),
    },
    byOutcome: Object.fromEntries(
      OUTCOMES.map((o) => [o, total(`appeals_${o}` as const)]),
    ) as AppealsStats['byOutcome'],
    series: [...series.values()].map((p) => ({ ...p, reversalRate: rate(p.reversed, p.decided) })),
    medianDaysToAppealDecision: histogramPercentile(
      APPEAL_COLUMNS.map((c) => total(c)),
      APPEAL_DAY_EDGES,
      0.5,
    ),
  };
}

const hours = (h: number) => (h < 24 ? `${h} h` : `${h / 24} d`);

export async function getTimeToDecision(db: Db, filters: Filters): Promise<TimeToDecision> {
  const [row] = await sumItemMeasures(db, filters, DECISION_COLUMNS);
  const counts = DECISION_COLUMNS.map((c) => Number(row?.[c] ?? 0));
  return {
    median: histogramPercentile(counts, DECISION_HOUR_EDGES, 0.5),
    p90: histogramPercentile(counts, DECISION_HOUR_EDGES, 0.9),
    histogram: counts.map((items, i) => {
      const fromHours = i === 0 ? 0 : (DECISION_HOUR_EDGES[i - 1] as number);
      const toHours = DECISION_HOUR_EDGES[i] ?? null;
      return {
        bucket: toHours === null ? `≥ ${hours(fromHours)}` : `${hours(fromHours)}–${hours(toHours)}`,
        fromHours,
        toHours,
        items,
      };
    }),
  };
}
