/** Sums of aggregate measures over the filtered rows, optionally grouped by day or a dimension. */
import { sql } from 'kysely';
import type { Filters } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { aggWhere } from './filters.ts';

export type Measures = Record<string, number>;

/** `sum(col)` for each requested measure column of agg_items, over rows matching the filters. */
export async function sumItemMeasures(
  db: Db,
  filters: Filters,
  measures: readonly string[],
  groupBy: readonly string[] = [],
): Promise<(Measures & Record<string, string | number>)[]> {
  let query = db
    .selectFrom('agg_items')
    .where((eb) => aggWhere(eb, 'agg_items', filters))
    .select(measures.map((m) => sql<number>`coalesce(sum(${sql.ref(`agg_items.${m}`)}), 0)`.as(m)));
  for (const column of groupBy)
    query = query.select(sql.ref(`agg_items.${column}`).as(column)).groupBy(`agg_items.${column}`);
  return (await query.execute()) as (Measures & Record<string, string | number>)[];
}

/** Request counts (exact under item-level filters, through profile sets). */
export async function sumRequests(
  db: Db,
  filters: Filters,
  groupBy: readonly string[] = [],
): Promise<{ requests: number; [key: string]: string | number }[]> {
  let query = db
    .selectFrom('agg_requests')
    .where((eb) => aggWhere(eb as never, 'agg_requests', filters))
    .select(sql<number>`coalesce(sum(agg_requests.requests), 0)`.as('requests'));
  for (const column of groupBy) {
    query = query.select(sql.ref(`agg_requests.${column}`).as(column)).groupBy(`agg_requests.${column}`);
  }
  return (await query.execute()) as { requests: number; [key: string]: string | number }[];
}

/** First and last day with data under the filters (for unbounded periods). */
export async function dataSpan(db: Db, filters: Filters): Promise<{ from: string; to: string } | null> {
  const row = await db
    .selectFrom('agg_items')
    .where((eb) => aggWhere(eb, 'agg_items', filters))
    .select([sql<string | null>`min(agg_items.day)`.as('from'), sql<string | null>`max(agg_items.day)`.as('to')])
    .executeTakeFirst();
  return row?.from && row.to ? { from: row.from, to: row.to } : null;
}
