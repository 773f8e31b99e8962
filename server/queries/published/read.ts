/** Reads of published statistics: sums, grouped sums, rows with measures, files, restatements. */
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { PublishedFilters } from '../../../shared/published.ts';
import type { Db } from '../../db/database.ts';
import { withoutIndex } from '../../db/dialect/index.ts';
import type { Database, PublishedStatsTable } from '../../db/schema.ts';
import { publishedWhere } from './filters.ts';

export type GroupColumn = 'jurisdiction' | 'requester_kind' | 'reason' | 'product' | 'publisher' | 'platform';

export type SummedRow = { requests: number | null; items: number | null; rows: number } & Record<
  string,
  string | number | null
>;

export interface RowSelection {
  roles: string[];
  formats?: string[];
  /** DSA breakdowns: only STATEMENT_CATEGORY rows (keywords are finer cuts of the same orders). */
  categoryLevelOnly?: boolean;
}

/** Sums of requests and items (SQL `sum`: null when no row gives the measure), grouped by period and `groupBy`. */
export async function sumPublished(
  db: Db,
  filters: PublishedFilters,
  selection: RowSelection,
  groupBy: GroupColumn[] = [],
  byPeriod = true,
): Promise<SummedRow[]> {
  let query = db
    .selectFrom('published_stats')
    .where((eb) => publishedWhere(eb, filters))
    .where('role', 'in', selection.roles)
    .select([
      sql<number | null>`sum(requests)`.as('requests'),
      sql<number | null>`sum(items)`.as('items'),
      sql<number>`count(*)`.as('rows'),
    ]);
  if (selection.formats) query = query.where('format', 'in', selection.formats);
  if (selection.categoryLevelOnly)
    query = query.where((eb) => eb.or([eb('reason_level', 'is', null), eb('reason_level', '=', 'category')]));
  const columns: string[] = [...(byPeriod ? ['period_start', 'period_end'] : []), ...groupBy];
  for (const column of columns) query = query.select(sql.ref(column).as(column)).groupBy(sql.ref(column) as never);
  const rows = (await query.execute()) as unknown as Record<string, string | number | null>[];
  return rows.map((row) => ({
    ...row,
    requests: row.requests === null ? null : Number(row.requests),
    items: row.items === null ? null : Number(row.items),
    rows: Number(row.rows),
  }));
}

export async function findPublishersAndPeriods(db: Db, filters: PublishedFilters, roles: string[]) {
  return db
    .selectFrom('published_stats')
    .where((eb) => publishedWhere(eb, filters))
    .where('role', 'in', roles)
    .select(['publisher', 'period_end'])
    .distinct()
    .execute();
}

