/**
 * Bulk write path: SQL written by Kysely (so it stays portable), executed row by row through a
 * cached prepared statement instead of re-parsing a multi-row INSERT per batch. This is the one
 * SQLite-specific execution path; a PostgreSQL driver would map it to a named prepared query.
 */
import type SQLite from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import type { Db } from './database.ts';

const rawConnections = new WeakMap<object, SQLite.Database>();
const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/** Remembers which raw connection a Kysely instance (or a transaction's connection) runs on. */
export function linkRawConnection(db: Db, sqlite: SQLite.Database): void {
  rawConnections.set(db, sqlite);
}

export function rawConnectionOf(db: Db): SQLite.Database {
  const sqlite = rawConnections.get(db);
  if (!sqlite) throw new Error('no raw connection linked to this Kysely instance (open it with openDatabase)');
  return sqlite;
}

export interface RunResult {
  lastInsertRowid: number;
  changes: number;
}

/** A compiled statement bound to a connection: call it with the parameters in compiled order. */
export type PreparedRun = (params: readonly unknown[]) => RunResult;

export function prepare(db: Db, compiled: CompiledQuery): PreparedRun {
  const sqlite = rawConnectionOf(db);
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(compiled.sql);
  if (!statement) {
    statement = sqlite.prepare(compiled.sql);
    cache.set(compiled.sql, statement);
  }
  const bound = statement;
  return (params) => {
    const result = bound.run(...(params as unknown[]));
    return { lastInsertRowid: Number(result.lastInsertRowid), changes: result.changes };
  };
}

/** `INSERT INTO table (columns…) VALUES (?, …)`, parameters in `columns` order. */
export function prepareInsert(db: Db, table: string, columns: readonly string[]): PreparedRun {
  const row = Object.fromEntries(columns.map((c) => [c, null]));
  return prepare(
    db,
    db
      .insertInto(table as never)
      .values(row as never)
      .compile(),
  );
}
