/**
 * `items.list`: a page of items with their request, cited legal bases and appeals, filtered like
 * every stats procedure, newest or oldest first, with keyset (cursor) pagination.
 */
import { z } from 'zod';
import { Filters } from './stats.ts';

export const ITEM_PAGE_DEFAULT = 50;
export const ITEM_PAGE_MAX = 200;

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_(\d{1,15})_(\d{1,15})$/;

/** The last item of a page: its request's submission instant, the request id and the item id. Opaque to clients. */
export interface ItemCursor {
  submittedAt: string;
  requestId: number;
  itemId: number;
}

export function encodeItemCursor(c: ItemCursor): string {
  return `${c.submittedAt}_${c.requestId}_${c.itemId}`;
}

export const ItemCursorText = z
  .string()
  .max(64)
  .transform((text, ctx): ItemCursor => {
    const m = CURSOR.exec(text);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor returned by items.list (pass nextCursor unchanged)' });
      return z.NEVER;
    }
    return { submittedAt: m[1] as string, requestId: Number(m[2]), itemId: Number(m[3]) };
  });

export const ItemSort = z.enum(['newest', 'oldest']);

export const ItemListInput = z.strictObject({
  filters: Filters.default({}),
  /**
   * Words matched, as a substring, against the request's stated reason, the agency's name (either
   * language) and the titles of the cited legal bases. Case-insensitive for ASCII letters only.
   */
  search: z.string().trim().min(1).max(200).optional(),
  cursor: ItemCursorText.optional(),
  limit: z.number().int().min(1).max(ITEM_PAGE_MAX).default(ITEM_PAGE_DEFAULT),
  /** By the request's submission instant (ties: request, then item, in the order they were recorded). */
  sort: ItemSort.default('newest'),
  /** Sent by tRPC's infinite queries; pages run forward only (the cursor carries the sort). */
  direction: z.literal('forward', { error: 'items.list pages forward only' }).optional(),
});

export type ItemSort = z.infer<typeof ItemSort>;
export type ItemListInput = z.infer<typeof ItemListInput>;

export interface ListedLegalBasis {
  id: number;
  label: string;
  title: string | null;
  category: string;
}

export interface ListedAppeal {
  externalId: string;
  /** Present only for analysts: who appealed may identify a person. */
  appellant?: string | null;
  venue: string | null;
  filedAt: string | null;
  outcome: string;
  decidedAt: string | null;
}

export interface ListedRequest {
  externalId: string;
  source: string;
  jurisdiction: string;
  agency: { id: number; name: string; localName: string | null; kind: string };
  platform: string;
  channel: string;
  submittedAt: string;
  statedReason: string | null;
  legalBases: ListedLegalBasis[];
}

export interface ListedItem {
  id: number;
  externalId: string;
  contentType: string;
  authorKind: string;
  outcome: string;
  outcomeBasis: string | null;
  decidedAt: string | null;
  automated: boolean | null;
  userNotified: boolean | null;
  /** Present only for analysts; the public list never carries content URLs. */
  contentUrl?: string | null;
  request: ListedRequest;
  appeals: ListedAppeal[];
}

/** Item id in a cursor that places it before (newest first) or after (oldest first) every item of its request. */
export const CURSOR_REQUEST_DONE = { newest: 0, oldest: 999_999_999_999_999 } as const;

export interface ItemPage {
  items: ListedItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /**
   * Set when the page stopped early to bound its cost: few requests matched among the ones
   * examined (a rare search term), so the page holds fewer than `limit` items, maybe none, and
   * `nextCursor` continues the search before (newest first) or after this submission instant.
   */
  scannedThrough: string | null;
}
