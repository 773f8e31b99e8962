/**
 * The shared `filters` as one mask over a memory table's keys: the same conditions the SQL WHERE
 * builder writes (server/queries/stats/filters.ts), restated over the catalogue the cube holds. A
 * key passes when, for every filtered dimension, the mask over that dimension's codes admits its
 * code; a row passes when its key does.
 */
import type { Filters } from '../../shared/stats.ts';
import { DIMENSIONS, type Dimension, type SetDimension } from '../db/cube/dimensions.ts';
import { type Catalogue, setIdMask } from './catalogue.ts';
import { type DimensionMask, fillKeyMask } from './key-mask.ts';
import { Lru } from './lru.ts';
import type { KeyColumn, KeyValue, MemoryTable } from './table.ts';
import { wantedBits } from './zones.ts';

export interface Selection {
  /** Rows of days dayFrom … dayTo − 1 (indices into `days`). */
  dayFrom: number;
  dayTo: number;
  /** 1 for each key (MemoryTable.keyOf) the filters admit; null when they admit every key. */
  mask: Uint8Array | null;
  /** For filtered dimensions the table has zones of: per zone its codes' bits, and the bits wanted. */
  zones: { bits: Uint32Array; wanted: number }[];
}

/** The mask over the column's codes, or undefined for no condition. */
function codeMask(column: KeyColumn, dimension: Dimension, f: Filters, c: Catalogue): Uint8Array | undefined {
  const filter = DIMENSIONS[dimension].filter;
  if (filter.match === 'set') {
    // Set ids were turned into a mask once for the cube: each code is one lookup.
    const ids = setIdMask(c, dimension as SetDimension, f);
    if (!ids) return undefined;
    // A plain loop over the set ids (tens of thousands of profile sets): no call a value.
    const values = column.values as number[];
    const mask = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++) mask[i] = ids[values[i] as number] ?? 0;
    return mask;
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

/** What the filters select of a table whatever the days: its keys, or nothing (`none`). */
interface KeySelection {
  none: boolean;
  mask: Uint8Array | null;
  zones: Selection['zones'];
}

function selectKeys(table: MemoryTable, f: Filters, c: Catalogue): KeySelection {
  const parts: DimensionMask[] = [];
  const zones: Selection['zones'] = [];
  for (const dimension of table.decl.key) {
    const column = table.keys[dimension] as KeyColumn;
    const codes = codeMask(column, dimension, f, c);
    if (!codes) continue;
    if (!codes.includes(1)) return { none: true, mask: null, zones: [] };
    // A mask admitting every present value filters nothing.
    if (!codes.includes(0)) continue;
    parts.push({ admitted: codes, codes: column.codes });
    const bits = table.zones.bits[dimension];
    if (bits) zones.push({ bits, wanted: wantedBits(codes) });
  }
  if (parts.length === 0) return { none: false, mask: null, zones };
  const mask = new Uint8Array(table.keyCount);
  if (fillKeyMask(mask, parts) === 0) return { none: true, mask: null, zones: [] };
  return { none: false, mask, zones };
}

/**
 * Key selections a table keeps (a few dozen views' filters), and at most about this many bytes of
 * their masks (one byte per key): the profile-set tables have 174,654 keys at 5 M items, where 64
 * masks held 11 MB a table. A view's repeated asks (periods, edge days, the previous period) come
 * in one call, and a mask is rebuilt in well under a millisecond.
 */
export const TABLE_MASK_LIMIT = 64;
export const TABLE_MASK_BYTES = 1 << 20;
const MIN_TABLE_MASKS = 4;

/** How many key selections a table of `keyCount` keys keeps. */
export const maskLimitOf = (keyCount: number): number =>
  Math.min(TABLE_MASK_LIMIT, Math.max(MIN_TABLE_MASKS, Math.floor(TABLE_MASK_BYTES / Math.max(1, keyCount))));
const keySelections = new WeakMap<MemoryTable, Lru<string, KeySelection>>();

/** The rows the filters select, or null when none can match (a filter admits no present value). */
export function select(table: MemoryTable, f: Filters, c: Catalogue): Selection | null {
  const dayFrom = f.from ? bound(table.days, f.from, false) : 0;
  const dayTo = f.to ? bound(table.days, f.to, true) : table.days.length;
  if (dayFrom >= dayTo) return null;
  let cache = keySelections.get(table);
  if (!cache) {
    cache = new Lru(maskLimitOf(table.keyCount));
    keySelections.set(table, cache);
  }
  // One view asks for the same filters several times (periods, edge days, the previous period).
  const key = JSON.stringify(table.decl.key.flatMap((d) => DIMENSIONS[d].filter.keys.map((k) => f[k] ?? [])));
  const keys = cache.getOrCompute(key, () => selectKeys(table, f, c));
  return keys.none ? null : { dayFrom, dayTo, mask: keys.mask, zones: keys.zones };
}
