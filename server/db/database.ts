/** Opens the database named by a DATABASE_URL; engine specifics live in server/db/dialect/. */
import { type Db, type Engine, openEngine, sqliteScratchFiles } from './dialect/index.ts';
import { DEFAULT_DATABASE_URL } from './url.ts';

export type { Db, Engine };
export { DEFAULT_DATABASE_URL };

export interface OpenDatabase {
  db: Db;
  engine: Engine;
  /** The DATABASE_URL it was opened from: hand it to a child process to open the same database. */
  url: string;
  /** The SQLite file, for tools that report its size; null on PostgreSQL. */
  file: string | null;
  /** What to call the database in messages: the file, or the URL without its password. */
  label: string;
  close: () => Promise<void>;
}

/**
 * `DATABASE_URL`: a SQLite file path (optionally `sqlite:` or `file:` prefixed) or a
 * `postgres://` / `postgresql://` URL.
 */
export function openDatabase(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): OpenDatabase {
  return { ...openEngine(url), url };
}

/** A new SQLite scratch file for one writing thread, without a journal (dialect ScratchFiles). */
export function openScratchDatabase(file: string): OpenDatabase {
  return { ...sqliteScratchFiles.open(file), url: file };
}
