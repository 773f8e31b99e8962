/** Cell readers shared by the published-report parsers: one rule each for numbers as publishers write them. */
import type { Problem } from '../../../shared/problems.ts';

/** Header cells compared without case, surrounding spaces, curly or replacement-character apostrophes. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/[\u2019\u2018\uFFFD`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface ParsedNumber {
  value: number | null;
  /** What followed the number in an annotated cell, e.g. `(2,440)` of `3,353 (2,440)`. */
  annotation?: string;
}

/**
 * A count or decimal as written: `1,292`, `1358`, `0.0`, `3%`, `3,353 (2,440)` (annotated), and
 * blank or `-` for "no data" (`null`, never 0). Anything else is a problem naming the cell.
 */
export function readNumber(
  cell: string | undefined,
  where: { line: number; column: string },
  problems: Problem[],
  options: { integer?: boolean; percent?: boolean } = {},
): ParsedNumber {
  const text = (cell ?? '').trim();
  if (text === '' || text === '-' || text === '–' || text === '—') return { value: null };
  const match = /^(-?[0-9][0-9,]*(?:\.[0-9]+)?|-?\.[0-9]+)\s*(%?)\s*(\(.*\))?$/.exec(text);
  if (!match || (match[1]?.includes(',') && !/^-?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$/.test(match[1]))) {
    problems.push({ line: where.line, path: where.column, message: `"${text}" is not a number` });
    return { value: null };
  }
  const value = Number((match[1] as string).replace(/,/g, ''));
  if (options.integer && !Number.isInteger(value)) {
    problems.push({ line: where.line, path: where.column, message: `"${text}" is not a whole number` });
    return { value: null };
  }
  if (value < 0) {
    problems.push({ line: where.line, path: where.column, message: `"${text}" is negative` });
    return { value: null };
  }
  if (options.percent && value > 100) {
    problems.push({ line: where.line, path: where.column, message: `"${text}" is more than 100 %` });
    return { value: null };
  }
  return match[3] ? { value, annotation: match[3] } : { value };
}
