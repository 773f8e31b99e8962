/** Legal basis and removal-rate breakdowns: rows to draw and the exact table behind them. */
import { formatCount, formatRate } from '../../../shared/format.ts';
import type { LegalBasisRow, OutcomeRow } from '../../../shared/stats.ts';
import type { DataTable } from './export/csv.ts';

const rate = (v: number | string | null) => formatRate(typeof v === 'number' ? v : null);
const count = (v: number | string | null) => (typeof v === 'number' ? formatCount(v) : '—');

/** "KZ Criminal Code art. 174 — Incitement…" → citation and title. */
export function splitProvisionLabel(label: string): { citation: string; title: string | null } {
  const at = label.indexOf(' — ');
  return at < 0 ? { citation: label, title: null } : { citation: label.slice(0, at), title: label.slice(at + 3) };
}

export interface LegalBasisBar {
  key: string;
  name: string;
  title: string | null;
  items: number;
  /** Removal rate in percent (the dot), null when nothing was decided. */
  ratePct: number | null;
  removalRate: number | null;
}

export function legalBasisChartData(rows: LegalBasisRow[], label: (key: string, apiLabel: string) => string) {
  const bars: LegalBasisBar[] = rows
    .filter((r) => r.items > 0)
    .map((r) => {
      const { citation, title } = splitProvisionLabel(label(r.key, r.label));
      return {
        key: r.key,
        name: citation,
        title,
        items: r.items,
        removalRate: r.removalRate,
        ratePct: r.removalRate === null ? null : r.removalRate * 100,
      };
    });
  const table: DataTable = {
    columns: [
      { key: 'key', label: 'Key' },
      { key: 'label', label: 'Legal basis' },
      { key: 'items', label: 'Items', format: count },
      { key: 'decided', label: 'Decided', format: count },
      { key: 'actioned', label: 'Actioned', format: count },
      { key: 'removalRate', label: 'Removal rate', format: rate },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
  return { bars, table };
}

export interface RemovalBar {
  key: string;
  name: string;
  decided: number;
  /** Percent of decided items: removed globally, restricted locally, restricted otherwise (they stack to the removal rate). */
  global: number | null;
  local: number | null;
  other: number | null;
  removalRate: number | null;
}

const pct = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/** One bar per key (or per period), global removal and local restriction kept apart. */
export function removalChartData(rows: OutcomeRow[], label: (key: string) => string) {
  const bars: RemovalBar[] = rows.map((r) => ({
    key: r.key,
    name: label(r.key),
    decided: r.decided,
    global: pct(r.removedGlobal, r.decided),
    local: pct(r.restrictedLocal, r.decided),
    other: pct(r.restrictedOther, r.decided),
    removalRate: r.removalRate,
  }));
  const table: DataTable = {
    columns: [
      { key: 'key', label: 'Key' },
      { key: 'label', label: 'Name' },
      { key: 'decided', label: 'Decided items', format: count },
      { key: 'actioned', label: 'Actioned', format: count },
      { key: 'removedGlobal', label: 'Removed globally', format: count },
      { key: 'restrictedLocal', label: 'Restricted locally', format: count },
      { key: 'restrictedOther', label: 'Other restriction', format: count },
      { key: 'removalRate', label: 'Removal rate', format: rate },
      { key: 'globalRemovalRate', label: 'Global removal rate', format: rate },
      { key: 'localRestrictionRate', label: 'Local restriction rate', format: rate },
    ],
    rows: rows.map((r) => ({ ...r, label: label(r.key) })),
  };
  return { bars, table, decided: rows.reduce((s, r) => s + r.decided, 0) };
}
