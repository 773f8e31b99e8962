/**
 * The fast demo seed, for an empty database (`npm start` on a fresh clone). The records take the
 * ingest path's checks, planning and bulk writes (records and their audit entries through
 * server/queries/ingest/) in large batches inside ONE transaction, with the catalogue resolved once
 * for the whole load; the aggregates are then built once by the full rebuild instead of per batch.
 * One transaction also means a seed cut short leaves the database empty, so the next start seeds again.
 */
import type { RequestInput, RequestWire } from '../../../shared/interchange.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import type { Actor } from '../actor.ts';
import { rebuildInTransaction } from '../aggregates/rebuild.ts';
import { CatalogCache } from '../catalog/cache.ts';
import { submitBulkBatch } from '../ingest/index.ts';

/** Requests per ingest batch: per-batch queries cost little, and a batch's plans stay small in memory. */
const BATCH = 5_000;

export interface FreshSeedResult {
  requests: number;
  items: number;
}

/**
 * Writes generated requests. Correct on any database (batches plan against what is stored, the
 * rebuild covers every record), but it rebuilds every aggregate: meant for an empty one. No zod
 * parse: the generator's output already is what RequestInput.parse returns (generate.test.ts
 * checks it), and parsing cost seconds at 200,000 items.
 */
export function writeFreshDemo(
  db: Db,
  requests: Iterable<RequestWire>,
  actor: Actor,
  onProgress?: (items: number) => void,
): Promise<FreshSeedResult> {
  return withWriteTransaction(db, async (trx) => {
    const catalog = new CatalogCache();
    const result: FreshSeedResult = { requests: 0, items: 0 };
    let batch: RequestInput[] = [];
    const flush = async () => {
      await submitBulkBatch(trx, batch, actor, catalog);
      onProgress?.(result.items);
      batch = [];
    };
    for (const wire of requests) {
      batch.push(wire as RequestInput);
      result.requests++;
      result.items += wire.items.length;
      if (batch.length === BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    await rebuildInTransaction(trx);
    return result;
  });
}
