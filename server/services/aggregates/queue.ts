/**
 * The aggregate deltas of consecutive batches in one write transaction (a file import), applied
 * one after another without the caller waiting: the next batch's reads and planning run while
 * PostgreSQL writes this batch's aggregates. Applies never overlap one another, so the tables go
 * through the same states as when each batch awaits its own; the other statements of the next
 * batch never touch the aggregate tables. On SQLite, which answers synchronously, nothing overlaps.
 * `drain` before committing; `settled` before the transaction ends in any way, so that no
 * statement of the queue runs after its COMMIT or ROLLBACK.
 */
import type { Db } from '../../db/database.ts';
import { AggregateDelta, type AggregateSink } from './delta.ts';

export class AggregateQueue implements AggregateSink {
  /** Never rejects: a failed apply is kept in `failure` and the applies after it are skipped. */
  private tail: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  constructor(private readonly trx: Db) {}

  newDelta(): AggregateDelta {
    return new AggregateDelta();
  }

  /** Queues the delta; throws the error of an earlier apply that failed. */
  push(delta: AggregateDelta): void {
    this.throwIfFailed();
    this.tail = this.tail
      .then(() => (this.failure ? undefined : delta.apply(this.trx)))
      .catch((error: unknown) => {
        this.failure ??= { error };
      });
  }

  /** Every queued delta applied; throws the first apply's error. */
  async drain(): Promise<void> {
    await this.tail;
    this.throwIfFailed();
  }

  /** Every queued apply finished or skipped, without throwing. */
  settled(): Promise<void> {
    return this.tail;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
