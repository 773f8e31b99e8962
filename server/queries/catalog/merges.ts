/** Catalogue merges and splits: the merge records, what they moved, and the rows they move. */
import type { Db } from '../../db/database.ts';
import type { CatalogueMergeRowsTable, CatalogueMergesTable } from '../../db/schema.ts';
import { chunked } from '../chunks.ts';

export type MergeEntity = CatalogueMergesTable['entity'];
type CatalogueTable = 'agencies' | 'legal_bases';

export const catalogueTableOf = (entity: MergeEntity): CatalogueTable =>
  entity === 'agency' ? 'agencies' : 'legal_bases';

/** A catalogue row's id, name fields and merge mark, or undefined. */
export function findAgencyRow(db: Db, id: number) {
  return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findLegalBasisRow(db: Db, id: number) {
  return db.selectFrom('legal_bases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setMergedInto(db: Db, entity: MergeEntity, id: number, into: number | null): Promise<void> {
  await db.updateTable(catalogueTableOf(entity)).set({ merged_into_id: into }).where('id', '=', id).execute();
}

/** Rows merged into `id` (earlier merges), so they can be re-pointed at the entry `id` is merged into. */
export async function findMergedIntoIds(db: Db, entity: MergeEntity, id: number): Promise<number[]> {
  const rows = await db.selectFrom(catalogueTableOf(entity)).select('id').where('merged_into_id', '=', id).execute();
  return rows.map((r) => r.id);
}

export async function repointMerged(db: Db, entity: MergeEntity, ids: readonly number[], into: number): Promise<void> {
  for (const part of chunked(ids, 500)) {
    await db.updateTable(catalogueTableOf(entity)).set({ merged_into_id: into }).where('id', 'in', part).execute();
  }
}

export async function insertMerge(db: Db, merge: Omit<CatalogueMergesTable, 'id' | 'split_at' | 'split_by'>) {
  const row = await db.insertInto('catalogue_merges').values(merge).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMergeRows(db: Db, rows: readonly CatalogueMergeRowsTable[]): Promise<void> {
  for (const part of chunked(rows, 200)) await db.insertInto('catalogue_merge_rows').values(part).execute();
}

export function findMerge(db: Db, id: number) {
  return db.selectFrom('catalogue_merges').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findMergeRows(db: Db, mergeId: number) {
  return db
    .selectFrom('catalogue_merge_rows')
    .selectAll()
    .where('merge_id', '=', mergeId)
    .orderBy('row_kind')
    .orderBy('row_id')
    .execute();
}

export async function markSplit(db: Db, id: number, at: string, by: string): Promise<void> {
  await db.updateTable('catalogue_merges').set({ split_at: at, split_by: by }).where('id', '=', id).execute();
}

/** The newest `limit` merges, newest first. */
export function findMerges(db: Db, limit: number) {
  return db.selectFrom('catalogue_merges').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** Ids of the requests (retracted ones too) recorded under an agency. */
export async function findRequestIdsOfAgency(db: Db, agencyId: number): Promise<number[]> {
  const rows = await db.selectFrom('requests').select('id').where('agency_id', '=', agencyId).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Ids of the requests (retracted ones too) citing a provision. */
export async function findRequestIdsCiting(db: Db, legalBasisId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('request_legal_bases')
    .select('request_id')
    .where('legal_basis_id', '=', legalBasisId)
    .orderBy('request_id')
    .execute();
  return rows.map((r) => r.request_id);
}

export async function setRequestsAgency(db: Db, requestIds: readonly number[], agencyId: number): Promise<void> {
  for (const part of chunked(requestIds, 500)) {
    await db.updateTable('requests').set({ agency_id: agencyId }).where('id', 'in', part).execute();
  }
}

/** Rewrites requests' citations (each list in citation order) and their basis sets, a few statements per page. */
export async function setRequestCitations(
  db: Db,
  citations: ReadonlyMap<number, { legalBasisIds: readonly number[]; basisSetId: number }>,
): Promise<void> {
  const ids = [...citations.keys()];
  for (const part of chunked(ids, 500))
    await db.deleteFrom('request_legal_bases').where('request_id', 'in', part).execute();
  const links = [...citations].flatMap(([request_id, c]) =>
    c.legalBasisIds.map((legal_basis_id, position) => ({ request_id, legal_basis_id, position })),
  );
  for (const part of chunked(links, 300)) await db.insertInto('request_legal_bases').values(part).execute();
  const bySet = new Map<number, number[]>();
  for (const [id, c] of citations) bySet.set(c.basisSetId, [...(bySet.get(c.basisSetId) ?? []), id]);
  for (const [basisSetId, requestIds] of bySet) {
    for (const part of chunked(requestIds, 500)) {
      await db.updateTable('requests').set({ basis_set_id: basisSetId }).where('id', 'in', part).execute();
    }
  }
}

/** Ids of the redaction terms scoped to an agency. */
export async function findRedactionTermIdsOfAgency(db: Db, agencyId: number): Promise<number[]> {
  const rows = await db.selectFrom('redaction_terms').select('id').where('agency_id', '=', agencyId).execute();
  return rows.map((r) => r.id);
}

export async function setRedactionTermsAgency(db: Db, ids: readonly number[], agencyId: number): Promise<void> {
  for (const part of chunked(ids, 500)) {
    await db.updateTable('redaction_terms').set({ agency_id: agencyId }).where('id', 'in', part).execute();
  }
}

/** How many requests each merge moved. */
export async function countMergedRequests(db: Db, mergeIds: readonly number[]): Promise<Map<number, number>> {
  if (mergeIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('catalogue_merge_rows')
    .select((eb) => ['merge_id', eb.fn.countAll<number>().as('n')])
    .where('merge_id', 'in', mergeIds)
    .where('row_kind', '=', 'request')
    .groupBy('merge_id')
    .execute();
  return new Map(rows.map((r) => [r.merge_id, Number(r.n)]));
}

/**
 * The column whose null marks a catalogue row still listed: a merged agency or provision stays (a
 * split restores it) but lists, filters and search leave it out: `.where(mergedMark('agencies'), 'is', null)`.
 */
export const mergedMark = <T extends CatalogueTable>(table: T) => `${table}.merged_into_id` as const;
