/** Snapshots of the aggregate tables, to compare the incremental path with a full rebuild. */
import type { Db } from '../db/database.ts';

export async function aggregateSnapshot(db: Db): Promise<{ items: unknown[]; requests: unknown[] }> {
  const items = await db.selectFrom('agg_items').selectAll().execute();
  const requests = await db.selectFrom('agg_requests').selectAll().execute();
  const order = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
  return { items: order(items), requests: order(requests) };
}
