/** The append-only audit log. */
import type { Db } from '../db/database.ts';
import type { NewAuditEntry } from '../db/schema.ts';
import { chunked, rowsPerInsert } from './chunks.ts';

export async function insertAuditEntries(db: Db, entries: readonly NewAuditEntry[]): Promise<void> {
  for (const part of chunked(entries, rowsPerInsert(7))) await db.insertInto('audit_log').values(part).execute();
}

export interface AuditFilter {
  /** Exact, or `user:3` for every `user:3:<email>` entry. */
  actor?: string;
  entity?: string;
  entityKey?: string;
  action?: string;
  from?: string;
  to?: string;
  /** Entries with a smaller id than this (the previous page's last). */
  beforeId?: number;
}

const AUDIT_COLUMNS = [
  'audit_log.id',
  'audit_log.at',
  'audit_log.actor',
  'sources.name as source_name',
  'audit_log.action',
  'audit_log.entity',
  'audit_log.entity_key',
  'audit_log.changes',
] as const;

function selectAudit(db: Db) {
  return db.selectFrom('audit_log').leftJoin('sources', 'sources.id', 'audit_log.source_id').select(AUDIT_COLUMNS);
}

/**
 * Entries newest first by id (the order they were written, which the primary key serves without a
 * sort), `limit` of them. The actor prefix is matched with substr, not LIKE, so `_` and `%` in
 * e-mail addresses mean themselves on both engines.
 */
export function findAuditEntries(db: Db, filter: AuditFilter, limit: number) {
  let query = selectAudit(db);
  const { actor } = filter;
  if (actor) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.actor', '=', actor),
        eb(eb.fn('substr', ['audit_log.actor', eb.val(1), eb.val(actor.length + 1)]), '=', `${actor}:`),
      ]),
    );
  }
  if (filter.entity) query = query.where('audit_log.entity', '=', filter.entity);
  if (filter.entityKey) query = query.where('audit_log.entity_key', '=', filter.entityKey);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to) query = query.where('audit_log.at', '<', filter.to);
  if (filter.beforeId !== undefined) query = query.where('audit_log.id', '<', filter.beforeId);
  return query.orderBy('audit_log.id', 'desc').limit(limit).execute();
}

/** One record's entries, oldest first (the entity index serves the lookup), at most `limit`. */
export function findRecordHistory(db: Db, entity: string, entityKey: string, limit: number) {
  return selectAudit(db)
    .where('audit_log.entity', '=', entity)
    .where('audit_log.entity_key', '=', entityKey)
    .orderBy('audit_log.id', 'asc')
    .limit(limit)
    .execute();
}

export type StoredAuditEntry = Awaited<ReturnType<typeof findRecordHistory>>[number];
