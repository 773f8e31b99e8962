/** One line under the Overview's volume chart: what the platforms' own reports count for this view, if anything. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type DashboardSearch, viewOf } from '../../../../shared/dashboard-search.ts';
import { formatCount } from '../../../../shared/format.ts';
import { FILTER_LABELS } from '../../app/filter-options.ts';
import { serviceName } from '../../charts/published-common.data.ts';
import { unappliedFilters } from '../../charts/published-filters.data.ts';
import { publishedTotalsQuery } from '../../charts/queries.ts';

export function OverviewPublishedLine({ search }: { search: DashboardSearch }) {
  const totals = useQuery({ ...publishedTotalsQuery(search), placeholderData: keepPreviousData });
  const requests = totals.data?.requests ?? 0;
  if (!totals.data || requests === 0) return null;
  const unapplied = unappliedFilters(search).map((k) => FILTER_LABELS[k].toLowerCase());
  return (
    <p className="published-line" data-published-requests={requests}>
      Platforms’ own reports count {formatCount(requests)} requests for this view (
      {totals.data.publishers.map(serviceName).join(', ')}
      {unapplied.length > 0 && `; ${unapplied.join(', ')} filter${unapplied.length > 1 ? 's' : ''} not applied`}) — see{' '}
      <Link to="/platform-reports" search={viewOf(search)}>
        Platform reports
      </Link>
      .
    </p>
  );
}
