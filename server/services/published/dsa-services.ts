/** What both DSA-template parsers read the same way: the service (→ publisher, platform), the period, the header. */
import { IsoDay } from '../../../shared/instant.ts';
import type { Problem } from '../../../shared/problems.ts';
import { headerKey } from './cells.ts';
import type { CsvRecord } from './types.ts';

export interface ServiceSlugs {
  publisher: string;
  platform: string;
}

/** The template names a service; the publisher is the company that reports for it. */
const SERVICES: Record<string, ServiceSlugs> = {
  facebook: { publisher: 'meta', platform: 'facebook' },
  instagram: { publisher: 'meta', platform: 'instagram' },
  tiktok: { publisher: 'tiktok', platform: 'tiktok' },
  aliexpress: { publisher: 'aliexpress', platform: 'aliexpress' },
  pinterest: { publisher: 'pinterest', platform: 'pinterest' },
  x: { publisher: 'x', platform: 'x' },
  twitter: { publisher: 'x', platform: 'x' },
  youtube: { publisher: 'google', platform: 'youtube' },
  linkedin: { publisher: 'microsoft', platform: 'linkedin' },
  snapchat: { publisher: 'snap', platform: 'snapchat' },
  amazon: { publisher: 'amazon', platform: 'amazon' },
  'amazon store': { publisher: 'amazon', platform: 'amazon' },
};

/** "Booking.com" → `booking-com`: a publisher or platform slug for a service we do not know. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'unknown';
}

export function serviceSlugs(service: string): ServiceSlugs {
  const known = SERVICES[headerKey(service)];
  if (known) return known;
  const slug = slugOf(service);
  return { publisher: slug, platform: slug };
}

/**
 * Tracks the file's publisher: every row's service must belong to the first row's publisher
 * (Facebook and Instagram may share a file; Facebook and TikTok may not).
 */
export class PublisherOfFile {
  publisher: string | undefined;
  private first: { service: string; line: number } | undefined;

  constructor(private readonly problems: Problem[]) {}

  add(service: string, line: number, column: string): ServiceSlugs {
    const slugs = serviceSlugs(service);
    if (!this.first) {
      this.first = { service, line };
      this.publisher = slugs.publisher;
    } else if (slugs.publisher !== this.publisher) {
      const { service: s, line: l } = this.first;
      this.problems.push({
        line,
        path: column,
        message: `"${service}" is reported by ${slugs.publisher}, but "${s}" (line ${l}) by ${this.publisher}: one publisher per file`,
      });
    }
    return slugs;
  }
}

/** `2025-07-01/2025-12-31` → its first and last day (inclusive). */
export function readPeriod(
  cell: string | undefined,
  where: { line: number; column: string },
  problems: Problem[],
): { start: string; end: string } | undefined {
  const text = (cell ?? '').trim();
  const m = /^(\S+)\s*\/\s*(\S+)$/.exec(text);
  const [start, end] = m ? [m[1] as string, m[2] as string] : [];
  if (start && end && IsoDay.safeParse(start).success && IsoDay.safeParse(end).success && start <= end)
    return { start, end };
  problems.push({
    line: where.line,
    path: where.column,
    message: `"${text}" is not a period such as 2025-07-01/2025-12-31`,
  });
  return undefined;
}

export interface Column {
  index: number;
  /** The header cell as written (trimmed), for problems. */
  name: string;
}

/** Each wanted column (a headerKey, or a test on it); a missing required one is a problem on the header line. */
export function findColumns<K extends string>(
  header: CsvRecord,
  wanted: Record<K, string | ((key: string) => boolean)>,
  required: readonly K[],
  problems: Problem[],
): Partial<Record<K, Column>> | undefined {
  const columns: Partial<Record<K, Column>> = {};
  for (const field of Object.keys(wanted) as K[]) {
    const want = wanted[field];
    const index = header.cells.findIndex((cell) =>
      typeof want === 'string' ? headerKey(cell) === want : want(headerKey(cell)),
    );
    if (index >= 0) columns[field] = { index, name: (header.cells[index] as string).replace(/^\uFEFF/, '').trim() };
  }
  const missing = required.filter((f) => !columns[f]);
  for (const f of missing) {
    const want = wanted[f];
    problems.push({ line: header.line, path: '', message: `no column "${typeof want === 'string' ? want : f}"` });
  }
  return missing.length ? undefined : columns;
}

/** "93–105, 107" for a warning: consecutive lines as ranges, at most `max` pieces. */
export function describeLines(lines: number[], max = 8): string {
  const pieces: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as number) === (lines[j] as number) + 1) j++;
    pieces.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  const shown = pieces.slice(0, max).join(', ');
  return pieces.length > max ? `${shown} and ${pieces.length - max} more` : shown;
}
