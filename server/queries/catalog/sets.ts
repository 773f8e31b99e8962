/** Basis-set and profile-set rows (ids for distinct combinations) and their members. */
import type { Db } from '../../db/database.ts';
import { chunked } from '../chunks.ts';

export type SetTable = 'basis_sets' | 'profile_sets';

export interface SetRow {
  id: number;
  set_key: string;
}

/** Ids of the sets with these keys; unknown keys are absent. */
export async function findSetIds(db: Db, table: SetTable, keys: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunked(keys, 500)) {
    const rows = await db.selectFrom(table).select(['id', 'set_key']).where('set_key', 'in', part).execute();
    for (const row of rows) ids.set(row.set_key, row.id);
  }
  return ids;
}

export function insertSets(db: Db, table: SetTable, keys: readonly string[]): Promise<SetRow[]> {
  return db
    .insertInto(table)
    .values(keys.map((set_key) => ({ set_key })))
    .returning(['id', 'set_key'])
    .execute();
}

export async function insertBasisSetMembers(
  db: Db,
  members: readonly { set_id: number; legal_basis_id: number }[],
): Promise<void> {
  for (const part of chunked(members, 5000)) await db.insertInto('basis_set_members').values(part).execute();
}

export async function insertProfileSetMembers(
  db: Db,
  members: readonly { set_id: number; content_type: string; author_kind: string }[],
): Promise<void> {
  for (const part of chunked(members, 5000)) await db.insertInto('profile_set_members').values(part).execute();
}
