/**
 * Imports a published-report file: parse and check it whole, then write it in one transaction.
 * The same file again (same sha256) is a no-op; a newer export of the same periods replaces the
 * older figures (kept, marked superseded) and each changed figure is audited with old and new values.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Problem } from '../../../shared/problems.ts';
import type { PublishedFormat } from '../../../shared/published.ts';
import { publisherName } from '../../../shared/published-mappings.ts';
import type { Db } from '../../db/database.ts';
import { RollBack, withWriteTransaction } from '../../db/transaction.ts';
import {
  ensurePublisher,
  findCurrentStats,
  findPublishedFileBySha,
  insertPublishedFile,
  insertStats,
  markSuperseded,
} from '../../queries/published/write.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { ValidationFailed } from '../errors.ts';
import { checkRows, statKey } from './check-rows.ts';
import { classifyFile, filesUnder } from './classify.ts';
import { parsePublishedText } from './parse.ts';
import type { ParsedFile, PublishedRow } from './types.ts';

export interface PublishedImportOptions {
  format?: PublishedFormat;
  /** When the file was downloaded from the publisher (YYYY-MM-DD), if known. */
  retrievedAt?: string;
  actor?: Actor;
  now?: string;
}

export interface PublishedImportSummary {
  file: string;
  status: 'imported' | 'unchanged';
  format: PublishedFormat;
  publisher: string;
  fileId: number;
  rows: number;
  periods: number;
  countries: number;
  warnings: string[];
  /** Current figures of earlier files replaced by this one, and how many of them changed value. */
  replaced: number;
  restated: number;
}

/** A published-report file parsed and checked, not yet written (plain data: it crosses threads). */
export interface ReadPublishedFile {
  parsed: ParsedFile;
  sha256: string;
}

/** Parses and checks without writing: the problems, or the parsed file. */
export function readPublishedFile(path: string, format?: PublishedFormat): ReadPublishedFile {
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = parsePublishedText(bytes.toString('utf8'), basename(path), format);
  const problems: Problem[] = [...parsed.problems, ...checkRows(parsed.rows)];
  if (problems.length > 0) throw new ValidationFailed(problems);
  return { parsed, sha256 };
}

const distinct = <T>(values: T[]) => new Set(values).size;

