/** Changes to stored rows of a write: rarer than inserts, so one plain statement each. */
import type { Updateable } from 'kysely';
import type { Db } from '../../db/dialect/index.ts';
import type { AppealsTable, ItemsTable, RequestsTable } from '../../db/schema.ts';

export async function updateRequest(trx: Db, id: number, fields: Updateable<RequestsTable>): Promise<void> {
  await trx.updateTable('requests').set(fields).where('id', '=', id).execute();
}

/** Removes a request's citation links, before the new set is inserted. */
export async function deleteRequestLegalBases(trx: Db, requestId: number): Promise<void> {
  await trx.deleteFrom('request_legal_bases').where('request_id', '=', requestId).execute();
}

export async function updateItem(trx: Db, id: number, fields: Updateable<ItemsTable>): Promise<void> {
  await trx.updateTable('items').set(fields).where('id', '=', id).execute();
}

export async function updateAppeal(trx: Db, id: number, fields: Updateable<AppealsTable>): Promise<void> {
  await trx.updateTable('appeals').set(fields).where('id', '=', id).execute();
}
