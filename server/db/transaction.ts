/** Write transactions, on either engine (the engine's BEGIN comes from server/db/dialect/). */
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { dialectOf } from './dialect/index.ts';

export interface WriteOptions {
  /**
   * False for account bookkeeping that no figure, list, catalogue or redacted output shows (logins,
   * login failures, sessions, token revocations): the data version stays, so the stats caches and
   * the in-memory cube stay valid. Default true: any write of records, catalogue or aggregates.
   */
  movesData?: boolean;
}

/**
 * Another writer held the single-writer lock longer than this one would wait (SQLite: busy_timeout,
 * 10 s; e.g. an import running as one transaction). Nothing was written; the write can be sent again.
 */
export class WriterBusy extends Error {
  readonly retryAfterSeconds = 5;
  constructor(cause: unknown) {
    super(
      'Another write (an import, most likely) holds the database; nothing was written. Send this again in a few seconds.',
      { cause },
    );
  }
}

/**
 * Thrown by a write transaction's body that found nothing to write (a file imported before, a batch
 * of unchanged records) or only plans (a dry run): the transaction rolls back, its data-version bump
 * with it, so caches and the in-memory cube stay valid, and withWriteTransaction returns `result`.
 */
export class RollBack<T> {
  constructor(readonly result: T) {}
}

/** What a write transaction remembers while it runs (writeTransactionMemo); gone at COMMIT or ROLLBACK. */
const memos = new WeakMap<Db, Map<symbol, unknown>>();

/**
 * A value kept for the rest of the write transaction `trx` (made by `make` on first use), or
 * undefined when `trx` is not a running withWriteTransaction: for what a transaction has looked up
 * itself and may ask again in its next batch (catalogue ids). Exact only for what no other writer
 * can change meanwhile: the transaction holds the single-writer lock.
 */
export function writeTransactionMemo<T>(trx: Db, key: symbol, make: () => T): T | undefined {
  const memo = memos.get(trx);
  if (!memo) return undefined;
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/** For transactions of account bookkeeping only: see WriteOptions.movesData. */
export const BOOKKEEPING: WriteOptions = { movesData: false };

/**
 * Runs `fn` in a transaction that holds the single-writer lock from BEGIN (SQLite `BEGIN
 * IMMEDIATE`, a PostgreSQL advisory lock), so a concurrent writer (the server and an import) waits
 * instead of failing mid-way or interleaving. Everything `fn` writes commits together or not at all,
 * with a new data version (server/queries/stats/data-version.ts) unless `movesData` is false.
 */
export async function withWriteTransaction<T>(
  db: Db,
  fn: (trx: Db) => Promise<T>,
  { movesData = true }: WriteOptions = {},
): Promise<T> {
  const dialect = dialectOf(db);
  return db.connection().execute(async (conn) => {
    try {
      // Inside the try: a failure after BEGIN must not hand a pool connection back mid-transaction.
      await dialect.beginWrite(conn, movesData).catch((error: unknown) => {
        throw dialect.isLockTimeout(error) ? new WriterBusy(error) : error;
      });
      memos.set(conn, new Map());
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // The first error is the one to report: a rollback can fail too (BEGIN itself failed, or the
      // connection is gone), and nothing is committed either way.
      await sql`rollback`.execute(conn).catch(() => undefined);
      if (error instanceof RollBack) return error.result as T;
      throw error;
    } finally {
      memos.delete(conn);
    }
  });
}
