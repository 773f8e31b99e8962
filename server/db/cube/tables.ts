/**
 * The aggregate tables (the cube's materialised rollups): each is `day` at a time grain × the
 * dimensions of some levels, carrying the request count and/or the item measures. In week and
 * month tables `day` holds the period's first day (Monday, 1st), so one WHERE serves every table.
 * Kysely row types (schema.ts), the delta's rows and rollups, and the readers all derive from here;
 * the frozen migrations restate it, and cube.test.ts checks that they agree.
 */
import { periodOf } from '../../../shared/periods.ts';
import { type Dimension, type DimensionValues, dimensionsOf, type Level } from './dimensions.ts';
import { ITEM_MEASURES, type Measures, REQUEST_MEASURES } from './measures.ts';

export type Grain = 'day' | 'week' | 'month';
/** What a table carries: the request count or the item measures. */
export type Family = 'requests' | 'itemMeasures';

interface TableDecl {
  name: string;
  grain: Grain;
  levels: readonly Level[];
  requests: boolean;
  itemMeasures: boolean;
}

// `requests` sits only on tables without item-level dimensions (a request is not split across
// its items); agg_requests keys the profile set instead, so request counts honour item filters.
const DECLARED = {
  items: { name: 'agg_items', grain: 'day', levels: ['request', 'item'], requests: false, itemMeasures: true },
  requests: { name: 'agg_requests', grain: 'day', levels: ['request', 'itemSet'], requests: true, itemMeasures: false },
  daily: { name: 'agg_daily', grain: 'day', levels: ['request'], requests: true, itemMeasures: true },
  weekly: { name: 'agg_weekly', grain: 'week', levels: ['request'], requests: true, itemMeasures: true },
  monthly: { name: 'agg_monthly', grain: 'month', levels: ['request'], requests: true, itemMeasures: true },
  itemsMonthly: {
    name: 'agg_items_monthly',
    grain: 'month',
    levels: ['request', 'item'],
    requests: false,
    itemMeasures: true,
  },
  requestsMonthly: {
    name: 'agg_requests_monthly',
    grain: 'month',
    levels: ['request', 'itemSet'],
    requests: true,
    itemMeasures: false,
  },
} as const satisfies Record<string, TableDecl>;

type Declared = typeof DECLARED;
export type TableId = keyof Declared;
export type AggregateTableName = Declared[TableId]['name'];

export interface AggregateTable {
  name: AggregateTableName;
  grain: Grain;
  levels: readonly Level[];
  /** Key columns after `day`, in declaration order. */
  key: readonly Dimension[];
  /** Holds a `requests` count. */
  requests: boolean;
  /** Holds the item measures (ITEM_MEASURES). */
  itemMeasures: boolean;
}

export const AGGREGATE_TABLES = Object.fromEntries(
  Object.entries(DECLARED).map(([id, table]) => [id, { ...table, key: dimensionsOf(table.levels) }]),
) as unknown as { [K in TableId]: Declared[K] & { key: readonly Dimension[] } };

export const AGGREGATE_TABLE_LIST: readonly AggregateTable[] = Object.values(AGGREGATE_TABLES);

/** The request-level dimensions every aggregate table is keyed by. */
export const REQUEST_DIMENSIONS = dimensionsOf(['request']);

type Flat<T> = { [K in keyof T]: T[K] };
type RowOf<T extends TableDecl> = Flat<
  { day: string } & DimensionValues<T['levels'][number]> &
    (T['requests'] extends true ? { requests: number } : unknown) &
    (T['itemMeasures'] extends true ? Measures : unknown)
>;
/** Kysely table types of the aggregate tables, by table name (schema.ts `Database` extends it). */
export type AggregateTableTypes = { [K in TableId as Declared[K]['name']]: RowOf<Declared[K]> };

export const keyColumns = (table: AggregateTable): string[] => ['day', ...table.key];
export const measureColumns = (table: AggregateTable): string[] => [
  ...(table.requests ? REQUEST_MEASURES : []),
  ...(table.itemMeasures ? ITEM_MEASURES : []),
];

/** The first day of the `grain` period holding `day`: the value of `day` in a `grain` table. */
export function startOfGrain(day: string, grain: Grain): string {
  if (grain === 'day') return day;
  return grain === 'month' ? `${day.slice(0, 7)}-01` : periodOf(day, 'week');
}

/** A table at `tableGrain` can answer a query needing `grain` (days answer everything). */
export const servesGrain = (tableGrain: Grain, grain: Grain): boolean => tableGrain === 'day' || tableGrain === grain;

const covers = (outer: AggregateTable, inner: AggregateTable) => inner.key.every((d) => outer.key.includes(d));

/**
 * The finest table of each family, which the write path fills directly; every other table of
 * the family is a rollup of it (its key a subset, its grain coarser). Checked at load, so a
 * declaration that breaks the rule fails every test at once.
 */
export const BASE_TABLES: Record<Family, AggregateTable> = {
  requests: baseOf('requests'),
  itemMeasures: baseOf('itemMeasures'),
};

function baseOf(family: Family): AggregateTable {
  const tables = AGGREGATE_TABLE_LIST.filter((t) => t[family]);
  const base = tables.find((t) => t.grain === 'day' && tables.every((other) => covers(t, other)));
  if (!base) throw new Error(`no day table of ${family} covers every table of ${family}`);
  if (family === 'requests' && tables.some((t) => t.levels.includes('item'))) {
    throw new Error('request counts cannot be keyed by item-level dimensions');
  }
  if (base.requests && base.itemMeasures) throw new Error(`${base.name} cannot be the base of both families`);
  return base;
}
