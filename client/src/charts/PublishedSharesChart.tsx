/** Google's compliance: the six outcome shares of the requested items per half-year, as 100 % stacked bars. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { PUBLISHED_CARDS, SHARES_TEXT } from '../../../shared/published-metrics.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, percentTick } from './axis.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { publishedFiltersOf } from './published-filters.data.ts';
import { SHARE_KEYS, sharesChartData } from './published-shares.data.ts';

const shareTooltip = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—');

export function PublishedSharesChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({
    ...trpc.published.outcomeShares.queryOptions(publishedFiltersOf(search)),
    placeholderData: keepPreviousData,
  });
  const data = sharesChartData(query.data ?? []);
  return (
    <PublishedCard
      search={search}
      id="published-shares"
      text={PUBLISHED_CARDS.shares}
      subject="Google outcome shares"
      query={query}
      n={query.data ? data.items : null}
      unit="items requested"
      table={query.data ? data.table : null}
      empty={data.rows.length === 0}
      emptyText={
        query.data?.length === 0
          ? undefined
          : 'Google gives no items for these requests, so there are no shares to draw.'
      }
      formats={['google-removals']}
      legend={SHARE_KEYS}
      below={
        <p className="note">
          {SHARES_TEXT} Each bar is scaled to 100 %; “Show as table” gives the shares as computed and their sum.
        </p>
      }
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data.rows} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="period" tick={AXIS} minTickGap={8} />
          <YAxis tick={AXIS} tickFormatter={percentTick} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width={44} />
          <Tooltip formatter={shareTooltip} />
          {SHARE_KEYS.map((k) => (
            <Bar key={k.key} dataKey={k.key} name={k.label} stackId="s" fill={k.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </PublishedCard>
  );
}
