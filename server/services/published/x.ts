/**
 * X/Twitter "Removal requests" per-half-year CSVs (2012–2019 layouts) → one `figure` row per
 * country and period. TOTAL rows are not stored: they are checked against the rows above them.
 */
import type { Problem } from '../../../shared/problems.ts';
import type { PublishedMeasure } from '../../../shared/published.ts';
import { headerKey, readNumber } from './cells.ts';
import { jurisdictionFromCode, jurisdictionFromName } from './jurisdictions.ts';
import type { CsvRecord, ParsedFile, Parser, PublishedRow } from './types.ts';

interface Column {
  index: number;
  /** The header cell as written (trimmed), for problems and warnings. */
  name: string;
}

const GOVERNMENT = ["gov't", 'government', 'govt'].map((g) => `removal requests (${g} agency, police, other)`);
/** headerKey forms of each column; X respelled the government column over the years. */
const ALIASES = {
  country: ['country'],
  iso: ['iso code'],
  period: ['time period'],
  requests_court_orders: ['removal requests (court orders)'],
  requests_government_other: GOVERNMENT,
  pct_some_content_withheld: ['percentage where some content withheld'],
  accounts_specified: ['accounts specified'],
  accounts_withheld: ['accounts withheld'],
  tweets_withheld: ['tweets withheld'],
  accounts_tos: ['accounts (tos)'],
  accounts_no_action: ['accounts (no action)'],
} satisfies Partial<Record<'country' | 'iso' | 'period' | PublishedMeasure, string[]>>;
type Field = keyof typeof ALIASES;
type Measure = Field & PublishedMeasure;
type Columns = Partial<Record<Field, Column>>;
const REQUIRED: Field[] = ['country', 'period', 'requests_court_orders', 'requests_government_other'];
const MEASURES = (Object.keys(ALIASES) as Field[]).filter(
  (f): f is Measure => f !== 'country' && f !== 'iso' && f !== 'period',
);
const PERCENT: Measure = 'pct_some_content_withheld';

