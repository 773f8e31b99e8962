/** Appeal funnel: items → actioned → appealed → appeal decided → reversed. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatCount, formatDays, formatRate } from '../../../shared/format.ts';
import { funnelSteps, funnelTable } from './appeals.data.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { ChartCard } from './ChartCard.tsx';
import { ACCENT } from './palette.ts';
import { appealFunnelQuery } from './queries.ts';

export function AppealFunnelChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({ ...appealFunnelQuery(search), placeholderData: keepPreviousData });
  const steps = query.data ? funnelSteps(query.data.funnel) : [];
  const rows = steps.map((s) => ({
    ...s,
    text: `${formatCount(s.count)}${s.ofPrevious === null ? '' : ` (${formatRate(s.ofPrevious)})`}`,
  }));
  return (
    <ChartCard
      search={search}
      id="appeal-funnel"
      title="From report to reversal"
      definition="Items reported, then those actioned, appealed, with a decided appeal, and reversed; in brackets the share of the step before."
      metric="reversalRate"
      subject="appeal funnel"
      query={query}
      n={query.data?.funnel.items ?? null}
      unit="items"
      table={query.data ? funnelTable(steps) : null}
      empty={(query.data?.funnel.items ?? 0) === 0}
      below={
        query.data && (
          <p className="note">
            Appeals by outcome: {formatCount(query.data.byOutcome.upheld)} upheld,{' '}
            {formatCount(query.data.byOutcome.reversed)} reversed,{' '}
            {formatCount(query.data.byOutcome.partially_reversed)} partially reversed,{' '}
            {formatCount(query.data.byOutcome.withdrawn)} withdrawn, {formatCount(query.data.byOutcome.pending)}{' '}
            pending. Median time to an appeal decision: {formatDays(query.data.medianDaysToAppealDecision)}.
          </p>
        )
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart layout="vertical" data={rows} margin={{ top: 4, right: 110, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" horizontal={false} />
          <XAxis type="number" tick={AXIS} tickFormatter={countTick} />
          <YAxis type="category" dataKey="label" tick={{ ...AXIS, fontSize: 11 }} width={150} interval={0} />
          <Tooltip formatter={countTooltip} />
          <Bar dataKey="count" name="Items" fill={ACCENT} barSize={22} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" fontSize={11} fill="#222" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
