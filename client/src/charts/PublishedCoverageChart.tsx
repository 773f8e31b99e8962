/** Coverage over time: recorded ÷ published requests per half-year, pooled and for the largest pairs. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatRate } from '../../../shared/format.ts';
import { PUBLISHED_CARDS } from '../../../shared/published-metrics.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS } from './axis.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { placeName, serviceName } from './published-common.data.ts';
import { publishedFiltersOf } from './published-filters.data.ts';
import { coverageChartData, niceMax } from './published-reconciliation.data.ts';

const coverageTooltip = (v: unknown) => (typeof v === 'number' ? formatRate(v / 100) : '— (nothing published)');

export function PublishedCoverageChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({
    ...trpc.published.reconciliation.queryOptions(publishedFiltersOf(search)),
    placeholderData: keepPreviousData,
  });
  const rows = query.data ?? [];
  const data = coverageChartData(rows, (p, j) => `${serviceName(p)} · ${placeName(j)}`);
  return (
    <PublishedCard
      search={search}
      id="published-coverage"
      text={PUBLISHED_CARDS.coverage}
      subject="coverage of published requests"
      query={query}
      n={query.data ? rows.reduce((s, r) => s + r.recorded.requests, 0) : null}
      unit="recorded requests"
      table={query.data ? data.table : null}
      empty={data.coverage === null}
      emptyText={
        query.data
          ? 'No half-year in view has both a published request count and records of ours for the same platform and country.'
          : undefined
      }
      formats={['google-removals', 'x-removals', 'dsa-orders']}
      publishers={[...new Set(rows.map((r) => r.publisher))]}
      legend={data.keys}
      below={
        <p className="note" data-coverage={data.coverage ?? ''}>
          Over everything in view our records hold {formatRate(data.coverage)} of the requests the publishers report.
        </p>
      }
    >
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data.rows} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="period" tick={AXIS} minTickGap={8} />
          <YAxis
            tick={AXIS}
            tickFormatter={(v: number) => `${Number(v.toFixed(2))}%`}
            domain={[0, niceMax]}
            tickCount={5}
            width={48}
          />
          <Tooltip formatter={coverageTooltip} />
          <ReferenceLine y={100} stroke="#999" strokeDasharray="3 3" />
          {data.keys.map((k) => (
            <Line
              key={k.key}
              dataKey={k.key}
              name={k.label}
              stroke={k.colour}
              strokeWidth={k.key === 'all' ? 3 : 1.5}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </PublishedCard>
  );
}
