/**
 * One aggregate table held in memory, column by column. Rows are kept in `day` order, so a day
 * range is one contiguous run of rows and `day` itself needs no column (`dayStarts`). A row's key
 * (its values of every key dimension) is one number: tables hold few distinct keys (at 1 M items
 * 242 request-level ones, 5,704 with the item dimensions), so a row needs one or two bytes, not one
 * per dimension, and a filter is one mask over keys. Each dimension's values are dictionary-encoded
 * per key. The counts every view reads and nearly every row holds (DENSE_MEASURES) are one column
 * each; the rest (latency histograms, appeal counts: an agg_items row has ~4 non-zero measures of
 * 59) are stored sparsely, row by row: a count per row, then (measure, value) pairs.
 */
import { type Dimension, dimensionsOf } from '../db/cube/dimensions.ts';
import { APPEAL_HISTOGRAM, ITEM_MEASURES, OUTCOME_COUNTS } from '../db/cube/measures.ts';
import { type AggregateTable, type Grain, startOfGrain } from '../db/cube/tables.ts';
import type { Ints } from './grow.ts';

/** Measures stored as dense columns (read by every view; non-zero in most rows). */
const DENSE_MEASURES: ReadonlySet<string> = new Set(['requests', 'items', ...OUTCOME_COUNTS]);

/**
 * A monthly row sums a month of days, so the decision-time buckets and appeal counts the Overview
 * reads are non-zero in 35–45 % of the monthly item rows (8 sparse entries a row at 5 M items, the
 * bulk of an item-filtered Overview's time): monthly tables hold every item measure as a dense
 * column, but the appeal-time buckets (read by the appeals view alone).
 */
const MONTHLY_DENSE_MEASURES: ReadonlySet<string> = new Set([
  ...DENSE_MEASURES,
  ...ITEM_MEASURES.filter((m) => !(APPEAL_HISTOGRAM as readonly string[]).includes(m)),
]);

export const denseMeasuresOf = (table: AggregateTable): ReadonlySet<string> =>
  table.grain === 'month' ? MONTHLY_DENSE_MEASURES : DENSE_MEASURES;

export type KeyValue = string | number;

/**
 * Within a day, rows are loaded in order of these dimensions (those a table has), so a filter on
 * them selects a few runs of rows, and whole zones of ZONE_ROWS rows holding none of the wanted
 * values are skipped by one test each (`Zones`). Item-level filters are the ones that scan the big
 * item-dimension tables.
 */
export const SORTED_DIMENSIONS: readonly Dimension[] = dimensionsOf(['item']);
export const ZONE_ROWS = 64;

export interface Zones {
  /** For each sorted dimension with at most 32 values: per zone, bit c set when a row has code c. */
  bits: Partial<Record<Dimension, Uint32Array>>;
  /** Index of each zone's first measure entry, then the end (a skipped zone's entries are skipped). */
  entryStarts: Float64Array;
}

export interface KeyColumn {
  /** The distinct values, by code. */
  values: KeyValue[];
  /** Each key's code (indexed by key number: MemoryTable.keyOf). */
  codes: Ints;
}

export interface MemoryTable {
  decl: AggregateTable;
  /** Measure names, by the index stored in `measureIndex`. */
  measureNames: string[];
  rows: number;
  /** Distinct days, ascending; day d holds rows dayStarts[d] … dayStarts[d + 1] − 1. */
  days: string[];
  dayStarts: Uint32Array;
  /** Index of the first measure entry of each day's first row (entries of a day are contiguous). */
  dayEntryStarts: Float64Array;
  /** Each row's key number; `keyCount` distinct keys. */
  keyOf: Ints;
  keyCount: number;
  keys: Record<string, KeyColumn>;
  /** Dense measures' columns, by measure index (undefined for sparse measures). */
  denseColumns: (Ints | undefined)[];
  /** Sparse measures: non-zero ones per row, then their indices and values, in row order. */
  entryCounts: Ints;
  measureIndex: Ints;
  measureValues: Ints;
  zones: Zones;
  /** Bytes held by the typed arrays (the dictionaries aside), for reporting. */
  bytes: number;
}

export interface Periods {
  /** Period number of each day index (ascending). */
  index: Uint32Array;
  /** First day of each period number. */
  starts: string[];
}

const periodCache = new WeakMap<MemoryTable, Map<Grain, Periods>>();

/** The table's days numbered by the `grain` period holding them (computed once per table and grain). */
export function periodsOf(table: MemoryTable, grain: Grain): Periods {
  let byGrain = periodCache.get(table);
  if (!byGrain) {
    byGrain = new Map();
    periodCache.set(table, byGrain);
  }
  let periods = byGrain.get(grain);
  if (!periods) {
    const starts: string[] = [];
    const index = Uint32Array.from(table.days, (day) => {
      const start = startOfGrain(day, grain);
      if (starts[starts.length - 1] !== start) starts.push(start);
      return starts.length - 1;
    });
    periods = { index, starts };
    byGrain.set(grain, periods);
  }
  return periods;
}
