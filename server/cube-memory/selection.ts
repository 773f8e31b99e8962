/**
 * The shared `filters` as masks over a memory table's dictionaries: the same conditions the SQL
 * WHERE builder writes (server/queries/stats/filters.ts), restated over the catalogue the cube
 * holds. A row passes when, for every filtered dimension, its code's mask entry is 1.
 */
import type { Filters } from '../../shared/stats.ts';
import { DIMENSIONS, type Dimension, type SetDimension } from '../db/cube/dimensions.ts';
import type { KeyColumn, KeyValue, MemoryTable } from './table.ts';

/** What the filters look up beyond the aggregate rows, loaded with the cube (same data version). */
export interface Catalogue {
  /** For `lookup` dimensions: catalogue key (a source's name, a platform's slug) → ids. */
  lookups: Map<Dimension, Map<KeyValue, number[]>>;
  basisMembers: { set_id: number; legal_basis_id: number; category: string }[];
  /** Basis sets citing nothing (`set_key = ''`): they match the `unspecified` category. */
  emptyBasisSets: number[];
  /** Every profile set's members, as codes into `contentTypes` and `authorKinds`. */
  profileMembers: {
    setIds: Int32Array;
    typeCodes: Uint8Array;
    kindCodes: Uint8Array;
    contentTypes: string[];
    authorKinds: string[];
  };
  /** The category a request citing nothing counts under. */
  nothingCited: string;
}

export interface Selection {
  /** Rows of days dayFrom … dayTo − 1 (indices into `days`). */
  dayFrom: number;
  dayTo: number;
  /** Code columns and their masks, one per filtered dimension. */
  codes: ArrayLike<number>[];
  masks: Uint8Array[];
}

type Allowed = (value: KeyValue) => boolean;

const setOf = (values: readonly KeyValue[]): Allowed => {
  const set = new Set(values);
  return (v) => set.has(v);
};

/** Set-valued dimensions: the set ids a filter admits (undefined: no condition). */
const SET_ALLOWED: Record<SetDimension, (f: Filters, c: Catalogue) => Allowed | undefined> = {
  basis_set_id: (f, c) => {
    const conditions: Allowed[] = [];
    if (f.legalBases?.length) {
      const bases = new Set<number>(f.legalBases);
      conditions.push(setOf(c.basisMembers.filter((m) => bases.has(m.legal_basis_id)).map((m) => m.set_id)));
    }
    if (f.categories?.length) {
      const categories = new Set<string>(f.categories);
      const sets = c.basisMembers.filter((m) => categories.has(m.category)).map((m) => m.set_id);
      if (categories.has(c.nothingCited)) sets.push(...c.emptyBasisSets);
      conditions.push(setOf(sets));
    }
    return conditions.length > 0 ? (v) => conditions.every((allowed) => allowed(v)) : undefined;
  },
  // A request counts when one of its items matches both item-level filters.
  profile_set_id: (f, c) => {
    if (!f.contentTypes?.length && !f.authorKinds?.length) return undefined;
    const { setIds, typeCodes, kindCodes, contentTypes, authorKinds } = c.profileMembers;
    const codeMask = (names: string[], wanted: readonly string[] | undefined) =>
      Uint8Array.from(names, (name) => (!wanted?.length || wanted.includes(name) ? 1 : 0));
    const types = codeMask(contentTypes, f.contentTypes);
    const kinds = codeMask(authorKinds, f.authorKinds);
    const sets = new Set<number>();
    for (let i = 0; i < setIds.length; i++) {
      if (types[typeCodes[i] as number] === 1 && kinds[kindCodes[i] as number] === 1) sets.add(setIds[i] as number);
    }
    return (v) => sets.has(v as number);
  },
};

function allowedValues(dimension: Dimension, f: Filters, c: Catalogue): Allowed | undefined {
  const filter = DIMENSIONS[dimension].filter;
  if (filter.match === 'set') return SET_ALLOWED[dimension as SetDimension](f, c);
  const values = f[filter.keys[0]] as readonly KeyValue[] | undefined;
  if (!values?.length) return undefined;
  if (filter.match === 'value') return setOf(values);
  const ids = c.lookups.get(dimension);
  return setOf(values.flatMap((v) => ids?.get(v) ?? []));
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

const MAX_MASKS = 512;
const masksOf = new WeakMap<MemoryTable, Map<string, Uint8Array | undefined>>();

/**
 * The dimension's mask under the filters, or undefined for no condition. Kept per table: one view
 * asks for the same filters several times (periods, edge days, the previous period), and the
 * profile-set mask scans every set's members.
 */
function maskOf(table: MemoryTable, dimension: Dimension, f: Filters, c: Catalogue): Uint8Array | undefined {
  const key = `${dimension}:${JSON.stringify(DIMENSIONS[dimension].filter.keys.map((k) => f[k]))}`;
  let cache = masksOf.get(table);
  if (!cache) {
    cache = new Map();
    masksOf.set(table, cache);
  }
  if (cache.has(key)) return cache.get(key);
  const allowed = allowedValues(dimension, f, c);
  const column = table.keys[dimension];
  if (!column) throw new Error(`${table.decl.name} has no ${dimension} column`);
  const mask = allowed ? Uint8Array.from(column.values, (v) => (allowed(v) ? 1 : 0)) : undefined;
  if (cache.size >= MAX_MASKS) cache.clear();
  cache.set(key, mask);
  return mask;
}

/** The rows the filters select, or null when none can match (a filter admits no present value). */
export function select(table: MemoryTable, f: Filters, c: Catalogue): Selection | null {
  const dayFrom = f.from ? bound(table.days, f.from, false) : 0;
  const dayTo = f.to ? bound(table.days, f.to, true) : table.days.length;
  if (dayFrom >= dayTo) return null;
  const selection: Selection = { dayFrom, dayTo, codes: [], masks: [] };
  for (const dimension of table.decl.key) {
    const mask = maskOf(table, dimension, f, c);
    if (!mask) continue;
    if (!mask.includes(1)) return null;
    // A mask admitting every present value filters nothing.
    if (mask.includes(0)) {
      selection.codes.push((table.keys[dimension] as KeyColumn).codes);
      selection.masks.push(mask);
    }
  }
  return selection;
}
