/** Items with their request, cited legal bases and appeals, projected for one viewer (items.list, items.get). */
import { citationLabel } from '../../../shared/catalog.ts';
import type { ListedAppeal, ListedItem, ListedLegalBasis } from '../../../shared/item-list.ts';
import type { Viewer } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { appealToWire } from '../../queries/mappers/appeal.ts';
import { itemToWire } from '../../queries/mappers/item.ts';
import { requestToWire } from '../../queries/mappers/request.ts';
import {
  findItemAppeals,
  findPageNames,
  type findRequestItems,
  findRequestLegalBases,
  type PageRequest,
} from '../../queries/stats/item-page.ts';
import { loadProjection } from '../redaction/projection.ts';

export type ItemRow = Awaited<ReturnType<typeof findRequestItems>>[number];

export async function assembleItems(
  db: Db,
  page: readonly { request: PageRequest; item: ItemRow }[],
  viewer: Viewer,
): Promise<ListedItem[]> {
  // A page can be empty when its requests' items are all filtered out; PostgreSQL refuses `in ()`.
  if (page.length === 0) return [];
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
    loadProjection(db, viewer),
  ]);
  const viewOf = (r: PageRequest) => projection({ sourceId: r.source_id, agencyId: r.agency_id });
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
  return page.map(({ request: r, item: i }): ListedItem => {
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
}
