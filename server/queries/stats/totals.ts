/**
 * Sums of aggregate measures over the filtered rows, optionally grouped. Each query is answered by
 * the smallest tables that can: whole months from a monthly rollup, edge days (or every day, when
 * the caller needs days) from a daily table; request-dimension tables unless the filters look at
 * items' content type or author kind. The parts are summed here, so callers see one result.
 */
import { sql } from 'kysely';
import { periodRange } from '../../../shared/periods.ts';
import type { Filters, Granularity } from '../../../shared/stats.ts';
import { type ItemMeasure, isMeasure } from '../../db/cube/measures.ts';
import type { Family } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';
import { type AggregateTable, chooseTable, type Grain } from './aggregate-tables.ts';
import { aggWhere } from './filters.ts';
import { splitByPeriods } from './ranges.ts';

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
}

/** Days need daily rows, weeks whole weeks; months, quarters and years are whole months. */
export const grainFor = (granularity: Granularity): Grain =>
  granularity === 'day' || granularity === 'week' ? granularity : 'month';

/**
 * The (table, filters) parts whose sums make up the answer: whole periods from the table chosen
 * for `grain`, edge days from the one chosen for days (all of it, when no coarser table fits).
 */
function parts(filters: Filters, carries: Family, grain: Grain, groupBy: readonly string[]) {
  const periodic = chooseTable({ carries, filters, groupBy, grain });
  if (periodic.grain === 'day') return [{ table: periodic, filters }];
  const daily = chooseTable({ carries, filters, groupBy, grain: 'day' });
  const split = splitByPeriods({ from: filters.from, to: filters.to }, periodic.grain);
  const out: { table: AggregateTable; filters: Filters }[] = split.days.map((range) => ({
    table: daily,
    filters: { ...filters, ...range },
  }));
  if (split.periods) out.push({ table: periodic, filters: { ...filters, ...split.periods } });
  return out;
}

async function sumParts(
  db: Db,
  filters: Filters,
  carries: Family,
  measures: readonly string[],
  { groupBy = [], grain = 'month' }: SumOptions,
): Promise<Row[]> {
  const unknown = measures.filter((m) => !isMeasure(m));
  if (unknown.length > 0) throw new Error(`not aggregate measures: ${unknown.join(', ')}`);
  const results = await Promise.all(
    parts(filters, carries, grain, groupBy).map(({ table, filters: partFilters }) => {
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
export async function dataSpan(db: Db, filters: Filters): Promise<{ from: string; to: string } | null> {
  const from = await edgeDay(db, filters, 'asc');
  const to = from ? await edgeDay(db, filters, 'desc') : undefined;
  return from && to ? { from, to } : null;
}

async function edgeDay(db: Db, filters: Filters, order: 'asc' | 'desc'): Promise<string | undefined> {
  const monthly = chooseTable({ carries: 'itemMeasures', filters, grain: 'month' });
  const daily = chooseTable({ carries: 'itemMeasures', filters, grain: 'day' });
  const monthFilters = {
    ...filters,
    from: filters.from && `${filters.from.slice(0, 7)}-01`,
    to: filters.to && `${filters.to.slice(0, 7)}-01`,
  };
  const months = await db
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
