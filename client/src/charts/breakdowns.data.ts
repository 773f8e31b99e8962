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

/** "RU Federal Law No. 149-FZ "On Information…" art. 15.3" → "RU Federal Law No. 149-FZ "On… art. 15.3": fits an axis. */
export function shortCitation(citation: string, max = 34): string {
  if (citation.length <= max) return citation;
  const m = /^(\S+) (.*) (art\. .*)$/.exec(citation);
  if (!m) return `${citation.slice(0, max - 1)}…`;
  const [, jurisdiction, instrument = '', article = ''] = m;
  const room = Math.max(8, max - (jurisdiction?.length ?? 0) - article.length - 3);
  return `${jurisdiction} ${instrument.length > room ? `${instrument.slice(0, room - 1).trimEnd()}…` : instrument} ${article}`;
}

/** Axis name of a provision: its citation, shortened, without the title. */
export const shortProvision = (label: string) => shortCitation(splitProvisionLabel(label).citation);

export interface LegalBasisBar {
  key: string;
  name: string;
  /** Full citation and title, for the tooltip. */
  full: string;
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
        name: shortCitation(citation),
        full: title ? `${citation} — ${title}` : citation,
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

/**
 * A name short enough for one line of an axis: asides in brackets dropped (a trailing
 * jurisdiction code kept), then cut at `max` characters.
 * "Roskomnadzor (Federal Service for …) (RU)" → "Roskomnadzor (RU)".
 */
export function shortName(name: string, max = 30): string {
  const code = / \(([A-Z]{2})\)$/.exec(name)?.[1];
  const bare = name.replace(/ \([^()]*\)/g, '').trim() || name;
  const suffix = code ? ` (${code})` : '';
  const room = max - suffix.length;
  return `${bare.length > room ? `${bare.slice(0, room - 1).trimEnd()}…` : bare}${suffix}`;
}

export interface RemovalBar {
  key: string;
  name: string;
  /** The name in full, for the tooltip. */
  full: string;
  decided: number;
  /** Percent of decided items: removed globally, restricted locally, restricted otherwise (they stack to the removal rate). */
  global: number | null;
  local: number | null;
  other: number | null;
  removalRate: number | null;
}

const pct = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/** One bar per key (or per period), global removal and local restriction kept apart. */
export function removalChartData(
  rows: OutcomeRow[],
  label: (key: string) => string,
  short: (name: string) => string = shortName,
) {
  const bars: RemovalBar[] = rows.map((r) => ({
    key: r.key,
    name: short(label(r.key)),
    full: label(r.key),
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
