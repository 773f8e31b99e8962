/** Wording of audit entries: instants, values of a change, and the filter form's dates as instants. */
import type { AuditChange } from '../../../../shared/audit.ts';

/** `2026-12-04 09:15 UTC`: minutes are enough to tell entries apart by eye; the id orders them. */
export function shortInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A stored value as text: strings as they are, everything else as JSON; no value at all is "—". */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The symbol and word of a change, so additions and removals are told apart without colour. */
export function changeMark(kind: AuditChange['kind']): { symbol: string; word: string } {
  if (kind === 'added') return { symbol: '+', word: 'added' };
  if (kind === 'removed') return { symbol: '−', word: 'removed' };
  return { symbol: '~', word: 'changed' };
}

/** "3 fields: outcome, decidedAt, …" for the list view. */
export function changeSummary(changes: AuditChange[]): string {
  if (changes.length === 0) return 'no field changes recorded';
  const names = changes.slice(0, 3).map((c) => c.field);
  const more = changes.length > 3 ? `, and ${changes.length - 3} more` : '';
  return `${changes.length} field${changes.length === 1 ? '' : 's'}: ${names.join(', ')}${more}`;
}

/** The filter form's days as the half-open range audit.list takes: `to` includes its whole day. */
export function dayRange(from: string, to: string): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from) range.from = `${from}T00:00:00.000Z`;
  if (to) {
    const next = new Date(`${to}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    range.to = next.toISOString();
  }
  return range;
}
