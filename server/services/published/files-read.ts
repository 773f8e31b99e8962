/** published.sources and published.checks: the imported files, their warnings and restatements. */
import type { PublishedChecks, PublishedFormat, PublishedSourceFile } from '../../../shared/published.ts';
import { RESTATEMENT_LIMIT } from '../../../shared/published.ts';
import type { Db } from '../../db/database.ts';
import { findFileCoverage, findPublishedFiles, findRestatements } from '../../queries/published/read.ts';
import { cached } from '../stats/cache.ts';

/** Files and checks take no filters: one answer per data version. */
export function getPublishedSources(db: Db): Promise<PublishedSourceFile[]> {
  return cached(db, 'published.sources', () => readPublishedSources(db));
}

export function getPublishedChecks(db: Db): Promise<PublishedChecks> {
  return cached(db, 'published.checks', () => readPublishedChecks(db));
}

/** published.sources as read from the database (the uncached answer). */
export async function readPublishedSources(db: Db): Promise<PublishedSourceFile[]> {
  const [files, coverage] = await Promise.all([findPublishedFiles(db), findFileCoverage(db)]);
  return files.map((f) => {
    const mine = coverage.filter((c) => c.file_id === f.id);
    return {
      id: f.id,
      publisher: f.publisher,
      format: f.format as PublishedFormat,
      fileName: f.file_name,
      sha256: f.sha256,
      importedAt: f.imported_at,
      retrievedAt: f.retrieved_at,
      rows: f.row_count,
      periodStart: f.period_start,
      periodEnd: f.period_end,
      jurisdictions: f.jurisdictions,
      platforms: mine.map((c) => c.platform).sort(),
      warnings: JSON.parse(f.warnings) as string[],
      restated: mine.reduce((n, c) => n + Number(c.superseded), 0),
      current: mine.reduce((n, c) => n + Number(c.current), 0),
    };
  });
}

/** published.checks as read from the database (the uncached answer). */
export async function readPublishedChecks(db: Db): Promise<PublishedChecks> {
  const files = await findPublishedFiles(db);
  const checks = files.flatMap((f) =>
    (JSON.parse(f.warnings) as string[]).map((message) => ({
      publisher: f.publisher,
      format: f.format as PublishedFormat,
      fileName: f.file_name,
      message,
    })),
  );
  const { total, rows } = await findRestatements(db, RESTATEMENT_LIMIT);
  const restatements = rows.map((r) => ({
    publisher: r.publisher,
    format: r.format as PublishedFormat,
    key: r.stat_key,
    label: [r.jurisdiction_label, r.requester_label, r.product, r.reason_label].filter(Boolean).join(' · '),
    periodEnd: r.period_end,
    old: { requests: r.old_requests, items: r.old_items, fileName: r.old_file },
    new: { requests: r.new_requests, items: r.new_items, fileName: r.new_file },
  }));
  return { checks, restatements, moreRestatements: Math.max(0, total - rows.length) };
}
