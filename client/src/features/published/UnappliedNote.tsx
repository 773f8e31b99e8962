/** Names the filters of the view that published figures cannot follow, instead of dropping them silently. */
import type { DashboardSearch } from '../../../../shared/dashboard-search.ts';
import { labelOf, useFilterOptions } from '../../app/filter-options.ts';
import { googleProductsFiltered, unappliedFilters } from '../../charts/published-filters.data.ts';

export function UnappliedNote({ search, ownCharts }: { search: DashboardSearch; ownCharts?: string }) {
  const options = useFilterOptions();
  const keys = unappliedFilters(search);
  const google = googleProductsFiltered(search);
  if (keys.length === 0 && google.length === 0 && !search.granularity) return null;
  const named = keys.map(
    (k) => `${options[k].label}: ${(search[k] as (string | number)[]).map((v) => labelOf(options, k, v)).join(', ')}`,
  );
  return (
    <div className="notice unapplied" role="note" data-unapplied={keys.join(',')}>
      {named.length > 0 && (
        <p>
          Not applied to published figures: <strong>{named.join('; ')}</strong>. Publishers give no such breakdown
          {ownCharts ? `; ${ownCharts} follows them` : ''}.
        </p>
      )}
      {google.length > 0 && (
        <p>
          Google reports all its products together under “Google”, so the platform filter (
          {google.map((p) => labelOf(options, 'platforms', p)).join(', ')}) leaves Google’s figures out.
        </p>
      )}
      {search.granularity && <p>Published figures are per half-year; the granularity chosen does not apply.</p>}
    </div>
  );
}
