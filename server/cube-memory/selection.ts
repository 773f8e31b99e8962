/**
 * The shared `filters` as masks over a memory table's dictionaries: the same conditions the SQL
 * WHERE builder writes (server/queries/stats/filters.ts), restated over the catalogue the cube
 * holds. A row passes when, for every filtered dimension, its code's mask entry is 1.
 */
import type { Filters } from '../../shared/stats.ts';
import { DIMENSIONS, type Dimension, type SetDimension } from '../db/cube/dimensions.ts';
import { type Catalogue, setIdMask } from './catalogue.ts';
import { Lru } from './lru.ts';
import type { KeyColumn, KeyValue, MemoryTable } from './table.ts';
import { wantedBits } from './zones.ts';

export interface Selection {
  /** Rows of days dayFrom … dayTo − 1 (indices into `days`). */
  dayFrom: number;
  dayTo: number;
  /** Code columns and their masks, one per filtered dimension. */
  codes: ArrayLike<number>[];
  masks: Uint8Array[];
  /** For masked dimensions the table has zones of: per zone its codes' bits, and the bits wanted. */
  zones: { bits: Uint32Array; wanted: number }[];
}

/** The mask over the column's codes, or undefined for no condition. */
function codeMask(column: KeyColumn, dimension: Dimension, f: Filters, c: Catalogue): Uint8Array | undefined {
  const filter = DIMENSIONS[dimension].filter;
  if (filter.match === 'set') {
    // Set ids were turned into a mask once for the cube: each code is one lookup.
    const ids = setIdMask(c, dimension as SetDimension, f);
    return ids && maskFrom(column.values, (id) => ids[id as number] === 1);
  }
  const values = f[filter.keys[0]] as readonly KeyValue[] | undefined;
  if (!values?.length) return undefined;
  const allowed = new Set(
    filter.match === 'value' ? values : values.flatMap((v) => c.lookups.get(dimension)?.get(v) ?? []),
  );
  return maskFrom(column.values, (v) => allowed.has(v));
}

/** 1 for each value that passes (a plain loop: Uint8Array.from with a map function is far slower). */
function maskFrom(values: readonly KeyValue[], passes: (value: KeyValue) => boolean): Uint8Array {
  const mask = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) if (passes(values[i] as KeyValue)) mask[i] = 1;
  return mask;
}

/** First index of a sorted array whose value is ≥ `value` (> with `after`). */
function bound(sorted: readonly string[], value: string, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as string;
    if (v < value || (after && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Masks a table keeps: every dimension's masks of a few dozen filter combinations. */
export const TABLE_MASK_LIMIT = 256;
const masksOf = new WeakMap<MemoryTable, Lru<string, Uint8Array | undefined>>();

/**
 * The dimension's mask under the filters, or undefined for no condition. Kept per table: one view
 * asks for the same filters several times (periods, edge days, the previous period).
 */
function maskOf(table: MemoryTable, dimension: Dimension, f: Filters, c: Catalogue): Uint8Array | undefined {
  let cache = masksOf.get(table);
  if (!cache) {
    cache = new Lru(TABLE_MASK_LIMIT);
    masksOf.set(table, cache);
  }
  const column = table.keys[dimension];
  if (!column) throw new Error(`${table.decl.name} has no ${dimension} column`);
  const key = JSON.stringify([dimension, ...DIMENSIONS[dimension].filter.keys.map((k) => f[k] ?? [])]);
  return cache.getOrCompute(key, () => codeMask(column, dimension, f, c));
}

/** The rows the filters select, or null when none can match (a filter admits no present value). */
export function select(table: MemoryTable, f: Filters, c: Catalogue): Selection | null {
  const dayFrom = f.from ? bound(table.days, f.from, false) : 0;
  const dayTo = f.to ? bound(table.days, f.to, true) : table.days.length;
  if (dayFrom >= dayTo) return null;
  const selection: Selection = { dayFrom, dayTo, codes: [], masks: [], zones: [] };
  for (const dimension of table.decl.key) {
    const mask = maskOf(table, dimension, f, c);
    if (!mask) continue;
    if (!mask.includes(1)) return null;
    // A mask admitting every present value filters nothing.
    if (mask.includes(0)) {
      selection.codes.push((table.keys[dimension] as KeyColumn).codes);
      selection.masks.push(mask);
      const bits = table.zones.bits[dimension];
      if (bits) selection.zones.push({ bits, wanted: wantedBits(mask) });
    }
  }
  return selection;
}
