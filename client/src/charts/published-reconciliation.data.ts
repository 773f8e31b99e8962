/** Reconciliation: published beside recorded, per platform × jurisdiction × half-year, and coverage over time. */
import { formatRate } from '../../../shared/format.ts';
import type { ReconciliationRow } from '../../../shared/published.ts';
import type { DataTable, Row } from './export/csv.ts';
import { ACCENT, OKABE_ITO } from './palette.ts';
import { countCell, periodLabel } from './published-common.data.ts';
import type { SeriesKey } from './volume.data.ts';

const pairOf = (r: ReconciliationRow) => `${r.platform}·${r.jurisdiction}`;

/** Σ recorded ÷ Σ published requests over rows with a published count above 0; null when there is none. */
export function pooledCoverage(rows: ReconciliationRow[]): number | null {
  const given = rows.filter((r) => (r.published.requests ?? 0) > 0);
  const published = given.reduce((s, r) => s + (r.published.requests ?? 0), 0);
  return published > 0 ? given.reduce((s, r) => s + r.recorded.requests, 0) / published : null;
}

/**
 * Coverage in percent per half-year: one line for everything in view (pooled, not an average of
 * ratios) and one per platform × jurisdiction for the `maxPairs` with most published requests.
 */
export function coverageChartData(
  rows: ReconciliationRow[],
  pairLabel: (platform: string, jurisdiction: string) => string,
  maxPairs = 5,
) {
  const published = new Map<string, number>();
  for (const r of rows) published.set(pairOf(r), (published.get(pairOf(r)) ?? 0) + (r.published.requests ?? 0));
  const pairs = [...published.entries()]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxPairs)
    .map(([pair]) => pair);
  const keys: SeriesKey[] = [
    { key: 'all', label: 'Everything in view', colour: '#000000' },
    ...pairs.map((pair, i) => {
      const [platform = '', jurisdiction = ''] = pair.split('·');
      return { key: pair, label: pairLabel(platform, jurisdiction), colour: OKABE_ITO[(i + 1) % 7] ?? ACCENT };
    }),
  ];
  const periods = [...new Set(rows.map((r) => `${r.periodStart}/${r.periodEnd}`))].sort((a, b) =>
    (a.split('/')[1] ?? '').localeCompare(b.split('/')[1] ?? ''),
  );
  const toPct = (c: number | null) => (c === null ? null : c * 100);
  const chartRows: Row[] = periods.map((p) => {
    const [start = '', end = ''] = p.split('/');
    const inPeriod = rows.filter((r) => r.periodStart === start && r.periodEnd === end);
    const row: Row = { period: periodLabel(start, end), all: toPct(pooledCoverage(inPeriod)) };
    for (const pair of pairs) row[pair] = toPct(pooledCoverage(inPeriod.filter((r) => pairOf(r) === pair)));
    return row;
  });
  const table: DataTable = {
    columns: [
      { key: 'period', label: 'Half-year' },
      ...keys.map((k) => ({
        key: k.key,
        label: `Coverage: ${k.label}`,
        format: (v: number | string | null) => formatRate(typeof v === 'number' ? v / 100 : null),
      })),
    ],
    rows: chartRows,
  };
  return { rows: chartRows, keys, table, coverage: pooledCoverage(rows) };
}

/** Every reconciliation row as the CSV gives it: raw numbers, the ready sentence last. */
export function reconciliationTable(rows: ReconciliationRow[]): DataTable {
  return {
    columns: [
      { key: 'platform', label: 'Platform' },
      { key: 'jurisdiction', label: 'Jurisdiction' },
      { key: 'period', label: 'Half-year' },
      { key: 'publishedRequests', label: 'Published requests', format: countCell },
      { key: 'recordedRequests', label: 'Recorded requests', format: countCell },
      { key: 'differenceRequests', label: 'Difference (requests)', format: countCell },
      { key: 'publishedItems', label: 'Published items', format: countCell },
      { key: 'recordedItems', label: 'Recorded items', format: countCell },
      { key: 'coverage', label: 'Coverage', format: (v) => formatRate(typeof v === 'number' ? v : null) },
      { key: 'sentence', label: 'In words' },
    ],
    rows: rows.map((r) => ({
      platform: r.platform,
      jurisdiction: r.jurisdiction,
      period: periodLabel(r.periodStart, r.periodEnd),
      publishedRequests: r.published.requests,
      recordedRequests: r.recorded.requests,
      differenceRequests: r.difference.requests,
      publishedItems: r.published.items,
      recordedItems: r.recorded.items,
      coverage: r.coverage,
      sentence: r.sentence,
    })),
  };
}

/** A round top for a percent axis: 3.3 → 4, 0.6 → 0.6, 150 → 200, so the ticks are round too. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step - 1e-9) * step;
}