// A mis-decoded apostrophe can become several U+FFFD, which headerKey turns into several `'`.
const key = (cell: string) => headerKey(cell).replace(/'+/g, "'");
const isTotal = (cell: string | undefined) => /^totals?$/.test(key(cell ?? ''));

function findColumns(header: CsvRecord, problems: Problem[]): Columns | undefined {
  const columns: Columns = {};
  header.cells.forEach((cell, index) => {
    const field = (Object.keys(ALIASES) as Field[]).find((f) => ALIASES[f].includes(key(cell)));
    if (field && !columns[field]) columns[field] = { index, name: cell.replace(/^\uFEFF/, '').trim() };
  });
  const missing = REQUIRED.filter((f) => !columns[f]);
  for (const f of missing) problems.push({ line: header.line, path: '', message: `no column "${ALIASES[f][0]}"` });
  return missing.length ? undefined : columns;
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const pad = (n: number) => String(n).padStart(2, '0');

/** "January - June 2013" → 2013-01-01 .. 2013-06-30. */
function readPeriod(text: string): { start: string; end: string } | undefined {
  const m = /^([a-z]{3,})\s*[-–]\s*([a-z]{3,})\s+(\d{4})$/i.exec(text);
  if (!m) return undefined;
  const month = (word: string) => MONTHS.findIndex((n) => [n, n.slice(0, 3)].includes(word.toLowerCase()));
  const [from, to, year] = [month(m[1] as string), month(m[2] as string), Number(m[3])];
  if (from < 0 || to < from) return undefined;
  const lastDay = new Date(Date.UTC(year, to + 1, 0)).getUTCDate();
  return { start: `${year}-${pad(from + 1)}-01`, end: `${year}-${pad(to + 1)}-${pad(lastDay)}` };
}

type Measures = PublishedRow['measures'];

/** Every measure column present; annotated cells and footnote marks (`4*`) keep their number, with a warning. */
function readMeasures(record: CsvRecord, columns: Columns, out: ParsedFile): Measures {
  const measures: Measures = {};
  for (const m of MEASURES) {
    const col = columns[m];
    if (!col) continue;
    const written = (record.cells[col.index] ?? '').trim();
    const where = `line ${record.line}: "${col.name}"`;
    const footnote = /^(.*\d)\s*(\*+)$/.exec(written);
    const text = footnote ? (footnote[1] as string) : written;
    const unit = m === PERCENT ? 'percent' : 'count';
    if (unit === 'count' && text.includes('%')) {
      out.problems.push({ line: record.line, path: col.name, message: `"${written}" is a percentage, not a count` });
      measures[m] = { value: null, unit };
      continue;
    }
    const n = readNumber(text, { line: record.line, column: col.name }, out.problems, {
      integer: unit === 'count',
      percent: unit === 'percent',
    });
    if (n.annotation)
      out.warnings.push(`${where} is "${written}"; kept ${n.value}, not the annotation ${n.annotation}`);
    if (footnote && n.value !== null)
      out.warnings.push(`${where} is "${written}"; kept ${n.value} (the footnote ${footnote[2]} is not in the file)`);
    measures[m] = { value: n.value, unit };
  }
  return measures;
}

/** A TOTAL row against the country rows since the previous one (of its period, when it gives one). */
function checkTotal(record: CsvRecord, columns: Columns, above: PublishedRow[], out: ParsedFile): void {
  const periodCol = columns.period as Column;
  const periodText = (record.cells[periodCol.index] ?? '').trim();
  let rows = above;
  if (periodText && !isTotal(periodText)) {
    const period = readPeriod(periodText);
    if (period) rows = above.filter((r) => r.periodStart === period.start && r.periodEnd === period.end);
    else out.problems.push({ line: record.line, path: periodCol.name, message: `"${periodText}" is not a period` });
  }
  const label = [record.cells[(columns.country as Column).index], record.cells[0]].find(isTotal)?.trim();
  const given = readMeasures(record, columns, out);
  for (const m of MEASURES) {
    const total = given[m]?.value;
    if (m === PERCENT || total == null) continue;
    const sum = rows.reduce((s, r) => s + (r.measures[m]?.value ?? 0), 0);
    if (sum !== total)
      out.warnings.push(
        `line ${record.line}: ${label} row gives ${total} for "${columns[m]?.name}"; ` +
          `the ${rows.length} country rows above sum to ${sum}`,
      );
  }
}

function readCountry(
  record: CsvRecord,
  columns: Columns,
  seen: Map<string, number>,
  out: ParsedFile,
): PublishedRow | undefined {
  const { line } = record;
  const cell = (f: Field) => (columns[f] ? (record.cells[(columns[f] as Column).index] ?? '').trim() : '');
  const problem = (f: Field, message: string) => out.problems.push({ line, path: columns[f]?.name ?? f, message });
  const label = cell('country');
  const periodText = cell('period');
  const period = readPeriod(periodText);
  if (!label) problem('country', 'no country');
  if (!period) problem('period', `"${periodText}" is not a period such as "January - June 2013"`);
  const code = cell('iso');
  const jurisdiction = code ? jurisdictionFromCode(code) : label ? jurisdictionFromName(label) : undefined;
  if (code && !jurisdiction) problem('iso', `"${code}" is not a country code`);
  if (!code && label && !jurisdiction) problem('country', `"${label}" is not a country name we know`);
  const measures = readMeasures(record, columns, out);
  if (!label || !period || !jurisdiction) return undefined;

  const dup = `${jurisdiction} ${period.start} ${period.end}`;
  const first = seen.get(dup);
  if (first !== undefined) {
    problem('country', `${label} (${jurisdiction}) appears twice for ${periodText}: lines ${first} and ${line}`);
    return undefined;
  }
  seen.set(dup, line);
  const court = measures.requests_court_orders?.value ?? null;
  const government = measures.requests_government_other?.value ?? null;
  return {
    line,
    role: 'figure',
    platform: 'x',
    service: null,
    jurisdiction,
    jurisdictionLabel: label,
    periodStart: period.start,
    periodEnd: period.end,
    // Each row mixes court orders and government requests; both counts are kept as measures.
    requesterKind: 'mixed',
    requesterLabel: null,
    reason: null,
    reasonLabel: null,
    reasonCode: null,
    reasonLevel: null,
    product: null,
    section: null,
    indicator: null,
    requests: court === null && government === null ? null : (court ?? 0) + (government ?? 0),
    items: measures.accounts_specified?.value ?? null,
    measures,
  };
}

export const parseXRemovals: Parser = (records) => {
  const out: ParsedFile = { format: 'x-removals', publisher: 'x', rows: [], problems: [], warnings: [] };
  const [header, ...body] = records;
  if (!header) {
    out.problems.push({ line: 1, path: '', message: 'the file is empty' });
    return out;
  }
  const columns = findColumns(header, out.problems);
  if (!columns) return out;
  const seen = new Map<string, number>();
  let sinceTotal: PublishedRow[] = [];
  for (const record of body) {
    if (isTotal(record.cells[(columns.country as Column).index]) || isTotal(record.cells[0])) {
      checkTotal(record, columns, sinceTotal, out);
      sinceTotal = [];
      continue;
    }
    const row = readCountry(record, columns, seen, out);
    if (row) {
      out.rows.push(row);
      sinceTotal.push(row);
    }
  }
  return out;
};
