/** Snapshots of the aggregate tables, to compare the incremental path with a full rebuild. */

import { AGGREGATE_TABLE_LIST } from '../db/cube/tables.ts';
import type { Db } from '../db/database.ts';
import type { RequestState } from '../services/aggregates/delta.ts';

/** Every aggregate table's rows, as sorted JSON lines, by table name. */
export async function aggregateSnapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name } of AGGREGATE_TABLE_LIST) {
    const rows = await db.selectFrom(name).selectAll().execute();
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** A request's aggregate input submitted at `submitted_at`: one pending item unless `over` says otherwise. */
export const requestAt = (submitted_at: string, over: Partial<RequestState> = {}): RequestState => ({
  submitted_at,
  source_id: 1,
  jurisdiction: 'KZ',
  agency_id: 2,
  platform_id: 3,
  channel: 'direct_portal',
  basis_set_id: 4,
  profile_set_id: 5,
  retracted: false,
  items: [{ content_type: 'post', author_kind: 'activist', outcome: 'pending', decided_at: null, appeals: [] }],
  ...over,
});
