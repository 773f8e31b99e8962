/** Loads stored requests with their legal-basis links, items and appeals, keyed for diffing. */
import type { Db } from '../db/database.ts';
import type { AppealRow, ItemRow, RequestRow } from '../db/schema.ts';
import { chunked } from './chunks.ts';

export interface StoredItem extends ItemRow {
  appeals: AppealRow[];
}

export interface StoredRequest extends RequestRow {
  /** Cited legal-basis ids in citation order. */
  legalBasisIds: number[];
  items: StoredItem[];
}

/** Requests of one source by external id; missing ones are simply absent from the map. */
export async function findRequestGraphs(
  db: Db,
  sourceId: number,
  externalIds: readonly string[],
): Promise<Map<string, StoredRequest>> {
  const out = new Map<string, StoredRequest>();
  for (const part of chunked(externalIds, 500)) {
    const rows = await db
      .selectFrom('requests')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('external_id', 'in', part)
      .execute();
    for (const row of await attachChildren(db, rows)) out.set(row.external_id, row);
  }
  return out;
}

/** Requests by id (at most a few thousand at a time), in id order. */
export async function findRequestGraphsByIds(db: Db, ids: readonly number[]): Promise<StoredRequest[]> {
  const out: StoredRequest[] = [];
  for (const part of chunked(ids, 500)) {
    const rows = await db.selectFrom('requests').selectAll().where('id', 'in', part).orderBy('id').execute();
    out.push(...(await attachChildren(db, rows)));
  }
  return out;
}

async function attachChildren(db: Db, rows: RequestRow[]): Promise<StoredRequest[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await db
    .selectFrom('request_legal_bases')
    .select(['request_id', 'legal_basis_id'])
    .where('request_id', 'in', ids)
    .orderBy('request_id')
    .orderBy('position')
    .execute();
  const items = await db.selectFrom('items').selectAll().where('request_id', 'in', ids).orderBy('id').execute();
  const appeals: AppealRow[] = [];
  for (const part of chunked(
    items.map((i) => i.id),
    5000,
  )) {
    appeals.push(...(await db.selectFrom('appeals').selectAll().where('item_id', 'in', part).orderBy('id').execute()));
  }
  // The rows just read are extended in place: a copy whose literal starts with a spread
  // (`{ ...row, items: [] }`) cost ~6 µs a row in V8 (server/services/aggregates/delta.ts).
  const byRequest = new Map<number, StoredRequest>(
    rows.map((r) => [r.id, Object.assign(r, { legalBasisIds: [] as number[], items: [] as StoredItem[] })]),
  );
  for (const link of links) byRequest.get(link.request_id)?.legalBasisIds.push(link.legal_basis_id);
  const byItem = new Map<number, StoredItem>();
  for (const item of items) {
    const stored: StoredItem = Object.assign(item, { appeals: [] as AppealRow[] });
    byItem.set(item.id, stored);
    byRequest.get(item.request_id)?.items.push(stored);
  }
  for (const appeal of appeals) byItem.get(appeal.item_id)?.appeals.push(appeal);
  return [...byRequest.values()];
}
