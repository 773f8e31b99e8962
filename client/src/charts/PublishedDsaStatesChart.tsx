/** DSA orders to act per Member State (stacked by service), with each service's median time to give effect. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { jurisdictionName } from '../../../shared/jurisdictions.ts';
import { PUBLISHED_CARDS } from '../../../shared/published-metrics.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { PublishedCountryLink } from './PublishedCountryLink.tsx';
import { dsaMedianRows, dsaStatesData } from './published-dsa.data.ts';
import { publishedFiltersOf } from './published-filters.data.ts';
import { wholeListing } from './published-rows.data.ts';

const value = (n: number | null) => (n === null ? '—' : n.toLocaleString('en'));

export function PublishedDsaStatesChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({
    ...trpc.published.rows.queryOptions({ ...publishedFiltersOf(search), format: 'dsa-orders', role: 'figure' }),
    select: wholeListing,
    placeholderData: keepPreviousData,
  });
  const rows = query.data ?? [];
  const data = dsaStatesData(rows, jurisdictionName);
  const medians = dsaMedianRows(rows);
  const height = Math.max(160, data.bars.length * 22 + 40);
  return (
    <PublishedCard
      search={search}
      id="published-dsa-states"
      wide
      text={PUBLISHED_CARDS.dsaStates}
      subject="DSA orders per Member State"
      query={query}
      n={query.data ? data.orders : null}
      unit="orders to act"
      table={query.data ? data.table : null}
      empty={data.bars.length === 0}
      formats={['dsa-orders']}
      publishers={[...new Set(rows.map((r) => r.publisher))]}
      legend={data.services}
    >
      <div className="beside">
        <div>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart layout="vertical" data={data.bars} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
              <CartesianGrid stroke="#e5e5e5" horizontal={false} />
              <XAxis type="number" tick={AXIS} tickFormatter={countTick} />
              <YAxis type="category" dataKey="name" tick={{ ...AXIS, fontSize: 11 }} width={110} interval={0} />
              <Tooltip formatter={countTooltip} />
              {data.services.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} stackId="o" fill={s.colour} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <div className="medians" style={{ '--chart-height': `${height}px` } as CSSProperties}>
          <table className="data-table">
            <caption>Median times, as each service states them</caption>
            <thead>
              <tr>
                <th scope="col">Member State</th>
                <th scope="col">Service</th>
                <th scope="col">Orders</th>
                <th scope="col">To inform</th>
                <th scope="col">To give effect</th>
                <th scope="col">Unit</th>
              </tr>
            </thead>
            <tbody>
              {medians.map((m) => (
                <tr key={`${m.jurisdiction}-${m.service}`}>
                  <th scope="row">
                    <PublishedCountryLink code={m.jurisdiction} search={search} />
                  </th>
                  <td>{m.service}</td>
                  <td className="num">{value(m.orders)}</td>
                  <td className="num">{value(m.toInform)}</td>
                  <td className="num">{value(m.toEffect)}</td>
                  <td className="muted nowrap">{m.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </PublishedCard>
  );
}
