/** Volume over time: items (and requests) per period, optionally stacked, with timeline events. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type DashboardSearch, DEFAULT_GRANULARITY } from '../../../shared/dashboard-search.ts';
import { VolumeSplit } from '../../../shared/stats.ts';
import { useCatalog } from '../app/catalog.ts';
import { useSetSearch } from '../app/search.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { ChartCard } from './ChartCard.tsx';
import { eventsQuery, volumeQuery } from './queries.ts';
import { useSplitLabel } from './use-labels.ts';
import { eventMarkers, markerLines, volumeChartData } from './volume.data.ts';

export function VolumeChart({ search }: { search: DashboardSearch }) {
  const setSearch = useSetSearch();
  const label = useSplitLabel();
  const granularity = search.granularity ?? DEFAULT_GRANULARITY;
  const query = useQuery({ ...volumeQuery(search), placeholderData: keepPreviousData });
  const catalog = useCatalog();
  const events = useQuery(eventsQuery(search, catalog.agencies.data ?? [], catalog.legalBases.data ?? []));
  const series = query.data?.series ?? [];
  const data = volumeChartData(series, search.split, (k) => label(search.split, k));
  const markers = eventMarkers(
    events.data ?? [],
    granularity,
    series.map((p) => p.period),
  );
  return (
    <ChartCard
      search={search}
      id="volume"
      wide
      title={
        search.split ? `Items reported per ${granularity}, by ${search.split}` : `Requests and items per ${granularity}`
      }
      definition="Takedown requests and the items they name, by the period of the request’s submission (UTC); numbered lines mark timeline events."
      metric="volume"
      subject="volume of requests"
      query={query}
      n={query.data ? data.items : null}
      unit={`items in ${data.requests.toLocaleString('en')} requests`}
      table={query.data ? data.table : null}
      empty={data.items === 0}
      legend={data.keys}
      exportNotes={markers.map((m) => `${m.number}. ${m.date} ${m.title}`)}
      controls={
        <label>
          Stack by{' '}
          <select
            value={search.split ?? ''}
            onChange={(e) => setSearch({ split: e.target.value ? VolumeSplit.parse(e.target.value) : undefined })}
          >
            <option value="">nothing (requests and items)</option>
            {VolumeSplit.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      }
      below={
        markers.length > 0 && (
          <ol className="events" aria-label="Timeline events">
            {markers.map((m) => (
              <li key={m.number} value={m.number}>
                <span className="num">{m.date}</span> {m.url ? <a href={m.url}>{m.title}</a> : m.title}
              </li>
            ))}
          </ol>
        )
      }
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data.rows} margin={{ top: 20, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="period" tick={AXIS} minTickGap={16} />
          <YAxis tick={AXIS} tickFormatter={countTick} width={48} />
          <Tooltip formatter={countTooltip} />
          {search.split
            ? data.keys.map((k) => (
                <Bar key={k.key} dataKey={k.key} name={k.label} stackId="v" fill={k.colour} isAnimationActive={false} />
              ))
            : [
                <Bar key="items" dataKey="items" name="Items" fill={data.keys[0]?.colour} isAnimationActive={false} />,
                <Line
                  key="requests"
                  dataKey="requests"
                  name="Requests"
                  stroke={data.keys[1]?.colour}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />,
              ]}
          {markerLines(markers).map((m) => (
            <ReferenceLine
              key={m.period}
              x={m.period}
              stroke="#333"
              strokeDasharray="3 3"
              label={{ value: m.label, position: 'top', fontSize: 11, fill: '#333' }}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
