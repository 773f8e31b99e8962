/**
 * Recomputes the aggregate tables from the item tables (`npm run db:rebuild-aggregates`), with
 * the same contribution function the write path uses. Runs in one transaction, page by page.
 */

import { AGGREGATE_TABLE_LIST } from '../../db/cube/tables.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { findRequestGraphsByIds } from '../../queries/request-graph.ts';
import { AggregateDelta } from './delta.ts';

const PAGE = 2000;

export async function rebuildAggregates(
  db: Db,
  onProgress?: (requests: number) => void,
): Promise<{ requests: number }> {
  return withWriteTransaction(db, async (trx) => {
    for (const table of AGGREGATE_TABLE_LIST) await trx.deleteFrom(table.name).execute();
    let after = 0;
    let done = 0;
    for (;;) {
      const ids = await trx
        .selectFrom('requests')
        .select('id')
        .where('id', '>', after)
        .where('retracted_at', 'is', null)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      if (ids.length === 0) break;
      const delta = new AggregateDelta();
      for (const request of await findRequestGraphsByIds(
        trx,
        ids.map((r) => r.id),
      )) {
        delta.addRequest(
          {
            ...request,
            retracted: false,
            items: request.items.map((item) => ({ ...item, appeals: item.appeals })),
          },
          1,
        );
      }
      await delta.apply(trx);
      after = ids[ids.length - 1]?.id ?? after;
      done += ids.length;
      onProgress?.(done);
    }
    return { requests: done };
  });
}
