/** Write transactions. The one place with SQLite-specific transaction SQL. */
import { sql } from 'kysely';
import type { Db } from './database.ts';
import { linkRawConnection, rawConnectionOf } from './prepared.ts';

/**
 * Runs `fn` in a transaction that takes the write lock at BEGIN (SQLite `BEGIN IMMEDIATE`), so a
 * concurrent writer (the server and an import) waits on busy_timeout instead of failing mid-way
 * when its read snapshot turns stale. Everything `fn` writes commits together or not at all.
 */
export async function withWriteTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  const sqlite = rawConnectionOf(db);
  return db.connection().execute(async (conn) => {
    linkRawConnection(conn, sqlite);
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
