/**
 * The base rows an import writes, as the ingest baselines insert them on either engine: one column
 * list and one row function per table, so the SQLite and PostgreSQL baselines write the same rows.
 * Catalogue ids are the fixed ones both baselines create first (source, agency, platform, sets = 1).
 */
import { booleanToFlag } from '../../server/queries/mappers/item.ts';
import type { ItemInput, RequestInput } from '../../shared/interchange.ts';

// The column lists of the app's own bulk inserts: each row below follows the list of its table.
export {
  APPEAL_COLUMNS,
  AUDIT_COLUMNS,
  ITEM_COLUMNS,
  LINK_COLUMNS,
  REQUEST_COLUMNS,
} from '../../server/queries/ingest/insert.ts';

export const requestRow = (r: RequestInput, now: string) => [
  1,
  r.externalId,
  r.jurisdiction,
  1,
  1,
  r.channel,
  r.submittedAt,
  r.statedReason ?? null,
  1,
  1,
  now,
  now,
];

export const linkRows = (r: RequestInput, requestId: number) =>
  r.legalBases.map((_, position) => [requestId, position + 1, position]);

export const itemRow = (i: ItemInput, requestId: number, now: string) => [
  requestId,
  i.externalId,
  i.contentType,
  i.contentUrl ?? null,
  i.authorKind,
  i.outcome,
  i.outcomeBasis ?? null,
  i.decidedAt ?? null,
  booleanToFlag(i.automated),
  booleanToFlag(i.userNotified),
  now,
  now,
];

export const appealRows = (i: ItemInput, itemId: number, now: string) =>
  i.appeals.map((a) => [
    itemId,
    a.externalId,
    a.appellant ?? null,
    a.venue ?? null,
    a.filedAt ?? null,
    a.outcome,
    a.decidedAt ?? null,
    now,
    now,
  ]);

export const auditRow = (r: RequestInput, now: string) => [
  now,
  'bench',
  1,
  'create',
  'request',
  `bench/${r.externalId}`,
  JSON.stringify({ items: r.items.length }),
];

/** `insert into table (columns) values (?, …)` for a prepared statement. */
export const insertStatement = (table: string, columns: readonly string[]) =>
  `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
