// Frozen migration: never edit after it has landed; add a new file instead.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './engine.ts';

/**
 * PostgreSQL: a one-row counter every write transaction bumps (server/db/dialect/postgres.ts), so
 * read caches can tell with one cheap select whether committed data changed. SQLite needs no table:
 * `PRAGMA data_version` and `total_changes()` already say it, and an extra row written per
 * transaction would only slow its single writer, so there this migration does nothing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .createTable('data_version')
    // One row only: the check keeps a second one from ever splitting the counter.
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('data_version').values({ id: 1, version: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await db.schema.dropTable('data_version').execute();
}
