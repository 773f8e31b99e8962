/**
 * DSA statement-of-reasons taxonomy codes (`STATEMENT_CATEGORY_*`, `KEYWORD_*`) → our legal
 * categories. Keywords map on their own where their meaning is narrower than their category
 * (KEYWORD_DEFAMATION under ILLEGAL_OR_HARMFUL_SPEECH); "other" keywords take their category's.
 */
import type { LegalCategory } from '../../../shared/enums.ts';
import { DSA_CATEGORIES, DSA_KEYWORDS } from '../../../shared/published-mappings.ts';

/** `KEYWORD_OTHER`, and publishers' own `KEYWORD_OTHER_*` sub-categories (Facebook's KEYWORD_OTHER_SPAM). */
export function isOtherKeyword(code: string): boolean {
  return code === 'KEYWORD_OTHER' || code.startsWith('KEYWORD_OTHER_');
}

/**
 * The legal category of a code, given the category code above it (for "other" keywords);
 * `null` for `TOTAL`, `undefined` when the code is not in the taxonomy.
 */
export function dsaReason(code: string, parent: string | null): LegalCategory | null | undefined {
  if (code === 'TOTAL') return null;
  if (isOtherKeyword(code)) return parent ? (dsaReason(parent, null) ?? undefined) : undefined;
  if (code.startsWith('STATEMENT_CATEGORY_')) return DSA_CATEGORIES[code.slice('STATEMENT_CATEGORY_'.length)];
  if (code.startsWith('KEYWORD_')) return DSA_KEYWORDS[code.slice('KEYWORD_'.length)];
  return undefined;
}
