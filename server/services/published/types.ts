/**
 * What every published-report parser produces: rows in one shape, whatever the publisher's
 * layout, plus the problems (bad rows: nothing of the file is written) and warnings (imported,
 * but a reader should know, e.g. a TOTAL row that disagrees with its rows).
 */
import type { Problem } from '../../../shared/problems.ts';
import type { PublishedFormat, PublishedMeasureValue, PublishedRowFields } from '../../../shared/published.ts';

/** A measure cell as parsed (the shared shape). */
export type MeasureValue = PublishedMeasureValue;

export interface PublishedRow extends PublishedRowFields {
  /** Line of the row in the file (1-based, header is line 1), for problems and warnings. */
  line: number;
  /** DSA: `category` for STATEMENT_CATEGORY_* rows, `keyword` for KEYWORD_* rows, `total` for TOTAL. */
  reasonLevel: 'total' | 'category' | 'keyword' | null;
}

export interface ParsedFile {
  format: PublishedFormat;
  /** Publisher slug (`google`, `x`, `meta`, `tiktok`, `aliexpress`, `pinterest`, …). */
  publisher: string;
  rows: PublishedRow[];
  /** Bad rows: `{ line, path: column name, message }`. Any problem → nothing of the file is written. */
  problems: Problem[];
  /** Sentences naming the line and both numbers, e.g. "line 20: TOTAL row says 21 court orders; the rows above sum to 20". */
  warnings: string[];
}

/** A parser takes the file's CSV records (header first) with their 1-based line numbers. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type Parser = (records: CsvRecord[], fileName: string) => ParsedFile;
