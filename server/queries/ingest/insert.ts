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

export type NewRequestRow = Omit<Selectable<RequestsTable>, 'id' | 'retracted_at' | 'retraction_reason'>;
export type NewItemRow = Omit<Selectable<ItemsTable>, 'id'>;
export type NewAppealRow = Omit<Selectable<AppealsTable>, 'id'>;
export type NewAuditRow = Omit<Selectable<AuditLogTable>, 'id'>;
export type NewRequestLegalBaseRow = Selectable<RequestLegalBasesTable>;

export const REQUEST_COLUMNS = [
  'source_id',
  'external_id',
  'jurisdiction',
  'agency_id',
  'platform_id',
  'channel',
  'submitted_at',
  'stated_reason',
  'basis_set_id',
  'profile_set_id',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof NewRequestRow)[];
export const ITEM_COLUMNS = [
  'request_id',
  'external_id',
  'content_type',
  'content_url',
  'author_kind',
  'outcome',
  'outcome_basis',
  'decided_at',
  'automated',
  'user_notified',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof NewItemRow)[];
export const APPEAL_COLUMNS = [
  'item_id',
  'external_id',
  'appellant',
  'venue',
  'filed_at',
  'outcome',
  'decided_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof NewAppealRow)[];
export const LINK_COLUMNS = ['request_id', 'legal_basis_id', 'position'] as const;
export const AUDIT_COLUMNS = ['at', 'actor', 'source_id', 'action', 'entity', 'entity_key', 'changes'] as const;

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
