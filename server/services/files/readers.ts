/**
 * Streams records out of interchange files, one request at a time with its line number, so
 * memory stays flat whatever the file size. Every byte read also feeds `onBytes` (progress, hash).
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { Problem } from '../../../shared/problems.ts';
import { CSV_COLUMNS, type CsvRow } from './csv-format.ts';
import { missingColumns, type NumberedRow, rowsToRequest, type WireRecord } from './csv-rows.ts';

export interface FileRecord {
  /** First line of the record in the file (1-based). */
  line: number;
  /** Last line of the record (a CSV request spans several rows). */
  lastLine: number;
  record?: WireRecord;
  problems: Problem[];
}

export type FileFormat = 'jsonl' | 'csv';

export function formatOf(path: string): FileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  throw new Error(`${path}: unknown file type "${ext}"; use .jsonl or .csv`);
}

export function readRecords(path: string, onBytes?: (chunk: Buffer) => void): AsyncGenerator<FileRecord> {
  const stream = createReadStream(path);
  if (onBytes) stream.on('data', (chunk) => onBytes(chunk as Buffer));
  return formatOf(path) === 'jsonl' ? readJsonl(stream) : readCsv(stream);
}

async function* readJsonl(stream: NodeJS.ReadableStream): AsyncGenerator<FileRecord> {
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    try {
      const record = JSON.parse(text) as unknown;
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        yield {
          line,
          lastLine: line,
          problems: [{ line, path: '', message: 'each line must be one JSON object (a request)' }],
        };
      } else yield { line, lastLine: line, record: record as WireRecord, problems: [] };
    } catch (error) {
      yield {
        line,
        lastLine: line,
        problems: [{ line, path: '', message: `not valid JSON: ${(error as Error).message}` }],
      };
    }
  }
}

async function* readCsv(stream: NodeJS.ReadableStream): AsyncGenerator<FileRecord> {
  const parser = stream.pipe(parse({ bom: true, skip_empty_lines: true, info: true, relax_column_count: true }));
  let header: string[] | undefined;
  let group: NumberedRow[] = [];
  const flush = (): FileRecord => {
    const { record, problems } = rowsToRequest(group);
    const result = {
      line: (group[0] as NumberedRow).line,
      lastLine: (group[group.length - 1] as NumberedRow).line,
      record,
      problems,
    };
    group = [];
    return result;
  };
  const rows = parser as AsyncIterable<{ record: string[]; info: { lines: number } }>;
  try {
    for await (const { record: cells, info } of rows) {
      const newlines = cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      const line = info.lines - newlines;
      if (!header) {
        header = cells.map((c) => c.trim());
        const { missing, unknown } = missingColumns(header);
        if (missing.length || unknown.length) {
          const parts = [
            missing.length ? `missing ${missing.join(', ')}` : '',
            unknown.length ? `unknown ${unknown.join(', ')}` : '',
          ];
          yield {
            line: 1,
            lastLine: 1,
            problems: [{ line: 1, path: '', message: `header: ${parts.filter(Boolean).join('; ')}` }],
          };
          return;
        }
        continue;
      }
      if (cells.length !== header.length) {
        yield {
          line,
          lastLine: line,
          problems: [{ line, path: '', message: `has ${cells.length} cells; the header has ${header.length}` }],
        };
        continue;
      }
      const row = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) as CsvRow;
      const previous = group[0]?.row;
      if (previous && (previous.externalId !== row.externalId || previous.source !== row.source)) yield flush();
      group.push({ line, row });
    }
  } catch (error) {
    // csv-parse stops at broken quoting: the problem at its line, instead of a crash.
    const { code, lines } = error as { code?: unknown; lines?: unknown };
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw error;
    if (group.length > 0) yield flush();
    const line = typeof lines === 'number' ? lines : 0;
    const message = `not valid CSV: ${(error as Error).message}; the file cannot be read past it`;
    yield { line, lastLine: line, problems: [{ line, path: '', message }] };
    return;
  }
  if (group.length > 0) yield flush();
}

export { CSV_COLUMNS };
