/**
 * The one module that knows which engine runs underneath: SQLite (a file, the default) or
 * PostgreSQL (`DATABASE_URL=postgres://…`). Everything else writes one Kysely query and asks here
 * for the few pieces that differ. (The frozen migrations have their own copy, migrations/engine.ts,
 * since they import no app code.)
 */
import { type Expression, type Kysely, PostgresAdapter, type RawBuilder, type SqlBool } from 'kysely';
import { engineOfUrl } from '../url.ts';
import { openPostgres, postgresDialect } from './postgres.ts';
import { openSqlite, sqliteDialect } from './sqlite.ts';
import type { EngineDialect, Opened } from './types.ts';

export { openSqliteConnection, scratchFiles as sqliteScratchFiles } from './sqlite.ts';
export type { Db, Engine, EngineDialect, Opened, Row, TableName } from './types.ts';

export { engineOfUrl };

/** Why `url` cannot name a database, or null when it can (checked at start, before opening). */
export function databaseUrlProblem(url: string): string | null {
  if (engineOfUrl(url) === 'sqlite') return null;
  try {
    const parsed = new URL(url);
    if (parsed.pathname.length > 1) return null;
  } catch {
    // Reported below.
  }
  return 'must be a SQLite file path or a PostgreSQL URL with a database: postgres://user:password@host:5432/name';
}

/** Opens the database `url` names: SQLite with its pragmas, PostgreSQL through a connection pool. */
export function openEngine(url: string): Opened {
  return engineOfUrl(url) === 'postgres' ? openPostgres(url) : openSqlite(url);
}

/** The dialect of a Kysely instance, a transaction or a reserved connection of it. */
// biome-ignore lint/suspicious/noExplicitAny: any database, so migrations and tests can ask too.
export function dialectOf(db: Kysely<any>): EngineDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
}

/** `column` contains `text` case-insensitively (LIKE on SQLite, ILIKE on PostgreSQL). */
// biome-ignore lint/suspicious/noExplicitAny: see dialectOf.
export function containsText(db: Kysely<any>, column: string, text: string): Expression<SqlBool> {
  return dialectOf(db).containsText(column, text);
}

/** The column as an expression no index serves (SQLite `+col`; PostgreSQL plans well without). */
// biome-ignore lint/suspicious/noExplicitAny: see dialectOf.
export function withoutIndex(db: Kysely<any>, column: string): RawBuilder<unknown> {
  return dialectOf(db).withoutIndex(column);
}
