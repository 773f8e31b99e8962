/**
 * The CSV interchange layout (INTERCHANGE.md): one row per item, or per appeal when an item has
 * several. `legalBases` packs citations as `JURISDICTION|instrument|article|part` joined by `;`;
 * a literal `|`, `;` or `\` inside a field is escaped with a backslash.
 */
export const CSV_COLUMNS = [
  'externalId',
  'source',
  'jurisdiction',
  'agencyName',
  'agencyKind',
  'platform',
  'channel',
  'submittedAt',
  'legalBases',
  'statedReason',
  'itemExternalId',
  'contentType',
  'contentUrl',
  'authorKind',
  'outcome',
  'outcomeBasis',
  'decidedAt',
  'automated',
  'userNotified',
  'appealExternalId',
  'appellant',
  'appealVenue',
  'appealFiledAt',
  'appealOutcome',
  'appealDecidedAt',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

export const REQUEST_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.slice(0, 10);
export const ITEM_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.slice(10, 19);

export interface Citation {
  jurisdiction: string;
  instrument: string;
  article: string;
  part?: string | null;
}

const escapeField = (text: string) => text.replace(/[\\|;]/g, (c) => `\\${c}`);

export function formatCitations(citations: readonly Citation[]): string {
  return citations
    .map((c) => [c.jurisdiction, c.instrument, c.article, c.part ?? ''].map(escapeField).join('|'))
    .join(';');
}

/** Parses the `legalBases` cell; returns an error message for a malformed citation. */
export function parseCitations(cell: string): Citation[] | string {
  if (cell.trim() === '') return [];
  const citations: string[][] = [[]];
  let field = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    const current = citations[citations.length - 1] as string[];
    if (c === '\\' && i + 1 < cell.length) field += cell[++i];
    else if (c === '|') {
      current.push(field);
      field = '';
    } else if (c === ';') {
      current.push(field);
      field = '';
      citations.push([]);
    } else field += c;
  }
  (citations[citations.length - 1] as string[]).push(field);
  const out: Citation[] = [];
  for (const [i, fields] of citations.entries()) {
    if (fields.length < 3 || fields.length > 4) {
      return `citation ${i + 1} must be JURISDICTION|instrument|article|part (got ${fields.length} fields)`;
    }
    const [jurisdiction = '', instrument = '', article = '', part = ''] = fields;
    out.push({ jurisdiction, instrument, article, ...(part ? { part } : {}) });
  }
  return out;
}
