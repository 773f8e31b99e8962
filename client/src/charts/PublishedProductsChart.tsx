/** Google's requests by product (detailed file), the largest products as bars. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { PUBLISHED_CARDS } from '../../../shared/published-metrics.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { shortName } from './breakdowns.data.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { ACCENT } from './palette.ts';
import { periodLabel } from './published-common.data.ts';
import { publishedFiltersOf } from './published-filters.data.ts';
import { niceMax } from './published-reconciliation.data.ts';
import { productBars } from './published-series.data.ts';

export function PublishedProductsChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({
    ...trpc.published.series.queryOptions({ ...publishedFiltersOf(search), splitBy: 'product' }),
    placeholderData: keepPreviousData,
  });
  const { bars, table } = productBars(query.data?.series ?? []);
  const n = bars.reduce((s, b) => s + b.requests, 0);
  const span = query.data?.series.filter((p) => p.bySplit && Object.keys(p.bySplit).length > 0) ?? [];
  return (
    <PublishedCard
      search={search}
      id="published-products"
      text={PUBLISHED_CARDS.products}
      subject="Google product breakdown"
      query={query}
      n={query.data ? n : null}
      unit="requests (by product)"
      table={query.data ? table : null}
      empty={bars.length === 0}
      formats={['google-detailed']}
      below={
        span.length > 0 && (
          <p className="note">
            Half-years {span[0] && periodLabel(span[0].periodStart, span[0].periodEnd)} to{' '}
            {span.at(-1) && periodLabel(span.at(-1)?.periodStart ?? '', span.at(-1)?.periodEnd ?? '')}: Google’s
            detailed file reaches further back than its per-requester file.
          </p>
        )
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 26 + 40)}>
        <BarChart layout="vertical" data={bars} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" horizontal={false} />
          <XAxis type="number" tick={AXIS} tickFormatter={countTick} domain={[0, niceMax]} tickCount={5} />
          <YAxis
            type="category"
            dataKey="name"
            tick={{ ...AXIS, fontSize: 11 }}
            tickFormatter={(v: string) => shortName(v, 26)}
            width={170}
            interval={0}
          />
          <Tooltip formatter={countTooltip} />
          <Bar dataKey="requests" name="Requests" fill={ACCENT} barSize={16} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </PublishedCard>
  );
}
