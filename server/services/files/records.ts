/**
 * The records of an interchange file for import: read once, shape-checked one at a time and grouped
 * into write chunks (the batch rules are check-chunk.ts's). Every problem is reported (by file
 * line) as it is met, so a caller can keep reading to the end after the first one. No database
 * here: the reader thread (scan-worker.ts) loads this module alone.
 */
import { RequestInput } from '../../../shared/interchange.ts';
import { type Problem, problemsFromZod } from '../../../shared/problems.ts';
import { type FileRecord, readRecords } from './readers.ts';

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

/** What reading a file has found so far; the chunks below keep it current. */
export interface ScanCounts {
  records: number;
  /** Records with at least one problem. */
  invalid: number;
}

export interface ScanOptions {
  source?: string;
  chunkSize: number;
  report: (problems: Problem[]) => void;
  /** Every byte read, in order (progress, the file's hash). */
  onData?: (chunk: Buffer) => void;
}

/** The shape-valid records of the file in chunks; shape problems are reported and counted on the way. */
export function scanFile(path: string, counts: ScanCounts, options: ScanOptions): AsyncGenerator<Valid[]> {
  async function* shapeChecked(): AsyncGenerator<Valid> {
    for await (const entry of readRecords(path, options.onData)) {
      counts.records++;
      const { valid, problems } = validate(entry);
      if (problems.length > 0) {
        counts.invalid++;
        options.report(problems);
      }
      if (valid) yield valid;
    }
  }
  return chunks(shapeChecked(), options.chunkSize, options.source);
}
