/** Reading the audit log back (audit.list, audit.history): paging, and every entry's changes as field diffs. */
import {
  AUDIT_HISTORY_MAX,
  type AuditChange,
  type AuditEntryView,
  type AuditHistory,
  type AuditHistoryInput,
  type AuditListQuery,
  type AuditPage,
  type AuditValue,
} from '../../shared/audit.ts';
import type { Db } from '../db/database.ts';
import { findAuditEntries, findRecordHistory, type StoredAuditEntry } from '../queries/audit.ts';

export async function listAudit(db: Db, input: AuditListQuery): Promise<AuditPage> {
  const { cursor, limit, ...filter } = input;
  // One more than asked tells whether another page exists without counting.
  const rows = await findAuditEntries(db, { ...filter, beforeId: cursor }, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { entries: page.map(entryView), nextCursor: rows.length > limit && last ? String(last.id) : null };
}

export async function recordHistory(db: Db, input: AuditHistoryInput): Promise<AuditHistory> {
  const rows = await findRecordHistory(db, input.entity, input.entityKey, AUDIT_HISTORY_MAX + 1);
  return { entries: rows.slice(0, AUDIT_HISTORY_MAX).map(entryView), truncated: rows.length > AUDIT_HISTORY_MAX };
}

export function entryView(row: StoredAuditEntry): AuditEntryView {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    source: row.source_name,
    action: row.action,
    entity: row.entity,
    entityKey: row.entity_key,
    changes: changesOf(row.changes),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The stored changes as one line per field. Two shapes are written (services/audit.ts): record
 * writes store `{ field: [before, after] }`, account and published writes `{ before, after }`
 * with an object (or null) on each side.
 */
export function changesOf(text: string | null): AuditChange[] {
  if (!text) return [];
  const stored: unknown = JSON.parse(text);
  if (!isRecord(stored)) return [];
  const keys = Object.keys(stored);
  if (keys.length === 2 && 'before' in stored && 'after' in stored) {
    const before = isRecord(stored.before) ? stored.before : {};
    const after = isRecord(stored.after) ? stored.after : {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    // A field null on both sides (a token without a label) did not change.
    return fields
      .filter((f) => (before[f] ?? null) !== null || (after[f] ?? null) !== null)
      .map((f) => change(f, before[f], after[f]));
  }
  return keys.map((field) => {
    const value = stored[field];
    // Older entries (before every write stored pairs) hold a bare value: what the write set.
    return Array.isArray(value) && value.length === 2 ? change(field, value[0], value[1]) : change(field, null, value);
  });
}

function change(field: string, before: unknown, after: unknown): AuditChange {
  // Parsed from JSON, so every value is a JSON value.
  const b = (before ?? null) as AuditValue;
  const a = (after ?? null) as AuditValue;
  const kind = b === null ? 'added' : a === null ? 'removed' : 'changed';
  return { field, kind, before: b, after: a };
}
