/**
 * `items.get` (one item by id, projected like items.list) and `items.history` (the audited writes of
 * an item, its appeals and its request, for those who see the record as stored).
 */
import { z } from 'zod';
import type { AuditEntryView } from './audit.ts';
import { ExternalId, SourceName } from './interchange.ts';
import type { ListedItem } from './item-list.ts';

export const ItemGetInput = z.strictObject({ id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
export type ItemGetInput = z.infer<typeof ItemGetInput>;

export interface ItemDetailView extends ListedItem {
  /** Set when the request was retracted; only viewers who see the record as stored get a retracted item. */
  retraction: { at: string; reason: string | null } | null;
}

export const ItemHistoryInput = z.strictObject({
  source: SourceName,
  requestExternalId: ExternalId,
  itemExternalId: ExternalId,
});
export type ItemHistoryInput = z.infer<typeof ItemHistoryInput>;

export interface ItemHistory {
  /** Oldest first: the request's writes (create, update, retract), the item's and its appeals'. */
  entries: AuditEntryView[];
  truncated: boolean;
}
