/**
 * Executes planned requests in bulk steps (requests, then their citation links, items, appeals and
 * audit entries), each step one call into server/queries/ingest/, so every engine can batch it.
 * Parents are inserted before children, which take the ids the inserts return in input order.
 */
import type { Db } from '../../db/database.ts';
import {
  insertAppeals,
  insertAuditEntries,
  insertItems,
  insertRequestLegalBases,
  insertRequests,
  type NewAppealRow,
  type NewItemRow,
  type NewRequestLegalBaseRow,
} from '../../queries/ingest/insert.ts';
import { deleteRequestLegalBases, updateAppeal, updateItem, updateRequest } from '../../queries/ingest/update.ts';
import { changesJson } from './fields.ts';
import type { PlannedRequest } from './plan.ts';

export interface WrittenSets {
  basisSetId: (plan: PlannedRequest) => number;
  profileSetId: (plan: PlannedRequest) => number;
}

export interface WriteCounts {
  itemsCreated: number;
  itemsUpdated: number;
}

export async function writePlans(
  trx: Db,
  plans: PlannedRequest[],
  sets: WrittenSets,
  actor: string,
  now: string,
): Promise<WriteCounts> {
  const requestIds = await writeRequests(trx, plans, sets, now);

  const links: NewRequestLegalBaseRow[] = [];
  for (const [i, p] of plans.entries()) {
    if (p.status !== 'created' && !p.basesChanged) continue;
    const request_id = requestIds[i] as number;
    for (const [position, legal_basis_id] of p.legalBasisIds.entries())
      links.push({ request_id, legal_basis_id, position });
  }
  await insertRequestLegalBases(trx, links);

  const counts = await writeItems(trx, plans, requestIds, now);

  await insertAuditEntries(
    trx,
    plans.map((p) => ({
      at: now,
      actor,
      source_id: p.sourceId,
      action: p.status === 'created' ? 'create' : 'update',
      entity: 'request',
      entity_key: `${p.sourceName}/${p.externalId}`,
      changes: changesJson(p.changes),
    })),
  );
  return counts;
}

/** Inserts the new requests and updates the changed ones; every plan's request id, in plan order. */
async function writeRequests(trx: Db, plans: PlannedRequest[], sets: WrittenSets, now: string): Promise<number[]> {
  const created = plans.filter((p) => p.status === 'created');
  const createdIds = await insertRequests(
    trx,
    created.map((p) => ({
      source_id: p.sourceId,
      external_id: p.externalId,
      ...p.fields,
      basis_set_id: sets.basisSetId(p),
      profile_set_id: sets.profileSetId(p),
      created_at: now,
      updated_at: now,
    })),
  );
  let next = 0;
  const ids: number[] = [];
  for (const p of plans) {
    if (p.status === 'created') {
      ids.push(createdIds[next++] as number);
      continue;
    }
    const id = (p.stored as NonNullable<typeof p.stored>).id;
    ids.push(id);
    await updateRequest(trx, id, {
      ...p.fields,
      basis_set_id: sets.basisSetId(p),
      profile_set_id: sets.profileSetId(p),
      updated_at: now,
    });
    if (p.basesChanged) await deleteRequestLegalBases(trx, id);
  }
  return ids;
}

async function writeItems(trx: Db, plans: PlannedRequest[], requestIds: number[], now: string): Promise<WriteCounts> {
  const counts: WriteCounts = { itemsCreated: 0, itemsUpdated: 0 };
  const newItems: NewItemRow[] = [];
  for (const [i, p] of plans.entries()) {
    for (const item of p.items) {
      if (item.storedId === undefined) {
        newItems.push({
          request_id: requestIds[i] as number,
          external_id: item.externalId,
          ...item.fields,
          created_at: now,
          updated_at: now,
        });
      } else if (item.write) {
        counts.itemsUpdated++;
        await updateItem(trx, item.storedId, { ...item.fields, updated_at: now });
      }
    }
  }
  counts.itemsCreated = newItems.length;
  const newIds = await insertItems(trx, newItems);

  const appeals: NewAppealRow[] = [];
  // The new items come in the order they were inserted in: the next new item has the next id.
  let next = 0;
  for (const p of plans) {
    for (const item of p.items) {
      const item_id = item.storedId ?? (newIds[next++] as number);
      for (const appeal of item.appeals) {
        if (appeal.storedId === undefined) {
          appeals.push({ item_id, external_id: appeal.externalId, ...appeal.fields, created_at: now, updated_at: now });
        } else if (appeal.write) {
          await updateAppeal(trx, appeal.storedId, { ...appeal.fields, updated_at: now });
        }
      }
    }
  }
  await insertAppeals(trx, appeals);
  return counts;
}
