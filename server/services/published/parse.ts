/** A published-report file's text → its layout and parsed rows; the one entry point of the parsers. */
import type { PublishedFormat } from '../../../shared/published.ts';
import { ValidationFailed } from '../errors.ts';
import { parseDsaComplaints, parseDsaOrders } from './dsa.ts';
import { parseGoogleDetailed, parseGoogleRemovals } from './google.ts';
import { describeUnknownLayout, detectLayout } from './layouts.ts';
import { readCsvRecords } from './read-csv.ts';
import type { ParsedFile, Parser } from './types.ts';
import { parseXRemovals } from './x.ts';

const PARSERS: Record<PublishedFormat, Parser> = {
  'google-removals': parseGoogleRemovals,
  'google-detailed': parseGoogleDetailed,
  'x-removals': parseXRemovals,
  'dsa-orders': parseDsaOrders,
  'dsa-complaints': parseDsaComplaints,
};

/** The layout of a header, or `undefined` with the sentence saying why none matches. */
export function layoutOf(header: string[]): { format?: PublishedFormat; reason?: string } {
  const detection = detectLayout(header);
  return detection.format ? { format: detection.format } : { reason: describeUnknownLayout(header, detection) };
}

/** Parses a whole file; an unknown layout is a ValidationFailed naming its columns and the nearest layout. */
export function parsePublishedText(text: string, fileName: string, format?: PublishedFormat): ParsedFile {
  const records = readCsvRecords(text);
  const header = records[0]?.cells ?? [];
  const chosen = format ?? layoutOf(header).format;
  if (!chosen) {
    const message = `${fileName}: ${layoutOf(header).reason}`;
    throw new ValidationFailed([{ line: 1, path: '', message }], `${message}. Nothing was written.`);
  }
  return PARSERS[chosen](records, fileName);
}
