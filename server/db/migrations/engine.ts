// The engine differences migrations need. Migrations import no app code (they are frozen, the app
// moves on), so this small copy lives beside them. On SQLite every piece renders exactly the DDL the
// migrations wrote before PostgreSQL was supported (sqlite-schema.test.ts pins it).
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

export const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * A surrogate `id`: SQLite's `integer primary key` is the rowid alias and numbers itself; on
 * PostgreSQL an identity column does that (integer, so ids stay JS numbers).
 */
export function idColumn(db: Kysely<any>): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return isPostgres(db) ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey();
}

/** Now as ISO-8601 UTC text with milliseconds, the format the app writes itself. */
export function nowDefault(db: Kysely<any>): RawBuilder<string> {
  return isPostgres(db)
    ? sql`(to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`
    : sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
}

/** Makes `table` append-only: UPDATE and DELETE (and on PostgreSQL TRUNCATE) fail with `message`. */
export async function appendOnlyGuard(db: Kysely<any>, table: string, message: string): Promise<void> {
  if (!isPostgres(db)) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_update`)} BEFORE UPDATE ON ${sql.raw(table)}
    BEGIN SELECT RAISE(ABORT, ${sql.lit(message)}); END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_delete`)} BEFORE DELETE ON ${sql.raw(table)}
    BEGIN SELECT RAISE(ABORT, ${sql.lit(message)}); END`.execute(db);
    return;
  }
  const fn = sql.raw(`${table}_append_only`);
  await sql`create function ${fn}() returns trigger language plpgsql as
    $$ begin raise exception ${sql.lit(message)}; end $$`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.raw(table)}
    for each row execute function ${fn}()`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${sql.raw(table)}
    for each row execute function ${fn}()`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.raw(table)}
    for each statement execute function ${fn}()`.execute(db);
}

/** Drops what appendOnlyGuard created beyond the table's own triggers (which go with the table). */
export async function dropAppendOnlyGuard(db: Kysely<any>, table: string): Promise<void> {
  if (isPostgres(db)) await sql`drop function if exists ${sql.raw(`${table}_append_only`)}()`.execute(db);
}
