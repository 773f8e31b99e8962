// Frozen migration: never edit after it has landed; add a new file instead.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './engine.ts';

/**
 * SQLite gets the one-row counter PostgreSQL has had since 2026_12_04_0900_data_version: every write
 * transaction of records, catalogue or aggregates bumps it, and bookkeeping (a token's last use, a
 * session's last request, login failures) does not. SQLite's own counters (`total_changes()`,
 * `PRAGMA data_version`) move with any write, so a signed-in analyst made every read cache and the
 * in-memory cube stale once a minute. Nothing to do on PostgreSQL, where the table exists.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await db.schema
    .createTable('data_version')
    // One row only: the check keeps a second one from ever splitting the counter.
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('data_version').values({ id: 1, version: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await db.schema.dropTable('data_version').execute();
}