export async function countPublishedRows(db: Db, filters: PublishedFilters, format: string, role?: string) {
  let query = db
    .selectFrom('published_stats')
    .where((eb) => publishedWhere(eb, filters))
    .where('format', '=', format)
    .select(sql<number>`count(*)`.as('n'));
  if (role) query = query.where('role', '=', role);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** The columns a listed row carries (services/published/row-out.ts maps them to the wire shape). */
export const ROW_OUT_COLUMNS = [
  'id',
  'publisher',
  'format',
  'role',
  'platform',
  'service',
  'jurisdiction',
  'jurisdiction_label',
  'period_start',
  'period_end',
  'requester_kind',
  'requester_label',
  'reason',
  'reason_label',
  'reason_code',
  'product',
  'section',
  'indicator',
  'requests',
  'items',
] as const satisfies readonly (keyof PublishedStatsTable)[];
export type RowOutRow = Pick<Selectable<PublishedStatsTable>, (typeof ROW_OUT_COLUMNS)[number]>;

export interface RowsPage {
  offset: number;
  limit: number;
}

export async function findPublishedRows(
  db: Db,
  filters: PublishedFilters,
  format: string,
  role?: string,
  page?: RowsPage,
) {
  let query = db
    .selectFrom('published_stats')
    .where((eb) => publishedWhere(eb, filters))
    .where('format', '=', format)
    .select(ROW_OUT_COLUMNS)
    .orderBy('period_end')
    .orderBy('jurisdiction')
    .orderBy('line')
    // Files of one publisher reuse line numbers: the id makes the order total (the snapshot's too).
    .orderBy('id');
  if (role) query = query.where('role', '=', role);
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}

/**
 * A format's current rows, as SQL conditions that leave its index alone: the snapshot's pages walk
 * the ids (the primary key) instead. Through published_stats_current, each page read and sorted
 * every current row of the format again (a temporary B-tree per page), so the load grew with the
 * square of the rows over the page size.
 */
function currentOfFormat(db: Db, eb: ExpressionBuilder<Database, 'published_stats'>, format: string) {
  return eb.and([
    eb(withoutIndex(db, 'published_stats.superseded_by'), 'is', null),
    eb(withoutIndex(db, 'published_stats.format'), '=', format),
  ]);
}

/**
 * One page of a format's current rows in id order, after id `after` (the snapshot's load: a page at a
 * time, so the rows read die young instead of growing the heap).
 */
export async function findPublishedRowsAfter(db: Db, format: string, after: number, limit: number) {
  return db
    .selectFrom('published_stats')
    .where((eb) => currentOfFormat(db, eb, format))
    .where('id', '>', after)
    .select([...ROW_OUT_COLUMNS, 'line', 'reason_level'])
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Measures of a format's current rows with ids from `first` to `last` (one page of the snapshot's load). */
export async function findMeasuresOfIdRange(db: Db, format: string, first: number, last: number) {
  return db
    .selectFrom('published_measures')
    .innerJoin('published_stats', 'published_stats.id', 'published_measures.stat_id')
    .where('published_measures.stat_id', '>=', first)
    .where('published_measures.stat_id', '<=', last)
    .where((eb) => currentOfFormat(db, eb, format))
    .select([
      'published_measures.stat_id',
      'published_measures.measure',
      'published_measures.value',
      'published_measures.unit',
    ])
    .execute();
}

export async function findMeasuresOfRows(db: Db, ids: number[]) {
  const out: { stat_id: number; measure: string; value: number | null; unit: string }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    if (part.length)
      out.push(...(await db.selectFrom('published_measures').selectAll().where('stat_id', 'in', part).execute()));
  }
  return out;
}

/** Which files are imported, in one short string: every write of published data adds a file. */
export async function findPublishedFilesMark(db: Db): Promise<string> {
  const row = await db
    .selectFrom('published_files')
    .select([sql<number>`count(*)`.as('n'), sql<number | null>`max(id)`.as('last')])
    .executeTakeFirstOrThrow();
  return `${row.n}:${row.last ?? 0}`;
}

export async function findPublishedFiles(db: Db) {
  return db.selectFrom('published_files').selectAll().orderBy('publisher').orderBy('file_name').execute();
}

/** Per file: its platforms, rows still current and rows replaced by a newer export. */
export async function findFileCoverage(db: Db) {
  return db
    .selectFrom('published_stats')
    .select([
      'file_id',
      'platform',
      sql<number>`sum(case when superseded_by is null then 1 else 0 end)`.as('current'),
      sql<number>`sum(case when superseded_by is null then 0 else 1 end)`.as('superseded'),
    ])
    .groupBy(['file_id', 'platform'])
    .execute();
}

/** Replaced figures beside the figure that replaced them (same publisher, format and key), where a value changed. */
export async function findRestatements(db: Db, limit: number) {
  const base = db
    .selectFrom('published_stats as old')
    .innerJoin('published_stats as cur', (join) =>
      join
        .onRef('cur.publisher', '=', 'old.publisher')
        .onRef('cur.format', '=', 'old.format')
        .onRef('cur.stat_key', '=', 'old.stat_key')
        .onRef('cur.file_id', '=', 'old.superseded_by'),
    )
    .innerJoin('published_files as oldf', 'oldf.id', 'old.file_id')
    .innerJoin('published_files as curf', 'curf.id', 'cur.file_id')
    .where('old.superseded_by', 'is not', null)
    .where((eb) =>
      eb.or([
        eb(sql`coalesce(old.requests, -1)`, '<>', sql`coalesce(cur.requests, -1)`),
        eb(sql`coalesce(old.items, -1)`, '<>', sql`coalesce(cur.items, -1)`),
      ]),
    );
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .select([
      'old.publisher',
      'old.format',
      'old.stat_key',
      'old.jurisdiction_label',
      'old.requester_label',
      'old.product',
      'old.reason_label',
      'old.period_end',
      'old.requests as old_requests',
      'old.items as old_items',
      'oldf.file_name as old_file',
      'cur.requests as new_requests',
      'cur.items as new_items',
      'curf.file_name as new_file',
    ])
    .orderBy('old.period_end')
    .orderBy('old.stat_key')
    .limit(limit)
    .execute();
  return { total, rows };
}