/** Imports the file at `path`; `read` is that file read already (readPublishedFile), when it was. */
export async function importPublishedFile(
  db: Db,
  path: string,
  options: PublishedImportOptions = {},
  read: ReadPublishedFile = readPublishedFile(path, options.format),
): Promise<PublishedImportSummary> {
  const { parsed, sha256 } = read;
  const now = options.now ?? new Date().toISOString();
  const actor: Actor = options.actor ?? { kind: 'cli', name: 'cli:import' };
  const base = {
    file: basename(path),
    format: parsed.format,
    publisher: parsed.publisher,
    rows: parsed.rows.length,
    periods: distinct(parsed.rows.map((r) => `${r.periodStart}/${r.periodEnd}`)),
    countries: distinct(parsed.rows.map((r) => r.jurisdiction)),
    warnings: parsed.warnings,
  };
  return withWriteTransaction(db, async (trx) => {
    const existing = await findPublishedFileBySha(trx, sha256);
    if (existing) {
      throw new RollBack<PublishedImportSummary>({
        ...base,
        status: 'unchanged',
        fileId: existing.id,
        replaced: 0,
        restated: 0,
      });
    }
    const sourceId = await ensurePublisher(trx, parsed.publisher, publisherName(parsed.publisher), now);
    const periodsOf = (rows: PublishedRow[]) => [
      ...new Map(rows.map((r) => [`${r.platform}|${r.periodStart}|${r.periodEnd}`, r])).values(),
    ];
    const fileId = await insertPublishedFile(trx, {
      publisher: parsed.publisher,
      format: parsed.format,
      file_name: base.file,
      sha256,
      imported_at: now,
      retrieved_at: options.retrievedAt ?? null,
      row_count: parsed.rows.length,
      period_start: parsed.rows.reduce<string | null>((m, r) => (m && m < r.periodStart ? m : r.periodStart), null),
      period_end: parsed.rows.reduce<string | null>((m, r) => (m && m > r.periodEnd ? m : r.periodEnd), null),
      jurisdictions: base.countries,
      warnings: JSON.stringify(parsed.warnings),
    });
    const previous = await findCurrentStats(
      trx,
      parsed.publisher,
      parsed.format,
      periodsOf(parsed.rows).map((r) => ({ platform: r.platform, periodStart: r.periodStart, periodEnd: r.periodEnd })),
    );
    await markSuperseded(
      trx,
      previous.map((p) => p.id),
      fileId,
    );
    await insertStats(
      trx,
      parsed.rows.map((row) => toNewStat(row, parsed, fileId)),
    );
    const byKey = new Map(parsed.rows.map((r) => [statKey(r), r]));
    let restated = 0;
    for (const old of previous) {
      const next = byKey.get(old.stat_key);
      if (next && next.requests === old.requests && next.items === old.items) continue;
      restated++;
      await writeAudit(trx, {
        actor,
        sourceId,
        at: now,
        action: 'replace',
        entity: 'published_stat',
        key: `${parsed.publisher}/${parsed.format}/${old.stat_key}`,
        changes: {
          before: { requests: old.requests, items: old.items, file: old.file_name },
          after: next ? { requests: next.requests, items: next.items, file: base.file } : null,
        },
      });
    }
    await writeAudit(trx, {
      actor,
      sourceId,
      at: now,
      action: 'create',
      entity: 'published_file',
      key: `${parsed.publisher}/${parsed.format}/${sha256}`,
      changes: {
        before: null,
        after: { file: base.file, rows: base.rows, periods: base.periods, replaced: previous.length, restated },
      },
    });
    return { ...base, status: 'imported', fileId, replaced: previous.length, restated };
  });
}

function toNewStat(row: PublishedRow, parsed: ParsedFile, fileId: number) {
  return {
    stat: {
      file_id: fileId,
      line: row.line,
      publisher: parsed.publisher,
      format: parsed.format,
      role: row.role,
      stat_key: statKey(row),
      platform: row.platform,
      service: row.service,
      jurisdiction: row.jurisdiction,
      jurisdiction_label: row.jurisdictionLabel,
      period_start: row.periodStart,
      period_end: row.periodEnd,
      requester_kind: row.requesterKind,
      requester_label: row.requesterLabel,
      reason: row.reason,
      reason_label: row.reasonLabel,
      reason_code: row.reasonCode,
      reason_level: row.reasonLevel,
      product: row.product,
      section: row.section,
      indicator: row.indicator,
      requests: row.requests,
      items: row.items,
      superseded_by: null,
    },
    measures: Object.entries(row.measures).map(([measure, m]) => ({ measure, value: m.value, unit: m.unit })),
  };
}

/** The published-report files under a path (a file or a directory, recursively), with their formats. */
export function publishedFilesUnder(path: string): { file: string; format: PublishedFormat }[] {
  return filesUnder(path).flatMap((file) => {
    const kind = classifyFile(file);
    return kind.kind === 'published' ? [{ file, format: kind.format }] : [];
  });
}

/**
 * Imports every published-report file under a path (a file or a directory, recursively); other
 * files are passed over. Stops at the first refused file, naming it: nothing of that file is written.
 * `read` holds files read already (by path), e.g. in another thread; the others are read here.
 */
export async function importPublishedPath(
  db: Db,
  path: string,
  options: Omit<PublishedImportOptions, 'format'> = {},
  read: ReadonlyMap<string, ReadPublishedFile> = new Map(),
): Promise<PublishedImportSummary[]> {
  const summaries: PublishedImportSummary[] = [];
  for (const { file, format } of publishedFilesUnder(path)) {
    try {
      summaries.push(await importPublishedFile(db, file, { ...options, format }, read.get(file)));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  return summaries;
}
