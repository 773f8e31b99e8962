/**
 * Aggregate changes staged in a scratch file (services/aggregates/stage.ts), added into the
 * aggregate tables in one statement per table.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import { AGGREGATE_TABLE_LIST, type AggregateTable, keyColumns, measureColumns } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';

/**
 * Adds the changes of every aggregate table under `schema` (an attached file made by the same
 * migrations, holding summed changes, not totals) into this database's tables, then deletes the
 * rows whose `emptied` count the changes took to 0, as AggregateDelta.apply does batch by batch:
 * a key can only reach 0 through a negative change, so the days with one are where to look.
 */
export async function addStagedAggregates(
  trx: Db,
  schema: string,
  emptiedColumn: (table: AggregateTable) => 'items' | 'requests',
): Promise<void> {
  for (const table of AGGREGATE_TABLE_LIST) {
    const name = table.name as 'agg_items';
    const emptied = emptiedColumn(table);
    const staged = () => trx.withSchema(schema).selectFrom(name);
    if (await isEmpty(trx, name)) {
      // Into an empty table of the same definition SQLite copies the stored rows as they are, without
      // decoding them (its transfer optimisation); the keys whose changes cancelled out go after.
      await trx.insertInto(name).expression(staged().selectAll()).execute();
      await trx.deleteFrom(name).where(sql.ref(emptied), '=', 0).execute();
      continue;
    }
    const key = keyColumns(table);
    const measures = measureColumns(table);
    const any = (eb: ExpressionBuilder<never, never>, op: '<>' | '<') =>
      eb.or(measures.map((m) => eb(sql.ref(m), op, 0)));
    await trx
      .insertInto(name)
      .columns([...key, ...measures] as never)
      .expression(
        staged()
          .select([...key, ...measures] as never)
          .where((eb) => any(eb as never, '<>')),
      )
      .onConflict((oc) =>
        oc
          .columns(key as never)
          .doUpdateSet((eb) =>
            Object.fromEntries(
              measures.map((m) => [m, eb(eb.ref(`${name}.${m}` as never), '+', eb.ref(`excluded.${m}` as never))]),
            ),
          ),
      )
      .execute();
    await trx
      .deleteFrom(name)
      .where(sql.ref(emptied), '=', 0)
      .where(
        'day',
        'in',
        staged()
          .select('day')
          .where((eb) => any(eb as never, '<')),
      )
      .execute();
  }
}

async function isEmpty(db: Db, table: AggregateTable['name']): Promise<boolean> {
  return (await db.selectFrom(table).select('day').limit(1).executeTakeFirst()) === undefined;
}
