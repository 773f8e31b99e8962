/**
 * `--skip-invalid`: each chunk's valid records commit in their own transaction together with a
 * checkpoint (the chunk's last line), so other writers get turns and a re-run of the same file
 * after an interruption resumes after the last committed chunk. Invalid records are reported and
 * passed over. The file's key is its hash, read (bytes only) before anything is written.
 */
import { basename } from 'node:path';
import type { Db } from '../../db/database.ts';
import { findCheckpoint } from '../../queries/checkpoints.ts';
import { submitRequests } from '../ingest/index.ts';
import { checkChunk } from './check-chunk.ts';
import { fileKeyOf, saveCheckpoint } from './checkpoint.ts';
import type { ImportRun } from './import.ts';
import { scanFileInThread } from './scan-thread.ts';

export async function importResumable(run: ImportRun): Promise<void> {
  const { db, path, options, actor, summary, report } = run;
  const fileKey = await fileKeyOf(path, options.source);
  const checkpoint = options.restart ? undefined : await findCheckpoint(db, fileKey);
  const committed = checkpoint && !checkpoint.finished ? checkpoint.committed_line : 0;
  summary.resumedAfterLine = committed;
  let lastLine = committed;
  // The records up to the checkpoint are read too, so their problems are reported as on a first run.
  const chunks = scanFileInThread(path, summary, {
    source: options.source,
    chunkSize: options.chunkSize,
    report,
    onBytes: options.onBytes,
  });
  for await (const chunk of chunks) {
    const good = (await checkChunk(db, chunk, actor, summary, report)).filter((v) => v.lastLine > committed);
    const through = chunk[chunk.length - 1]?.lastLine ?? lastLine;
    if (through <= committed) continue;
    lastLine = through;
    const save = (trx: Db) => saveCheckpoint(trx, fileKey, basename(path), through, false);
    if (good.length === 0) {
      await save(db);
      continue;
    }
    run.addWritten(
      await submitRequests(
        db,
        good.map((v) => v.request),
        actor,
        { afterWrite: save },
      ),
    );
  }
  await saveCheckpoint(db, fileKey, basename(path), lastLine, true);
  summary.written = true;
}
