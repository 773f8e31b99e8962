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

/** Item measure columns, in vector order (the delta's vectors and addItemMeasures use it). */
export const ITEM_MEASURES = [
  'items',
  ...prefixed('n_', OUTCOMES),
  ...prefixed('ttd_', bucketsOf(DECISION_HOUR_EDGES)),
  // Item-level appeal funnel (actioned items only), then appeal-level counts.
  'items_appealed',
  'items_appeal_decided',
  'items_reversed',
  'appeals',
  ...prefixed('appeals_', APPEAL_OUTCOMES),
  ...prefixed('tta_', bucketsOf(APPEAL_DAY_EDGES)),
] as const;

export const REQUEST_MEASURES = ['requests'] as const;

export type ItemMeasure = (typeof ITEM_MEASURES)[number];
export type RequestMeasure = (typeof REQUEST_MEASURES)[number];
export type Measure = ItemMeasure | RequestMeasure;

/** Summed item measures, one number per declared name. */
export type Measures = { [K in ItemMeasure]: number };

const KNOWN = new Set<string>([...ITEM_MEASURES, ...REQUEST_MEASURES]);
export const isMeasure = (name: string): name is Measure => KNOWN.has(name);
