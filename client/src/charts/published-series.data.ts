/** Published requests and items per half-year, optionally stacked by a split, and split rankings. */
import type { PublishedSeriesPoint, PublishedSplit } from '../../../shared/published.ts';
import type { DataTable, Row } from './export/csv.ts';
import { seriesColour } from './palette.ts';
import { countCell, periodLabel } from './published-common.data.ts';
import type { SeriesKey } from './volume.data.ts';

export interface PublishedSeriesData {
  rows: Row[];
  keys: SeriesKey[];
  /** Every number of the answer (all split keys, none folded): the CSV and the table view. */
  table: DataTable;
  /** Requests drawn: the figure rows' total, or with a split the sum over its keys. */
  requests: number;
  items: number;
}

const sum = (values: (number | null | undefined)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

export interface RankedKey {
  key: string;
  requests: number;
  items: number;
}

/** Split keys by requests over every period, largest first (ties by key). */
export function rankSplit(series: PublishedSeriesPoint[]): RankedKey[] {
  const totals = new Map<string, RankedKey>();
  for (const point of series) {
    for (const [key, v] of Object.entries(point.bySplit ?? {})) {
      const t = totals.get(key) ?? { key, requests: 0, items: 0 };
      t.requests += v.requests ?? 0;
      t.items += v.items ?? 0;
      totals.set(key, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.requests - a.requests || a.key.localeCompare(b.key));
}

const isHalfYear = (p: { periodStart: string; periodEnd: string }) =>
  /H[12]$/.test(periodLabel(p.periodStart, p.periodEnd));

/**
 * Every half-year from the first to the last of the series, so the time axis is evenly spaced; a
 * half-year no publisher reports gets no figure (null, not 0). Series of other spans are left as they are.
 */
export function fillHalfYears(series: PublishedSeriesPoint[]): PublishedSeriesPoint[] {
  if (series.length < 2 || !series.every(isHalfYear)) return series;
  const byEnd = new Map(series.map((p) => [p.periodEnd, p]));
  const out: PublishedSeriesPoint[] = [];
  let year = Number(series[0]?.periodEnd.slice(0, 4));
  let h1 = series[0]?.periodEnd.endsWith('06-30') ?? true;
  const last = series.at(-1)?.periodEnd ?? '';
  for (;;) {
    const end = `${year}-${h1 ? '06-30' : '12-31'}`;
    out.push(
      byEnd.get(end) ?? {
        periodStart: `${year}-${h1 ? '01-01' : '07-01'}`,
        periodEnd: end,
        requests: null,
        items: null,
      },
    );
    if (end >= last) return out;
    if (!h1) year++;
    h1 = !h1;
  }
}

/**
 * Unsplit: items as bars and requests as a line. Split: requests stacked per key, keys beyond
 * the largest `maxKeys` summed into `other`. A key missing from a period had no requests there.
 */
export function publishedSeriesData(
  series: PublishedSeriesPoint[],
  split: PublishedSplit | undefined,
  label: (key: string) => string,
  maxKeys = 7,
): PublishedSeriesData {
  const ranked = split ? rankSplit(series).map((r) => r.key) : [];
  const shown = ranked.length > maxKeys + 1 ? ranked.slice(0, maxKeys) : ranked;
  const folded = ranked.filter((k) => !shown.includes(k));
  const keys: SeriesKey[] = split
    ? [...shown, ...(folded.length ? ['other'] : [])].map((key, i) => ({
        key,
        label: key === 'other' ? `Other (${folded.length})` : label(key),
        colour: seriesColour(key, i),
      }))
    : [
        { key: 'items', label: 'Items', colour: seriesColour('items', 0) },
        { key: 'requests', label: 'Requests', colour: seriesColour('requests', 1) },
      ];
  const at = (p: PublishedSeriesPoint, key: string) => p.bySplit?.[key]?.requests ?? 0;
  // A half-year nobody reports stays empty on the axis, with no segment (not a 0).
  const rows = fillHalfYears(series).map((p) => {
    const row: Row = { period: periodLabel(p.periodStart, p.periodEnd), requests: p.requests, items: p.items };
    const reported = !split || p.bySplit !== undefined;
    for (const key of shown) row[key] = reported ? at(p, key) : null;
    if (folded.length) row.other = reported ? sum(folded.map((k) => at(p, k))) : null;
    return row;
  });
  const table: DataTable = {
    columns: [
      { key: 'period', label: 'Half-year' },
      { key: 'periodStart', label: 'From' },
      { key: 'periodEnd', label: 'To' },
      { key: 'requests', label: 'Requests (figure rows)', format: countCell },
      { key: 'items', label: 'Items (figure rows)', format: countCell },
      ...ranked.map((key) => ({ key: `split:${key}`, label: `Requests: ${label(key)}`, format: countCell })),
    ],
    rows: series.map((p) => ({
      period: periodLabel(p.periodStart, p.periodEnd),
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      requests: p.requests,
      items: p.items,
      ...Object.fromEntries(ranked.map((k) => [`split:${k}`, at(p, k)])),
    })),
  };
  return {
    rows,
    keys,
    table,
    requests: split ? sum(series.flatMap((p) => ranked.map((k) => at(p, k)))) : sum(series.map((p) => p.requests)),
    items: sum(series.map((p) => p.items)),
  };
}

export interface ProductBar {
  key: string;
  name: string;
  requests: number;
}

/** The largest `top` products by requests, the rest as one "Other products" bar. */
export function productBars(series: PublishedSeriesPoint[], top = 12): { bars: ProductBar[]; table: DataTable } {
  const ranked = rankSplit(series).filter((r) => r.requests > 0);
  const shown = ranked.length > top + 1 ? ranked.slice(0, top) : ranked;
  const rest = ranked.slice(shown.length);
  const bars = shown.map((r) => ({ key: r.key, name: r.key, requests: r.requests }));
  if (rest.length)
    bars.push({ key: 'other', name: `Other products (${rest.length})`, requests: sum(rest.map((r) => r.requests)) });
  const table: DataTable = {
    columns: [
      { key: 'product', label: 'Product' },
      { key: 'requests', label: 'Requests', format: countCell },
    ],
    rows: ranked.map((r) => ({ product: r.key, requests: r.requests })),
  };
  return { bars, table };
}
