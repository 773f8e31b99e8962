/**
 * What every published-report parser produces: rows in one shape, whatever the publisher's
 * layout, plus the problems (bad rows: nothing of the file is written) and warnings (imported,
 * but a reader should know, e.g. a TOTAL row that disagrees with its rows).
 */
import type { LegalCategory } from '../../../shared/enums.ts';
import type { Problem } from '../../../shared/problems.ts';
import type {
  MeasureUnit,
  PublishedFormat,
  PublishedMeasure,
  PublishedRole,
  RequesterKind,
} from '../../../shared/published.ts';

export interface MeasureValue {
  /** `null`: the publisher left the cell blank or wrote "-" (no data), which is not 0. */
  value: number | null;
  unit: MeasureUnit;
}

export interface PublishedRow {
  /** Line of the row in the file (1-based, header is line 1), for problems and warnings. */
  line: number;
  role: PublishedRole;
  /** Platform slug of the catalogue: `google`, `x`, `facebook`, `tiktok`, `aliexpress`, `pinterest`. */
  platform: string;
  /** The service as the file names it ("Facebook", "Aliexpress"), when it names one. */
  service: string | null;
  /** ISO 3166-1 alpha-2, or `EU` / `XK` (see jurisdictions.ts in this folder). */
  jurisdiction: string;
  /** As written in the file ("Türkiye", "UK", "EL"). */
  jurisdictionLabel: string;
  /** YYYY-MM-DD, inclusive. */
  periodStart: string;
  periodEnd: string;
  requesterKind: RequesterKind | null;
  /** The publisher's own label, verbatim. */
  requesterLabel: string | null;
  reason: LegalCategory | null;
  reasonLabel: string | null;
  /** DSA `STATEMENT_CATEGORY_*` / `KEYWORD_*` code, kept as written. */
  reasonCode: string | null;
  /** DSA: `category` for STATEMENT_CATEGORY_* rows, `keyword` for KEYWORD_* rows, `total` for TOTAL. */
  reasonLevel: 'total' | 'category' | 'keyword' | null;
  product: string | null;
  /** DSA section 7 section ("Internal complaints mechanism") and indicator, verbatim. */
  section: string | null;
  indicator: string | null;
  requests: number | null;
  items: number | null;
  measures: Partial<Record<PublishedMeasure, MeasureValue>>;
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
