/** One item and its request by the item's id (items.get), retracted or not: the service decides who sees which. */
import type { Db } from '../../db/database.ts';

export async function findItemWithRequest(db: Db, itemId: number) {
  const item = await db
    .selectFrom('items')
    .select([
      'id',
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
    ])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) return undefined;
  const request = await db
    .selectFrom('requests')
    .select([
      'id',
      'external_id',
      'source_id',
      'jurisdiction',
      'agency_id',
      'platform_id',
      'channel',
      'submitted_at',
      'stated_reason',
      'retracted_at',
      'retraction_reason',
    ])
    .where('id', '=', item.request_id)
    .executeTakeFirstOrThrow();
  return { item, request };
}
