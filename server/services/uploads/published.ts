/**
 * Published-report uploads (admins): a platform's transparency-report CSV, parsed and checked
 * whole by the published-report importer, and compared with the current figures of its periods:
 * new figures, restated ones (changed or no longer given) and unchanged ones. The commit hands the
 * very file to the importer (one transaction), after checking its bytes and counts again.
 */
import { PREVIEW_ROWS, type PublishedPreviewRow, type UploadCounts } from '../../../shared/uploads.ts';
import type { Db } from '../../db/database.ts';
import { findCurrentStats, findPublishedFileBySha } from '../../queries/published/write.ts';
import type { Actor } from '../actor.ts';
import { ValidationFailed } from '../errors.ts';
import { statKey } from '../published/check-rows.ts';
import { importPublishedFile, readPublishedFile } from '../published/import.ts';
import type { ParsedFile, PublishedRow } from '../published/types.ts';
import type { Upload } from './types.ts';

interface Comparison {
  counts: UploadCounts;
  statuses: PublishedPreviewRow['status'][];
}

/** Against the stored figures: `items` counts the file's figures (rows). */
async function compare(db: Db, parsed: ParsedFile, sha256: string): Promise<Comparison> {
  const rows = parsed.rows;
  if (await findPublishedFileBySha(db, sha256)) {
    return {
      counts: { created: 0, updated: 0, unchanged: rows.length, items: rows.length },
      statuses: rows.map(() => 'unchanged'),
    };
  }
  const periods = new Map(rows.map((r) => [`${r.platform}|${r.periodStart}|${r.periodEnd}`, r]));
  const previous = await findCurrentStats(
    db,
    parsed.publisher,
    parsed.format,
    [...periods.values()].map((r) => ({ platform: r.platform, periodStart: r.periodStart, periodEnd: r.periodEnd })),
  );
  const old = new Map(previous.map((p) => [p.stat_key, p]));
  const next = new Map(rows.map((r) => [statKey(r), r]));
  const same = (a: { requests: number | null; items: number | null }, b: PublishedRow) =>
    a.requests === b.requests && a.items === b.items;
  const statuses = rows.map((r): PublishedPreviewRow['status'] => {
    const stored = old.get(statKey(r));
    return !stored ? 'created' : same(stored, r) ? 'unchanged' : 'updated';
  });
  // As the importer counts restatements: a current figure whose value changes or is no longer given.
  const restated = previous.filter((p) => {
    const row = next.get(p.stat_key);
    return !row || !same(p, row);
  }).length;
  return {
    counts: {
      created: statuses.filter((s) => s === 'created').length,
      updated: restated,
      unchanged: statuses.filter((s) => s === 'unchanged').length,
      items: rows.length,
    },
    statuses,
  };
}

function detailOf(r: PublishedRow): string {
  return r.requesterLabel ?? r.product ?? r.reasonLabel ?? r.indicator ?? r.section ?? '';
}

export async function validatePublished(db: Db, upload: Upload, report: (e: ValidationFailed) => void) {
  let parsed: ParsedFile;
  try {
    parsed = readPublishedFile(upload.path).parsed;
  } catch (error) {
    if (error instanceof ValidationFailed) return report(error);
    // A file of no known layout: the importer names its columns and the nearest layout.
    return report(new ValidationFailed([{ line: 1, path: '', message: (error as Error).message }]));
  } finally {
    upload.bytesRead = upload.bytes;
  }
  const { counts, statuses } = await compare(db, parsed, upload.sha256);
  upload.records = parsed.rows.length;
  upload.counts = counts;
  upload.published = {
    publisher: parsed.publisher,
    format: parsed.format,
    periods: new Set(parsed.rows.map((r) => `${r.periodStart}/${r.periodEnd}`)).size,
    countries: new Set(parsed.rows.map((r) => r.jurisdiction)).size,
    warnings: parsed.warnings,
    firstFigures: parsed.rows.slice(0, PREVIEW_ROWS).map((r, i) => ({
      line: r.line,
      platform: r.platform,
      jurisdiction: r.jurisdiction,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      detail: detailOf(r),
      requests: r.requests,
      items: r.items,
      status: statuses[i] ?? 'unchanged',
    })),
  };
}

/** Why a published commit was refused, and the state the upload is left in. */
export class PublishedRefused extends ValidationFailed {
  constructor(
    message: string,
    readonly next: 'failed' | 'stale',
  ) {
    super([{ path: next === 'failed' ? 'sha256' : '', message }], `${message}. Nothing was written.`);
  }
}

/**
 * Writes the staged report through the importer, after checking the bytes and the counts against
 * the preview. The importer reads the file once more: the staging file is the server's own, and
 * a file whose bytes changed would be recorded under another sha256, which the check before names.
 */
export async function commitPublished(db: Db, actor: Actor, upload: Upload): Promise<UploadCounts> {
  const { parsed, sha256 } = readPublishedFile(upload.path, upload.published?.format);
  upload.bytesRead = upload.bytes;
  if (sha256 !== upload.sha256) {
    throw new PublishedRefused('The staged file changed after its preview (its sha256 differs)', 'failed');
  }
  const { counts } = await compare(db, parsed, sha256);
  const c = upload.counts;
  if (counts.created !== c.created || counts.updated !== c.updated || counts.unchanged !== c.unchanged) {
    throw new PublishedRefused(
      'The stored figures changed since the preview; upload the file again for a fresh preview',
      'stale',
    );
  }
  await importPublishedFile(db, upload.path, { actor, format: parsed.format });
  return counts;
}
