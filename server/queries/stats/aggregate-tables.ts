/**
 * Which aggregate table answers a query: the smallest one whose key covers the filters and the
 * group-by at the needed time grain. The tables themselves are declared in server/db/cube.
 */
import type { Filters } from '../../../shared/stats.ts';
import { DIMENSIONS, type Dimension, type FilterKey } from '../../db/cube/dimensions.ts';
import {
  AGGREGATE_TABLE_LIST,
  type AggregateTable,
  type Family,
  type Grain,
  servesGrain,
} from '../../db/cube/tables.ts';

export { AGGREGATE_TABLES, type AggregateTable, type Grain, REQUEST_DIMENSIONS } from '../../db/cube/tables.ts';

/** The filter lists that are set (non-empty): each needs a key dimension that can apply it. */
export function activeFilterKeys(f: Filters): FilterKey[] {
  return (Object.keys(f) as (keyof Filters)[]).filter(
    (k): k is FilterKey => k !== 'from' && k !== 'to' && Array.isArray(f[k]) && (f[k] as unknown[]).length > 0,
  );
}

/** True when one of the table's key dimensions applies the filter list `key`. */
export const canApply = (table: AggregateTable, key: FilterKey): boolean =>
  table.key.some((d) => (DIMENSIONS[d].filter.keys as readonly FilterKey[]).includes(key));

const GRAIN_RANK: Record<Grain, number> = { month: 0, week: 1, day: 2 };

export interface TableQuery {
  /** What is summed: request counts or item measures. */
  carries: Family;
  filters: Filters;
  /** Columns grouped by; `day` is always available. */
  groupBy?: readonly string[];
  /** Finest time resolution needed (a coarser table cannot answer a finer grain). */
  grain: Grain;
}

/**
 * The smallest table that can answer: coarser grain first (a month table is tens of times smaller
 * than a day table, more than one dimension fewer saves), then the fewest key dimensions.
 * Throws when none can (a group-by or filter no table is keyed by).
 */
export function chooseTable({ carries, filters, groupBy = [], grain }: TableQuery): AggregateTable {
  const filterKeys = activeFilterKeys(filters);
  const groups = groupBy.filter((c) => c !== 'day') as Dimension[];
  const candidates = AGGREGATE_TABLE_LIST.filter(
    (t) =>
      t[carries] &&
      servesGrain(t.grain, grain) &&
      groups.every((d) => t.key.includes(d)) &&
      filterKeys.every((k) => canApply(t, k)),
  );
  const best = candidates.sort((a, b) => GRAIN_RANK[a.grain] - GRAIN_RANK[b.grain] || a.key.length - b.key.length)[0];
  if (!best) {
    throw new Error(
      `no aggregate table of ${carries} at ${grain} grain covers ${[...groups, ...filterKeys].join(', ')}`,
    );
  }
  return best;
}
