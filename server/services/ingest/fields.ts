/**
 * Maps validated wire records to column values, and diffs them against stored rows so an
 * update records exactly what changed (in wire names) in the audit log.
 */
import type { AppealInput, ItemInput } from '../../../shared/interchange.ts';
import type { AppealRow, ItemRow } from '../../db/schema.ts';
import { booleanToFlag } from '../../queries/mappers/item.ts';

export interface ItemFields {
  content_type: string;
  content_url: string | null;
  author_kind: string;
  outcome: string;
  outcome_basis: string | null;
  decided_at: string | null;
  automated: number | null;
  user_notified: number | null;
}

export interface AppealFields {
  appellant: string | null;
  venue: string | null;
  filed_at: string | null;
  outcome: string;
  decided_at: string | null;
}

export interface RequestFields {
  jurisdiction: string;
  agency_id: number;
  platform_id: number;
  channel: string;
  submitted_at: string;
  stated_reason: string | null;
}

export function itemFields(item: ItemInput): ItemFields {
  return {
    content_type: item.contentType,
    content_url: item.contentUrl ?? null,
    author_kind: item.authorKind,
    outcome: item.outcome,
    outcome_basis: item.outcomeBasis ?? null,
    decided_at: item.decidedAt ?? null,
    automated: booleanToFlag(item.automated),
    user_notified: booleanToFlag(item.userNotified),
  };
}

export function appealFields(appeal: AppealInput): AppealFields {
  return {
    appellant: appeal.appellant ?? null,
    venue: appeal.venue ?? null,
    filed_at: appeal.filedAt ?? null,
    outcome: appeal.outcome,
    decided_at: appeal.decidedAt ?? null,
  };
}

/** Column → wire name, for audit entries readers can match to the interchange format. */
const WIRE_NAMES: Record<string, string> = {
  jurisdiction: 'jurisdiction',
  agency_id: 'agency',
  platform_id: 'platform',
  channel: 'channel',
  submitted_at: 'submittedAt',
  stated_reason: 'statedReason',
  content_type: 'contentType',
  content_url: 'contentUrl',
  author_kind: 'authorKind',
  outcome: 'outcome',
  outcome_basis: 'outcomeBasis',
  decided_at: 'decidedAt',
  automated: 'automated',
  user_notified: 'userNotified',
  appellant: 'appellant',
  venue: 'venue',
  filed_at: 'filedAt',
};

/**
 * What a write changed, by field path (`outcome`, `items[x].decidedAt`): [old, new]. A Map, not an
 * object: every new item's path is a new string, which an object would intern as a property name
 * (≈ 0.5 s of the 200,000-item demo seed's main thread).
 */
export type Changes = Map<string, readonly [unknown, unknown]>;

/** The change of a record that a write creates: one shared value, written out once (changesJson). */
export const CREATED: readonly [null, 'created'] = Object.freeze([null, 'created'] as const);
const CREATED_JSON = JSON.stringify(CREATED);

/** `changes` as the JSON object an audit entry stores: JSON.stringify(Object.fromEntries(changes)), without the interning. */
export function changesJson(changes: Changes): string {
  const members: string[] = [];
  // Paths are never array indices, so an object would keep this insertion order too.
  for (const [path, change] of changes) {
    members.push(`${JSON.stringify(path)}:${change === CREATED ? CREATED_JSON : JSON.stringify(change)}`);
  }
  return `{${members.join(',')}}`;
}

/** Adds `prefix + field: [old, new]` for every differing column of `next`; returns whether any did. */
export function diffInto(
  changes: Changes,
  prefix: string,
  stored: Partial<Record<keyof (ItemRow & AppealRow & RequestFields), unknown>>,
  next: object,
): boolean {
  let changed = false;
  for (const [column, value] of Object.entries(next)) {
    const old = (stored as Record<string, unknown>)[column] ?? null;
    if (old !== value) {
      changes.set(`${prefix}${WIRE_NAMES[column] ?? column}`, [old, value]);
      changed = true;
    }
  }
  return changed;
}
