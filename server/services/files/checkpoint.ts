/** Import checkpoints: the last committed line of a file, written in the same transaction as the chunk. */
import type { Db } from '../../db/database.ts';
import { upsertCheckpoint } from '../../queries/checkpoints.ts';

export function saveCheckpoint(db: Db, fileKey: string, fileName: string, line: number, finished: boolean) {
  return upsertCheckpoint(db, { fileKey, fileName, line, finished, at: new Date().toISOString() });
}
