/** items.list: a page of items projected for the viewer (public: redacted, no content URLs or appellants). */
import { citationLabel } from '../../../shared/catalog.ts';
import {
  CURSOR_REQUEST_DONE,
  encodeItemCursor,
  type ItemListInput,
  type ItemPage,
  type ListedAppeal,
  type ListedItem,
  type ListedLegalBasis,
} from '../../../shared/item-list.ts';
import type { Viewer } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { appealToWire } from '../../queries/mappers/appeal.ts';
import { itemToWire } from '../../queries/mappers/item.ts';
import { requestToWire } from '../../queries/mappers/request.ts';
import {
  findItemAppeals,
  findPageNames,
  findPageRequests,
  findRequestItems,
  findRequestLegalBases,
} from '../../queries/stats/item-page.ts';
import { checkSearchAllowed, loadProjection } from '../redaction/projection.ts';

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
  const [bases, appeals, names, projection] = await Promise.all([
    findRequestLegalBases(db, [...new Set(page.map((r) => r.request.id))]),
    findItemAppeals(
      db,
      page.map((r) => r.item.id),
    ),
    findPageNames(db, {
      agencies: [...new Set(page.map((r) => r.request.agency_id))],
      platforms: [...new Set(page.map((r) => r.request.platform_id))],
      sources: [...new Set(page.map((r) => r.request.source_id))],
    }),
    loadProjection(db, options.viewer),
  ]);
  const viewOf = (r: (typeof page)[number]['request']) => projection({ sourceId: r.source_id, agencyId: r.agency_id });
  const requestOfItem = new Map(page.map(({ request, item }) => [item.id, request]));
  const basesOf = new Map<number, ListedLegalBasis[]>();
  for (const b of bases) {
    const list = basesOf.get(b.request_id) ?? [];
    list.push({ id: b.id, label: citationLabel(b), title: b.title, category: b.category });
    basesOf.set(b.request_id, list);
  }
  const appealsOf = new Map<number, ListedAppeal[]>();
  for (const a of appeals) {
    const list = appealsOf.get(a.item_id) ?? [];
    const request = requestOfItem.get(a.item_id);
    if (!request) continue;
    list.push(appealToWire(a, viewOf(request)));
    appealsOf.set(a.item_id, list);
  }
  const items = page.map(({ request: r, item: i }): ListedItem => {
    const agency = names.agencies.get(r.agency_id);
    const view = viewOf(r);
    return {
      id: i.id,
      ...itemToWire(i, view),
      request: requestToWire(
        r,
        {
          source: names.sources.get(r.source_id) ?? '',
          agency: {
            id: r.agency_id,
            name: agency?.name ?? '',
            localName: agency?.local_name ?? null,
            kind: agency?.kind ?? 'other',
          },
          platform: names.platforms.get(r.platform_id) ?? '',
          legalBases: basesOf.get(r.id) ?? [],
        },
        view,
      ),
      appeals: appealsOf.get(i.id) ?? [],
    };
  });
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
