/** The append-only audit log: who changed what, when, from which source. */
import type { Db } from '../db/database.ts';
import { insertAuditEntries } from '../queries/audit.ts';
import { type Actor, actorLabel } from './actor.ts';

export interface AuditEntry {
  actor: Actor;
  sourceId: number;
  action: 'create' | 'update' | 'retract' | 'replace';
  entity: 'request' | 'item' | 'appeal' | 'published_file' | 'published_stat';
  /** `source/requestExternalId[/itemExternalId[/appealExternalId]]`; published: `publisher/format/statKey`. */
  key: string;
  changes: Record<string, unknown> | null;
  at: string;
}

export async function writeAudit(trx: Db, entry: AuditEntry): Promise<void> {
  await insertAuditEntries(trx, [
    {
      at: entry.at,
      actor: actorLabel(entry.actor),
      source_id: entry.sourceId,
      action: entry.action,
      entity: entry.entity,
      entity_key: entry.key,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
    },
  ]);
}
