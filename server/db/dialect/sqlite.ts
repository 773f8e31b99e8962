/**
 * SQLite (better-sqlite3, WAL): the embedded default. Bulk writes run SQL compiled by Kysely (so it
 * stays portable) row by row through cached prepared statements, instead of re-parsing a multi-row
 * INSERT per batch: the fast path the import benchmark measures.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { type DialectAdapter, Kysely, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { sqliteFileFromUrl } from '../url.ts';
import {
  containingPattern,
  type Db,
  type EngineDialect,
  type Opened,
  type Row,
  type ScratchFiles,
  type TableName,
} from './types.ts';

/** The raw connection behind each Kysely instance, keyed by its adapter (shared by its transactions). */
const rawConnections = new WeakMap<DialectAdapter, SQLite.Database>();
const statements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

export { sqliteFileFromUrl };

/** A raw connection with the app's settings: for benchmarks that measure against raw better-sqlite3. */
export function openSqliteConnection(file: string): SQLite.Database {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL: readers never block the writer; NORMAL is durable across process crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // 8 MB of page cache in this process (the OS caches the file too): at 5 M items the server's
  // peak RSS was 55 MB lower with 16 MB than with 64 MB, and ~8 MB lower again with 8 MB; the stats
  // reads (from the memory cube) as fast, the item list's p95 87 → 97 ms and the demo seed no
  // slower (npm run bench).
  sqlite.pragma('cache_size = -8192');
  return sqlite;
}

export function openSqlite(url: string): Opened {
  const file = sqliteFileFromUrl(url);
  return openedSqlite(file, openSqliteConnection(file));
}

function openedSqlite(file: string, sqlite: SQLite.Database): Opened {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }) });
  rawConnections.set(db.getExecutor().adapter, sqlite);
  return { engine: 'sqlite', db, file, label: file, close: () => db.destroy() };
}

/**
 * Statements kept per connection for Kysely's queries, the least recently used dropped first. Few:
 * a stats query over a wide aggregate table holds ≈ 66 KB once prepared (500 of them ≈ 33 MB), and
 * the texts that repeat (the ingest's, the catalogue's) are a few dozen.
 */
const KEPT_STATEMENTS = 64;

/**
 * `sqlite` as Kysely's driver sees it, with each query's prepared statement kept for its next run:
 * the driver prepares every query anew (≈ 50 µs for a short one; 0.15 s of the demo seed's main
 * thread), while the same few texts run again and again. A kept statement is only ever run to
 * its end (all/run); a stream gets a statement of its own, so none is left part-way read.
 */
function keepingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let found = kept.get(text);
      if (found) kept.delete(text);
      else {
        found = sqlite.prepare(text);
        if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
      }
      kept.set(text, found);
      const statement = found;
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => sqlite.prepare(text).iterate(parameters) as IterableIterator<unknown>,
      };
    },
  };
}

function statement(db: Db, cacheKey: string, compile: () => string): SQLite.Statement {
  const sqlite = rawConnections.get(db.getExecutor().adapter);
  if (!sqlite) throw new Error('no raw SQLite connection behind this Kysely instance (open it with openDatabase)');
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let found = cache.get(cacheKey);
  if (!found) {
    found = sqlite.prepare(compile());
    cache.set(cacheKey, found);
  }
  return found;
}

const nullRow = (columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, null]));

function insertStatement(trx: Db, table: TableName, columns: readonly string[]): SQLite.Statement {
  return statement(
    trx,
    `insert:${table}:${columns.join(',')}`,
    () =>
      trx
        .insertInto(table)
        .values(nullRow(columns) as never)
        .compile().sql,
  );
}

export const scratchFiles: ScratchFiles = {
  open(file) {
    const sqlite = new SQLite(file);
    // Nothing to recover: a scratch file whose writer stopped part-way is deleted, never read.
    sqlite.pragma('journal_mode = off');
    sqlite.pragma('synchronous = off');
    return openedSqlite(file, sqlite);
  },
  async attach(db, file, schema) {
    await sql`attach database ${file} as ${sql.id(schema)}`.execute(db);
  },
  async detach(db, schema) {
    await sql`detach database ${sql.id(schema)}`.execute(db);
  },
};

