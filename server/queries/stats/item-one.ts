/** One item and its request by the item's id (items.get), retracted or not: the service decides who sees which. */
import type { Db } from '../../db/database.ts';

export function findItemWithRequest(db: Db, itemId: number) {
  return db
    .selectFrom('items')
    .innerJoin('requests', 'requests.id', 'items.request_id')
    .select([
      'items.id as item_id',
      'items.external_id as item_external_id',
      'items.content_type',
      'items.content_url',
      'items.author_kind',
      'items.outcome',
      'items.outcome_basis',
      'items.decided_at',
      'items.automated',
      'items.user_notified',
      'requests.id',
      'requests.external_id',
      'requests.source_id',
      'requests.jurisdiction',
      'requests.agency_id',
      'requests.platform_id',
      'requests.channel',
      'requests.submitted_at',
      'requests.stated_reason',
      'requests.retracted_at',
      'requests.retraction_reason',
    ])
    .where('items.id', '=', itemId)
    .executeTakeFirst();
}
