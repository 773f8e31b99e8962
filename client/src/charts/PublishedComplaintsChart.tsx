/** DSA complaint outcomes per service, as shares of complaints submitted, with median decision times as stated. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatCount } from '../../../shared/format.ts';
import { formatMeasure, PUBLISHED_CARDS } from '../../../shared/published-metrics.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, percentTick } from './axis.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { COMPLAINT_KEYS, complaintsChartData, serviceComplaints } from './published-complaints.data.ts';
import { publishedFiltersOf } from './published-filters.data.ts';
import { wholeListing } from './published-rows.data.ts';

const shareTooltip = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}% of complaints` : '—');

export function PublishedComplaintsChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({
    ...trpc.published.rows.queryOptions({ ...publishedFiltersOf(search), format: 'dsa-complaints' }),
    select: wholeListing,
    placeholderData: keepPreviousData,
  });
  const rows = query.data ?? [];
  const services = serviceComplaints(rows);
  const data = complaintsChartData(services);
  return (
    <PublishedCard
      search={search}
      id="published-complaints"
      text={PUBLISHED_CARDS.complaints}
      subject="DSA complaint outcomes"
      query={query}
      n={query.data ? data.submitted : null}
      unit="complaints submitted"
      table={query.data ? data.table : null}
      empty={services.length === 0}
      formats={['dsa-complaints']}
      publishers={[...new Set(rows.map((r) => r.publisher))]}
      legend={COMPLAINT_KEYS}
      below={
        <ul className="note complaint-notes">
          {services.map((s) => (
            <li key={s.platform}>
              <strong>{s.service}</strong>: {s.submitted === null ? '—' : formatCount(s.submitted)} complaints, median
              time to a decision {formatMeasure(s.median?.value, s.median?.unit)}
              {s.disputes?.submitted != null &&
                `; ${formatCount(s.disputes.submitted)} out-of-court disputes, ${formatCount(s.disputes.reversed ?? 0)} reversed`}
              .
            </li>
          ))}
        </ul>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(140, data.bars.length * 30 + 40)}>
        <BarChart layout="vertical" data={data.bars} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" horizontal={false} />
          <XAxis type="number" tick={AXIS} tickFormatter={percentTick} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} />
          <YAxis type="category" dataKey="name" tick={{ ...AXIS, fontSize: 11 }} width={80} interval={0} />
          <Tooltip formatter={shareTooltip} />
          {COMPLAINT_KEYS.map((k) => (
            <Bar key={k.key} dataKey={k.key} name={k.label} stackId="c" fill={k.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </PublishedCard>
  );
}
