/** What the page says for each kind of file: a source's records (submitters) or a published report (admins). */

import { formatCount } from '../../../../shared/format.ts';
import type { UploadCounts, UploadKind } from '../../../../shared/uploads.ts';

export const KIND_TEXT = {
  records: {
    choose: 'Choose an interchange file (.csv or .jsonl)',
    accept: '.csv,.jsonl,.ndjson,text/csv,application/x-ndjson',
    unit: 'requests',
    counts: ['New requests', 'Changed requests', 'Unchanged requests', 'Items new or changed'],
  },
  published: {
    choose: 'Choose a published-report file (.csv)',
    accept: '.csv,text/csv',
    unit: 'figures',
    counts: ['New figures', 'Restated figures', 'Unchanged figures', 'Figures in the file'],
  },
} as const satisfies Record<UploadKind, unknown>;

export function committedSentence(kind: UploadKind, c: UploadCounts): string {
  const n = (count: number, what: string, one: string, many: string) =>
    `${formatCount(count)} ${what} ${count === 1 ? one : many}`;
  if (kind === 'published') {
    return `Imported: ${n(c.created, 'new', 'figure', 'figures')}; ${n(c.updated, 'earlier', 'figure was', 'figures were')} restated; ${n(c.unchanged, 'unchanged', 'figure', 'figures')}.`;
  }
  const unchanged =
    c.unchanged === 1
      ? '1 request was already stored as it is'
      : `${formatCount(c.unchanged)} were already stored as they are`;
  return `Written: ${n(c.created, 'new', 'request', 'requests')} and ${n(c.updated, 'changed', 'request', 'requests')} (${formatCount(c.items)} items); ${unchanged}.`;
}
