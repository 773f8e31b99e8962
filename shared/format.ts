/** Display formatting of every figure the dashboard shows (UI.md "Numbers"): one place, one style. */

// Made on first use, not when the module loads: the first Intl object initialises the browser's
// number formatting, a cost that otherwise sits before the app's first request (issue 12).
let counts: Intl.NumberFormat | undefined;

/** 12345 → "12,345". */
export function formatCount(n: number): string {
  counts ??= new Intl.NumberFormat('en');
  return counts.format(n);
}

/** Fraction 0–1 → "54.3%"; null (nothing in the denominator) → "—". */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Why a rate is "—", for the tooltip or the sentence beside it. */
export const NULL_RATE_NOTE = '— means there is nothing to divide by: no item (or appeal) in the denominator.';

const one = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, ''));
const plural = (value: number, unit: string) => `${one(value)} ${unit}${one(value) === '1' ? '' : 's'}`;

/**
 * A duration in hours, in the largest sensible unit: "45 minutes", "6.5 hours", "2.4 days",
 * "3.1 months", "1.2 years". Null → "—".
 */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return plural(hours * 60, 'minute');
  if (hours < 48) return plural(hours, 'hour');
  const days = hours / 24;
  if (days < 90) return plural(days, 'day');
  if (days < 730) return plural(days / 30.44, 'month');
  return plural(days / 365.25, 'year');
}

/** A duration in days (appeal latencies), same units as formatHours. */
export function formatDays(days: number | null): string {
  return days === null ? '—' : formatHours(days * 24);
}

/** "national_security" → "National security". */
export function humanize(slug: string): string {
  const text = slug.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Change {
  /** "▲ 12.0%", "▼ 3.4%", "no change", or a sentence when there is nothing to compare with. */
  text: string;
  direction: 'up' | 'down' | 'flat' | 'none';
}

/**
 * Relative change of a count, or the change in percentage points of a rate, against the previous
 * period. `kind: 'rate'` compares fractions (0.54 vs 0.50 → "▲ 4.0 pts").
 */
export function formatChange(
  current: number | null,
  previous: number | null,
  kind: 'count' | 'rate' | 'duration',
): Change {
  if (current === null || previous === null) return { text: 'no earlier figure to compare', direction: 'none' };
  if (kind === 'rate') {
    const points = (current - previous) * 100;
    if (Math.abs(points) < 0.05) return { text: 'no change', direction: 'flat' };
    return {
      text: `${points > 0 ? '▲' : '▼'} ${Math.abs(points).toFixed(1)} pts`,
      direction: points > 0 ? 'up' : 'down',
    };
  }
  if (previous === 0) return { text: 'nothing in the previous period', direction: 'none' };
  const relative = (current - previous) / previous;
  if (Math.abs(relative) < 0.0005) return { text: 'no change', direction: 'flat' };
  return {
    text: `${relative > 0 ? '▲' : '▼'} ${Math.abs(relative * 100).toFixed(1)}%`,
    direction: relative > 0 ? 'up' : 'down',
  };
}

/** Outcomes in the words the charts' legends use everywhere. */
const OUTCOME_LABELS: Record<string, string> = {
  pending: 'Pending',
  removed_global: 'Removed globally',
  restricted_local: 'Restricted locally',
  restricted_other: 'Other restriction',
  no_action: 'No action',
  invalid_request: 'Invalid request',
  content_unavailable: 'Content unavailable',
};

export function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome] ?? humanize(outcome);
}
