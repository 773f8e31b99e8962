/** Agency rows, matched on (jurisdiction, normalised name). */
import type { Db } from '../../db/database.ts';
import type { Agency } from '../../db/schema.ts';
import { chunked } from '../chunks.ts';
import { mergedMark } from './merges.ts';

export interface AgencyKeyRow {
  id: number;
  jurisdiction: string;
  name_key: string;
  /** The agency this one was merged into (catalogue admin), or null. */
  merged_into_id: number | null;
}

/** Agencies of any jurisdiction whose normalised name is one of `nameKeys`. */
export async function findAgenciesByNameKey(db: Db, nameKeys: readonly string[]): Promise<AgencyKeyRow[]> {
  const out: AgencyKeyRow[] = [];
  for (const part of chunked(nameKeys, 500)) {
    out.push(
      ...(await db
        .selectFrom('agencies')
        .select(['id', 'jurisdiction', 'name_key', 'merged_into_id'])
        .where('name_key', 'in', part)
        .execute()),
    );
  }
  return out;
}

export interface NewAgency {
  jurisdiction: string;
  name: string;
  name_key: string;
  local_name: string | null;
  kind: string;
}

export async function insertAgencies(db: Db, agencies: readonly NewAgency[]): Promise<AgencyKeyRow[]> {
  const out: AgencyKeyRow[] = [];
  for (const part of chunked(agencies, 500)) {
    out.push(
      ...(await db
        .insertInto('agencies')
        .values(part)
        .returning(['id', 'jurisdiction', 'name_key', 'merged_into_id'])
        .execute()),
    );
  }
  return out;
}

/** Agencies not merged into another, optionally of some jurisdictions only. */
export function findAgencies(db: Db, jurisdictions?: readonly string[]) {
  let query = db
    .selectFrom('agencies')
    .select(['id', 'jurisdiction', 'name', 'local_name', 'kind'])
    // Merged agencies stay (a split restores them) but are hidden from every list.
    .where(mergedMark('agencies'), 'is', null);
  if (jurisdictions?.length) query = query.where('jurisdiction', 'in', jurisdictions);
  return query.execute();
}

export async function findAgenciesByIds(db: Db, ids: readonly number[]): Promise<Map<number, Agency>> {
  const out = new Map<number, Agency>();
  for (const part of chunked(ids, 500)) {
    for (const a of await db.selectFrom('agencies').selectAll().where('id', 'in', part).execute()) out.set(a.id, a);
  }
  return out;
}
