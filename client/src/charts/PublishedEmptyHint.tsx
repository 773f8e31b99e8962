/** The empty state of published figures: which single filter empties the view, and what removing it would show. */
import { useQueries } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import { labelOf, useFilterOptions } from '../app/filter-options.ts';
import { relaxations } from '../app/relax.data.ts';
import { trpc } from '../lib/trpc.ts';
import { publishedFiltersOf, publishedView } from './published-filters.data.ts';

export function PublishedEmptyHint({ search }: { search: DashboardSearch }) {
  const options = useFilterOptions();
  const candidates = relaxations(publishedView(search));
  const totals = useQueries({
    queries: candidates.map((c) => trpc.published.totals.queryOptions(publishedFiltersOf(c.search))),
  });
  let best: { text: string; requests: number } | undefined;
  candidates.forEach((c, i) => {
    const requests = totals[i]?.data?.requests ?? 0;
    if (requests === 0 || (best && best.requests >= requests)) return;
    const text =
      c.key === 'period'
        ? `the period ${c.values[0]}`
        : `“${options[c.key].label}: ${c.values.map((v) => labelOf(options, c.key as never, v)).join(', ')}”`;
    best = { text, requests };
  });
  return (
    <p className="state">
      No published figures match these filters, so there is nothing to draw.{' '}
      {best
        ? `Remove ${best.text} to see ${formatCount(best.requests)} published requests.`
        : 'Publishers report per country and half-year; widen the period or remove a filter.'}
    </p>
  );
}
