/** Names and labels shared by the published-statistics charts and tables. */
import { formatCount, humanize } from '../../../shared/format.ts';
import { jurisdictionName } from '../../../shared/jurisdictions.ts';
import type { PublishedFormat } from '../../../shared/published.ts';
import { publisherName } from '../../../shared/published-mappings.ts';

/** "2019-01-01".."2019-06-30" → "2019 H1"; any other span → "2025-03-01 to 2025-08-31". */
export function periodLabel(start: string, end: string): string {
  const year = end.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-06-30`) return `${year} H1`;
  if (start === `${year}-07-01` && end === `${year}-12-31`) return `${year} H2`;
  return `${start} to ${end}`;
}

/** A published jurisdiction's name: ISO names, plus EU, XK and ZZ (international bodies with no country, such as Interpol). */
export function placeName(code: string): string {
  return code === 'ZZ' ? 'International bodies (no country)' : jurisdictionName(code);
}

export { publisherName };

/** Services the DSA files name, by platform slug, as the services spell themselves. */
const SERVICES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  aliexpress: 'AliExpress',
  x: 'X',
  pinterest: 'Pinterest',
  google: 'Google',
};

export function serviceName(platform: string): string {
  return SERVICES[platform] ?? humanize(platform);
}

const isDsa = (format: PublishedFormat) => format === 'dsa-orders' || format === 'dsa-complaints';

/**
 * The source line of a card: the reports its formats come from, among the files imported.
 * "Google Transparency Report · Meta, TikTok DSA transparency reports".
 */
export function sourceLine(
  files: { publisher: string; format: PublishedFormat }[],
  formats: PublishedFormat[],
  /** The publishers whose rows the card draws, when known: the others' files are left out. */
  publishers?: string[],
): string {
  const used = files.filter((f) => formats.includes(f.format) && (!publishers || publishers.includes(f.publisher)));
  const names = (pick: (f: { format: PublishedFormat }) => boolean) => [
    ...new Set(used.filter(pick).map((f) => publisherName(f.publisher))),
  ];
  const parts = names((f) => !isDsa(f.format)).map((name) => `${name} Transparency Report`);
  const dsa = names((f) => isDsa(f.format));
  if (dsa.length) parts.push(`${dsa.join(', ')} DSA transparency report${dsa.length > 1 ? 's' : ''}`);
  return parts.join(' · ');
}

/** "STATEMENT_CATEGORY_SCAMS_AND_FRAUD" → "Scams and fraud". */
export function dsaCategoryLabel(code: string): string {
  const bare = code.replace(/^(STATEMENT_CATEGORY_|KEYWORD_)/, '');
  if (bare === 'NOT_SPECIFIED_ORDER') return 'Not specified in the order';
  return humanize(bare.toLowerCase());
}

/** Table-view formatters: counts with separators, "—" for no figure. */
export const countCell = (v: number | string | null) => (typeof v === 'number' ? formatCount(v) : '—');
export const shareCell = (v: number | string | null) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—');

const FIGURE_FORMATS: PublishedFormat[] = ['google-removals', 'x-removals', 'dsa-orders'];

/** Half-years (or spans) from a file's first to its last day, in words. */
function spanOf(start: string, end: string): string {
  const first = start.slice(5) === '01-01' ? `${start.slice(0, 4)}-06-30` : `${start.slice(0, 4)}-12-31`;
  if (first === end) return periodLabel(start, end);
  const last = end.slice(5) === '06-30' ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 4)}-07-01`;
  return `${periodLabel(start, first)} to ${periodLabel(last, end)}`;
}

/**
 * Which publisher's figure rows cover which half-years ("Google 2019 H1 to 2025 H1 · X 2013 H1,
 * 2017 H2"): a change in a total across half-years can be a change in who reports.
 */
export function publisherCoverage(
  files: { publisher: string; format: PublishedFormat; periodStart: string | null; periodEnd: string | null }[],
): string {
  const spans = new Map<string, string[]>();
  const sorted = files
    .filter((f) => FIGURE_FORMATS.includes(f.format) && f.periodStart && f.periodEnd)
    .sort((a, b) => (a.periodStart as string).localeCompare(b.periodStart as string));
  for (const f of sorted) {
    const name = isDsa(f.format) ? `${publisherName(f.publisher)} (DSA)` : publisherName(f.publisher);
    const span = spanOf(f.periodStart as string, f.periodEnd as string);
    const list = spans.get(name) ?? [];
    if (!list.includes(span)) list.push(span);
    spans.set(name, list);
  }
  return [...spans.entries()].map(([name, list]) => `${name} ${list.join(', ')}`).join(' · ');
}
