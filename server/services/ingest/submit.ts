import type { RequestInput } from '../../../shared/interchange.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../actor.ts';

export interface SubmitResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Items created or updated by this call. */
  items: number;
  itemsCreated: number;
  itemsUpdated: number;
}

export interface SubmitOptions {
  /** Runs inside the write transaction after the batch is written (import checkpoints). */
  afterWrite?: (trx: Db) => Promise<void>;
}

/** Batch-level checks beyond shape (sources, duplicates); no writes. Indices are batch positions. */
export async function checkBatch(_db: Db, _requests: RequestInput[], _actor: Actor): Promise<Problem[]> {
  throw new Error('not implemented yet');
}

/**
 * Validates the whole batch, then writes it in one transaction: idempotent on (source, externalId),
 * updates audited, aggregates kept current. Throws ValidationFailed / Forbidden and writes nothing.
 */
export async function submitRequests(
  _db: Db,
  _requests: RequestInput[],
  _actor: Actor,
  _options: SubmitOptions = {},
): Promise<SubmitResult> {
  throw new Error('not implemented yet');
}
