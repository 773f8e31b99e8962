/** Distribution of the time from submission to decision, with the median marked. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatHours } from '../../../shared/format.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { ChartCard } from './ChartCard.tsx';
import { ACCENT } from './palette.ts';
import { timeToDecisionQuery } from './queries.ts';
import { histogramData } from './time-to-decision.data.ts';

export function TimeToDecisionChart({ search }: { search: DashboardSearch }) {
  const query = useQuery({ ...timeToDecisionQuery(search), placeholderData: keepPreviousData });
  const data = query.data ? histogramData(query.data) : null;
  return (
    <ChartCard
      search={search}
      id="time-to-decision"
      title={
        query.data?.median != null
          ? `Half of the decisions came within ${formatHours(query.data.median)}`
          : 'Time to decision'
      }
      definition={`Decided items by time from the request’s submission to the platform’s decision; median ${formatHours(query.data?.median ?? null)}, 90th percentile ${formatHours(query.data?.p90 ?? null)}.`}
      metric="timeToDecision"
      subject="time to decision"
      query={query}
      n={data?.n ?? null}
      unit="decided items with a decision date"
      table={data?.table ?? null}
      empty={(data?.n ?? 0) === 0}
      emptyText="None of these items has a decision with a date yet, so there is nothing to draw."
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data?.bars ?? []} margin={{ top: 16, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="label" tick={{ ...AXIS, fontSize: 10 }} interval="preserveStartEnd" minTickGap={4} />
          <YAxis tick={AXIS} tickFormatter={countTick} width={44} />
          <Tooltip formatter={countTooltip} labelFormatter={(l, p) => String(p?.[0]?.payload?.range ?? l)} />
          <Bar dataKey="items" name="Decided items" fill={ACCENT} isAnimationActive={false} />
          {data?.medianLabel && (
            <ReferenceLine
              x={data.medianLabel}
              stroke="#D55E00"
              strokeWidth={2}
              label={{ value: 'median', position: 'top', fontSize: 11, fill: '#D55E00' }}
            />
          )}
          {data?.p90Label && (
            <ReferenceLine
              x={data.p90Label}
              stroke="#555"
              strokeDasharray="4 3"
              label={{ value: '90%', position: 'top', fontSize: 11, fill: '#555' }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
