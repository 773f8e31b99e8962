/** Opens the database named by a DATABASE_URL. SQLite-specific settings live here and only here. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { linkRawConnection } from './prepared.ts';
import type { Database } from './schema.ts';

export const DEFAULT_DATABASE_URL = 'data/takedown.sqlite';

export type Db = Kysely<Database>;

export interface OpenDatabase {
  db: Db;
  /** The SQLite file, for tools that report its size. */
  file: string;
  /** The raw connection, for benchmarks and bulk paths that must bypass the query builder. */
  sqlite: SQLite.Database;
  close: () => Promise<void>;
}

/** Resolves `DATABASE_URL` (a SQLite file path, optionally `sqlite:` or `file:` prefixed). */
export function sqliteFileFromUrl(url: string): string {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      'DATABASE_URL: PostgreSQL is not supported yet; use a SQLite file path such as data/takedown.sqlite',
    );
  }
  const path = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (!path || path === ':memory:') throw new Error('DATABASE_URL: give a SQLite file path (tests use real files too)');
  return resolve(path);
}

export function openDatabase(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): OpenDatabase {
  const file = sqliteFileFromUrl(url);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL: readers never block the writer; NORMAL is durable across process crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  linkRawConnection(db, sqlite);
  return {
    db,
    file,
    sqlite,
    close: async () => {
      await db.destroy();
    },
  };
}
