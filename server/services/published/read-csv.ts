/** Reads a published-report CSV into records with 1-based line numbers (header = line 1). */
import { parse } from 'csv-parse/sync';
import type { CsvRecord } from './types.ts';

/**
 * Published files are small (≤ a few MB), so they are parsed whole: the importer validates every
 * row before it writes any. Blank lines (an extra CR in Facebook's file) are skipped, BOMs dropped;
 * rows may be shorter or longer than the header (each parser says when that is a problem).
 */
export function readCsvRecords(text: string): CsvRecord[] {
  // One line ending for the parser: CRLF, and lone CRs (Facebook's row end `"` CR CR LF), count as one line each.
  const normalised = text.replace(/\r\n?/g, '\n');
  const rows = parse(normalised, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return rows
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    .map(({ record, info }) => {
      const newlines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { line: info.lines - newlines, cells: record };
    });
}
