// Frozen migration: never edit after it has landed; add a new file instead.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './engine.ts';

const AGGREGATE_TABLES = [
  'agg_items',
  'agg_requests',
  'agg_daily',
  'agg_weekly',
  'agg_monthly',
  'agg_items_monthly',
  'agg_requests_monthly',
];
const WITHOUT_ROWID = ' without rowid';

/**
 * SQLite's aggregate tables become WITHOUT ROWID tables: stored in their primary key's order, one
 * b-tree each instead of a rowid table plus the key's index. Every write upserts ~2.7 aggregate
 * rows an item, so each was two b-tree inserts; the 200,000-item demo seed went 11.2 → 10.2 s
 * (3 interleaved runs each) and its file 225 → 198 MB. PostgreSQL has no such table kind: nothing
 * to do there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const table of AGGREGATE_TABLES) await rebuild(db, table, (create) => `${create}${WITHOUT_ROWID}`);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const table of AGGREGATE_TABLES) await rebuild(db, table, (create) => create.slice(0, -WITHOUT_ROWID.length));
}

/** Recreates `table` from its own CREATE statement, changed by `change`, keeping every row. */
async function rebuild(db: Kysely<any>, table: string, change: (create: string) => string): Promise<void> {
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  const create = rows[0]?.sql;
  if (!create) throw new Error(`no table ${table}`);
  const old = `${table}_before_rebuild`;
  await sql`alter table ${sql.table(table)} rename to ${sql.table(old)}`.execute(db);
  await sql.raw(change(create)).execute(db);
  await sql`insert into ${sql.table(table)} select * from ${sql.table(old)}`.execute(db);
  await sql`drop table ${sql.table(old)}`.execute(db);
}
