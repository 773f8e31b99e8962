/**
 * Recomputes the aggregate tables from the item tables (`npm run db:rebuild-aggregates`), with
 * the same contribution function the write path uses. Runs in one transaction, page by page.
 */
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { findRequestGraphsByIds } from '../../queries/request-graph.ts';
import { deleteAggregateRows, findLiveRequestIds } from '../../queries/stats/rebuild.ts';
import { AggregateDelta, requestState } from './delta.ts';

const PAGE = 2000;

export function rebuildAggregates(db: Db, onProgress?: (requests: number) => void): Promise<{ requests: number }> {
  return withWriteTransaction(db, (trx) => rebuildInTransaction(trx, onProgress));
}

async function rebuildInTransaction(trx: Db, onProgress?: (requests: number) => void): Promise<{ requests: number }> {
  await deleteAggregateRows(trx);
  let after = 0;
  let done = 0;
  for (;;) {
    const ids = await findLiveRequestIds(trx, after, PAGE);
    if (ids.length === 0) break;
    const delta = new AggregateDelta();
    for (const request of await findRequestGraphsByIds(trx, ids)) {
      delta.addRequest(requestState(request, false, request.items), 1);
    }
    await delta.apply(trx);
    after = ids[ids.length - 1] ?? after;
    done += ids.length;
    onProgress?.(done);
  }
  return { requests: done };
}
