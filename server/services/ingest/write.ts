/** Executes planned requests with multi-row statements: one INSERT per table per batch where possible. */
import type { Db } from '../../db/database.ts';
import type { NewAppeal, NewAuditEntry, NewItem } from '../../db/schema.ts';
import { chunked, rowsPerInsert } from '../../queries/chunks.ts';
import type { PlannedItem, PlannedRequest } from './plan.ts';

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
  const counts: WriteCounts = { itemsCreated: 0, itemsUpdated: 0 };
  const audit: NewAuditEntry[] = [];
  const created = plans.filter((p) => p.status === 'created');
  const requestIds = new Map<PlannedRequest, number>();

  for (const part of chunked(created, rowsPerInsert(15))) {
    const rows = await trx
      .insertInto('requests')
      .values(
        part.map((p) => ({
          ...p.fields,
          source_id: p.sourceId,
          external_id: p.externalId,
          basis_set_id: sets.basisSetId(p),
          profile_set_id: sets.profileSetId(p),
          retracted_at: null,
          retraction_reason: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning(['id', 'source_id', 'external_id'])
      .execute();
    const byKey = new Map(rows.map((r) => [`${r.source_id}\u0001${r.external_id}`, r.id]));
    for (const p of part) requestIds.set(p, byKey.get(`${p.sourceId}\u0001${p.externalId}`) as number);
  }

  for (const p of plans) {
    if (p.status !== 'updated' || !p.stored) continue;
    requestIds.set(p, p.stored.id);
    await trx
      .updateTable('requests')
      .set({
        ...p.fields,
        basis_set_id: sets.basisSetId(p),
        profile_set_id: sets.profileSetId(p),
        updated_at: now,
      })
      .where('id', '=', p.stored.id)
      .execute();
    if (p.basesChanged) await trx.deleteFrom('request_legal_bases').where('request_id', '=', p.stored.id).execute();
  }

  const links = plans
    .filter((p) => p.status === 'created' || p.basesChanged)
    .flatMap((p) =>
      p.legalBasisIds.map((legal_basis_id, position) => ({
        request_id: requestIds.get(p) as number,
        legal_basis_id,
        position,
      })),
    );
  for (const part of chunked(links, rowsPerInsert(3)))
    await trx.insertInto('request_legal_bases').values(part).execute();

  await writeItems(trx, plans, requestIds, now, counts);

  for (const p of plans) {
    if (p.status === 'unchanged') continue;
    audit.push({
      at: now,
      actor,
      source_id: p.sourceId,
      action: p.status === 'created' ? 'create' : 'update',
      entity: 'request',
      entity_key: `${p.sourceName}/${p.externalId}`,
      changes: p.status === 'created' ? JSON.stringify({ items: p.items.length }) : JSON.stringify(p.changes),
    });
  }
  for (const part of chunked(audit, rowsPerInsert(8))) await trx.insertInto('audit_log').values(part).execute();
  return counts;
}

async function writeItems(
  trx: Db,
  plans: PlannedRequest[],
  requestIds: Map<PlannedRequest, number>,
  now: string,
  counts: WriteCounts,
): Promise<void> {
  const newItems: { plan: PlannedItem; row: NewItem }[] = [];
  const itemIds = new Map<PlannedItem, number>();
  for (const p of plans) {
    for (const item of p.items) {
      if (item.storedId !== undefined) {
        itemIds.set(item, item.storedId);
        if (item.write) {
          counts.itemsUpdated++;
          await trx
            .updateTable('items')
            .set({ ...item.fields, updated_at: now })
            .where('id', '=', item.storedId)
            .execute();
        }
        continue;
      }
      counts.itemsCreated++;
      const request_id = requestIds.get(p) as number;
      newItems.push({
        plan: item,
        row: { ...item.fields, request_id, external_id: item.externalId, created_at: now, updated_at: now },
      });
    }
  }
  for (const part of chunked(newItems, rowsPerInsert(13))) {
    const rows = await trx
      .insertInto('items')
      .values(part.map((n) => n.row))
      .returning(['id', 'request_id', 'external_id'])
      .execute();
    const byKey = new Map(rows.map((r) => [`${r.request_id}\u0001${r.external_id}`, r.id]));
    for (const n of part) itemIds.set(n.plan, byKey.get(`${n.row.request_id}\u0001${n.row.external_id}`) as number);
  }

  const newAppeals: NewAppeal[] = [];
  for (const [item, item_id] of itemIds) {
    for (const appeal of item.appeals) {
      if (appeal.storedId === undefined) {
        newAppeals.push({
          ...appeal.fields,
          item_id,
          external_id: appeal.externalId,
          created_at: now,
          updated_at: now,
        });
      } else if (appeal.write) {
        await trx
          .updateTable('appeals')
          .set({ ...appeal.fields, updated_at: now })
          .where('id', '=', appeal.storedId)
          .execute();
      }
    }
  }
  for (const part of chunked(newAppeals, rowsPerInsert(10))) await trx.insertInto('appeals').values(part).execute();
}
