/** Snapshots of the aggregate tables, to compare the incremental path with a full rebuild. */

import { AGGREGATE_TABLE_LIST } from '../db/cube/tables.ts';
import type { Db } from '../db/database.ts';

/** Every aggregate table's rows, as sorted JSON lines, by table name. */
export async function aggregateSnapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name } of AGGREGATE_TABLE_LIST) {
    const rows = await db.selectFrom(name).selectAll().execute();
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
