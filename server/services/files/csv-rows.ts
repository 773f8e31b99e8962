/** CSV rows ↔ interchange requests. Empty cell = absent; rows that belong together must agree. */
import type { Problem } from '../../../shared/problems.ts';
import {
  CSV_COLUMNS,
  type CsvRow,
  formatCitations,
  ITEM_COLUMNS,
  parseCitations,
  REQUEST_COLUMNS,
} from './csv-format.ts';

/** A request as JSON-ish wire data, before schema validation. */
export type WireRecord = Record<string, unknown>;

export interface NumberedRow {
  line: number;
  row: CsvRow;
}

const set = (target: WireRecord, key: string, value: string | undefined) => {
  if (value !== undefined && value !== '') target[key] = value;
};

function parseBoolean(value: string, line: number, column: string, problems: Problem[]): boolean | undefined {
  if (value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  problems.push({ line, path: column, message: `must be true, false or empty, not "${value}"` });
  return undefined;
}

/** Builds one request from the consecutive rows sharing its externalId. */
export function rowsToRequest(rows: NumberedRow[]): { record: WireRecord; problems: Problem[] } {
  const problems: Problem[] = [];
  const first = rows[0] as NumberedRow;
  for (const { line, row } of rows.slice(1)) {
    for (const column of REQUEST_COLUMNS) {
      if (row[column] !== first.row[column]) {
        problems.push({ line, path: column, message: `differs from line ${first.line} of the same request` });
      }
    }
  }
  const r = first.row;
  const record: WireRecord = {};
  set(record, 'externalId', r.externalId);
  set(record, 'source', r.source);
  set(record, 'jurisdiction', r.jurisdiction);
  const agency: WireRecord = {};
  set(agency, 'name', r.agencyName);
  set(agency, 'kind', r.agencyKind);
  record.agency = agency;
  set(record, 'platform', r.platform);
  set(record, 'channel', r.channel);
  set(record, 'submittedAt', r.submittedAt);
  const citations = parseCitations(r.legalBases);
  if (typeof citations === 'string') problems.push({ line: first.line, path: 'legalBases', message: citations });
  else record.legalBases = citations;
  set(record, 'statedReason', r.statedReason);

  const items = new Map<string, { line: number; item: WireRecord; appeals: WireRecord[] }>();
  for (const { line, row } of rows) {
    let entry = items.get(row.itemExternalId);
    if (!entry) {
      const item: WireRecord = {};
      set(item, 'externalId', row.itemExternalId);
      for (const column of [
        'contentType',
        'contentUrl',
        'authorKind',
        'outcome',
        'outcomeBasis',
        'decidedAt',
      ] as const) {
        set(item, column, row[column]);
      }
      const automated = parseBoolean(row.automated, line, 'automated', problems);
      const notified = parseBoolean(row.userNotified, line, 'userNotified', problems);
      if (automated !== undefined) item.automated = automated;
      if (notified !== undefined) item.userNotified = notified;
      entry = { line, item, appeals: [] };
      items.set(row.itemExternalId, entry);
    } else {
      const firstRow = rows.find((x) => x.line === entry?.line)?.row as CsvRow;
      for (const column of ITEM_COLUMNS) {
        if (row[column] !== firstRow[column]) {
          problems.push({ line, path: column, message: `differs from line ${entry.line} of the same item` });
        }
      }
    }
    const appealCells = [
      row.appealExternalId,
      row.appellant,
      row.appealVenue,
      row.appealFiledAt,
      row.appealOutcome,
      row.appealDecidedAt,
    ];
    if (appealCells.some((cell) => cell !== '')) {
      const appeal: WireRecord = {};
      set(appeal, 'externalId', row.appealExternalId);
      set(appeal, 'appellant', row.appellant);
      set(appeal, 'venue', row.appealVenue);
      set(appeal, 'filedAt', row.appealFiledAt);
      set(appeal, 'outcome', row.appealOutcome);
      set(appeal, 'decidedAt', row.appealDecidedAt);
      entry.appeals.push(appeal);
    }
  }
  record.items = [...items.values()].map(({ item, appeals }) => ({ ...item, appeals }));
  return { record, problems };
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The rows of one exported request (wire shape with nulls omitted). */
export function requestToRows(request: WireRecord): CsvRow[] {
  const agency = (request.agency ?? {}) as WireRecord;
  const base = {
    externalId: text(request.externalId),
    source: text(request.source),
    jurisdiction: text(request.jurisdiction),
    agencyName: text(agency.name),
    agencyKind: text(agency.kind),
    platform: text(request.platform),
    channel: text(request.channel),
    submittedAt: text(request.submittedAt),
    legalBases: formatCitations((request.legalBases ?? []) as never),
    statedReason: text(request.statedReason),
  };
  const rows: CsvRow[] = [];
  for (const item of (request.items ?? []) as WireRecord[]) {
    const itemCells = {
      itemExternalId: text(item.externalId),
      contentType: text(item.contentType),
      contentUrl: text(item.contentUrl),
      authorKind: text(item.authorKind),
      outcome: text(item.outcome),
      outcomeBasis: text(item.outcomeBasis),
      decidedAt: text(item.decidedAt),
      automated: text(item.automated),
      userNotified: text(item.userNotified),
    };
    const appeals = (item.appeals ?? []) as WireRecord[];
    const appealRows = appeals.length ? appeals : [{}];
    for (const a of appealRows) {
      rows.push({
        ...base,
        ...itemCells,
        appealExternalId: text(a.externalId),
        appellant: text(a.appellant),
        appealVenue: text(a.venue),
        appealFiledAt: text(a.filedAt),
        appealOutcome: text(a.outcome),
        appealDecidedAt: text(a.decidedAt),
      });
    }
  }
  return rows;
}

export function missingColumns(header: readonly string[]): { missing: string[]; unknown: string[] } {
  return {
    missing: CSV_COLUMNS.filter((c) => !header.includes(c)),
    unknown: header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c)),
  };
}
