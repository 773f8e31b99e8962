/** Removal rate by agency, platform, jurisdiction, legal category or provision. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { BreakdownSplit } from '../../../shared/stats.ts';
import { useSetSearch } from '../app/search.ts';
import { removalChartData, shortProvision } from './breakdowns.data.ts';
import { ChartCard } from './ChartCard.tsx';
import { removalByQuery } from './queries.ts';
import { REMOVAL_KEYS, RemovalBars } from './RemovalBars.tsx';
import { useSplitLabel } from './use-labels.ts';

const MAX_BARS = 15;

export function RemovalByChart({ search, fixedBy }: { search: DashboardSearch; fixedBy?: BreakdownSplit }) {
  const setSearch = useSetSearch();
  const label = useSplitLabel();
  const by = fixedBy ?? search.by ?? 'platform';
  const query = useQuery({ ...removalByQuery(search, fixedBy), placeholderData: keepPreviousData });
  const rows = [...(query.data ?? [])].sort((a, b) => b.decided - a.decided).slice(0, MAX_BARS);
  const data = removalChartData(rows, (k) => label(by, k), by === 'provision' ? shortProvision : undefined);
  const all = removalChartData(query.data ?? [], (k) => k);
  return (
    <ChartCard
      search={search}
      id="removal-by"
      title={`Removal rate by ${by}`}
      definition={`Share of decided items removed or restricted, per ${by} (the ${MAX_BARS} with most decided items); global removal and local restriction apart.`}
      metric="removalRate"
      subject={`removal rate by ${by}`}
      query={query}
      n={query.data ? all.decided : null}
      unit="decided items"
      table={query.data ? all.table : null}
      empty={all.decided === 0}
      emptyText="None of these items has been decided yet, so there is no removal rate to draw."
      legend={REMOVAL_KEYS}
      controls={
        !fixedBy && (
          <label>
            By{' '}
            <select value={by} onChange={(e) => setSearch({ by: BreakdownSplit.parse(e.target.value) })}>
              {BreakdownSplit.options.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      <RemovalBars bars={data.bars} layout="categories" />
    </ChartCard>
  );
}
