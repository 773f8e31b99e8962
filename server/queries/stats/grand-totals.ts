/** Requests and items of the whole database (retracted ones excluded), from the monthly rollup. */
import type { Db } from '../../db/database.ts';

export async function findGrandTotals(db: Db): Promise<{ requests: number; items: number }> {
  const totals = await db
    .selectFrom('agg_monthly')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('requests'), eb.lit(0)).as('requests'),
      eb.fn.coalesce(eb.fn.sum<number>('items'), eb.lit(0)).as('items'),
    ])
    .executeTakeFirstOrThrow();
  // sum() comes back as a string or bigint from some drivers.
  return { requests: Number(totals.requests), items: Number(totals.items) };
}
