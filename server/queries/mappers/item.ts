/**
 * Item row → wire fields (the interchange names of shared/interchange.ts ItemInput), the one copy
 * used by exports, the ingest procedures' answers and items.list.
 */
import type { ItemRow } from '../../db/schema.ts';
import type { RecordView } from './projection.ts';

export type ItemColumns = Pick<
  ItemRow,
  | 'external_id'
  | 'content_type'
  | 'content_url'
  | 'author_kind'
  | 'outcome'
  | 'outcome_basis'
  | 'decided_at'
  | 'automated'
  | 'user_notified'
>;

export interface ItemWire {
  externalId: string;
  contentType: string;
  contentUrl?: string | null;
  authorKind: string;
  outcome: string;
  outcomeBasis: string | null;
  decidedAt: string | null;
  automated: boolean | null;
  userNotified: boolean | null;
}

/** A stored 0/1 flag as a boolean; null stays null (unknown). */
export const flagToBoolean = (v: number | null): boolean | null => (v === null ? null : v === 1);
/** Booleans are stored as 0/1 integers, the same on both engines (STYLE.md rule 5). */
export const booleanToFlag = (v: boolean | null | undefined): number | null => (v == null ? null : v ? 1 : 0);

/** Content URLs only for views that may see them: public ones never carry them. Keys in interchange order. */
export function itemToWire(row: ItemColumns, view: RecordView): ItemWire {
  return {
    externalId: row.external_id,
    contentType: row.content_type,
    ...(view.contentUrl ? { contentUrl: row.content_url } : {}),
    authorKind: row.author_kind,
    outcome: row.outcome,
    outcomeBasis: row.outcome_basis,
    decidedAt: row.decided_at,
    automated: flagToBoolean(row.automated),
    userNotified: flagToBoolean(row.user_notified),
  };
}
