/** What differs between the two engines, as one interface (server/db/dialect/index.ts picks one). */
import type { Expression, Kysely, RawBuilder, SqlBool } from 'kysely';
import type { Database } from '../schema.ts';

import type { Engine } from '../url.ts';

export type { Engine };

export type Db = Kysely<Database>;
export type TableName = keyof Database & string;
/** One row's values, in the order of the column list it goes with. */
export type Row = readonly unknown[];

export interface Opened {
  engine: Engine;
  db: Db;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  /** What to call the database in messages: the file, or the URL without its password. */
  label: string;
  close: () => Promise<void>;
}

export interface EngineDialect {
  engine: Engine;
  /**
   * Starts a write transaction on `conn` (one reserved connection) holding the single-writer lock,
   * so concurrent writers (the server and a CLI import) run one after another. With `bumpVersion`
   * it also moves the data version, inside the transaction (readers see it with the data).
   */
  beginWrite(conn: Db, bumpVersion: boolean): Promise<void>;
  /** True for the engine's "gave up waiting for a lock" error (SQLite busy_timeout, PostgreSQL lock_timeout). */
  isLockTimeout(error: unknown): boolean;
  /** Inserts rows; returns their generated `id`s in input order. */
  insertReturningIds(trx: Db, table: TableName, columns: readonly string[], rows: readonly Row[]): Promise<number[]>;
  insertRows(trx: Db, table: TableName, columns: readonly string[], rows: readonly Row[]): Promise<void>;
  /** Upserts rows of `key` then `measures` values: `m = m + excluded.m` on conflict (additive aggregates). */
  upsertAdding(
    trx: Db,
    table: TableName,
    key: readonly string[],
    measures: readonly string[],
    rows: readonly Row[],
  ): Promise<void>;
  /** A token that changes whenever committed data may have changed (exact cache keys). */
  dataVersion(db: Db): Promise<string>;
  /** `column` contains `text`, case-insensitively, with `%`, `_` and `\` in `text` taken literally. */
  containsText(column: string, text: string): Expression<SqlBool>;
  /** The column, written so the planner will not use an index on it (for rows reached by id). */
  withoutIndex(column: string): RawBuilder<unknown>;
  /**
   * Runs `read`, a one-off read of whole tables (the memory cube's load), without filling this
   * process's page cache with what it reads: those pages would stay resident, unused.
   */
  readOnce<T>(db: Db, read: () => Promise<T>): Promise<T>;
  /**
   * Runs `load`, a large first write into a database no other connection has open (the demo seed
   * of the first `npm start`), with the cheapest journaling that still undoes a write cut short.
   * When another connection has the database open, runs `load` as any write.
   */
  privateBulkLoad<T>(db: Db, load: () => Promise<T>): Promise<T>;
  /**
   * Scratch database files, written by another thread while a write transaction runs here, then
   * attached to its connection to be copied from (services/aggregates/stage.ts). SQLite only:
   * undefined on PostgreSQL.
   */
  scratch?: ScratchFiles;
}

/** `%text%` for LIKE/ILIKE … ESCAPE '\', with the wildcards of the text itself taken literally. */
export const containingPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface ScratchFiles {
  /** Opens a new file for one writer, without a journal: a scratch file cut short is thrown away. */
  open(file: string): Opened;
  /** Attaches `file` to the connection as `schema`; allowed inside a write transaction (read only there). */
  attach(db: Db, file: string, schema: string): Promise<void>;
  /** Detaches `schema`: only after the transaction that read it has ended (SQLite refuses before). */
  detach(db: Db, schema: string): Promise<void>;
}
