/**
 * The item tables loaded whole, with everything items.list and catalog.* show, for oracles that
 * recompute those answers the slow, obvious way (extends server/test/naive-stats.ts).
 */
import type { Db } from '../db/database.ts';
import type { NaiveItem, NaiveRequest } from './naive-stats.ts';

export interface FullAppeal {
  external_id: string;
  appellant: string | null;
  venue: string | null;
  filed_at: string | null;
  outcome: string;
  decided_at: string | null;
}

export interface FullItem extends NaiveItem {
  id: number;
  external_id: string;
  appeals: FullAppeal[];
}

export interface FullRequest extends NaiveRequest {
  id: number;
  external_id: string;
  source_id: number;
  platform_id: number;
  stated_reason: string | null;
  agency_name: string;
  agency_local_name: string | null;
  /** Titles of the cited provisions, in citation order. */
  titles: (string | null)[];
  items: FullItem[];
}

/** Every live (not retracted) request with its items, appeals and cited provisions. */
export async function loadFull(db: Db): Promise<FullRequest[]> {
  const requests = await db
    .selectFrom('requests')
    .innerJoin('platforms', 'platforms.id', 'requests.platform_id')
    .innerJoin('sources', 'sources.id', 'requests.source_id')
    .innerJoin('agencies', 'agencies.id', 'requests.agency_id')
    .select([
      'requests.id',
      'requests.external_id',
      'requests.source_id',
      'requests.platform_id',
      'requests.submitted_at',
      'requests.jurisdiction',
      'requests.agency_id',
      'requests.channel',
      'requests.stated_reason',
      'platforms.slug',
      'sources.name',
      'agencies.name as agency_name',
      'agencies.local_name as agency_local_name',
    ])
    .where('requests.retracted_at', 'is', null)
    .execute();
  const links = await db
    .selectFrom('request_legal_bases')
    .innerJoin('legal_bases', 'legal_bases.id', 'request_legal_bases.legal_basis_id')
    .select(['request_id', 'legal_basis_id', 'category', 'title'])
    .orderBy('request_id')
    .orderBy('position')
    .execute();
  const items = await db.selectFrom('items').selectAll().execute();
  const appeals = await db.selectFrom('appeals').selectAll().orderBy('id').execute();
  const byId = new Map<number, FullRequest>();
  for (const r of requests) {
    byId.set(r.id, {
      id: r.id,
      external_id: r.external_id,
      source_id: r.source_id,
      platform_id: r.platform_id,
      day: r.submitted_at.slice(0, 10),
      submitted_at: r.submitted_at,
      jurisdiction: r.jurisdiction,
      agency_id: r.agency_id,
      platform: r.slug,
      channel: r.channel,
      source: r.name,
      stated_reason: r.stated_reason,
      agency_name: r.agency_name,
      agency_local_name: r.agency_local_name,
      basisIds: [],
      categories: [],
      titles: [],
      items: [],
    });
  }
  for (const l of links) {
    const r = byId.get(l.request_id);
    if (!r) continue;
    r.basisIds.push(l.legal_basis_id);
    r.titles.push(l.title);
    if (!r.categories.includes(l.category)) r.categories.push(l.category);
  }
  const itemById = new Map<number, FullItem>();
  for (const i of items) {
    const item: FullItem = { ...i, appeals: [] };
    itemById.set(i.id, item);
    byId.get(i.request_id)?.items.push(item);
  }
  for (const a of appeals) itemById.get(a.item_id)?.appeals.push(a);
  return [...byId.values()];
}
