/** Removal rate over time, global removal and local restriction kept apart. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type DashboardSearch, DEFAULT_GRANULARITY } from '../../../shared/dashboard-search.ts';
import { metricDefinition } from '../../../shared/metrics.ts';
import { removalChartData } from './breakdowns.data.ts';
import { ChartCard } from './ChartCard.tsx';
import { removalRateQuery } from './queries.ts';
import { REMOVAL_KEYS, RemovalBars } from './RemovalBars.tsx';

export function RemovalRateChart({ search }: { search: DashboardSearch }) {
  const granularity = search.granularity ?? DEFAULT_GRANULARITY;
  const query = useQuery({ ...removalRateQuery(search), placeholderData: keepPreviousData });
  const data = removalChartData(query.data ?? [], (k) => k);
  return (
    <ChartCard
      search={search}
      id="removal-rate"
      title={`Removal rate per ${granularity}`}
      definition={`${metricDefinition('removalRate')} Stacked: removed globally, restricted locally, other restriction.`}
      metric="removalRate"
      subject="removal rate"
      query={query}
      n={query.data ? data.decided : null}
      unit="decided items"
      table={query.data ? data.table : null}
      empty={data.decided === 0}
      emptyText="None of these items has been decided yet, so there is no removal rate to draw."
      legend={REMOVAL_KEYS}
    >
      <RemovalBars bars={data.bars} layout="time" />
    </ChartCard>
  );
}
