/**
 * Commit: the staged file is read again and written in ONE transaction, so it lands whole or not
 * at all. Refused, with nothing written, when the bytes are not those previewed (sha256), or when
 * the stored records changed meanwhile so that the counts differ from the preview's: the user
 * then sees a fresh preview before anything is written. The commit itself is audited.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../../../shared/problems.ts';
import type { UploadCommitInput, UploadCounts } from '../../../shared/uploads.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { type Actor, defaultSourceName } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { ValidationFailed } from '../errors.ts';
import { chunks } from '../files/import.ts';
import { submitInTransaction } from '../ingest/index.ts';
import { commitPublished, PublishedRefused } from './published.ts';
import { findOwnUpload, removeUpload } from './registry.ts';
import type { Upload } from './types.ts';
import { UPLOAD_CHUNK, validRecords } from './validate.ts';

const WHY_NOT_READY: Record<string, string> = {
  validating: 'The file is still being checked; wait for its preview',
  problems: 'The file has problems; fix them and upload it again. Nothing was written.',
  committing: 'This file is being committed already',
  committed: 'This file was committed already',
  stale: 'The stored records changed since this preview; upload the file again for a fresh preview',
  failed: 'This upload failed; upload the file again',
};

/** A commit refused before or while writing; the transaction rolled back. */
class Refused extends ValidationFailed {
  constructor(
    message: string,
    readonly next: Upload['state'],
    path = '',
  ) {
    super([{ path, message }], `${message}. Nothing was written.`);
  }
}

const zero = (): UploadCounts => ({ created: 0, updated: 0, unchanged: 0, items: 0 });
const sameCounts = (a: UploadCounts, b: UploadCounts) =>
  a.created === b.created && a.updated === b.updated && a.unchanged === b.unchanged && a.items === b.items;
const describe = (c: UploadCounts) => `${c.created} new, ${c.updated} changed, ${c.unchanged} unchanged`;

export async function commitUpload(db: Db, actor: Actor, input: UploadCommitInput): Promise<UploadCounts> {
  const upload = findOwnUpload(db, actor, input.uploadId);
  await upload.validation;
  if (upload.state !== 'ready') {
    throw new ValidationFailed([{ path: '', message: WHY_NOT_READY[upload.state] ?? 'not ready' }]);
  }
  if (input.sha256 !== upload.sha256) {
    throw new ValidationFailed([
      { path: 'sha256', message: 'This is not the file that was previewed (its sha256 differs). Nothing was written.' },
    ]);
  }
  upload.state = 'committing';
  upload.bytesRead = 0;
  upload.error = null;
  try {
    const written =
      upload.kind === 'published'
        ? await commitPublished(db, actor, upload).then(async (counts) => {
            await auditCommit(db, upload, actor, counts);
            return counts;
          })
        : await withWriteTransaction(db, (trx) => writeAll(trx, upload, actor));
    upload.state = 'committed';
    upload.committed = written;
    removeUpload(db, upload);
    return written;
  } catch (error) {
    upload.state = error instanceof Refused || error instanceof PublishedRefused ? error.next : 'failed';
    upload.error = (error as Error).message;
    throw error;
  }
}

async function writeAll(trx: Db, upload: Upload, actor: Actor): Promise<UploadCounts> {
  const hash = createHash('sha256');
  const problems: Problem[] = [];
  const records = validRecords(
    upload,
    (found) => problems.push(...found),
    (chunk) => {
      hash.update(chunk);
      upload.bytesRead += chunk.length;
    },
  );
  const written = zero();
  for await (const chunk of chunks(records, UPLOAD_CHUNK, defaultSourceName(actor))) {
    // The bytes were valid when previewed; a problem now means they changed on disk.
    if (problems.length > 0) break;
    const outcome = await submitInTransaction(
      trx,
      chunk.map((v) => v.request),
      actor,
    );
    written.created += outcome.created;
    written.updated += outcome.updated;
    written.unchanged += outcome.unchanged;
    written.items += outcome.items;
  }
  if (problems.length > 0 || hash.digest('hex') !== upload.sha256) {
    throw new Refused('The staged file changed after its preview (its sha256 differs)', 'failed', 'sha256');
  }
  if (!sameCounts(written, upload.counts)) {
    const message = `The stored records changed since the preview (it showed ${describe(upload.counts)}; now ${describe(written)}); upload the file again for a fresh preview`;
    throw new Refused(message, 'stale');
  }
  await auditCommit(trx, upload, actor, written);
  return written;
}

function auditCommit(db: Db, upload: Upload, actor: Actor, written: UploadCounts) {
  return writeAudit(db, {
    actor,
    sourceId: null,
    action: 'upload_commit',
    entity: 'upload',
    key: `upload:${upload.sha256}`,
    changes: { file: upload.fileName, kind: upload.kind, sha256: upload.sha256, bytes: upload.bytes, ...written },
    at: new Date().toISOString(),
  });
}
