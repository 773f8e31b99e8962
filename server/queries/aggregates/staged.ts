/** The aggregate tables filled in a scratch file (services/aggregates/stage.ts), copied in whole. */
import { AGGREGATE_TABLE_LIST } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';

/** True when no aggregate table holds a row. */
export async function aggregateTablesEmpty(db: Db): Promise<boolean> {
  for (const table of AGGREGATE_TABLE_LIST) {
    const row = await db.selectFrom(table.name).select('day').limit(1).executeTakeFirst();
    if (row) return false;
  }
  return true;
}

/**
 * Copies every aggregate table from the same tables under `schema` (an attached file made by the
 * same migrations). Into empty tables of the same definition, SQLite copies the stored rows as
 * they are (its transfer optimisation), without decoding them.
 */
export async function copyAggregateTables(trx: Db, schema: string): Promise<void> {
  for (const table of AGGREGATE_TABLE_LIST) {
    await trx.insertInto(table.name).expression(trx.withSchema(schema).selectFrom(table.name).selectAll()).execute();
  }
}
