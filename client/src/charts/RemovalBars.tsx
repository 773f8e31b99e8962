/** Stacked bars of global removal, local restriction and other restriction, in % of decided items. */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, percentTick, percentTooltip } from './axis.ts';
import type { RemovalBar } from './breakdowns.data.ts';
import { OUTCOME_COLOURS } from './palette.ts';
import type { SeriesKey } from './volume.data.ts';

export const REMOVAL_KEYS: SeriesKey[] = [
  { key: 'global', label: 'Removed globally', colour: OUTCOME_COLOURS.removed_global as string },
  { key: 'local', label: 'Restricted locally', colour: OUTCOME_COLOURS.restricted_local as string },
  { key: 'other', label: 'Other restriction', colour: OUTCOME_COLOURS.restricted_other as string },
];

export function RemovalBars({ bars, layout }: { bars: RemovalBar[]; layout: 'time' | 'categories' }) {
  const horizontal = layout === 'categories';
  return (
    <ResponsiveContainer width="100%" height={horizontal ? Math.max(160, bars.length * 28 + 50) : 300}>
      <BarChart
        data={bars}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke="#e5e5e5" vertical={!horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" domain={[0, 100]} tick={AXIS} tickFormatter={percentTick} />
            <YAxis type="category" dataKey="name" tick={{ ...AXIS, fontSize: 11 }} width={170} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="name" tick={AXIS} minTickGap={16} />
            <YAxis domain={[0, 100]} tick={AXIS} tickFormatter={percentTick} width={44} />
          </>
        )}
        <Tooltip formatter={percentTooltip} labelFormatter={(l, p) => String(p?.[0]?.payload?.full ?? l)} />
        {REMOVAL_KEYS.map((k) => (
          <Bar
            key={k.key}
            dataKey={k.key}
            name={k.label}
            stackId="r"
            fill={k.colour}
            maxBarSize={28}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
