/**
 * Sums of aggregate measures over the filtered rows, optionally grouped. Each query is answered by
 * the smallest tables that can: whole months from a monthly rollup, edge days (or every day, when
 * the caller needs days) from a daily table; request-dimension tables unless the filters look at
 * items' content type or author kind. The parts are summed here, so callers see one result.
 */
import { sql } from 'kysely';
import { periodRange } from '../../../shared/periods.ts';
import type { Filters, Granularity } from '../../../shared/stats.ts';
import { daysWithRows, sumTable } from '../../cube-memory/scan.ts';
import { select } from '../../cube-memory/selection.ts';
import type { MemoryTable } from '../../cube-memory/table.ts';
import { type ItemMeasure, isMeasure } from '../../db/cube/measures.ts';
import type { Family } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';
import { type AggregateTable, chooseTable, type Grain } from './aggregate-tables.ts';
import { aggWhere, assertCanApply } from './filters.ts';
import { currentMemoryCube, type MemoryCube } from './memory-cube.ts';
import { splitByPeriods, type WholePeriod } from './ranges.ts';

/** Group-by values of a summed row (`day` and dimension columns). */
export type GroupValues = { [column: string]: string | number };
/** The sums of measures `M` with the row's group-by values. */
export type SumRow<M extends string> = { [K in M]: number } & GroupValues;
/** A summed row as read: measure sums and group-by values by column name. */
type Row = GroupValues;

export interface SumOptions {
  /** Columns to group by (`day` included). */
  groupBy?: readonly string[];
  /**
   * Finest time resolution the caller needs from `day`: with 'month' (the default) or 'week' a
   * row's `day` may be the first day of a whole month or week standing for all of it.
   */
  grain?: Grain;
  /**
   * Where the sums come from: by default the in-memory cube for the tables it holds (when fresh),
   * SQL for the rest; 'sql' forces SQL everywhere (the reference the memory path is tested against).
   */
  via?: 'auto' | 'sql';
}

/** The fresh in-memory cube (it holds every aggregate table), unless `via` asks for SQL. */
function memoryFor(db: Db, via: SumOptions['via']) {
  return via === 'sql' ? Promise.resolve(undefined) : currentMemoryCube(db);
}

/**
 * The table's rows the filters select, from memory (from `held`, a rollup of it, when given);
 * undefined when the table is not held there.
 */
function memorySelection(cube: MemoryCube | undefined, table: AggregateTable, filters: Filters, held?: MemoryTable) {
  const from = held ?? cube?.tables.get(table.name);
  if (!cube || !from) return undefined;
  assertCanApply(table, filters);
  return { held: from, selection: select(from, filters, cube.catalogue) };
}

/** Days need daily rows, weeks whole weeks; months, quarters and years are whole months. */
export const grainFor = (granularity: Granularity): Grain =>
  granularity === 'day' || granularity === 'week' ? granularity : 'month';

interface Part {
  table: AggregateTable;
  filters: Filters;
  /** The in-memory weekly rollup of `table` that answers this part (MemoryCube.weekly). */
  rollup?: MemoryTable;
}

/**
 * The (table, filters) parts whose sums make up the answer: whole periods from the table chosen
 * for `grain`, edge days from the one chosen for days (all of it, when no coarser table fits).
 * Whole weeks of a daily table come from its weekly rollup in memory, when the cube holds one.
 */
function parts(filters: Filters, carries: Family, grain: Grain, groupBy: readonly string[], cube?: MemoryCube) {
  const periodic = chooseTable({ carries, filters, groupBy, grain });
  const rollup = grain === 'week' && periodic.grain === 'day' ? cube?.weekly.get(periodic.name) : undefined;
  if (periodic.grain === 'day' && !rollup) return [{ table: periodic, filters }];
  const daily = rollup ? periodic : chooseTable({ carries, filters, groupBy, grain: 'day' });
  const split = splitByPeriods(
    { from: filters.from, to: filters.to },
    rollup ? 'week' : (periodic.grain as WholePeriod),
  );
  const out: Part[] = split.days.map((range) => ({ table: daily, filters: { ...filters, ...range } }));
  if (split.periods) out.push({ table: periodic, filters: { ...filters, ...split.periods }, rollup });
  return out;
}

