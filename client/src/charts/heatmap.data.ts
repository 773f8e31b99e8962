/** Jurisdiction × platform: removal rate per cell, from the rows of stats.outcomeGrid. */
import type { OutcomeRow } from '../../../shared/stats.ts';
import type { DataTable } from './export/csv.ts';

export interface HeatCell {
  jurisdiction: string;
  platform: string;
  decided: number;
  removalRate: number | null;
}

export function heatmapData(byJurisdiction: { jurisdiction: string; rows: OutcomeRow[] }[]) {
  const platformTotals = new Map<string, number>();
  for (const { rows } of byJurisdiction) {
    for (const r of rows) platformTotals.set(r.key, (platformTotals.get(r.key) ?? 0) + r.decided);
  }
  const platforms = [...platformTotals.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const cells: HeatCell[] = byJurisdiction.flatMap(({ jurisdiction, rows }) =>
    platforms.map((platform) => {
      const row = rows.find((r) => r.key === platform);
      return { jurisdiction, platform, decided: row?.decided ?? 0, removalRate: row?.removalRate ?? null };
    }),
  );
  const table: DataTable = {
    columns: [
      { key: 'jurisdiction', label: 'Jurisdiction' },
      { key: 'platform', label: 'Platform' },
      { key: 'decided', label: 'Decided items' },
      { key: 'removalRate', label: 'Removal rate' },
    ],
    rows: cells.map((c) => ({ ...c })),
  };
  return {
    platforms,
    jurisdictions: byJurisdiction.map((j) => j.jurisdiction),
    cells,
    table,
    n: cells.reduce((s, c) => s + c.decided, 0),
  };
}

/** Fill of a cell: light to dark blue with the rate; grey when there is no rate. */
export function heatColour(rate: number | null): string {
  if (rate === null) return '#EEEEEE';
  const t = Math.max(0, Math.min(1, rate));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(230, 0)}, ${mix(240, 70)}, ${mix(250, 140)})`;
}
