/** Decided appeals per period: reversed vs not reversed. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type DashboardSearch, DEFAULT_GRANULARITY } from '../../../shared/dashboard-search.ts';
import { metricDefinition } from '../../../shared/metrics.ts';
import { appealSeries } from './appeals.data.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { ChartCard } from './ChartCard.tsx';
import { APPEAL_COLOURS } from './palette.ts';
import { appealsOverTimeQuery } from './queries.ts';

const KEYS = [
  { key: 'reversed', label: 'Reversed (fully or in part)', colour: APPEAL_COLOURS.reversed as string },
  { key: 'upheld', label: 'Upheld', colour: APPEAL_COLOURS.upheld as string },
];

export function AppealsOverTimeChart({ search }: { search: DashboardSearch }) {
  const granularity = search.granularity ?? DEFAULT_GRANULARITY;
  const query = useQuery({ ...appealsOverTimeQuery(search), placeholderData: keepPreviousData });
  const data = appealSeries(query.data?.series ?? []);
  return (
    <ChartCard
      search={search}
      id="appeal-outcomes"
      title={`Appeal decisions per ${granularity}`}
      definition={metricDefinition('reversalRate')}
      metric="reversalRate"
      subject="appeal outcomes"
      query={query}
      n={query.data ? data.decided : null}
      unit="decided appeals"
      table={query.data ? data.table : null}
      empty={data.decided === 0}
      emptyText="No appeal against these items has been decided, so there is nothing to draw."
      legend={KEYS}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data.rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="period" tick={AXIS} minTickGap={16} />
          <YAxis tick={AXIS} tickFormatter={countTick} width={44} />
          <Tooltip formatter={countTooltip} />
          {KEYS.map((k) => (
            <Bar key={k.key} dataKey={k.key} name={k.label} stackId="a" fill={k.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
