/** Published requests and items per half-year, or requests stacked by country, requester kind, reason or publisher. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { humanize } from '../../../shared/format.ts';
import type { PublishedSplit, RequesterKind } from '../../../shared/published.ts';
import { PUBLISHED_CARDS, REQUESTER_KIND_NAMES } from '../../../shared/published-metrics.ts';
import { VolumeSplit } from '../../../shared/stats.ts';
import { useSetSearch } from '../app/search.ts';
import { trpc } from '../lib/trpc.ts';
import { AXIS, countTick, countTooltip } from './axis.ts';
import { PublishedCard } from './PublishedCard.tsx';
import { placeName, publisherCoverage, publisherName } from './published-common.data.ts';
import { publishedFiltersOf, publishedSplitOf, SPLIT_CHOICES } from './published-filters.data.ts';
import { publishedSeriesData } from './published-series.data.ts';

/** Display name of a split key. */
export function splitKeyLabel(split: PublishedSplit | undefined, key: string): string {
  if (split === 'jurisdiction') return placeName(key);
  if (split === 'requesterKind') return REQUESTER_KIND_NAMES[key as RequesterKind] ?? humanize(key);
  if (split === 'publisher') return publisherName(key);
  return humanize(key);
}

export function PublishedVolumeChart({ search }: { search: DashboardSearch }) {
  const setSearch = useSetSearch();
  const split = publishedSplitOf(search.split);
  const query = useQuery({
    ...trpc.published.series.queryOptions({ ...publishedFiltersOf(search), splitBy: split }),
    placeholderData: keepPreviousData,
  });
  const totals = useQuery(trpc.published.totals.queryOptions(publishedFiltersOf(search)));
  const files = useQuery(trpc.published.sources.queryOptions());
  const reporting = (files.data ?? []).filter((f) => totals.data?.publishers.includes(f.publisher));
  const data = publishedSeriesData(query.data?.series ?? [], split, (k) => splitKeyLabel(split, k));
  const choice = SPLIT_CHOICES.find((c) => c.value === search.split);
  return (
    <PublishedCard
      search={search}
      id="published-volume"
      wide
      text={PUBLISHED_CARDS.volume}
      title={choice ? `Requests in the platforms’ own reports, per half-year, by ${choice.label}` : undefined}
      subject="published requests"
      query={query}
      n={query.data ? data.requests : null}
      unit={split ? 'requests' : `requests, ${data.items.toLocaleString('en')} items`}
      table={query.data ? data.table : null}
      empty={data.requests === 0 && data.items === 0}
      formats={query.data?.drawnFrom ?? ['google-removals', 'x-removals', 'dsa-orders']}
      publishers={totals.data?.publishers}
      legend={
        split
          ? data.keys
          : data.keys.map((k) => ({ ...k, label: k.key === 'items' ? 'Items (left axis)' : 'Requests (right axis)' }))
      }
      controls={
        <label>
          Stack by{' '}
          <select
            value={choice?.value ?? ''}
            onChange={(e) => setSearch({ split: e.target.value ? VolumeSplit.parse(e.target.value) : undefined })}
          >
            <option value="">nothing (requests and items)</option>
            {SPLIT_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {search.split && !choice && (
            <span className="muted"> Publishers give no split by {search.split}; totals are shown.</span>
          )}
        </label>
      }
      below={
        <p className="note">
          {reporting.length > 0 &&
            `Who reports when: ${publisherCoverage(reporting)}. A change in the total can be a change in who reports.`}
          {split === 'reason' &&
            ' Reasons come from breakdown rows (Google’s detailed file, DSA categories), which reach back to 2011; they are not added to the totals.'}
        </p>
      }
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data.rows} margin={{ top: 12, right: 8, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="period" tick={AXIS} minTickGap={12} />
          <YAxis yAxisId="left" tick={AXIS} tickFormatter={countTick} width={52} />
          {!split && <YAxis yAxisId="right" orientation="right" tick={AXIS} tickFormatter={countTick} width={48} />}
          <Tooltip formatter={countTooltip} />
          {split
            ? data.keys.map((k) => (
                <Bar
                  key={k.key}
                  yAxisId="left"
                  dataKey={k.key}
                  name={k.label}
                  stackId="p"
                  fill={k.colour}
                  isAnimationActive={false}
                />
              ))
            : [
                <Bar
                  key="items"
                  yAxisId="left"
                  dataKey="items"
                  name="Items (left axis)"
                  fill={data.keys[0]?.colour}
                  isAnimationActive={false}
                />,
                <Line
                  key="requests"
                  yAxisId="right"
                  dataKey="requests"
                  name="Requests (right axis)"
                  stroke={data.keys[1]?.colour}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />,
              ]}
        </ComposedChart>
      </ResponsiveContainer>
    </PublishedCard>
  );
}
