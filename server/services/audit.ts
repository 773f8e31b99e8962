/** The append-only audit log: who changed what, when, from which source. */
import type { Db } from '../db/database.ts';
import { insertAuditEntries } from '../queries/audit.ts';
import { type Actor, actorLabel } from './actor.ts';

/** An actor, or a visitor who is not logged in (a failed login), named by address. */
export type AuditActor = Actor | { kind: 'visitor'; ip: string };

export interface AuditEntry {
  actor: AuditActor;
  sourceId: number | null;
  action:
    | 'create'
    | 'update'
    | 'retract'
    | 'replace'
    | 'login'
    | 'login_failed'
    | 'logout'
    | 'token_create'
    | 'token_revoke'
    | 'user_create'
    | 'upload_commit'
    | 'review'
    | 'merge'
    | 'split'
    | 'delete';
  entity:
    | 'request'
    | 'item'
    | 'appeal'
    | 'published_file'
    | 'published_stat'
    | 'user'
    | 'session'
    | 'api_token'
    | 'upload'
    | 'agency'
    | 'legal_basis'
    | 'event'
    | 'source';
  /**
   * `source/requestExternalId[/itemExternalId[/appealExternalId]]`; published: `publisher/format/statKey`;
   * accounts: `user:<id>` (a failed login: the e-mail as typed), tokens: `token:<id>`;
   * uploads: `upload:<sha256>`; catalogue: `agency:<id>`, `legal_basis:<id>`, `event:<id>`, `source:<name>`.
   */
  key: string;
  /** Field changes, or for account writes `{ before, after }`; never a password, hash or secret. */
  changes: Record<string, unknown> | null;
  at: string;
}

export async function writeAudit(trx: Db, entry: AuditEntry): Promise<void> {
  await insertAuditEntries(trx, [
    {
      at: entry.at,
      actor: entry.actor.kind === 'visitor' ? `visitor:${entry.actor.ip}` : actorLabel(entry.actor),
      source_id: entry.sourceId,
      action: entry.action,
      entity: entry.entity,
      entity_key: entry.key,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
    },
  ]);
}
