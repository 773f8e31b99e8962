/** Write transactions, on either engine (the engine's BEGIN comes from server/db/dialect/). */
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { dialectOf } from './dialect/index.ts';

/**
 * Runs `fn` in a transaction that holds the single-writer lock from BEGIN (SQLite `BEGIN
 * IMMEDIATE`, a PostgreSQL advisory lock), so a concurrent writer (the server and an import) waits
 * instead of failing mid-way or interleaving. Everything `fn` writes commits together or not at all.
 */
export async function withWriteTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  const dialect = dialectOf(db);
  return db.connection().execute(async (conn) => {
    try {
      // Inside the try: a failure after BEGIN must not hand a pool connection back mid-transaction.
      await dialect.beginWrite(conn);
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // The first error is the one to report: a rollback can fail too (BEGIN itself failed, or the
      // connection is gone), and nothing is committed either way.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
