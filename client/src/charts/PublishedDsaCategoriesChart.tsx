/** DSA orders to act per category of illegal content, summed over the Member States in view (by the server), per service. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { PUBLISHED_CARDS } from '../../../shared/published-metrics.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { dsaCategoriesData } from './published-dsa.data.ts';
import { publishedFiltersOf } from './published-filters.data.ts';

export function PublishedDsaCategoriesChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({
    ...trpc.published.dsaCategories.queryOptions(publishedFiltersOf(search)),
    placeholderData: keepPreviousData,
  });
  const data = dsaCategoriesData(query.data?.categories ?? []);
  return (
    <PublishedCard
      search={search}
      id="published-dsa-categories"
      text={PUBLISHED_CARDS.dsaCategories}
      subject="DSA orders per category"
      query={query}
      n={query.data ? data.orders : null}
      unit="orders to act"
      table={query.data ? data.table : null}
      empty={data.bars.length === 0}
      formats={['dsa-orders']}
      publishers={query.data?.publishers}
      legend={data.services}
    >
      <ResponsiveContainer width="100%" height={Math.max(160, data.bars.length * 26 + 40)}>
        <BarChart layout="vertical" data={data.bars} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" horizontal={false} />
          <XAxis type="number" tick={AXIS} tickFormatter={countTick} />
          <YAxis type="category" dataKey="name" tick={{ ...AXIS, fontSize: 11 }} width={190} interval={0} />
          <Tooltip formatter={countTooltip} />
          {data.services.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="c" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </PublishedCard>
  );
}
