/** The empty state as advice: which single filter to remove, and how many items that would show. */
import { useQueries } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { filtersOf } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import { labelOf, useFilterOptions } from '../app/filter-options.ts';
import { relaxations } from '../app/relax.data.ts';
import { trpc } from '../lib/trpc.ts';

export function EmptyHint({ search }: { search: DashboardSearch }) {
  const options = useFilterOptions();
  const candidates = relaxations(search);
  const counts = useQueries({
    queries: candidates.map((c) => trpc.stats.overview.queryOptions({ filters: filtersOf(c.search) })),
  });
  let best: { text: string; items: number } | undefined;
  candidates.forEach((c, i) => {
    const items = counts[i]?.data?.items ?? 0;
    if (items === 0 || (best && best.items >= items)) return;
    const key = c.key;
    const text =
      key === 'period'
        ? `the period ${c.values[0]}`
        : `“${options[key].label}: ${c.values.map((v) => labelOf(options, key, v)).join(', ')}”`;
    best = { text, items };
  });
  return (
    <p className="state">
      No records match these filters, so there is nothing to draw.{' '}
      {best ? `Remove ${best.text} to see ${formatCount(best.items)} items.` : 'Remove a filter or widen the period.'}
    </p>
  );
}
