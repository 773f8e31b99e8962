/**
 * Aggregates staged in a second thread, for one long write transaction of many batches (the demo
 * seed) on SQLite. Each batch's delta goes, as its requests' states
 * (RecordedDelta), to a worker thread that applies it (the same rollups and upserts as
 * AggregateDelta.apply) to the aggregate tables of a scratch file, which then hold the summed
 * changes; at the end the transaction adds them into its own tables, one statement per table, and
 * deletes the rows that reached zero (queries/aggregates/staged.ts). Applying the deltas was ≈ 2.6 s
 * of the 9.3 s seed of `npm start`, on the one thread that also plans and writes the records, while
 * the machine's other core was idle. Exact: sums of the same changes (tests compare every table).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/database.ts';
import { dialectOf } from '../../db/dialect/index.ts';
import type { ScratchFiles } from '../../db/dialect/types.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { BULK_WORKER_LIMITS } from '../../heap.ts';
import { addStagedAggregates } from '../../queries/aggregates/staged.ts';
import { type AggregateDelta, type AggregateSink, emptiedColumn } from './delta.ts';
import { type PackedRequests, RecordedDelta } from './recorded.ts';
import { STAGE_AGGREGATES } from './stage-flag.ts';

/** What the staging thread is started with. */
export interface StageRequest {
  file: string;
}

/** Main thread → staging thread: a delta's request states (RecordedDelta), or the end. */
export type StageMessage = PackedRequests | { finish: true };

/** Starts the staging thread (stage-worker.ts's fillStagedAggregates) for `request`. */
export type StartStageWorker = (request: StageRequest) => Worker;

/** The staging thread as `entry` run again with STAGE_AGGREGATES (the server bundle's way). */
export const stageWorkerOfEntry =
  (entry: string): StartStageWorker =>
  (request) =>
    new Worker(resolve(entry), { argv: [STAGE_AGGREGATES], workerData: request, resourceLimits: BULK_WORKER_LIMITS });

const SCHEMA = 'staged';

export class AggregateStage implements AggregateSink {
  private failure: Error | undefined;
  private readonly finished: Promise<void>;
  private attached = false;

  private constructor(
    private readonly scratch: ScratchFiles,
    private readonly dir: string,
    private readonly file: string,
    private readonly worker: Worker,
  ) {
    this.finished = new Promise<void>((done, fail) => {
      worker.on('message', (message: { done?: true }) => {
        if (message.done) done();
      });
      const stopped = (error: Error) => {
        this.failure ??= error;
        fail(this.failure);
      };
      worker.once('error', stopped);
      // After `done` this settles nothing; before it, the thread died without a word (terminated, out of memory).
      worker.once('exit', (code) => stopped(new Error(`the aggregate staging thread stopped (exit code ${code})`)));
    });
    this.finished.catch(() => undefined);
  }

  /** A stage for `trx`, or undefined when the engine has no scratch files (PostgreSQL). */
  static open(trx: Db, start: StartStageWorker): AggregateStage | undefined {
    const scratch = dialectOf(trx).scratch;
    if (!scratch) return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'takedown-aggregates-'));
    const file = join(dir, 'aggregates.sqlite');
    try {
      return new AggregateStage(scratch, dir, file, start({ file }));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** A delta that records its requests for the staging thread. */
  newDelta(): AggregateDelta {
    return new RecordedDelta();
  }

  /** Sends the delta (from newDelta) to the staging thread; throws if that thread has failed. */
  push(delta: AggregateDelta): void {
    if (this.failure) throw this.failure;
    if (!(delta instanceof RecordedDelta)) throw new Error('AggregateStage.push takes the deltas of its newDelta');
    this.worker.postMessage(delta.packed satisfies StageMessage);
  }

  /** Waits for every delta to be staged, then adds the staged changes into `trx`'s tables. */
  async finish(trx: Db): Promise<void> {
    this.worker.postMessage({ finish: true } satisfies StageMessage);
    await this.finished;
    await this.scratch.attach(trx, this.file, SCHEMA);
    this.attached = true;
    await addStagedAggregates(trx, SCHEMA, emptiedColumn);
  }

  /** Once the transaction has ended, committed or not: detaches the file, stops the thread, deletes the file. */
  async dispose(db: Db): Promise<void> {
    try {
      if (this.attached) await this.scratch.detach(db, SCHEMA);
    } finally {
      await this.worker.terminate();
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

/**
 * Runs `fill` in one write transaction; its batches send their aggregate deltas to `sink`, staged
 * in another thread when `start` is given and the engine has scratch files (SQLite); else `sink`
 * is undefined and the batches see to their deltas themselves.
 */
export async function writeWithStagedAggregates<T>(
  db: Db,
  start: StartStageWorker | undefined,
  fill: (trx: Db, sink: AggregateSink | undefined) => Promise<T>,
): Promise<T> {
  let stage: AggregateStage | undefined;
  try {
    return await withWriteTransaction(db, async (trx) => {
      stage = start ? AggregateStage.open(trx, start) : undefined;
      const result = await fill(trx, stage);
      await stage?.finish(trx);
      return result;
    });
  } finally {
    await stage?.dispose(db);
  }
}
