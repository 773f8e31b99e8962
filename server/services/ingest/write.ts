/**
 * Executes planned requests. New rows (the bulk of any import) go through cached prepared
 * INSERTs (server/db/prepared.ts); the rarer updates use plain Kysely statements.
 */
import type { Db } from '../../db/database.ts';
import { type PreparedRun, prepareInsert } from '../../db/prepared.ts';
import type { PlannedRequest } from './plan.ts';

export interface WrittenSets {
  basisSetId: (plan: PlannedRequest) => number;
  profileSetId: (plan: PlannedRequest) => number;
}

export interface WriteCounts {
  itemsCreated: number;
  itemsUpdated: number;
}

const REQUEST_COLUMNS = [
  'source_id',
  'external_id',
  'jurisdiction',
  'agency_id',
  'platform_id',
  'channel',
  'submitted_at',
  'stated_reason',
  'basis_set_id',
  'profile_set_id',
  'created_at',
  'updated_at',
];
const ITEM_COLUMNS = [
  'request_id',
  'external_id',
  'content_type',
  'content_url',
  'author_kind',
  'outcome',
  'outcome_basis',
  'decided_at',
  'automated',
  'user_notified',
  'created_at',
  'updated_at',
];
const APPEAL_COLUMNS = [
  'item_id',
  'external_id',
  'appellant',
  'venue',
  'filed_at',
  'outcome',
  'decided_at',
  'created_at',
  'updated_at',
];
const LINK_COLUMNS = ['request_id', 'legal_basis_id', 'position'];
const AUDIT_COLUMNS = ['at', 'actor', 'source_id', 'action', 'entity', 'entity_key', 'changes'];

export async function writePlans(
  trx: Db,
  plans: PlannedRequest[],
  sets: WrittenSets,
  actor: string,
  now: string,
): Promise<WriteCounts> {
  const counts: WriteCounts = { itemsCreated: 0, itemsUpdated: 0 };
  const insertRequest = prepareInsert(trx, 'requests', REQUEST_COLUMNS);
  const insertLink = prepareInsert(trx, 'request_legal_bases', LINK_COLUMNS);
  const insertAudit = prepareInsert(trx, 'audit_log', AUDIT_COLUMNS);
  const inserts: ItemInserts = {
    item: prepareInsert(trx, 'items', ITEM_COLUMNS),
    appeal: prepareInsert(trx, 'appeals', APPEAL_COLUMNS),
  };

  for (const p of plans) {
    let requestId: number;
    if (p.status === 'created') {
      const f = p.fields;
      requestId = insertRequest([
        p.sourceId,
        p.externalId,
        f.jurisdiction,
        f.agency_id,
        f.platform_id,
        f.channel,
        f.submitted_at,
        f.stated_reason,
        sets.basisSetId(p),
        sets.profileSetId(p),
        now,
        now,
      ]).lastInsertRowid;
    } else {
      requestId = (p.stored as NonNullable<typeof p.stored>).id;
      await trx
        .updateTable('requests')
        .set({ ...p.fields, basis_set_id: sets.basisSetId(p), profile_set_id: sets.profileSetId(p), updated_at: now })
        .where('id', '=', requestId)
        .execute();
      if (p.basesChanged) await trx.deleteFrom('request_legal_bases').where('request_id', '=', requestId).execute();
    }
    if (p.status === 'created' || p.basesChanged) {
      for (const [position, basisId] of p.legalBasisIds.entries()) insertLink([requestId, basisId, position]);
    }
    await writeItems(trx, inserts, p, requestId, now, counts);
    const changes = p.status === 'created' ? { items: p.items.length } : p.changes;
    const action = p.status === 'created' ? 'create' : 'update';
    const key = `${p.sourceName}/${p.externalId}`;
    insertAudit([now, actor, p.sourceId, action, 'request', key, JSON.stringify(changes)]);
  }
  return counts;
}

interface ItemInserts {
  item: PreparedRun;
  appeal: PreparedRun;
}

async function writeItems(
  trx: Db,
  insert: ItemInserts,
  p: PlannedRequest,
  requestId: number,
  now: string,
  counts: WriteCounts,
) {
  for (const item of p.items) {
    let itemId = item.storedId;
    const f = item.fields;
    if (itemId === undefined) {
      counts.itemsCreated++;
      itemId = insert.item([
        requestId,
        item.externalId,
        f.content_type,
        f.content_url,
        f.author_kind,
        f.outcome,
        f.outcome_basis,
        f.decided_at,
        f.automated,
        f.user_notified,
        now,
        now,
      ]).lastInsertRowid;
    } else if (item.write) {
      counts.itemsUpdated++;
      await trx
        .updateTable('items')
        .set({ ...f, updated_at: now })
        .where('id', '=', itemId)
        .execute();
    }
    for (const appeal of item.appeals) {
      const a = appeal.fields;
      if (appeal.storedId === undefined) {
        insert.appeal([itemId, appeal.externalId, a.appellant, a.venue, a.filed_at, a.outcome, a.decided_at, now, now]);
      } else if (appeal.write) {
        await trx
          .updateTable('appeals')
          .set({ ...a, updated_at: now })
          .where('id', '=', appeal.storedId)
          .execute();
      }
    }
  }
}