export const sqliteDialect: EngineDialect = {
  engine: 'sqlite',
  scratch: scratchFiles,

  async beginWrite(conn, bumpVersion) {
    // IMMEDIATE takes the write lock at BEGIN: a concurrent writer waits on busy_timeout instead of
    // failing mid-way when its read snapshot turns stale.
    await sql`begin immediate`.execute(conn);
    // The version row, not total_changes() or PRAGMA data_version: those move with any write, also
    // the bookkeeping ones (a token's last use), which would make every read cache stale.
    if (bumpVersion) await sql`update data_version set version = version + 1`.execute(conn);
  },

  // better-sqlite3's SqliteError: SQLITE_BUSY (or an extended SQLITE_BUSY_*) once busy_timeout passed.
  isLockTimeout: (error) => String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY'),

  async insertReturningIds(trx, table, columns, rows) {
    const insert = insertStatement(trx, table, columns);
    const ids = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) ids[i] = Number(insert.run(...(rows[i] as Row)).lastInsertRowid);
    return ids;
  },

  async insertRows(trx, table, columns, rows) {
    const insert = insertStatement(trx, table, columns);
    for (const row of rows) insert.run(...row);
  },

  async upsertAdding(trx, table, key, measures, rows) {
    const upsert = statement(
      trx,
      `upsert:${table}:${key.join(',')}:${measures.join(',')}`,
      () =>
        trx
          .insertInto(table)
          .values(nullRow([...key, ...measures]) as never)
          .onConflict((oc) =>
            oc
              .columns(key as never)
              .doUpdateSet((eb) =>
                Object.fromEntries(
                  measures.map((m) => [m, eb(eb.ref(`${table}.${m}` as never), '+', eb.ref(`excluded.${m}` as never))]),
                ),
              ),
          )
          .compile().sql,
    );
    for (const row of rows) upsert.run(...row);
  },

  async dataVersion(db) {
    // One cheap statement: this sits on every read of the stats (cache keys, the memory cube).
    const { rows } = await sql<{ version: number }>`select version from data_version`.execute(db);
    return `sqlite:${rows[0]?.version ?? 0}`;
  },

  containsText(column, text) {
    // SQLite's LIKE is case-insensitive (for ASCII) already.
    return sql<boolean>`${sql.ref(column)} like ${containingPattern(text)} escape '\\'`;
  },

  withoutIndex(column) {
    // Unary `+` keeps SQLite from choosing an index on the column.
    return sql`+${sql.ref(column)}`;
  },

  async readOnce(db, read) {
    // SQLite's page cache lives in this process (cache_size, 8 MB): a whole-table read fills it
    // and the memory stays resident. A small cache meanwhile (the OS still caches the file);
    // lowering it frees the pages beyond it.
    const sqlite = rawConnections.get(db.getExecutor().adapter);
    if (!sqlite) return read();
    const size = Number(sqlite.pragma('cache_size', { simple: true }));
    sqlite.pragma(`cache_size = ${READ_ONCE_CACHE}`);
    try {
      return await read();
    } finally {
      sqlite.pragma(`cache_size = ${size}`);
    }
  },

  async privateBulkLoad(db, load) {
    // A rollback journal instead of the WAL while loading: new pages are written once, into the
    // file, instead of into the WAL and again at the checkpoint (the 200,000-item demo seed ≈ 8 %
    // faster), and a load cut short still rolls back (the journal restores the file's old size and
    // pages). SQLite leaves WAL mode only when no other connection has the file open (else
    // SQLITE_BUSY, at once): then the load runs as any write.
    const sqlite = rawConnections.get(db.getExecutor().adapter);
    let left = false;
    try {
      left = sqlite?.pragma('journal_mode = delete', { simple: true }) === 'delete';
    } catch (error) {
      if (!sqliteDialect.isLockTimeout(error)) throw error;
    }
    try {
      return await load();
    } finally {
      if (left) sqlite?.pragma('journal_mode = wal');
    }
  },
};

/** cache_size while reading once: 2 MB (negative: in KiB). */
const READ_ONCE_CACHE = -2048;
