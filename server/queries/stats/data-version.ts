/**
 * A token that changes whenever the data may have changed, for caching reads exactly: SQLite's
 * `total_changes()` counts this connection's writes (rolled-back ones too, which only costs a
 * recomputation) and `PRAGMA data_version` moves when another connection (a CLI import) commits.
 * Dialect-specific; a PostgreSQL port would read a counter bumped by the write transactions.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function dataVersion(db: Db): Promise<string> {
  const own = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  const others = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `${own.rows[0]?.n ?? 0}:${others.rows[0]?.data_version ?? 0}`;
}
