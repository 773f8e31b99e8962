/** Catalogue look-ups shared by the filter bar, chip labels and source lines (cached by React Query). */
import { useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { trpc } from '../lib/trpc.ts';

export function useCatalog() {
  const jurisdictions = useQuery(trpc.catalog.jurisdictions.queryOptions());
  const agencies = useQuery(trpc.catalog.agencies.queryOptions({}));
  const platforms = useQuery(trpc.catalog.platforms.queryOptions());
  const legalBases = useQuery(trpc.catalog.legalBases.queryOptions({}));
  const sources = useQuery(trpc.catalog.sources.queryOptions());
  return { jurisdictions, agencies, platforms, legalBases, sources };
}

export interface SourcesInView {
  names: string[];
  synthetic: boolean;
  /** "demo-synthetic (synthetic)"; empty while loading. */
  line: string;
}

/** The sources a view draws on: the ones filtered on, else every source with records. */
export function useSourcesInView(search: DashboardSearch): SourcesInView {
  const sources = useQuery(trpc.catalog.sources.queryOptions());
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
