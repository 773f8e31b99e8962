/** Legal-basis rows, matched on their citation key (catalog/keys.ts). */
import type { Db } from '../../db/database.ts';
import type { LegalBasis } from '../../db/schema.ts';
import { chunked } from '../chunks.ts';
import { mergedMark } from './merges.ts';

export interface NewLegalBasis {
  jurisdiction: string;
  instrument: string;
  article: string;
  part: string | null;
  citation_key: string;
  title: string | null;
  category: string;
  status: 'reviewed' | 'unreviewed';
}

/**
 * Ids of the legal bases with these citation keys; unknown keys are absent. A merged provision's
 * key gives the id of the one it was merged into (merges re-point, so one step is enough).
 */
export async function findLegalBasisIdsByKey(db: Db, keys: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunked(keys, 500)) {
    const rows = await db
      .selectFrom('legal_bases')
      .select(['id', 'citation_key', 'merged_into_id'])
      .where('citation_key', 'in', part)
      .execute();
    for (const row of rows) ids.set(row.citation_key, row.merged_into_id ?? row.id);
  }
  return ids;
}

export async function insertLegalBases(db: Db, bases: readonly NewLegalBasis[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunked(bases, 500)) {
    const rows = await db.insertInto('legal_bases').values(part).returning(['id', 'citation_key']).execute();
    for (const row of rows) ids.set(row.citation_key, row.id);
  }
  return ids;
}

/** Inserts the entry, or overwrites the title, category and status of the one with its citation key. */
export async function upsertLegalBasis(db: Db, basis: NewLegalBasis): Promise<void> {
  const { title, category, status } = basis;
  await db
    .insertInto('legal_bases')
    .values(basis)
    .onConflict((oc) => oc.column('citation_key').doUpdateSet({ title, category, status }))
    .execute();
}

/** Legal bases not merged into another, optionally of some jurisdictions or categories only. */
export function findLegalBases(db: Db, scope: { jurisdictions?: readonly string[]; categories?: readonly string[] }) {
  let query = db
    .selectFrom('legal_bases')
    .select(['id', 'jurisdiction', 'instrument', 'article', 'part', 'title', 'category', 'status'])
    // Merged provisions stay (a split restores them) but are hidden from every list.
    .where(mergedMark('legal_bases'), 'is', null);
  if (scope.jurisdictions?.length) query = query.where('jurisdiction', 'in', scope.jurisdictions);
  if (scope.categories?.length) query = query.where('category', 'in', scope.categories);
  return query.execute();
}

export async function findLegalBasesByIds(db: Db, ids: readonly number[]): Promise<Map<number, LegalBasis>> {
  const out = new Map<number, LegalBasis>();
  for (const part of chunked(ids, 500)) {
    for (const b of await db.selectFrom('legal_bases').selectAll().where('id', 'in', part).execute()) out.set(b.id, b);
  }
  return out;
}

/** The legal basis whose citation key is `key`, if any (to refuse a review that would duplicate it). */
export function findLegalBasisByKey(db: Db, key: string) {
  return db
    .selectFrom('legal_bases')
    .select(['id', 'merged_into_id'])
    .where('citation_key', '=', key)
    .executeTakeFirst();
}

export async function updateLegalBasis(
  db: Db,
  id: number,
  fields: Pick<NewLegalBasis, 'instrument' | 'citation_key' | 'title' | 'category' | 'status'>,
): Promise<void> {
  await db.updateTable('legal_bases').set(fields).where('id', '=', id).execute();
}
