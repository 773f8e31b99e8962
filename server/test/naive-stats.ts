/**
 * The correctness oracle: every stats figure computed the slow, obvious way from the item tables,
 * to hold the aggregate path to exactly the same numbers (DESIGN.md §3).
 */
import { ACTIONED_OUTCOMES, DECIDED_APPEAL_OUTCOMES, REVERSAL_OUTCOMES } from '../../shared/enums.ts';
import type { Filters } from '../../shared/stats.ts';
import type { Db } from '../db/database.ts';

export interface NaiveItem {
  content_type: string;
  author_kind: string;
  outcome: string;
  decided_at: string | null;
  appeals: { outcome: string }[];
}

export interface NaiveRequest {
  day: string;
  submitted_at: string;
  jurisdiction: string;
  agency_id: number;
  platform: string;
  channel: string;
  source: string;
  basisIds: number[];
  categories: string[];
  items: NaiveItem[];
}

/** Every live (not retracted) request with what the filters and figures need. */
export async function loadNaive(db: Db): Promise<NaiveRequest[]> {
  const requests = await db
    .selectFrom('requests')
    .innerJoin('platforms', 'platforms.id', 'requests.platform_id')
    .innerJoin('sources', 'sources.id', 'requests.source_id')
    .select(['requests.id', 'submitted_at', 'jurisdiction', 'agency_id', 'platforms.slug', 'channel', 'sources.name'])
    .where('retracted_at', 'is', null)
    .execute();
  const links = await db
    .selectFrom('request_legal_bases')
    .innerJoin('legal_bases', 'legal_bases.id', 'request_legal_bases.legal_basis_id')
    .select(['request_id', 'legal_basis_id', 'category'])
    .execute();
  const items = await db.selectFrom('items').selectAll().execute();
  const appeals = await db.selectFrom('appeals').select(['item_id', 'outcome']).execute();
  const byId = new Map<number, NaiveRequest>();
  for (const r of requests) {
    byId.set(r.id, {
      day: r.submitted_at.slice(0, 10),
      submitted_at: r.submitted_at,
      jurisdiction: r.jurisdiction,
      agency_id: r.agency_id,
      platform: r.slug,
      channel: r.channel,
      source: r.name,
      basisIds: [],
      categories: [],
      items: [],
    });
  }
  for (const l of links) {
    const r = byId.get(l.request_id);
    r?.basisIds.push(l.legal_basis_id);
    if (r && !r.categories.includes(l.category)) r.categories.push(l.category);
  }
  const itemById = new Map<number, NaiveItem>();
  for (const i of items) {
    const item = { ...i, appeals: [] };
    itemById.set(i.id, item);
    byId.get(i.request_id)?.items.push(item);
  }
  for (const a of appeals) itemById.get(a.item_id)?.appeals.push(a);
  return [...byId.values()];
}

const within = <T>(values: T[] | undefined, value: T) => !values?.length || values.includes(value);

export function requestLevelMatch(r: NaiveRequest, f: Filters): boolean {
  const categories = r.categories.length ? r.categories : ['unspecified'];
  return (
    (!f.from || r.day >= f.from) &&
    (!f.to || r.day <= f.to) &&
    within(f.jurisdictions, r.jurisdiction) &&
    within(f.agencies, r.agency_id) &&
    within(f.platforms, r.platform) &&
    within(f.channels, r.channel) &&
    within(f.sources, r.source) &&
    (!f.legalBases?.length || r.basisIds.some((id) => f.legalBases?.includes(id))) &&
    (!f.categories?.length || categories.some((c) => f.categories?.includes(c as never)))
  );
}

export function itemMatch(i: NaiveItem, f: Filters): boolean {
  return within(f.contentTypes, i.content_type as never) && within(f.authorKinds, i.author_kind as never);
}

/** The matching requests (those with at least one matching item) and their matching items. */
export function select(
  all: NaiveRequest[],
  f: Filters,
): { requests: NaiveRequest[]; items: { r: NaiveRequest; i: NaiveItem }[] } {
  const requests: NaiveRequest[] = [];
  const items: { r: NaiveRequest; i: NaiveItem }[] = [];
  for (const r of all) {
    if (!requestLevelMatch(r, f)) continue;
    const matched = r.items.filter((i) => itemMatch(i, f));
    if (matched.length > 0) requests.push(r);
    for (const i of matched) items.push({ r, i });
  }
  return { requests, items };
}

const is = (list: readonly string[], value: string) => list.includes(value);

export function naiveFigures(all: NaiveRequest[], f: Filters) {
  const { requests, items } = select(all, f);
  const decided = items.filter(({ i }) => i.outcome !== 'pending');
  const actioned = items.filter(({ i }) => is(ACTIONED_OUTCOMES, i.outcome));
  const appeals = items.flatMap(({ i }) => i.appeals);
  const appealsDecided = appeals.filter((a) => is(DECIDED_APPEAL_OUTCOMES, a.outcome)).length;
  const reversed = appeals.filter((a) => is(REVERSAL_OUTCOMES, a.outcome)).length;
  const latencies = decided
    .filter(({ i }) => i.decided_at)
    .map(({ r, i }) => (Date.parse(i.decided_at as string) - Date.parse(r.submitted_at)) / 3_600_000)
    .sort((a, b) => a - b);
  const quantile = (q: number) =>
    latencies.length ? (latencies[Math.ceil(q * latencies.length) - 1] as number) : null;
  const appealed = actioned.filter(({ i }) => i.appeals.length > 0).length;
  return {
    requests: requests.length,
    items: items.length,
    decided: decided.length,
    actioned: actioned.length,
    removedGlobal: items.filter(({ i }) => i.outcome === 'removed_global').length,
    restrictedLocal: items.filter(({ i }) => i.outcome === 'restricted_local').length,
    restrictedOther: items.filter(({ i }) => i.outcome === 'restricted_other').length,
    removalRate: decided.length ? actioned.length / decided.length : null,
    appealed,
    appealRate: actioned.length ? appealed / actioned.length : null,
    appealsDecided,
    reversed,
    reversalRate: appealsDecided ? reversed / appealsDecided : null,
    exactMedianHours: quantile(0.5),
    exactP90Hours: quantile(0.9),
  };
}
