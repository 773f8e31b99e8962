/**
 * Staged uploads, held per database in this process: the file on disk (under the staging
 * directory), who staged it, and what its preview found. Nothing of a staged file is in the
 * database until it is committed; a restart forgets staged uploads (their files are swept).
 */
import { rmSync } from 'node:fs';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../actor.ts';
import { Forbidden, NotFound } from '../errors.ts';
import type { Upload } from './types.ts';

/** Staged uploads not committed or discarded within this time are removed. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;
/** Uploads an account may have staged at once (each holds a file on disk); a new one replaces the oldest. */
export const UPLOADS_PER_OWNER = 5;

const registries = new WeakMap<Db, Map<string, Upload>>();

export function uploadsOf(db: Db): Map<string, Upload> {
  let found = registries.get(db);
  if (!found) {
    found = new Map();
    registries.set(db, found);
  }
  return found;
}

/** Whose an upload is: a token's or an account's, never shared between them. */
export function ownerOf(actor: Actor): string {
  if (actor.kind === 'token') return `token:${actor.tokenId}`;
  if (actor.kind === 'user') return `user:${actor.userId}`;
  return actor.name;
}

/** The caller's own upload; another account's is refused, an unknown (or expired) one is not found. */
export function findOwnUpload(db: Db, actor: Actor, id: string, now = Date.now()): Upload {
  sweepExpired(db, now);
  const upload = uploadsOf(db).get(id);
  if (!upload)
    throw new NotFound(`No staged upload ${id}: it was committed, discarded or expired; upload the file again`);
  if (upload.owner !== ownerOf(actor)) throw new Forbidden('This upload belongs to another account');
  return upload;
}

export function removeUpload(db: Db, upload: Upload): void {
  uploadsOf(db).delete(upload.id);
  for (const path of [upload.path, upload.problemsPath]) rmSync(path, { force: true });
}

/** Drops uploads past their time (never one being validated or committed: its reader holds the file). */
export function sweepExpired(db: Db, now = Date.now()): void {
  for (const upload of uploadsOf(db).values()) {
    const busy = upload.state === 'validating' || upload.state === 'committing';
    if (!busy && now - upload.createdAt > UPLOAD_TTL_MS) removeUpload(db, upload);
  }
}
