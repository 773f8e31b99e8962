/** Catalogue look-ups shared by the filter bar, chip labels and source lines (cached by React Query). */
import { useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { queryClient, trpc } from '../lib/trpc.ts';

/** The catalogue queries every page's header and filter bar asks. */
export const CATALOG = {
  jurisdictions: () => trpc.catalog.jurisdictions.queryOptions(),
  agencies: () => trpc.catalog.agencies.queryOptions({}),
  platforms: () => trpc.catalog.platforms.queryOptions(),
  legalBases: () => trpc.catalog.legalBases.queryOptions({}),
  sources: () => trpc.catalog.sources.queryOptions(),
};

export function useCatalog() {
  const jurisdictions = useQuery(CATALOG.jurisdictions());
  const agencies = useQuery(CATALOG.agencies());
  const platforms = useQuery(CATALOG.platforms());
  const legalBases = useQuery(CATALOG.legalBases());
  const sources = useQuery(CATALOG.sources());
  return { jurisdictions, agencies, platforms, legalBases, sources };
}

/** Starts the catalogue queries (and the header's auth.me) from the root route, before any page's chunk has loaded. */
export function prefetchCatalog(): void {
  void queryClient.prefetchQuery(trpc.auth.me.queryOptions());
  void queryClient.prefetchQuery(CATALOG.jurisdictions());
  void queryClient.prefetchQuery(CATALOG.agencies());
  void queryClient.prefetchQuery(CATALOG.platforms());
  void queryClient.prefetchQuery(CATALOG.legalBases());
  void queryClient.prefetchQuery(CATALOG.sources());
}

export interface SourcesInView {
  names: string[];
  synthetic: boolean;
  /** "demo-synthetic (synthetic)"; empty while loading. */
  line: string;
}

/** The sources a view draws on: the ones filtered on, else every source with records. */
export function useSourcesInView(search: DashboardSearch): SourcesInView {
  const sources = useQuery(CATALOG.sources());
  const all = sources.data ?? [];
  const inView = search.sources?.length
    ? all.filter((s) => search.sources?.includes(s.name))
    : all.filter((s) => s.items > 0);
  return {
    names: inView.map((s) => s.name),
    synthetic: inView.some((s) => s.kind === 'synthetic'),
    line: inView.map((s) => (s.kind === 'synthetic' ? `${s.name} (synthetic demo data)` : s.name)).join(', '),
  };
}
