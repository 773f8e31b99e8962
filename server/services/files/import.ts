/**
 * File import: pass 1 validates the whole file (nothing written); pass 2 writes valid records in
 * chunks through the ingest service, committing a checkpoint with each chunk so a re-run after an
 * interruption resumes where the last committed chunk ended. Idempotency is the second safety net.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { SourceKind } from '../../../shared/enums.ts';
import { RequestInput } from '../../../shared/interchange.ts';
import { type Problem, problemsFromZod } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import { findCheckpoint } from '../../queries/checkpoints.ts';
import type { Actor } from '../actor.ts';
import { checkBatch, submitRequests } from '../ingest/index.ts';
import { saveCheckpoint } from './checkpoint.ts';
import { type FileRecord, readRecords } from './readers.ts';

export interface ImportOptions {
  source?: string;
  kind: SourceKind;
  skipInvalid: boolean;
  chunkSize: number;
  restart?: boolean;
  onProblem?: (problem: Problem) => void;
  onBytes?: (bytes: number, pass: 1 | 2) => void;
}

export interface ImportSummary {
  records: number;
  invalid: number;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  items: number;
  resumedAfterLine: number;
}

/** A record that passed shape validation, with where it sits in the file. */
export interface Valid {
  line: number;
  lastLine: number;
  request: RequestInput;
}

/** Shape validation of one record read from a file (the upload preview checks records the same way). */
export function validate(entry: FileRecord): { valid?: Valid; problems: Problem[] } {
  if (!entry.record) return { problems: entry.problems };
  const parsed = RequestInput.safeParse(entry.record);
  const shape = parsed.success ? [] : problemsFromZod(parsed.error).map((p) => ({ ...p, line: entry.line }));
  const problems = [...entry.problems, ...shape];
  if (problems.length > 0 || !parsed.success) return { problems };
  return { valid: { line: entry.line, lastLine: entry.lastLine, request: parsed.data }, problems };
}

/** Groups valid records into chunks; a record whose key is already in the chunk starts a new one. */
export async function* chunks(
  entries: AsyncIterable<Valid>,
  size: number,
  defaultSource?: string,
): AsyncGenerator<Valid[]> {
  let chunk: Valid[] = [];
  const keys = new Set<string>();
  for await (const entry of entries) {
    const key = `${entry.request.source ?? defaultSource}\u0001${entry.request.externalId}`;
    if (chunk.length === size || keys.has(key)) {
      yield chunk;
      chunk = [];
      keys.clear();
    }
    chunk.push(entry);
    keys.add(key);
  }
  if (chunk.length > 0) yield chunk;
}

/** Batch-level problems (source mismatches, unknown sources) of a chunk, by file line. */
async function chunkProblems(db: Db, chunk: Valid[], actor: Actor): Promise<Problem[]> {
  const problems = await checkBatch(
    db,
    chunk.map((v) => v.request),
    actor,
  );
  return problems.map(({ index, ...p }) => ({ ...p, line: chunk[index ?? 0]?.line ?? 0 }));
}

export async function importFile(db: Db, path: string, options: ImportOptions): Promise<ImportSummary> {
  const actor: Actor = {
    kind: 'cli',
    name: 'cli:import',
    defaultSource: options.source,
    createMissingSources: { kind: options.kind },
  };
  const summary: ImportSummary = {
    records: 0,
    invalid: 0,
    written: false,
    created: 0,
    updated: 0,
    unchanged: 0,
    items: 0,
    resumedAfterLine: 0,
  };
  const report = (problems: Problem[]) => {
    for (const p of problems) options.onProblem?.(p);
  };

  // Pass 1: validate everything, hash the file for its checkpoint key.
  const hash = createHash('sha256').update(`${options.source ?? ''}\u0000`);
  let read = 0;
  const badLines = new Set<number>();
  async function* validated(pass: 1 | 2, skipUpTo = 0): AsyncGenerator<Valid> {
    for await (const entry of readRecords(path, (chunk) => {
      if (pass === 1) hash.update(chunk);
      read += chunk.length;
      options.onBytes?.(read, pass);
    })) {
      if (pass === 1) summary.records++;
      const { valid, problems } = validate(entry);
      if (pass === 1 && problems.length > 0) {
        badLines.add(entry.line);
        report(problems);
      }
      if (valid && valid.lastLine > skipUpTo) yield valid;
    }
  }
  for await (const chunk of chunks(validated(1), options.chunkSize, options.source)) {
    const problems = await chunkProblems(db, chunk, actor);
    for (const p of problems) badLines.add(p.line ?? 0);
    report(problems);
  }
  summary.invalid = badLines.size;
  if (summary.invalid > 0 && !options.skipInvalid) return summary;

  // Pass 2: write, resuming after the last committed chunk of this very file.
  const fileKey = hash.digest('hex');
  const checkpoint = options.restart ? undefined : await findCheckpoint(db, fileKey);
  summary.resumedAfterLine = checkpoint && !checkpoint.finished ? checkpoint.committed_line : 0;
  read = 0;
  let lastLine = summary.resumedAfterLine;
  for await (const chunk of chunks(validated(2, summary.resumedAfterLine), options.chunkSize, options.source)) {
    const good = chunk.filter((v) => !badLines.has(v.line));
    lastLine = chunk[chunk.length - 1]?.lastLine ?? lastLine;
    const through = lastLine;
    const save = (trx: Db) => saveCheckpoint(trx, fileKey, basename(path), through, false);
    if (good.length === 0) {
      await save(db);
      continue;
    }
    const result = await submitRequests(
      db,
      good.map((v) => v.request),
      actor,
      { afterWrite: save },
    );
    summary.created += result.created;
    summary.updated += result.updated;
    summary.unchanged += result.unchanged;
    summary.items += result.items;
  }
  await saveCheckpoint(db, fileKey, basename(path), lastLine, true);
  summary.written = true;
  return summary;
}
