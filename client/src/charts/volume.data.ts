/** Volume over time: stacked series, the "Other" fold for long tails, event markers. */
import { OUTCOMES } from '../../../shared/enums.ts';
import { periodOf } from '../../../shared/periods.ts';
import type { Granularity, VolumePoint, VolumeSplit } from '../../../shared/stats.ts';
import type { DataTable, Row } from './export/csv.ts';
import { seriesColour } from './palette.ts';

export interface SeriesKey {
  key: string;
  label: string;
  colour: string;
}

export interface VolumeChartData {
  rows: Row[];
  keys: SeriesKey[];
  /** Every number of the API answer (all split keys, none folded): the CSV and the table. */
  table: DataTable;
  items: number;
  requests: number;
}

/** Keys beyond the largest `maxKeys` are summed into `other`, so a stack stays readable. */
export function volumeChartData(
  series: VolumePoint[],
  split: VolumeSplit | undefined,
  label: (key: string) => string,
  maxKeys = 7,
): VolumeChartData {
  const totals = new Map<string, number>();
  for (const point of series) {
    for (const [key, n] of Object.entries(point.bySplit ?? {})) totals.set(key, (totals.get(key) ?? 0) + n);
  }
  const ranked =
    split === 'outcome'
      ? OUTCOMES.filter((o) => totals.has(o))
      : [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const shown = ranked.length > maxKeys + 1 && split !== 'outcome' ? ranked.slice(0, maxKeys) : ranked;
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
  const rows = series.map((point) => {
    const row: Row = { period: point.period, requests: point.requests, items: point.items };
    if (split) {
      for (const key of shown) row[key] = point.bySplit?.[key] ?? 0;
      if (folded.length) row.other = folded.reduce((sum, k) => sum + (point.bySplit?.[k] ?? 0), 0);
    }
    return row;
  });
  // A key the API leaves out of a period had no items there: drawn, and written, as 0.
  const tableRows = series.map((p) => ({
    period: p.period,
    requests: p.requests,
    items: p.items,
    ...Object.fromEntries(ranked.map((k) => [k, p.bySplit?.[k] ?? 0])),
  }));
  const table: DataTable = {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'requests', label: 'Requests' },
      { key: 'items', label: 'Items' },
      ...ranked.map((key) => ({ key, label: `Items: ${label(key)}` })),
    ],
    rows: tableRows,
  };
  return {
    rows,
    keys,
    table,
    items: series.reduce((s, p) => s + p.items, 0),
    requests: series.reduce((s, p) => s + p.requests, 0),
  };
}

export interface EventMarker {
  number: number;
  period: string;
  date: string;
  title: string;
  url: string | null;
}

/** Timeline events placed on the period they fall in; events outside the charted periods are left out. */
export function eventMarkers(
  events: { date: string; title: string; url: string | null }[],
  granularity: Granularity,
  periods: string[],
): EventMarker[] {
  const inChart = new Set(periods);
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ ...e, period: periodOf(e.date, granularity) }))
    .filter((e) => inChart.has(e.period))
    .map((e, i) => ({ number: i + 1, period: e.period, date: e.date, title: e.title, url: e.url }));
}

/** One vertical line per period, labelled with every event number in it ("4, 5"), so labels never overprint. */
export function markerLines(markers: EventMarker[]): { period: string; label: string }[] {
  const byPeriod = new Map<string, number[]>();
  for (const m of markers) byPeriod.set(m.period, [...(byPeriod.get(m.period) ?? []), m.number]);
  return [...byPeriod.entries()].map(([period, numbers]) => ({ period, label: numbers.join(', ') }));
}

/**
 * Whose timeline events belong on the chart: the jurisdictions filtered on, else those of the
 * agencies or provisions filtered on (a Kazakh ministry's chart gets Kazakh events), else all.
 */
export function eventJurisdictions(
  search: { jurisdictions?: string[]; agencies?: number[]; legalBases?: number[] },
  agencies: { id: number; jurisdiction: string }[],
  legalBases: { id: number; jurisdiction: string }[],
): string[] | undefined {
  if (search.jurisdictions?.length) return search.jurisdictions;
  const implied = new Set([
    ...agencies.filter((a) => search.agencies?.includes(a.id)).map((a) => a.jurisdiction),
    ...legalBases.filter((b) => search.legalBases?.includes(b.id)).map((b) => b.jurisdiction),
  ]);
  return implied.size > 0 ? [...implied].sort() : undefined;
}
