/** Jurisdiction × platform heatmap of removal rates: one stats.outcomeGrid call. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardSearch } from '../../../shared/dashboard-search.ts';
import { formatCount, formatRate } from '../../../shared/format.ts';
import { ChartCard } from './ChartCard.tsx';
import { heatColour, heatmapData } from './heatmap.data.ts';
import { jurisdictionPlatformQuery, TOP_JURISDICTIONS } from './queries.ts';
import { useSplitLabel } from './use-labels.ts';

const CELL_W = 78;
const CELL_H = 40;
const LABEL_W = 110;

export function JurisdictionPlatformChart({ search }: { search: DashboardSearch }) {
  const label = useSplitLabel();
  // The rows: the jurisdictions with most decided items in this very view.
  const query = useQuery({ ...jurisdictionPlatformQuery(search), placeholderData: keepPreviousData });
  const ready = Boolean(query.data);
  const data = heatmapData((query.data ?? []).map((row) => ({ jurisdiction: row.key, rows: row.columns })));
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
      empty={ready && data.n === 0}
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
