/**
 * The default import: the whole file in ONE write transaction, read once. Chunks are validated and
 * written as they come; the first invalid record rolls the transaction back (nothing of the file
 * is written), and reading goes on outside it so every problem of the file is still reported.
 * The transaction holds the single-writer lock throughout: other writers wait (README "Files").
 */
import { basename } from 'node:path';
import { withWriteTransaction } from '../../db/transaction.ts';
import { AggregateQueue } from '../aggregates/queue.ts';
import { type SubmitResult, submitInTransaction } from '../ingest/index.ts';
import { checkChunk } from './check-chunk.ts';
import { saveCheckpoint } from './checkpoint.ts';
import type { ImportRun } from './import.ts';
import { scanFileInThread } from './scan-thread.ts';

/** Thrown inside the transaction to roll it back once the file is known to be invalid. */
class Invalid extends Error {}

export async function importWhole(run: ImportRun): Promise<void> {
  const { db, path, options, actor, summary, report } = run;
  let fileKey = '';
  const chunks = scanFileInThread(path, summary, {
    source: options.source,
    chunkSize: options.chunkSize,
    report,
    onBytes: options.onBytes,
    onFileKey: (key) => (fileKey = key),
  });
  let lastLine = 0;
  // Counted only once committed: a rolled-back file wrote nothing.
  const written: SubmitResult[] = [];
  try {
    await withWriteTransaction(db, async (trx) => {
      // Each chunk's aggregates are written while the next chunk is read and planned (see AggregateQueue).
      const aggregates = new AggregateQueue(trx);
      try {
        // Iterated by hand: leaving a for-await loop would close the generator, which must read on.
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
          const good = await checkChunk(trx, next.value, actor, summary, report);
          if (summary.invalid > 0) throw new Invalid();
          // Counts only: the per-record statuses of a whole file need not stay in memory.
          const { statuses: _, ...counts } = await submitInTransaction(
            trx,
            good.map((v) => v.request),
            actor,
            aggregates,
          );
          written.push(counts);
          lastLine = next.value[next.value.length - 1]?.lastLine ?? lastLine;
        }
        // Shape problems of records after the last valid one (the reader has read the whole file).
        if (summary.invalid > 0) throw new Invalid();
        await aggregates.drain();
        await saveCheckpoint(trx, fileKey, basename(path), lastLine, true);
      } finally {
        // No statement of the queue may run after the transaction's COMMIT or ROLLBACK.
        await aggregates.settled();
      }
    });
    summary.written = true;
    for (const result of written) run.addWritten(result);
  } catch (error) {
    if (!(error instanceof Invalid)) {
      await chunks.return(undefined); // stops the reader thread
      throw error;
    }
  }
  // Nothing more will be written: only look for the remaining problems.
  for await (const chunk of chunks) await checkChunk(db, chunk, actor, summary, report);
}
