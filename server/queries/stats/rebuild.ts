/** Reads and writes of the full aggregate rebuild (services/aggregates/rebuild.ts). */

import { AGGREGATE_TABLE_LIST } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';

/** Empties every aggregate table. */
export async function deleteAggregateRows(db: Db): Promise<void> {
  for (const table of AGGREGATE_TABLE_LIST) await db.deleteFrom(table.name).execute();
}

/** Ids of the next `limit` unretracted requests after `afterId`, in id order. */
export async function findLiveRequestIds(db: Db, afterId: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('requests')
    .select('id')
    .where('id', '>', afterId)
    .where('retracted_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
