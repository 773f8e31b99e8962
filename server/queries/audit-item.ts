/** One item's audit entries: its request's, its own and its appeals', oldest first (the entity index serves each key). */
import type { Db } from '../db/database.ts';

export function findItemAuditEntries(
  db: Db,
  keys: { request: string; item: string; appeals: readonly string[] },
  limit: number,
) {
  return db
    .selectFrom('audit_log')
    .leftJoin('sources', 'sources.id', 'audit_log.source_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor',
      'sources.name as source_name',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_key',
      'audit_log.changes',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity', '=', 'request'), eb('audit_log.entity_key', '=', keys.request)]),
        eb.and([eb('audit_log.entity', '=', 'item'), eb('audit_log.entity_key', '=', keys.item)]),
        ...(keys.appeals.length > 0
          ? [eb.and([eb('audit_log.entity', '=', 'appeal'), eb('audit_log.entity_key', 'in', keys.appeals)])]
          : []),
      ]),
    )
    .orderBy('audit_log.id', 'asc')
    .limit(limit)
    .execute();
}
