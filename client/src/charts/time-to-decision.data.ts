/** Time-to-decision histogram: readable bucket labels and where the median falls. */
import { formatHours } from '../../../shared/format.ts';
import type { TimeToDecision } from '../../../shared/stats.ts';
import type { DataTable } from './export/csv.ts';

/** Short label of an hour bound: 6 → "6 h", 48 → "2 d", 720 → "30 d", 8760 → "1 y". */
export function shortHours(hours: number): string {
  if (hours < 24) return `${hours} h`;
  if (hours < 8760) return `${+(hours / 24).toFixed(1)} d`;
  return `${+(hours / 8760).toFixed(1)} y`;
}

export function histogramData(t: TimeToDecision) {
  const bars = t.histogram.map((b) => ({
    label: b.toHours === null ? `≥ ${shortHours(b.fromHours)}` : `< ${shortHours(b.toHours)}`,
    range:
      b.toHours === null
        ? `${formatHours(b.fromHours)} or more`
        : `${formatHours(b.fromHours)} to ${formatHours(b.toHours)}`,
    items: b.items,
  }));
  const labelHolding = (hours: number | null) =>
    hours === null
      ? null
      : (bars[t.histogram.findIndex((b) => hours >= b.fromHours && (b.toHours === null || hours < b.toHours))]?.label ??
        null);
  const table: DataTable = {
    columns: [
      { key: 'fromHours', label: 'From (hours)' },
      { key: 'toHours', label: 'To (hours, exclusive)' },
      { key: 'items', label: 'Decided items' },
    ],
    rows: t.histogram.map((b) => ({ fromHours: b.fromHours, toHours: b.toHours, items: b.items })),
  };
  return {
    bars,
    medianLabel: labelHolding(t.median),
    p90Label: labelHolding(t.p90),
    table,
    n: t.histogram.reduce((s, b) => s + b.items, 0),
  };
}
