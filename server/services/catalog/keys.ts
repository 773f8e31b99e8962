/**
 * Normalised keys that match submissions to catalogue entries, so "Ministry of Information and
 * Social Development" and "ministry of information  and social development" are one agency, and
 * "Art. 174" / "174" one provision. Changing these functions changes identity: add a migration.
 */

// Names repeat in every batch (a handful of agencies and instruments), and NFKC is not cheap:
// remember recent results, in maps cleared when they grow past a bound.
const NAME_CACHE_LIMIT = 10_000;

function remembered(compute: (text: string) => string): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let key = results.get(text);
    if (key === undefined) {
      if (results.size >= NAME_CACHE_LIMIT) results.clear();
      key = compute(text);
      results.set(text, key);
    }
    return key;
  };
}

/** Case-folded, NFKC, single-spaced, typographic quotes and trailing dots removed. */
export const normaliseName = remembered(computeNormalisedName);

function computeNormalisedName(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019\u201c\u201d\u00ab\u00bb"'`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

// Leading words that only say "article" / "part" in the languages of common citations.
const ARTICLE_PREFIX = /^(article|art\.?|section|sec\.?|s\.|§|статья|ст\.?|бап|madde)\s*/;
const PART_PREFIX = /^(part|para(graph)?\.?|p\.|clause|часть|ч\.?|тармақ|bölüm|fıkra)\s*/;

export const normaliseArticle = remembered((article) => normaliseName(article).replace(ARTICLE_PREFIX, '').trim());

const normalisedPart = remembered((part) => normaliseName(part).replace(PART_PREFIX, '').trim());

export function normalisePart(part: string | null | undefined): string {
  return part ? normalisedPart(part) : '';
}

export interface CitationFields {
  jurisdiction: string;
  instrument: string;
  article: string;
  part?: string | null;
}

/** `KZ|criminal code of the republic of kazakhstan|174|1`: one catalogue entry per key. */
export function citationKey(c: CitationFields): string {
  return `${c.jurisdiction}|${normaliseName(c.instrument)}|${normaliseArticle(c.article)}|${normalisePart(c.part)}`;
}

/** `KZ|ministry of information and social development`. */
export function agencyKey(jurisdiction: string, name: string): string {
  return `${jurisdiction}|${normaliseName(name)}`;
}
