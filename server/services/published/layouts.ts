/**
 * Which known layout a file's header is. Detection looks at header cells only, so a renamed file
 * still imports; `--format` forces a layout. An unknown header is refused with its columns and
 * the nearest known layout.
 */
import type { PublishedFormat } from '../../../shared/published.ts';
import { headerKey } from './cells.ts';

/** Header cells that identify each layout (compared with headerKey); every one must be present. */
const SIGNATURES: Record<PublishedFormat, string[]> = {
  'google-removals': ['period ending', 'country/region', 'number of requests', 'items requested to be removed'],
  'google-detailed': ['period ending', 'country/region', 'product', 'reason', 'total'],
  'x-removals': ['country', 'time period', 'removal requests (court orders)', 'accounts specified'],
  'dsa-orders': ['service', 'reporting period', 'scope', 'number of orders to act against illegal content received'],
  'dsa-complaints': ['service', 'reporting period', 'section', 'indicator', 'scope', 'value'],
};

export const LAYOUT_NAMES: Record<PublishedFormat, string> = {
  'google-removals': 'Google "Government requests to remove content", per requester',
  'google-detailed': 'Google "Government requests to remove content", detailed (product × reason)',
  'x-removals': 'X/Twitter "Removal requests" per country',
  'dsa-orders': 'EU DSA template, section 3 (orders from Member State authorities)',
  'dsa-complaints': 'EU DSA template, section 7 (complaints and out-of-court disputes)',
};

export type Detection =
  | { format: PublishedFormat }
  | { format: undefined; nearest: PublishedFormat; missing: string[] };

/** The layout whose signature the header holds; google-detailed and google-removals never both match. */
export function detectLayout(header: string[]): Detection {
  const cells = new Set(header.map(headerKey));
  let nearest: { format: PublishedFormat; missing: string[] } | undefined;
  for (const [format, signature] of Object.entries(SIGNATURES) as [PublishedFormat, string[]][]) {
    const missing = signature.filter((cell) => !cells.has(cell));
    if (missing.length === 0) return { format };
    if (!nearest || missing.length / signature.length < nearest.missing.length / SIGNATURES[nearest.format].length)
      nearest = { format, missing };
  }
  const best = nearest as { format: PublishedFormat; missing: string[] };
  return { format: undefined, nearest: best.format, missing: best.missing };
}

/** "columns A, B, C match no known layout; nearest: … (missing "x", "y")". */
export function describeUnknownLayout(header: string[], detection: Detection & { format: undefined }): string {
  const columns = header.map((c) => `"${c.trim()}"`).join(', ');
  const missing = detection.missing.map((c) => `"${c}"`).join(', ');
  return (
    `its columns (${columns}) match no known layout; the nearest is ${detection.nearest} ` +
    `(${LAYOUT_NAMES[detection.nearest]}), which also needs ${missing}`
  );
}
