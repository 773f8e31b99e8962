/** Publishers contradicting themselves, in words: restatements old → new, checks grouped per file. */
import { formatCount } from '../../../../shared/format.ts';
import type { PublisherCheck, Restatement } from '../../../../shared/published.ts';
import { periodLabel, publisherName } from '../../charts/published-common.data.ts';

const count = (n: number | null) => (n === null ? '—' : formatCount(n));

/** "79 → 81 requests; 30,833 → 30,900 items", naming only what changed. */
export function restatementChange(r: Restatement): string {
  const parts: string[] = [];
  if (r.old.requests !== r.new.requests) parts.push(`${count(r.old.requests)} → ${count(r.new.requests)} requests`);
  if (r.old.items !== r.new.items) parts.push(`${count(r.old.items)} → ${count(r.new.items)} items`);
  return parts.length ? parts.join('; ') : 'same requests and items (another measure changed)';
}

/** The half-year a restatement is about, from its period end. */
export function restatementPeriod(r: Restatement): string {
  const year = r.periodEnd.slice(0, 4);
  return periodLabel(r.periodEnd.endsWith('06-30') ? `${year}-01-01` : `${year}-07-01`, r.periodEnd);
}

export interface CheckGroup {
  key: string;
  publisher: string;
  fileName: string;
  messages: string[];
}

/** A warning about a publisher's own TOTAL row disagreeing with its rows (other warnings are import notes). */
export const isContradiction = (c: PublisherCheck) => /\btotal\b/i.test(c.message);

/** Contradictions per file, publishers in name order. */
export function checkGroups(checks: PublisherCheck[]): CheckGroup[] {
  const groups = new Map<string, CheckGroup>();
  for (const c of checks.filter(isContradiction)) {
    const key = `${c.publisher}/${c.fileName}`;
    const group = groups.get(key) ?? { key, publisher: publisherName(c.publisher), fileName: c.fileName, messages: [] };
    group.messages.push(c.message);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || a.fileName.localeCompare(b.fileName),
  );
}
