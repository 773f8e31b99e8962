/**
 * Metric definitions (DESIGN.md §3 "Metrics"): the one place they are written down.
 * The server computes exactly these, the Methodology page renders this text, tests check both.
 */

/**
 * Upper edges (hours, exclusive) of the decision-latency histogram kept in the aggregates.
 * Bucket i holds latencies in [edge[i-1], edge[i]); the last bucket is open-ended.
 */
export const DECISION_HOUR_EDGES = [
  1, 2, 3, 4, 6, 8, 12, 18, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720, 1080, 1440, 2160, 4320, 8760,
] as const;

/** Upper edges (days, exclusive) of the appeal-decision latency histogram. */
export const APPEAL_DAY_EDGES = [1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 120, 180, 270, 365] as const;

export const DECISION_BUCKETS = DECISION_HOUR_EDGES.length + 1;
export const APPEAL_BUCKETS = APPEAL_DAY_EDGES.length + 1;

/** Index of the histogram bucket holding `value` for the given upper edges. */
export function bucketIndex(edges: readonly number[], value: number): number {
  let i = 0;
  while (i < edges.length && value >= (edges[i] as number)) i++;
  return i;
}

/**
 * How every median and 90th percentile is computed (shared/rates.ts histogramPercentile): from the
 * latency histograms kept in the aggregates, never from the raw rows.
 */
export const PERCENTILE_METHOD =
  'Percentiles come from the latency histogram kept in the aggregates (bucket edges: 1, 2, 3, 4, 6, 8, 12, 18, 24 … ' +
  '8760 hours for decisions; 1, 2, 3, 5, 7 … 365 days for appeals). The value of rank ⌈q·n⌉ is interpolated ' +
  'linearly within the histogram bucket that holds it; error at most the bucket width. In the open last bucket ' +
  '(a year or more) the figure is that bucket’s lower edge.';

export interface MetricDefinition {
  id: string;
  name: string;
  definition: string;
  /** How the figure is computed, in words a reader can check. */
  formula: string;
  notes?: string;
}

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'volume',
    name: 'Volume',
    definition: 'Requests and the items they name, counted by the period of the request’s submission date (UTC).',
    formula: 'requests = count of requests; items = count of items in them',
    notes: 'Retracted requests and their items are excluded from every figure.',
  },
  {
    id: 'removalRate',
    name: 'Removal rate',
    definition: 'Share of decided items that the platform removed or restricted.',
    formula:
      'items with outcome removed_global, restricted_local or restricted_other ÷ items decided (outcome not pending)',
    notes: 'Shown also split: global removal (removed_global) vs local restriction (restricted_local).',
  },
  {
    id: 'legalBasis',
    name: 'Legal basis breakdown',
    definition: 'Items by the category and the provision cited in their request.',
    formula: 'items counted under each cited provision (and its category)',
    notes: 'A request citing several provisions counts under each, so the bars can sum to more than the total.',
  },
  {
    id: 'timeToDecision',
    name: 'Time to decision',
    definition: 'Median and 90th percentile of decidedAt − submittedAt, over decided items with a decision date.',
    formula: 'percentile of (decidedAt − submittedAt) in hours',
    notes: PERCENTILE_METHOD,
  },
  {
    id: 'appealRate',
    name: 'Appeal rate',
    definition: 'Share of actioned items that were appealed at least once.',
    formula: 'actioned items with at least one appeal ÷ actioned items',
  },
  {
    id: 'reversalRate',
    name: 'Appeal outcomes and reversal rate',
    definition:
      'Decided appeals by outcome; the reversal rate is the share of decided appeals that reversed the outcome.',
    formula:
      '(reversed + partially_reversed) ÷ decided appeals (upheld, reversed or partially_reversed; withdrawn and pending appeals are not decisions)',
    notes:
      'For an author’s appeal, reversed means the content was reinstated. Time to appeal decision is decidedAt − filedAt ' +
      `of decided appeals with both dates, in days. ${PERCENTILE_METHOD}`,
  },
];

/** The one-line definition of a metric, as charts and KPI tiles show it. */
export function metricDefinition(id: string): string {
  const metric = METRICS.find((m) => m.id === id);
  if (!metric) throw new Error(`no metric "${id}" in METRICS`);
  return metric.definition;
}
