/**
 * The aggregate cube's dimensions: every column an aggregate table may be keyed by besides `day`.
 * A dimension's name is its column in the aggregate tables and in `requests` or `items`; the
 * declaration order is the key-column order. Tables, row types, the delta's keys, the WHERE
 * builder and the table chooser are all derived from this (server/db/cube/tables.ts).
 */
import type { Filters } from '../../../shared/stats.ts';

export type ColumnType = 'integer' | 'text';
export type ValueOf<T extends ColumnType> = T extends 'integer' ? number : string;

/**
 * request: a property of the request; item: of one item; itemSet: a request's set of its items'
 * item-level values (profile set), so request counts can honour item-level filters exactly.
 */
export type Level = 'request' | 'item' | 'itemSet';

export type FilterKey = Exclude<keyof Filters, 'from' | 'to'>;

/**
 * How a filter list selects a dimension's values: `value` compares the column itself; `lookup`
 * maps the listed values through a catalogue column (platform slugs → ids); `set` is a
 * membership condition written by hand in server/queries/stats/filters.ts (SET_CONDITIONS).
 */
export type FilterMatch =
  | { keys: readonly [FilterKey]; match: 'value' }
  | { keys: readonly [FilterKey]; match: 'lookup'; by: string }
  | { keys: readonly FilterKey[]; match: 'set' };

export interface DimensionSpec {
  type: ColumnType;
  level: Level;
  /** The catalogue table (and its key column) the values point into; null for enum values. */
  catalogue: { table: string; column: string } | null;
  filter: FilterMatch;
}

export const DIMENSIONS = {
  source_id: {
    type: 'integer',
    level: 'request',
    catalogue: { table: 'sources', column: 'id' },
    filter: { keys: ['sources'], match: 'lookup', by: 'name' },
  },
  jurisdiction: {
    type: 'text',
    level: 'request',
    catalogue: { table: 'jurisdictions', column: 'code' },
    filter: { keys: ['jurisdictions'], match: 'value' },
  },
  agency_id: {
    type: 'integer',
    level: 'request',
    catalogue: { table: 'agencies', column: 'id' },
    filter: { keys: ['agencies'], match: 'value' },
  },
  platform_id: {
    type: 'integer',
    level: 'request',
    catalogue: { table: 'platforms', column: 'id' },
    filter: { keys: ['platforms'], match: 'lookup', by: 'slug' },
  },
  channel: { type: 'text', level: 'request', catalogue: null, filter: { keys: ['channels'], match: 'value' } },
  basis_set_id: {
    type: 'integer',
    level: 'request',
    catalogue: { table: 'basis_sets', column: 'id' },
    filter: { keys: ['legalBases', 'categories'], match: 'set' },
  },
  content_type: { type: 'text', level: 'item', catalogue: null, filter: { keys: ['contentTypes'], match: 'value' } },
  author_kind: { type: 'text', level: 'item', catalogue: null, filter: { keys: ['authorKinds'], match: 'value' } },
  profile_set_id: {
    type: 'integer',
    level: 'itemSet',
    catalogue: { table: 'profile_sets', column: 'id' },
    filter: { keys: ['contentTypes', 'authorKinds'], match: 'set' },
  },
} as const satisfies Record<string, DimensionSpec>;

type Declared = typeof DIMENSIONS;
export type Dimension = keyof Declared;
export type DimensionOfLevel<L extends Level> = {
  [K in Dimension]: Declared[K]['level'] extends L ? K : never;
}[Dimension];
/** Dimensions whose membership test is hand-written (filters.ts). */
export type SetDimension = { [K in Dimension]: Declared[K]['filter']['match'] extends 'set' ? K : never }[Dimension];

/** The values of the dimensions of the given levels, as named columns. */
export type DimensionValues<L extends Level> = { [K in DimensionOfLevel<L>]: ValueOf<Declared[K]['type']> };

export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

/** The dimensions of the given levels, in declaration (key-column) order. */
export function dimensionsOf<L extends Level>(levels: readonly L[]): DimensionOfLevel<L>[] {
  return DIMENSION_NAMES.filter((d) =>
    (levels as readonly Level[]).includes(DIMENSIONS[d].level),
  ) as DimensionOfLevel<L>[];
}
