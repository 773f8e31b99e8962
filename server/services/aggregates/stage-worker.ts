/**
 * The staging thread (stage.ts): applies each delta it is sent, by its base rows, to the aggregate
 * tables of a new scratch file made by the same migrations, in one transaction; then closes the
 * file and says so.
 */
import { on } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { openScratchDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { AggregateDelta } from './delta.ts';
import { replay } from './recorded.ts';
import type { StageMessage, StageRequest } from './stage.ts';

export async function fillStagedAggregates(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('fillStagedAggregates runs in a worker thread');
  const { file } = workerData as StageRequest;
  const { db, close } = openScratchDatabase(file);
  try {
    await migrateToLatest(db);
    await withWriteTransaction(db, async (trx) => {
      for await (const [message] of on(port, 'message') as AsyncIterable<[StageMessage]>) {
        if (!Array.isArray(message)) break;
        const delta = new AggregateDelta();
        replay(message, delta);
        // Changes, not totals: a key that nets to zero here may not be empty in the database.
        await delta.apply(trx, { deleteEmptied: false });
      }
    });
  } finally {
    await close();
  }
  port.postMessage({ done: true });
}
