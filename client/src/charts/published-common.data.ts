/** Names and labels shared by the published-statistics charts and tables. */
import { formatCount, humanize } from '../../../shared/format.ts';
import type { PublishedFormat } from '../../../shared/published.ts';

/** "2019-01-01".."2019-06-30" → "2019 H1"; any other span → "2025-03-01 to 2025-08-31". */
export function periodLabel(start: string, end: string): string {
  const year = end.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-06-30`) return `${year} H1`;
  if (start === `${year}-07-01` && end === `${year}-12-31`) return `${year} H2`;
  return `${start} to ${end}`;
}

const PUBLISHERS: Record<string, string> = {
  google: 'Google',
  x: 'X (formerly Twitter)',
  meta: 'Meta',
  tiktok: 'TikTok',
  aliexpress: 'AliExpress',
  pinterest: 'Pinterest',
};

export function publisherName(slug: string): string {
  return PUBLISHERS[slug] ?? humanize(slug);
}

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
): string {
  const used = files.filter((f) => formats.includes(f.format));
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
