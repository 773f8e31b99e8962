/**
 * Starts the Overview's queries from its route, the moment the URL is matched: until then they
 * waited for the page's own chunk (Recharts and every chart) to download and run, and on a busy
 * machine that came to seconds (issue 12). The charts then find their answers in the cache.
 */
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { CATALOG } from '../../app/catalog.ts';
import {
  appealFunnelQuery,
  appealsOverTimeQuery,
  eventsQuery,
  headlineQuery,
  jurisdictionPlatformQuery,
  legalBasisQuery,
  publishedTotalsQuery,
  removalByQuery,
  removalRateQuery,
  timeToDecisionQuery,
  volumeQuery,
} from '../../charts/queries.ts';
import { queryClient } from '../../lib/trpc.ts';

export function prefetchOverview(search: DashboardSearch): void {
  // Fire and forget: a failure shows in the chart that asks again, as without prefetching.
  void queryClient.prefetchQuery(headlineQuery(search));
  void queryClient.prefetchQuery(volumeQuery(search));
  void queryClient.prefetchQuery(publishedTotalsQuery(search));
  void queryClient.prefetchQuery(legalBasisQuery(search));
  void queryClient.prefetchQuery(removalRateQuery(search));
  void queryClient.prefetchQuery(removalByQuery(search));
  void queryClient.prefetchQuery(timeToDecisionQuery(search));
  void queryClient.prefetchQuery(appealFunnelQuery(search));
  void queryClient.prefetchQuery(appealsOverTimeQuery(search));
  void queryClient.prefetchQuery(jurisdictionPlatformQuery(search));
  void prefetchEvents(search);
}

/** The volume chart's timeline events, asked as the chart will ask them. */
async function prefetchEvents(search: DashboardSearch): Promise<void> {
  // The catalogue matters only when agencies or provisions imply the jurisdictions in view.
  const implied = !search.jurisdictions?.length && (search.agencies?.length || search.legalBases?.length);
  const [agencies, legalBases] = implied
    ? await Promise.all([
        queryClient.ensureQueryData(CATALOG.agencies()),
        queryClient.ensureQueryData(CATALOG.legalBases()),
      ]).catch(() => [[], []])
    : [[], []];
  await queryClient.prefetchQuery(eventsQuery(search, agencies, legalBases));
}
