/** Jurisdiction × platform heatmap of removal rates: one stats.outcomes call per jurisdiction, batched. */
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { type DashboardSearch, filtersOf } from '../../../shared/dashboard-search.ts';
import { formatCount, formatRate } from '../../../shared/format.ts';
import { trpc } from '../lib/trpc.ts';
import { ChartCard } from './ChartCard.tsx';
import { heatColour, heatmapData } from './heatmap.data.ts';
import { useSplitLabel } from './use-labels.ts';

const TOP_JURISDICTIONS = 8;
const CELL_W = 78;
const CELL_H = 40;
const LABEL_W = 110;

export function JurisdictionPlatformChart({ search }: { search: DashboardSearch }) {
  const label = useSplitLabel();
  const filters = filtersOf(search);
  // The rows: the jurisdictions with most decided items in this very view.
  const ranking = useQuery({
    ...trpc.stats.outcomes.queryOptions({ filters, splitBy: 'jurisdiction' }),
    placeholderData: keepPreviousData,
  });
  const codes = [...(ranking.data ?? [])]
    .filter((j) => j.decided > 0)
    .sort((a, b) => b.decided - a.decided)
    .map((j) => j.key)
    .slice(0, TOP_JURISDICTIONS);
  const results = useQueries({
    queries: codes.map((code) => ({
      ...trpc.stats.outcomes.queryOptions({ filters: { ...filters, jurisdictions: [code] }, splitBy: 'platform' }),
      placeholderData: keepPreviousData,
    })),
  });
  const ready = results.every((r) => r.data);
  const data = heatmapData(codes.map((code, i) => ({ jurisdiction: code, rows: results[i]?.data ?? [] })));
  const failed = results.find((r) => r.isError) ?? (ranking.isError ? ranking : undefined);
  const query = {
    isPending: ranking.isPending || (!ready && !failed),
    isError: Boolean(failed),
    error: failed?.error ?? null,
    isFetching: ranking.isFetching || results.some((r) => r.isFetching),
    isPlaceholderData: ranking.isPlaceholderData || results.some((r) => r.isPlaceholderData),
  };
  const width = LABEL_W + data.platforms.length * CELL_W;
  const height = 28 + data.jurisdictions.length * CELL_H;
  return (
    <ChartCard
      search={search}
      id="jurisdiction-platform"
      wide
      title="Removal rate by jurisdiction and platform"
      definition={`Share of decided items removed or restricted, for the ${TOP_JURISDICTIONS} jurisdictions with most decided items in this view; darker is higher, grey is nothing decided.`}
      metric="removalRate"
      subject="jurisdiction × platform breakdown"
      query={query}
      n={ready ? data.n : null}
      unit="decided items"
      table={ready ? data.table : null}
      empty={Boolean(ranking.data) && ready && data.n === 0}
      emptyText="None of these items has been decided yet, so there is no removal rate to draw."
    >
      <div className="table-scroll">
        <svg
          className="chart-svg heatmap"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label="Heatmap of removal rates; use “Show as table” for the numbers"
        >
          {data.platforms.map((p, c) => (
            <text key={p} x={LABEL_W + c * CELL_W + CELL_W / 2} y={18} textAnchor="middle" fontSize={12} fill="#333">
              {label('platform', p)}
            </text>
          ))}
          {data.jurisdictions.map((j, r) => (
            <text
              key={j}
              x={LABEL_W - 8}
              y={28 + r * CELL_H + CELL_H / 2 + 4}
              textAnchor="end"
              fontSize={12}
              fill="#333"
            >
              {label('jurisdiction', j)}
            </text>
          ))}
          {data.cells.map((cell) => {
            const x = LABEL_W + data.platforms.indexOf(cell.platform) * CELL_W;
            const y = 28 + data.jurisdictions.indexOf(cell.jurisdiction) * CELL_H;
            const dark = (cell.removalRate ?? 0) > 0.45;
            return (
              <g key={`${cell.jurisdiction}-${cell.platform}`}>
                <title>{`${label('jurisdiction', cell.jurisdiction)} · ${label('platform', cell.platform)}: ${formatRate(cell.removalRate)} of ${formatCount(cell.decided)} decided items`}</title>
                <rect x={x + 1} y={y + 1} width={CELL_W - 2} height={CELL_H - 2} fill={heatColour(cell.removalRate)} />
                <text x={x + CELL_W / 2} y={y + 18} textAnchor="middle" fontSize={12} fill={dark ? '#fff' : '#222'}>
                  {formatRate(cell.removalRate)}
                </text>
                <text x={x + CELL_W / 2} y={y + 31} textAnchor="middle" fontSize={9} fill={dark ? '#eee' : '#555'}>
                  n={formatCount(cell.decided)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </ChartCard>
  );
}
