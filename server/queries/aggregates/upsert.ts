/** Writes aggregate changes: additive upserts, then removal of rows whose counts reached zero. */
import { sql } from 'kysely';
import type { Db, Row } from '../../db/dialect/index.ts';
import { dialectOf } from '../../db/dialect/index.ts';
import { chunked } from '../chunks.ts';
import type { AggregateTable } from '../stats/aggregate-tables.ts';

/**
 * Adds each row's measures into the stored row of its key (INSERT … ON CONFLICT (key) DO UPDATE
 * SET m = m + excluded.m), creating it when new. Each row holds the key's values, then the measures';
 * keys must be distinct within one call.
 */
export async function upsertAggregateRows(
  trx: Db,
  table: AggregateTable['name'],
  keyColumns: readonly string[],
  measureColumns: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  if (rows.length) await dialectOf(trx).upsertAdding(trx, table, keyColumns, measureColumns, rows);
}

/** Deletes the rows of `days` whose `emptiedColumn` count is 0 (their key lost its last request). */
export async function deleteEmptiedAggregateRows(
  trx: Db,
  table: AggregateTable['name'],
  emptiedColumn: string,
  days: readonly string[],
): Promise<void> {
  for (const part of chunked(days, 500)) {
    await trx.deleteFrom(table).where(sql.ref(emptiedColumn), '=', 0).where('day', 'in', part).execute();
  }
}