async function sumParts(
  db: Db,
  filters: Filters,
  carries: Family,
  measures: readonly string[],
  { groupBy = [], grain = 'month', via = 'auto' }: SumOptions,
): Promise<Row[]> {
  const unknown = measures.filter((m) => !isMeasure(m));
  if (unknown.length > 0) throw new Error(`not aggregate measures: ${unknown.join(', ')}`);
  const cube = await memoryFor(db, via);
  const partList = parts(filters, carries, grain, groupBy, cube);
  const results = await Promise.all(
    partList.map(({ table, filters: partFilters, rollup }) => {
      const memory = memorySelection(cube, table, partFilters, rollup);
      if (memory) return sumTable(memory.held, memory.selection, measures, groupBy, grain) as Row[];
      const column = (name: string) => sql.ref(`${table.name}.${name}`);
      let query = db
        .selectFrom(table.name as 'agg_items')
        .where((eb) => aggWhere(eb, table, partFilters))
        .select(measures.map((m) => sql<number>`coalesce(sum(${column(m)}), 0)`.as(m)));
      for (const name of groupBy) query = query.select(column(name).as(name)).groupBy(column(name) as never);
      return query.execute() as Promise<Row[]>;
    }),
  );
  if (results.length === 1) return results[0] as Row[];
  // Merge rows of the same group from different parts.
  const merged = new Map<string, Row>();
  for (const row of results.flat()) {
    const key = groupBy.map((c) => row[c]).join('\u0001');
    const into = merged.get(key);
    if (!into) merged.set(key, { ...row });
    else for (const m of measures) into[m] = Number(into[m]) + Number(row[m]);
  }
  // Ungrouped sums always have exactly one row, even when every part is empty.
  return groupBy.length === 0 && merged.size === 0
    ? [Object.fromEntries(measures.map((m) => [m, 0])) as Row]
    : [...merged.values()];
}

/** `sum(col)` for each item measure column, over rows matching the filters. */
export function sumItemMeasures<const M extends ItemMeasure>(
  db: Db,
  filters: Filters,
  measures: readonly M[],
  options?: SumOptions,
): Promise<SumRow<M>[]>;
export function sumItemMeasures(db: Db, filters: Filters, measures: readonly ItemMeasure[], options: SumOptions = {}) {
  return sumParts(db, filters, 'itemMeasures', measures, options);
}

/** Request counts (exact under item-level filters, through profile sets). */
export async function sumRequests(db: Db, filters: Filters, options: SumOptions = {}): Promise<SumRow<'requests'>[]> {
  return (await sumParts(db, filters, 'requests', ['requests'], options)) as SumRow<'requests'>[];
}

/**
 * First and last day with data under the filters (for unbounded periods): the first and last
 * month from the monthly rollup, then the day within it from the daily table. The month holding
 * `from` (or `to`) may have data only outside the range, hence up to two candidate months.
 */
export async function dataSpan(
  db: Db,
  filters: Filters,
  { via = 'auto' }: Pick<SumOptions, 'via'> = {},
): Promise<{ from: string; to: string } | null> {
  const cube = await memoryFor(db, via);
  const from = await edgeDay(db, cube, filters, 'asc');
  const to = from ? await edgeDay(db, cube, filters, 'desc') : undefined;
  return from && to ? { from, to } : null;
}

async function edgeDay(
  db: Db,
  cube: MemoryCube | undefined,
  filters: Filters,
  order: 'asc' | 'desc',
): Promise<string | undefined> {
  const monthly = chooseTable({ carries: 'itemMeasures', filters, grain: 'month' });
  const daily = chooseTable({ carries: 'itemMeasures', filters, grain: 'day' });
  const monthFilters = {
    ...filters,
    from: filters.from && `${filters.from.slice(0, 7)}-01`,
    to: filters.to && `${filters.to.slice(0, 7)}-01`,
  };
  const inMemory = memorySelection(cube, monthly, monthFilters);
  const months = inMemory
    ? daysWithRows(inMemory.held, inMemory.selection, order, 2).map((day) => ({ day }))
    : await db
        .selectFrom(monthly.name as 'agg_items')
        .where((eb) => aggWhere(eb, monthly, monthFilters))
        .select(sql.ref(`${monthly.name}.day`).as('day'))
        .distinct()
        .orderBy('day', order)
        .limit(2)
        .execute();
  for (const { day: month } of months) {
    const inMonth = periodRange((month as string).slice(0, 7), 'month');
    const range = {
      from: filters.from && filters.from > inMonth.from ? filters.from : inMonth.from,
      to: filters.to && filters.to < inMonth.to ? filters.to : inMonth.to,
    };
    const dayMemory = memorySelection(cube, daily, { ...filters, ...range });
    if (dayMemory) {
      const [day] = daysWithRows(dayMemory.held, dayMemory.selection, order, 1);
      if (day) return day;
      continue;
    }
    const row = await db
      .selectFrom(daily.name as 'agg_items')
      .where((eb) => aggWhere(eb, daily, { ...filters, ...range }))
      .select(
        sql<string | null>`${sql.raw(order === 'asc' ? 'min' : 'max')}(${sql.ref(`${daily.name}.day`)})`.as('day'),
      )
      .executeTakeFirst();
    if (row?.day) return row.day;
  }
  return undefined;
}
