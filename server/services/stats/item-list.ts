/** items.list: a page of items projected for the viewer (public: redacted, no content URLs or appellants). */
import { CURSOR_REQUEST_DONE, encodeItemCursor, type ItemListInput, type ItemPage } from '../../../shared/item-list.ts';
import type { Viewer } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { findPageRequests, findRequestItems } from '../../queries/stats/item-page.ts';
import { checkSearchAllowed } from '../redaction/projection.ts';
import { assembleItems } from './item-assemble.ts';

export interface ItemListOptions {
  /** Whose view the page is projected for (server/queries/mappers/projection.ts). */
  viewer: Viewer;
  /** Requests a page may examine (tests make it small). */
  scanWindow?: number;
}

/**
 * Keyset pagination: reads `limit + 2` requests (each has a matching item; the cursor's own request
 * may have none left), so whether a next page exists is known exactly, unless the scan window ran
 * out first (then `scannedThrough` says where it stopped). Retracted requests are left out, as from
 * every figure.
 */
export async function listItems(db: Db, input: ItemListInput, options: ItemListOptions): Promise<ItemPage> {
  if (input.search) await checkSearchAllowed(db, options.viewer, input.search);
  const desc = input.sort === 'newest';
  const { rows: requests, windowEnd } = await findPageRequests(
    db,
    { ...input, requests: input.limit + 2 },
    options.scanWindow,
  );
  const stoppedAt = windowEnd
    ? encodeItemCursor({
        submittedAt: windowEnd.submitted_at,
        requestId: windowEnd.id,
        itemId: CURSOR_REQUEST_DONE[input.sort],
      })
    : null;
  if (requests.length === 0)
    return { items: [], nextCursor: stoppedAt, scannedThrough: windowEnd?.submitted_at ?? null };
  const itemsOf = new Map<number, Awaited<ReturnType<typeof findRequestItems>>>();
  for (const item of await findRequestItems(
    db,
    requests.map((r) => r.id),
    input.filters,
  )) {
    const list = itemsOf.get(item.request_id) ?? [];
    list.push(item);
    itemsOf.set(item.request_id, list);
  }
  const cursor = input.cursor;
  const rows = requests.flatMap((request) => {
    const items = itemsOf.get(request.id) ?? [];
    if (desc) items.reverse();
    const after =
      cursor && request.id === cursor.requestId
        ? items.filter((i) => (desc ? i.id < cursor.itemId : i.id > cursor.itemId))
        : items;
    return after.map((item) => ({ request, item }));
  });
  const page = rows.slice(0, input.limit);
  const items = await assembleItems(db, page, options.viewer);
  const last = page[page.length - 1];
  if (rows.length > input.limit && last) {
    const nextCursor = encodeItemCursor({
      submittedAt: last.request.submitted_at,
      requestId: last.request.id,
      itemId: last.item.id,
    });
    return { items, nextCursor, scannedThrough: null };
  }
  return { items, nextCursor: stoppedAt, scannedThrough: windowEnd?.submitted_at ?? null };
}
