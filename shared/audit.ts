/** audit.list / audit.history (admins): the append-only log of every write, read back. */
import { z } from 'zod';
import { Instant } from './instant.ts';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'retract',
  'replace',
  'login',
  'login_failed',
  'logout',
  'token_create',
  'token_revoke',
  'user_create',
  'upload_commit',
  'review',
  'merge',
  'split',
  'delete',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_ENTITIES = [
  'request',
  'item',
  'appeal',
  'published_file',
  'published_stat',
  'user',
  'session',
  'api_token',
  'upload',
  'agency',
  'legal_basis',
  'event',
  'source',
] as const;
export const AuditEntity = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof AuditEntity>;

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
/** A record's history is bounded too, so one call cannot ask the server for an unbounded answer. */
export const AUDIT_HISTORY_MAX = 1000;

/** The id of a page's last entry, as text: opaque to clients. */
const AuditCursor = z
  .string()
  .regex(/^\d{1,15}$/, 'not a cursor returned by audit.list (pass nextCursor unchanged)')
  .transform(Number);

const Text = z.string().trim().min(1).max(500);

export const AuditListInput = z
  .strictObject({
    /** As stored: `user:3:ana@example.org`, `token:5`, `cli:import`, `visitor:<ip>`; `user:3` matches that user. */
    actor: Text.optional(),
    entity: AuditEntity.optional(),
    /** One record's key, e.g. `monitor-a/kz-1`, `token:5`, `user:3`; needs `entity`. */
    entityKey: Text.optional(),
    action: AuditAction.optional(),
    /** Entries at or after this instant. */
    from: Instant.optional(),
    /** Entries before this instant. */
    to: Instant.optional(),
    cursor: AuditCursor.optional(),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
  })
  .refine((input) => !input.entityKey || input.entity, { message: 'name the entity of the record', path: ['entity'] })
  .refine((input) => !input.from || !input.to || input.from < input.to, {
    message: 'must be after "from"',
    path: ['to'],
  });
/** What a client sends (limit optional, cursor as text). */
export type AuditListInput = z.input<typeof AuditListInput>;
/** What the server gets after parsing (limit filled in, cursor as the id). */
export type AuditListQuery = z.infer<typeof AuditListInput>;

export const AuditHistoryInput = z.strictObject({ entity: AuditEntity, entityKey: Text });
export type AuditHistoryInput = z.infer<typeof AuditHistoryInput>;

/** A value as stored in an entry (JSON). */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** One field of a change: `added` had no value before, `removed` has none after. */
export interface AuditChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  before: AuditValue;
  after: AuditValue;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  /** The source the write was for, when it concerned one. */
  source: string | null;
  action: string;
  entity: string;
  entityKey: string;
  changes: AuditChange[];
}

export interface AuditPage {
  entries: AuditEntryView[];
  nextCursor: string | null;
}

export interface AuditHistory {
  entries: AuditEntryView[];
  /** More entries exist than AUDIT_HISTORY_MAX; the oldest are shown. */
  truncated: boolean;
}
