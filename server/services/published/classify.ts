/**
 * What `npm run import` does with a path: interchange JSONL/CSV go to the record importer, CSVs
 * in a published layout to the published importer; a directory holds any mix of both.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { PublishedFormat } from '../../../shared/published.ts';
import { CSV_COLUMNS } from '../files/csv-format.ts';
import { layoutOf } from './parse.ts';

export type FileKind =
  | { kind: 'interchange' }
  | { kind: 'published'; format: PublishedFormat }
  | { kind: 'unknown'; reason: string };

/** The first CSV record of a file (its header), read from the first 256 KB. */
function headerOf(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(256 * 1024);
    const bytes = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytes).toString('utf8').replace(/\r\n?/g, '\n');
    const records = parse(text, { bom: true, to_line: 1, relax_column_count: true, relax_quotes: true }) as string[][];
    return records[0] ?? [];
  } finally {
    closeSync(fd);
  }
}

export function classifyFile(path: string, forced?: PublishedFormat): FileKind {
  if (forced) return { kind: 'published', format: forced };
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return { kind: 'interchange' };
  if (ext !== '.csv') return { kind: 'unknown', reason: `not a .csv, .jsonl or .ndjson file` };
  const header = headerOf(path);
  const trimmed = header.map((c) => c.replace(/^\uFEFF/, '').trim());
  if (CSV_COLUMNS.every((c) => trimmed.includes(c))) return { kind: 'interchange' };
  const layout = layoutOf(header);
  return layout.format
    ? { kind: 'published', format: layout.format }
    : { kind: 'unknown', reason: layout.reason ?? '' };
}

/** Every file under a directory (recursively, sorted), or the path itself when it is a file. */
export function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}
