/**
 * Each chart's query for a view, in one light module (no Recharts): the chart reads it, and the
 * Overview route starts it while the page's code is still loading (features/overview/prefetch.ts),
 * so both ask exactly the same thing and the chart finds the answer in the cache.
 */
import { type DashboardSearch, DEFAULT_GRANULARITY, filtersOf } from '../../../shared/dashboard-search.ts';
import type { BreakdownSplit } from '../../../shared/stats.ts';
import { trpc } from '../lib/trpc.ts';
import { publishedFiltersOf } from './published-filters.data.ts';
import { eventJurisdictions } from './volume.data.ts';

/** Provisions the legal-basis chart shows at most. */
export const TOP_PROVISIONS = 15;
/** Rows of the jurisdiction × platform heat table. */
export const TOP_JURISDICTIONS = 8;

export const headlineQuery = (search: DashboardSearch) =>
  trpc.stats.overview.queryOptions({ filters: filtersOf(search) });

export const volumeQuery = (search: DashboardSearch) =>
  trpc.stats.volume.queryOptions({
    filters: filtersOf(search),
    granularity: search.granularity ?? DEFAULT_GRANULARITY,
    splitBy: search.split,
  });

/** The timeline events the volume chart marks: those of the jurisdictions in view (named or implied). */
export const eventsQuery = (
  search: DashboardSearch,
  agencies: { id: number; jurisdiction: string }[],
  legalBases: { id: number; jurisdiction: string }[],
) =>
  trpc.catalog.events.queryOptions({
    jurisdictions: eventJurisdictions(search, agencies, legalBases),
    from: search.from,
    to: search.to,
  });

export function legalBasisQuery(search: DashboardSearch) {
  const level = search.level ?? 'category';
  return trpc.stats.legalBases.queryOptions({
    filters: filtersOf(search),
    level,
    limit: level === 'provision' ? TOP_PROVISIONS : undefined,
  });
}

export const removalRateQuery = (search: DashboardSearch) =>
  trpc.stats.outcomes.queryOptions({
    filters: filtersOf(search),
    granularity: search.granularity ?? DEFAULT_GRANULARITY,
  });

export const removalByQuery = (search: DashboardSearch, fixedBy?: BreakdownSplit) =>
  trpc.stats.outcomes.queryOptions({ filters: filtersOf(search), splitBy: fixedBy ?? search.by ?? 'platform' });

export const timeToDecisionQuery = (search: DashboardSearch) =>
  trpc.stats.timeToDecision.queryOptions({ filters: filtersOf(search) });

/** The funnel and the appeals-over-time chart share one answer when the granularity is the default. */
export const appealFunnelQuery = (search: DashboardSearch) =>
  trpc.stats.appeals.queryOptions({ filters: filtersOf(search), granularity: search.granularity ?? 'month' });

export const appealsOverTimeQuery = (search: DashboardSearch) =>
  trpc.stats.appeals.queryOptions({
    filters: filtersOf(search),
    granularity: search.granularity ?? DEFAULT_GRANULARITY,
  });

export const jurisdictionPlatformQuery = (search: DashboardSearch) =>
  trpc.stats.outcomeGrid.queryOptions({
    filters: filtersOf(search),
    rows: 'jurisdiction',
    columns: 'platform',
    limit: TOP_JURISDICTIONS,
  });

export const publishedTotalsQuery = (search: DashboardSearch) =>
  trpc.published.totals.queryOptions(publishedFiltersOf(search));
