/**
 * Import checkpoints: the last committed line of a file, written in the same transaction as the
 * chunk, under a key that names the file by its bytes (and the run's default source).
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Db } from '../../db/database.ts';
import { upsertCheckpoint } from '../../queries/checkpoints.ts';

export function saveCheckpoint(db: Db, fileKey: string, fileName: string, line: number, finished: boolean) {
  return upsertCheckpoint(db, { fileKey, fileName, line, finished, at: new Date().toISOString() });
}

/** The hash behind a file's key; feed it the file's bytes, then `digest('hex')`. */
export function fileKeyHash(source: string | undefined): Hash {
  return createHash('sha256').update(`${source ?? ''}\u0000`);
}

/** A file's key, read before anything is written (a resumable import looks its checkpoint up first). */
export async function fileKeyOf(path: string, source: string | undefined): Promise<string> {
  const hash = fileKeyHash(source);
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
