/** Turns summed aggregate measures into the figures of DESIGN.md §3, with shared/rates.ts. */
import { DECISION_HOUR_EDGES } from '../../../shared/metrics.ts';
import { histogramPercentile, rate } from '../../../shared/rates.ts';
import type { OverviewFigures } from '../../../shared/stats.ts';
import { DECISION_HISTOGRAM, type Measures } from '../../db/cube/measures.ts';

export const DECISION_COLUMNS = DECISION_HISTOGRAM;

/** Measure columns the overview needs. */
export const OVERVIEW_MEASURES = [
  'items',
  'n_pending',
  'n_removed_global',
  'n_restricted_local',
  'n_restricted_other',
  'items_appealed',
  'appeals_upheld',
  'appeals_reversed',
  'appeals_partially_reversed',
  ...DECISION_COLUMNS,
] as const;

const n = (m: OverviewMeasures, key: (typeof OVERVIEW_MEASURES)[number]) => Number(m[key]);

export type OverviewMeasures = Pick<Measures, (typeof OVERVIEW_MEASURES)[number]>;

export function overviewFigures(m: OverviewMeasures, requests: number): OverviewFigures {
  const items = n(m, 'items');
  const decided = items - n(m, 'n_pending');
  const removedGlobal = n(m, 'n_removed_global');
  const restrictedLocal = n(m, 'n_restricted_local');
  const restrictedOther = n(m, 'n_restricted_other');
  const actioned = removedGlobal + restrictedLocal + restrictedOther;
  const reversed = n(m, 'appeals_reversed') + n(m, 'appeals_partially_reversed');
  const appealsDecided = n(m, 'appeals_upheld') + reversed;
  const histogram = DECISION_COLUMNS.map((c) => n(m, c));
  return {
    requests,
    items,
    decided,
    actioned,
    removedGlobal,
    restrictedLocal,
    restrictedOther,
    removalRate: rate(actioned, decided),
    medianHoursToDecision: histogramPercentile(histogram, DECISION_HOUR_EDGES, 0.5),
    p90HoursToDecision: histogramPercentile(histogram, DECISION_HOUR_EDGES, 0.9),
    appealed: n(m, 'items_appealed'),
    appealRate: rate(n(m, 'items_appealed'), actioned),
    appealsDecided,
    reversed,
    reversalRate: rate(reversed, appealsDecided),
  };
}
