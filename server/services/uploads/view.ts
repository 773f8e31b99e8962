/** What the Upload page reads about a staged upload: its status (polled), problems in pages; and discard. */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Problem } from '../../../shared/problems.ts';
import type { UploadIdInput, UploadProblemsInput } from '../../../shared/uploads.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../actor.ts';
import { findOwnUpload, removeUpload } from './registry.ts';

export function uploadStatus(db: Db, actor: Actor, { uploadId }: UploadIdInput) {
  const u = findOwnUpload(db, actor, uploadId);
  return {
    uploadId: u.id,
    kind: u.kind,
    fileName: u.fileName,
    format: u.format,
    bytes: u.bytes,
    sha256: u.sha256,
    state: u.state,
    bytesRead: u.bytesRead,
    records: u.records,
    counts: u.counts,
    firstRows: u.firstRows,
    published: u.published,
    problemCount: u.problemCount,
    error: u.error,
  };
}

/** A page of the spooled problems, in file order; read from disk, so any number can be paged through. */
export async function uploadProblems(db: Db, actor: Actor, input: UploadProblemsInput) {
  const upload = findOwnUpload(db, actor, input.uploadId);
  const problems: Problem[] = [];
  if (existsSync(upload.problemsPath)) {
    const stream = createReadStream(upload.problemsPath);
    let index = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (index++ < input.offset || !line) continue;
      problems.push(JSON.parse(line) as Problem);
      if (problems.length === input.limit) break;
    }
    stream.destroy();
  }
  return { total: upload.problemCount, offset: input.offset, problems };
}

export function discardUpload(db: Db, actor: Actor, { uploadId }: UploadIdInput) {
  const upload = findOwnUpload(db, actor, uploadId);
  if (upload.state === 'committing') return { discarded: false };
  removeUpload(db, upload);
  return { discarded: true };
}
