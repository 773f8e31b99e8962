/**
 * Free text (a request's stated reason) as the public may read it: e-mail addresses, phone numbers,
 * URLs and the names on the agency catalogue's redaction list become `[redacted]`. Pure, so the
 * server applies it in its mappers and tests can fuzz it. Erring towards redacting too much is
 * the intended failure: a lost case number costs less than a published phone number.
 */

export const REDACTED = '[redacted]';

// Letters and digits of any script: names and domains are often Cyrillic.
const WORD = '[\\p{L}\\p{N}]';
const URL_PATTERNS = [
  /\bhttps?:\/\/\S+/giu,
  /\bwww\.\S+/giu,
  // A bare domain followed by a path (`vk.com/id123`), so prose like "e.g." or "art.174" stays.
  new RegExp(`(?<![\\p{L}\\p{N}@.-])${WORD}[\\p{L}\\p{N}-]*(?:\\.${WORD}[\\p{L}\\p{N}-]*)*\\.\\p{L}{2,}\\/\\S*`, 'giu'),
];
const EMAIL = new RegExp(`[\\p{L}\\p{N}._%+-]+@${WORD}[\\p{L}\\p{N}-]*(?:\\.${WORD}[\\p{L}\\p{N}-]*)+`, 'giu');
/**
 * Runs of digit groups joined by one separator (space, dot, hyphen) or parentheses, optionally
 * after `+`. Each group is a maximal run of digits (`(?!\d)`), which keeps the pattern linear.
 */
const NUMBER_RUN = /(?<![\p{L}\p{N}+(])(?:\+ ?)?\(?\d+(?!\d)(?:\)?[ .-]?\(?\d+(?!\d))*\)?/gu;

/** Sentence punctuation a URL match swallowed ("see https://x.kz/a." keeps its full stop). */
function splitTrailing(match: string): [string, string] {
  const trailing = /[.,;:!?'"»)\]]+$/u.exec(match)?.[0] ?? '';
  return [match.slice(0, match.length - trailing.length), trailing];
}

/**
 * Whether a run of digit groups is a phone number rather than a date, a year, an article number
 * (`174-1`) or a count (`1 000 000`). `+` or a parenthesised area code decides at once; otherwise
 * it takes three or more groups with 9–15 digits that are neither a date nor thousands, or one
 * unbroken run of 10–15 digits (a number written without spaces; case numbers go with it).
 */
export function isPhoneNumber(run: string): boolean {
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  if (/^\+/.test(run)) return digits >= 7 && digits <= 15;
  if (/^\(\d/.test(run)) return digits >= 7 && digits <= 15 && groups.length >= 2;
  if (groups.length === 1) return digits >= 10 && digits <= 15;
  if (groups.length < 3 || digits < 9 || digits > 15) return false;
  const sizes = groups.map((g) => g.length);
  const [a = 0, b = 0, c = 0] = sizes;
  const isDate = (a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c === 4);
  const isThousands = a <= 3 && sizes.slice(1).every((n) => n === 3) && /^\d+(?:([ .,])\d{3})(?:\1\d{3})*$/.test(run);
  const isYears = sizes.filter((n) => n === 4).length >= 2;
  return !isDate && !isThousands && !isYears;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches any of `terms` as whole words, ignoring case and how the words are spaced. Longest
 * first, so "Ivan Petrov" is taken whole before "Ivan"; "redacted" itself is skipped so redacting
 * twice changes nothing. Null when there is nothing to match.
 */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2 && t.toLowerCase() !== 'redacted'))]
    .sort((x, y) => y.length - x.length)
    .map((t) => t.split(/\s+/u).map(escapeRegExp).join('\\s+'));
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The public form of a free text; `names` is a pattern from termsPattern (null: no names listed). */
export function redactText(text: string, names: RegExp | null = null): string {
  let out = text;
  for (const pattern of URL_PATTERNS) {
    out = out.replace(pattern, (match) => {
      const [url, trailing] = splitTrailing(match);
      return url ? REDACTED + trailing : match;
    });
  }
  out = out.replace(EMAIL, REDACTED);
  if (names) out = out.replace(names, REDACTED);
  return out.replace(NUMBER_RUN, (match) => {
    // A closing parenthesis of the prose around the number is not part of it.
    const unbalanced = match.endsWith(')') && (match.match(/\(/g) ?? []).length < (match.match(/\)/g) ?? []).length;
    const run = unbalanced ? match.slice(0, -1) : match;
    return isPhoneNumber(run.trimEnd()) ? REDACTED + match.slice(run.length) : match;
  });
}

/**
 * Why the public may not search for `search`, or null. Search matches stated reasons as stored,
 * so a public search for an e-mail, phone number, URL or listed name (or a piece of one) would
 * tell whether it occurs even though every answer shows the redacted text: such searches are
 * for analysts only.
 */
export function publicSearchProblem(search: string, terms: readonly string[]): string | null {
  const refused = 'Searching for e-mail addresses, phone numbers, URLs or redacted names needs an analyst account';
  if (/[@/\\:]|\+\s*\d/.test(search) || /\p{L}\.\p{L}{2,}/u.test(search) || (search.match(/\d/g) ?? []).length > 4) {
    return refused;
  }
  if (redactText(search, termsPattern(terms)) !== search) return refused;
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
  const listed = terms.map((t) => t.toLowerCase());
  return words.some((w) => listed.some((t) => t.includes(w))) ? refused : null;
}
