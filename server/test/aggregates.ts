/** Snapshots of the aggregate tables, to compare the incremental path with a full rebuild. */
import type { Db } from '../db/database.ts';
import { AGGREGATE_TABLES } from '../queries/stats/aggregate-tables.ts';

/** Every aggregate table's rows, as sorted JSON lines, by table name. */
export async function aggregateSnapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name } of Object.values(AGGREGATE_TABLES)) {
    const rows = await db.selectFrom(name).selectAll().execute();
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
