/**
 * New rows of a write (the bulk of any import), inserted many at a time through the dialect's bulk
 * path (SQLite: cached prepared statements; PostgreSQL: one array per column through unnest). Generated ids come
 * back in input order, so callers can link children to the parents they just wrote.
 */
import type { Selectable } from 'kysely';
import type { Db, TableName } from '../../db/dialect/index.ts';
import { dialectOf } from '../../db/dialect/index.ts';
import type {
  AppealsTable,
  AuditLogTable,
  ItemsTable,
  RequestLegalBasesTable,
  RequestsTable,
} from '../../db/schema.ts';
import { everyColumn } from '../columns.ts';

export type NewRequestRow = Omit<Selectable<RequestsTable>, 'id' | 'retracted_at' | 'retraction_reason'>;
export type NewItemRow = Omit<Selectable<ItemsTable>, 'id'>;
export type NewAppealRow = Omit<Selectable<AppealsTable>, 'id'>;
export type NewAuditRow = Omit<Selectable<AuditLogTable>, 'id'>;
export type NewRequestLegalBaseRow = Selectable<RequestLegalBasesTable>;

/** Each new row's columns, in insert order (the bulk path writes only the columns it is given). */
export const REQUEST_COLUMNS = everyColumn<NewRequestRow>({
  source_id: true,
  external_id: true,
  jurisdiction: true,
  agency_id: true,
  platform_id: true,
  channel: true,
  submitted_at: true,
  stated_reason: true,
  basis_set_id: true,
  profile_set_id: true,
  created_at: true,
  updated_at: true,
});
export const ITEM_COLUMNS = everyColumn<NewItemRow>({
  request_id: true,
  external_id: true,
  content_type: true,
  content_url: true,
  author_kind: true,
  outcome: true,
  outcome_basis: true,
  decided_at: true,
  automated: true,
  user_notified: true,
  created_at: true,
  updated_at: true,
});
export const APPEAL_COLUMNS = everyColumn<NewAppealRow>({
  item_id: true,
  external_id: true,
  appellant: true,
  venue: true,
  filed_at: true,
  outcome: true,
  decided_at: true,
  created_at: true,
  updated_at: true,
});
export const LINK_COLUMNS = everyColumn<NewRequestLegalBaseRow>({
  request_id: true,
  legal_basis_id: true,
  position: true,
});
export const AUDIT_COLUMNS = everyColumn<NewAuditRow>({
  at: true,
  actor: true,
  source_id: true,
  action: true,
  entity: true,
  entity_key: true,
  changes: true,
});

const valuesOf = <T>(rows: readonly T[], columns: readonly (keyof T & string)[]) =>
  rows.map((row) => columns.map((c) => row[c]));

function insertReturningIds<T>(trx: Db, table: TableName, columns: readonly (keyof T & string)[], rows: readonly T[]) {
  if (!rows.length) return Promise.resolve([]);
  return dialectOf(trx).insertReturningIds(trx, table, columns, valuesOf(rows, columns));
}

function insert<T>(trx: Db, table: TableName, columns: readonly (keyof T & string)[], rows: readonly T[]) {
  if (!rows.length) return Promise.resolve();
  return dialectOf(trx).insertRows(trx, table, columns, valuesOf(rows, columns));
}

/** Inserts requests; their ids in input order. */
export const insertRequests = (trx: Db, rows: readonly NewRequestRow[]): Promise<number[]> =>
  insertReturningIds(trx, 'requests', REQUEST_COLUMNS, rows);

/** Inserts items; their ids in input order. */
export const insertItems = (trx: Db, rows: readonly NewItemRow[]): Promise<number[]> =>
  insertReturningIds(trx, 'items', ITEM_COLUMNS, rows);

export const insertAppeals = (trx: Db, rows: readonly NewAppealRow[]): Promise<void> =>
  insert(trx, 'appeals', APPEAL_COLUMNS, rows);

export const insertRequestLegalBases = (trx: Db, rows: readonly NewRequestLegalBaseRow[]): Promise<void> =>
  insert(trx, 'request_legal_bases', LINK_COLUMNS, rows);

export const insertAuditEntries = (trx: Db, rows: readonly NewAuditRow[]): Promise<void> =>
  insert(trx, 'audit_log', AUDIT_COLUMNS, rows);
