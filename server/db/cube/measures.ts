/**
 * The cube's measures: additive integer columns summed by every query. `requests` is the one
 * request-level measure; the item measures are one tuple whose literal names type `Measures`.
 * Their computation (what one item contributes) is in server/services/aggregates/measures.ts.
 */
import { APPEAL_OUTCOMES, OUTCOMES } from '../../../shared/enums.ts';
import { APPEAL_DAY_EDGES, DECISION_HOUR_EDGES } from '../../../shared/metrics.ts';

/** `prefix` + each suffix, the literal names kept in the type. */
function prefixed<const P extends string, const S extends readonly (string | number)[]>(prefix: P, suffixes: S) {
  return suffixes.map((s) => `${prefix}${s}`) as unknown as { [K in keyof S]: `${P}${S[K] & (string | number)}` };
}

type Indices<T extends readonly unknown[]> = { [K in keyof T]: K };
/** "0" … "n": one bucket per edge, plus the open-ended last one. */
type Buckets<E extends readonly unknown[]> = [...Indices<E>, `${E['length']}`];

/** Bucket numbers of a histogram with these upper edges. */
function bucketsOf<const E extends readonly unknown[]>(edges: E) {
  return Array.from({ length: edges.length + 1 }, (_, i) => String(i)) as unknown as Buckets<E>;
}

/** Items by outcome (`n_removed_global` …). */
export const OUTCOME_COUNTS = prefixed('n_', OUTCOMES);
/** Decided items by decision latency (shared/metrics.ts DECISION_HOUR_EDGES). */
export const DECISION_HISTOGRAM = prefixed('ttd_', bucketsOf(DECISION_HOUR_EDGES));
/** Appeals by outcome (`appeals_upheld` …). */
export const APPEAL_COUNTS = prefixed('appeals_', APPEAL_OUTCOMES);
/** Decided appeals by time from filing to decision (APPEAL_DAY_EDGES). */
export const APPEAL_HISTOGRAM = prefixed('tta_', bucketsOf(APPEAL_DAY_EDGES));

/** Item measure columns, in vector order (the delta's vectors and addItemMeasures use it). */
export const ITEM_MEASURES = [
  'items',
  ...OUTCOME_COUNTS,
  ...DECISION_HISTOGRAM,
  // Item-level appeal funnel (actioned items only), then appeal-level counts.
  'items_appealed',
  'items_appeal_decided',
  'items_reversed',
  'appeals',
  ...APPEAL_COUNTS,
  ...APPEAL_HISTOGRAM,
] as const;

export const REQUEST_MEASURES = ['requests'] as const;

export type ItemMeasure = (typeof ITEM_MEASURES)[number];
export type RequestMeasure = (typeof REQUEST_MEASURES)[number];
export type Measure = ItemMeasure | RequestMeasure;

/** Summed item measures, one number per declared name. */
export type Measures = { [K in ItemMeasure]: number };

const KNOWN = new Set<string>([...ITEM_MEASURES, ...REQUEST_MEASURES]);
export const isMeasure = (name: string): name is Measure => KNOWN.has(name);
