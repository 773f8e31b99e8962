/**
 * The preview: the whole staged file is validated (shape, then batch rules per chunk) and each
 * clean chunk is dry-run against the stored records, so the counts of new / changed / unchanged
 * are what a commit would write. Kept in memory: counts, the first rows and a fixed-size filter of
 * the keys seen (repeats.ts); every problem is spooled to disk and read in pages.
 * A published report (admins) is checked by the published-report importer instead (published.ts).
 */
import { createWriteStream } from 'node:fs';
import type { Problem } from '../../../shared/problems.ts';
import { PREVIEW_ROWS, type UploadPreviewRow } from '../../../shared/uploads.ts';
import type { Db } from '../../db/database.ts';
import { type Actor, defaultSourceName } from '../actor.ts';
import { Forbidden, ValidationFailed } from '../errors.ts';
import { chunks, type Valid, validate } from '../files/import.ts';
import { readRecords } from '../files/readers.ts';
import { type BatchOutcome, checkBatch, dryRunRequests } from '../ingest/index.ts';
import { validatePublished } from './published.ts';
import { RepeatFilter } from './repeats.ts';
import type { Upload } from './types.ts';

/** Requests per dry-run transaction: short enough not to hold the writer lock for long. */
export const UPLOAD_CHUNK = 500;

/** The identity of a request within a file: its source (or the uploader's default) and externalId. */
const keyOf = (v: Valid, defaultSource: string) => `${v.request.source ?? defaultSource}\u0001${v.request.externalId}`;

/** Shape-valid records of the staged file in order; bad ones go to `report`. */
export async function* validRecords(
  upload: Upload,
  report: (problems: Problem[]) => void,
  onBytes: (chunk: Buffer) => void,
): AsyncGenerator<Valid> {
  let records = 0;
  for await (const entry of readRecords(upload.path, onBytes)) {
    records++;
    const { valid, problems } = validate(entry);
    report(problems);
    if (valid) yield valid;
  }
  upload.records = records;
  if (records === 0) report([{ line: 1, path: '', message: 'the file holds no requests' }]);
}

export async function validateUpload(db: Db, upload: Upload, actor: Actor): Promise<void> {
  const spool = createWriteStream(upload.problemsPath);
  const report = (problems: Problem[]) => {
    for (const p of problems) spool.write(`${JSON.stringify({ line: p.line, path: p.path, message: p.message })}\n`);
    upload.problemCount += problems.length;
  };
  try {
    if (upload.kind === 'published') await validatePublished(db, upload, (e) => report(e.problems));
    else await previewRecords(db, upload, actor, report);
    upload.state = upload.problemCount > 0 ? 'problems' : 'ready';
  } catch (error) {
    upload.state = 'failed';
    upload.error = `The file could not be read to the end: ${(error as Error).message}`;
  } finally {
    await new Promise<void>((resolve) => spool.end(resolve));
  }
}

/** Records: shape-checked line by line, batch rules and a dry run per chunk, repeats last. */
async function previewRecords(db: Db, upload: Upload, actor: Actor, report: (problems: Problem[]) => void) {
  const defaultSource = defaultSourceName(actor) ?? '';
  const repeats = new RepeatFilter();
  async function* flagged(): AsyncGenerator<Valid> {
    const onBytes = (chunk: Buffer) => {
      upload.bytesRead += chunk.length;
    };
    for await (const v of validRecords(upload, report, onBytes)) {
      repeats.add(keyOf(v, defaultSource));
      yield v;
    }
  }
  for await (const chunk of chunks(flagged(), UPLOAD_CHUNK, defaultSource || undefined)) {
    const requests = chunk.map((v) => v.request);
    const atLine = (problems: Problem[]) =>
      problems.map(({ index, ...p }) => ({ ...p, line: chunk[index ?? 0]?.line ?? 0 }));
    // Once the file has a problem it will not be committed: only look for more problems.
    if (upload.problemCount > 0) {
      report(atLine(await checkBatch(db, requests, actor)));
      continue;
    }
    try {
      count(upload, chunk, await dryRunRequests(db, requests, actor), defaultSource);
    } catch (error) {
      if (!(error instanceof ValidationFailed || error instanceof Forbidden)) throw error;
      report(atLine(error.problems));
    }
  }
  if (repeats.suspects.size > 0) await reportRepeats(upload, repeats.suspects, defaultSource, report);
}

/** Reads the file again for the suspected keys only: every occurrence after the first is a problem. */
async function reportRepeats(
  upload: Upload,
  suspects: Set<string>,
  defaultSource: string,
  report: (problems: Problem[]) => void,
) {
  const firstLine = new Map<string, number>();
  for await (const v of validRecords(
    upload,
    () => {},
    () => {},
  )) {
    const key = keyOf(v, defaultSource);
    if (!suspects.has(key)) continue;
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, v.line);
    else
      report([
        { line: v.line, path: 'externalId', message: `repeats the request of line ${first}; give each request once` },
      ]);
  }
}

function count(upload: Upload, chunk: Valid[], outcome: BatchOutcome, defaultSource: string): void {
  upload.counts.created += outcome.created;
  upload.counts.updated += outcome.updated;
  upload.counts.unchanged += outcome.unchanged;
  upload.counts.items += outcome.items;
  for (const [i, v] of chunk.entries()) {
    if (upload.firstRows.length >= PREVIEW_ROWS) return;
    upload.firstRows.push(previewRow(v, outcome.statuses[i] ?? 'unchanged', defaultSource));
  }
}

function previewRow(v: Valid, status: UploadPreviewRow['status'], defaultSource: string): UploadPreviewRow {
  const r = v.request;
  return {
    line: v.line,
    source: r.source ?? defaultSource,
    externalId: r.externalId,
    jurisdiction: r.jurisdiction,
    platform: r.platform,
    agency: r.agency.name,
    submittedAt: r.submittedAt,
    items: r.items.length,
    status,
  };
}
