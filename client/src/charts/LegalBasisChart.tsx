/** Legal basis: items by category or cited provision (bars), each with its removal rate (dot). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { metricDefinition } from '../../../shared/metrics.ts';
import { useSetSearch } from '../app/search.ts';
import { AXIS, countTick, countTooltip, percentTick, percentTooltip } from './axis.ts';
import { legalBasisChartData } from './breakdowns.data.ts';
import { ChartCard } from './ChartCard.tsx';
import { ACCENT, OUTCOME_COLOURS } from './palette.ts';
import { legalBasisQuery, TOP_PROVISIONS } from './queries.ts';
import { useSplitLabel } from './use-labels.ts';

export function LegalBasisChart({ search }: { search: DashboardSearch }) {
  const setSearch = useSetSearch();
  const label = useSplitLabel();
  const level = search.level ?? 'category';
  const query = useQuery({ ...legalBasisQuery(search), placeholderData: keepPreviousData });
  const data = legalBasisChartData(query.data ?? [], (key, apiLabel) =>
    level === 'category' ? label('category', key) : apiLabel,
  );
  const n = data.bars.reduce((s, b) => s + b.items, 0);
  return (
    <ChartCard
      search={search}
      id="legal-basis"
      title={level === 'category' ? 'Items by legal category cited' : `Top ${TOP_PROVISIONS} provisions cited`}
      definition={`${metricDefinition('legalBasis')} A request citing several provisions counts under each; the dot is the removal rate.`}
      metric="legalBasis"
      subject="legal bases"
      query={query}
      n={query.data ? n : null}
      unit="item citations"
      table={query.data ? data.table : null}
      empty={data.bars.length === 0}
      legend={[
        { key: 'items', label: 'Items (bottom axis)', colour: ACCENT },
        { key: 'rate', label: 'Removal rate (top axis)', colour: OUTCOME_COLOURS.removed_global as string },
      ]}
      controls={
        <label>
          Level{' '}
          <select
            value={level}
            onChange={(e) => setSearch({ level: e.target.value === 'provision' ? 'provision' : undefined })}
          >
            <option value="category">legal category</option>
            <option value="provision">cited provision</option>
          </select>
        </label>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, data.bars.length * 32 + 60)}>
        <ComposedChart layout="vertical" data={data.bars} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" horizontal={false} />
          <XAxis xAxisId="items" type="number" tick={AXIS} tickFormatter={countTick} />
          <XAxis
            xAxisId="rate"
            type="number"
            orientation="top"
            domain={[0, 100]}
            tick={AXIS}
            tickFormatter={percentTick}
          />
          <YAxis
            type="category"
            dataKey="name"
            tick={{ ...AXIS, fontSize: 11 }}
            width={level === 'provision' ? 230 : 150}
            interval={0}
          />
          <Tooltip
            formatter={(v, name) => (name === 'Removal rate' ? percentTooltip(v) : countTooltip(v))}
            labelFormatter={(l, p) => String(p?.[0]?.payload?.full ?? l)}
          />
          <Bar xAxisId="items" dataKey="items" name="Items" fill={ACCENT} barSize={16} isAnimationActive={false} />
          <Line
            xAxisId="rate"
            dataKey="ratePct"
            name="Removal rate"
            stroke="none"
            dot={{ r: 5, fill: OUTCOME_COLOURS.removed_global, stroke: '#fff' }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
