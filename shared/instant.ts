/** ISO 8601 instants on the wire, normalised to `Date.prototype.toISOString()` form (UTC, ms). */
import { z } from 'zod';

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** Earliest instant accepted: nothing in this domain predates the commercial web. */
export const EARLIEST_INSTANT = '1990-01-01T00:00:00.000Z';
/** Clock skew tolerated for instants "in the future". */
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

/**
 * Parses an ISO 8601 date-time with a zone designator, or a plain date (midnight UTC).
 * Returns the normalised string, or null when the text is not such a date or names an
 * impossible calendar day (2022-02-30).
 */
export function parseInstant(text: string): string | null {
  const m = ISO_PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, h] = m;
  if (h !== undefined && !m[7]) return null;
  const date = new Date(h === undefined ? `${y}-${mo}-${d}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  // Date rolls 2022-02-30 over to March; compare the calendar day as written (before the zone
  // shift). When the normalised day is the written one, that day exists: no second Date needed.
  if (iso.startsWith(`${y}-${mo}-${d}`)) return iso;
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (probe.getUTCMonth() !== Number(mo) - 1 || probe.getUTCDate() !== Number(d)) return null;
  return iso;
}

/** A wire instant: validated, bounded, normalised to UTC. */
export const Instant = z
  .string()
  .max(40, 'must be an ISO 8601 date-time of at most 40 characters')
  .transform((text, ctx) => {
    const iso = parseInstant(text);
    if (iso === null) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not an ISO 8601 date-time with a time zone (e.g. 2022-03-14T09:15:00Z) or a date (2022-03-14)`,
      });
      return z.NEVER;
    }
    if (iso < EARLIEST_INSTANT) {
      ctx.addIssue({ code: 'custom', message: `${iso} is before ${EARLIEST_INSTANT.slice(0, 10)}` });
      return z.NEVER;
    }
    if (Date.parse(iso) > Date.now() + FUTURE_TOLERANCE_MS) {
      ctx.addIssue({ code: 'custom', message: `${iso} is in the future` });
      return z.NEVER;
    }
    return iso;
  })
  .meta({ format: 'date-time', description: 'ISO 8601 date-time with zone, or a date (UTC midnight)' });

/** A calendar day `YYYY-MM-DD`, used by filters. */
export const IsoDay = z.iso.date({ message: 'must be a calendar date YYYY-MM-DD' });
