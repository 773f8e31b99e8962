/**
 * Reconciliation (DESIGN.md §4): for each platform × jurisdiction × period where a publisher's
 * figure and item-level records both exist, the two side by side, the difference and coverage.
 */
import { formatCount, formatRate } from '../../../shared/format.ts';
import { jurisdictionName } from '../../../shared/jurisdictions.ts';
import type { PublishedFilters, ReconciliationRow } from '../../../shared/published.ts';
import { publisherName } from '../../../shared/published-mappings.ts';
import type { Db } from '../../db/database.ts';
import { findRecordedMonths } from '../../queries/published/recorded.ts';
import { cached } from '../stats/cache.ts';
import { recordedPlatformsOf } from './platform-families.ts';
import { publishedReader, type Via } from './reader.ts';

/**
 * Kept per filters until the data version moves (any record or published write, by any process):
 * it sums every recorded month against every published figure, ≈ 25–45 ms for the whole data, and
 * the Published page asks the same question on each visit. 'sql' (the reference) is never cached.
 */
export function getReconciliation(db: Db, filters: PublishedFilters, via: Via = 'auto'): Promise<ReconciliationRow[]> {
  if (via === 'sql') return reconcile(db, filters, via);
  return cached(db, `published.reconciliation:${JSON.stringify(filters)}`, () => reconcile(db, filters, via));
}

async function reconcile(db: Db, filters: PublishedFilters, via: Via): Promise<ReconciliationRow[]> {
  const published = (
    await publishedReader(db, via).sum(filters, { roles: ['figure'] }, ['publisher', 'platform', 'jurisdiction'])
  ).filter((p) => p.jurisdiction !== 'EU' && (p.requests !== null || p.items !== null));
  if (published.length === 0) return [];
  const from = published.reduce((m, p) => (String(p.period_start) < m ? String(p.period_start) : m), '9999-12-31');
  const to = published.reduce((m, p) => (String(p.period_end) > m ? String(p.period_end) : m), '0000-01-01');
  const platforms = [...new Set(published.flatMap((p) => recordedPlatformsOf(String(p.platform))))];
  const months = await findRecordedMonths(db, { from, to, platforms, jurisdictions: filters.jurisdictions });
  const rows: ReconciliationRow[] = [];
  for (const p of published) {
    const family = new Set(recordedPlatformsOf(String(p.platform)));
    const start = String(p.period_start).slice(0, 7);
    const end = String(p.period_end).slice(0, 7);
    const mine = months.filter(
      (m) => m.jurisdiction === p.jurisdiction && family.has(m.platform) && m.month >= start && m.month <= end,
    );
    if (mine.length === 0) continue;
    const recorded = {
      requests: mine.reduce((n, m) => n + m.requests, 0),
      items: mine.reduce((n, m) => n + m.items, 0),
    };
    if (recorded.requests === 0 && recorded.items === 0) continue;
    const coverage = p.requests ? recorded.requests / p.requests : null;
    const row = {
      publisher: String(p.publisher),
      platform: String(p.platform),
      jurisdiction: String(p.jurisdiction),
      periodStart: String(p.period_start),
      periodEnd: String(p.period_end),
      published: { requests: p.requests, items: p.items },
      recorded,
      difference: {
        requests: p.requests === null ? null : recorded.requests - p.requests,
        items: p.items === null ? null : recorded.items - p.items,
      },
      coverage,
      recordedSources: [...new Set(mine.map((m) => m.source))].sort(),
    };
    rows.push({ ...row, sentence: sentenceOf(row) });
  }
  return rows.sort(
    (a, b) =>
      a.periodEnd.localeCompare(b.periodEnd) ||
      a.publisher.localeCompare(b.publisher) ||
      a.jurisdiction.localeCompare(b.jurisdiction) ||
      // The rest of the key, so that ties come out in one order on both engines.
      a.platform.localeCompare(b.platform) ||
      a.periodStart.localeCompare(b.periodStart),
  );
}

/** "Monitors recorded 1,040 of the 1,213 requests X reports for Kazakhstan, 2025-01-01 to 2025-06-30: 85.7%." */
export function sentenceOf(row: Omit<ReconciliationRow, 'sentence'>): string {
  const who = publisherName(row.publisher);
  const where = `for ${jurisdictionName(row.jurisdiction)}, ${row.periodStart} to ${row.periodEnd}`;
  const recorded = formatCount(row.recorded.requests);
  if (row.published.requests === null)
    return `${who} gives no request count ${where}; monitors recorded ${recorded} requests.`;
  if (row.published.requests === 0) return `${who} reports no requests ${where}, yet monitors recorded ${recorded}.`;
  const published = formatCount(row.published.requests);
  const share = formatRate(row.coverage);
  return row.recorded.requests > row.published.requests
    ? `Monitors recorded ${recorded} requests, more than the ${published} ${who} reports ${where}: ${share}.`
    : `Monitors recorded ${recorded} of the ${published} requests ${who} reports ${where}: ${share}.`;
}
