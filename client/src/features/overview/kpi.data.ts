/** The KPI row: five figures of stats.overview, each with its change against the previous period. */
import { type Change, formatChange, formatCount, formatHours, formatRate } from '../../../../shared/format.ts';
import { metricDefinition as definition } from '../../../../shared/metrics.ts';
import type { Overview, OverviewFigures } from '../../../../shared/stats.ts';

export interface Kpi {
  id: string;
  label: string;
  value: string;
  change: Change;
  definition: string;
  /** "vs 2021-01-01 to 2021-12-31", or why there is no comparison. */
  against: string;
}

export function kpis(o: Overview): Kpi[] {
  const prev: OverviewFigures | null = o.previous;
  const against = o.previous ? `vs ${o.previous.period.from} to ${o.previous.period.to}` : 'no previous period';
  const tile = (
    id: string,
    label: string,
    value: string,
    current: number | null,
    previous: number | null,
    kind: 'count' | 'rate' | 'duration',
    def: string,
  ): Kpi => ({
    id,
    label,
    value,
    change: formatChange(current, prev ? previous : null, kind),
    definition: def,
    against,
  });
  return [
    tile(
      'requests',
      'Requests',
      formatCount(o.requests),
      o.requests,
      prev?.requests ?? null,
      'count',
      'Takedown requests submitted in the period (retracted ones excluded).',
    ),
    tile(
      'items',
      'Items',
      formatCount(o.items),
      o.items,
      prev?.items ?? null,
      'count',
      'Pieces of content named in those requests.',
    ),
    tile(
      'removalRate',
      'Removal rate',
      formatRate(o.removalRate),
      o.removalRate,
      prev?.removalRate ?? null,
      'rate',
      definition('removalRate'),
    ),
    tile(
      'timeToDecision',
      'Median time to decision',
      formatHours(o.medianHoursToDecision),
      o.medianHoursToDecision,
      prev?.medianHoursToDecision ?? null,
      'duration',
      definition('timeToDecision'),
    ),
    tile(
      'reversalRate',
      'Appeal reversal rate',
      formatRate(o.reversalRate),
      o.reversalRate,
      prev?.reversalRate ?? null,
      'rate',
      definition('reversalRate'),
    ),
  ];
}
