/**
 * Staging: the uploaded bytes go straight to a file while they are hashed and counted, so memory
 * does not grow with the file; then its validation starts (the page polls uploads.status).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LIMITS } from '../../../shared/limits.ts';
import { PUBLISHED_UPLOAD_BYTES, PublishedFileName, UploadFileName, type UploadKind } from '../../../shared/uploads.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../actor.ts';
import { ValidationFailed } from '../errors.ts';
import { formatOf } from '../files/readers.ts';
import { ownerOf, removeUpload, sweepExpired, UPLOADS_PER_OWNER, uploadsOf } from './registry.ts';
import type { Upload } from './types.ts';
import { validateUpload } from './validate.ts';

export const DEFAULT_STAGING_DIR = join(tmpdir(), 'takedown-uploads');

/** The body was larger than the upload limit (HTTP 413). */
export class UploadTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than the ${limit / 1024 / 1024} MB upload limit; split it, or use npm run import`);
    this.name = 'UploadTooLarge';
  }
}

export interface StageOptions {
  fileName: string;
  /** Records (default) or, for admins, a published report. */
  kind?: UploadKind;
  dir?: string;
  maxBytes?: number;
}

/** Streams `body` into a staging file and starts its validation; refuses what is not an interchange file. */
export async function stageUpload(
  db: Db,
  actor: Actor,
  body: NodeJS.ReadableStream,
  { fileName, kind = 'records', dir = DEFAULT_STAGING_DIR, maxBytes: limit = LIMITS.uploadBytes }: StageOptions,
): Promise<Upload> {
  const maxBytes = kind === 'published' ? Math.min(limit, PUBLISHED_UPLOAD_BYTES) : limit;
  const name = (kind === 'published' ? PublishedFileName : UploadFileName).safeParse(fileName);
  if (!name.success) {
    throw new ValidationFailed([{ path: 'name', message: name.error.issues[0]?.message ?? 'bad file name' }]);
  }
  sweepExpired(db);
  const owner = ownerOf(actor);
  // A page left mid-way leaves its upload staged: past the limit the oldest idle one gives way.
  const held = [...uploadsOf(db).values()].filter((u) => u.owner === owner);
  if (held.length >= UPLOADS_PER_OWNER) {
    const idle = held.filter((u) => u.state !== 'validating' && u.state !== 'committing');
    const oldest = idle.sort((a, b) => a.createdAt - b.createdAt)[0];
    if (!oldest) {
      throw new ValidationFailed([
        { path: '', message: `You have ${held.length} uploads being checked or committed; wait for one to finish` },
      ]);
    }
    removeUpload(db, oldest);
  }
  const format = formatOf(fileName);
  const id = randomBytes(16).toString('hex');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${id}.${format}`);
  const hash = createHash('sha256');
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new UploadTooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, count, createWriteStream(path));
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  const upload: Upload = {
    id,
    owner,
    kind,
    fileName,
    format,
    path,
    problemsPath: join(dir, `${id}.problems.jsonl`),
    bytes,
    sha256: hash.digest('hex'),
    createdAt: Date.now(),
    state: 'validating',
    bytesRead: 0,
    records: 0,
    counts: { created: 0, updated: 0, unchanged: 0, items: 0 },
    firstRows: [],
    published: null,
    problemCount: 0,
    committed: null,
    error: null,
    validation: Promise.resolve(),
  };
  uploadsOf(db).set(id, upload);
  upload.validation = validateUpload(db, upload, actor);
  return upload;
}
