/**
 * The correctness oracle: every stats figure computed the slow, obvious way from the item tables,
 * to hold the aggregate path to exactly the same numbers (DESIGN.md §3).
 */
import { ACTIONED_OUTCOMES, DECIDED_APPEAL_OUTCOMES, REVERSAL_OUTCOMES } from '../../shared/enums.ts';
import type { Filters } from '../../shared/stats.ts';

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
