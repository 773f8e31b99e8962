/** Checks every parser's rows get before anything is written, whatever the layout. */
import { LEGAL_CATEGORIES } from '../../../shared/enums.ts';
import type { Problem } from '../../../shared/problems.ts';
import { PUBLISHED_ROLES, REQUESTER_KINDS } from '../../../shared/published.ts';
import { isPublishedJurisdiction } from './jurisdictions.ts';
import type { PublishedRow } from './types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Identity of a figure within its publisher and format: a newer export with the same key replaces it. */
export function statKey(row: PublishedRow): string {
  return [
    row.role,
    row.platform,
    row.jurisdiction,
    row.periodStart,
    row.periodEnd,
    row.requesterLabel,
    row.reasonCode ?? '',
    row.reasonLabel,
    row.product,
    row.section,
    row.indicator,
  ]
    .map((part) => part ?? '')
    .join('|');
}

export function checkRows(rows: PublishedRow[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const bad = (path: string, message: string) => problems.push({ line: row.line, path, message });
    if (!isPublishedJurisdiction(row.jurisdiction)) bad('jurisdiction', `"${row.jurisdiction}" is not a country code`);
    if (!DAY.test(row.periodStart) || !DAY.test(row.periodEnd) || row.periodStart > row.periodEnd)
      bad('period', `${row.periodStart}..${row.periodEnd} is not a period`);
    if (!(PUBLISHED_ROLES as readonly string[]).includes(row.role)) bad('role', `unknown role ${row.role}`);
    if (row.requesterKind && !(REQUESTER_KINDS as readonly string[]).includes(row.requesterKind))
      bad('requesterKind', `unknown requester kind ${row.requesterKind}`);
    if (row.reason && !(LEGAL_CATEGORIES as readonly string[]).includes(row.reason))
      bad('reason', `unknown category ${row.reason}`);
    for (const [name, value] of [
      ['requests', row.requests],
      ['items', row.items],
    ] as const) {
      if (value !== null && (!Number.isInteger(value) || value < 0)) bad(name, `${value} is not a count`);
    }
    const key = statKey(row);
    const first = seen.get(key);
    if (first !== undefined) bad('', `repeats the figure of line ${first}`);
    else seen.set(key, row.line);
  }
  return problems;
}
