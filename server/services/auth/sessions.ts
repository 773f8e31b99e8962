/**
 * Login sessions. The cookie carries 32 random bytes; the database keeps only their SHA-256, so a
 * copy of the sessions table opens no session. A session ends when revoked (logout, next login on
 * the same browser), after `idleMs` without a request, or `absoluteMs` after login.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { UserRole } from '../../../shared/auth.ts';
import type { Db } from '../../db/database.ts';
import {
  deleteSessionsExpiredBefore,
  findLiveSession,
  insertSession,
  revokeSessionById,
  updateSessionLastSeen,
} from '../../queries/sessions.ts';
import { findUserSources } from '../../queries/users.ts';
import type { UserActor } from '../actor.ts';
import type { AuthConfig } from './config.ts';

/** last_seen_at is rewritten at most this often: a minute's precision is enough for idle expiry. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export const sessionIdOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export async function startSession(
  db: Db,
  config: AuthConfig,
  userId: number,
): Promise<{ secret: string; expiresAt: string }> {
  const now = config.now().getTime();
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + config.absoluteMs).toISOString();
  const createdAt = new Date(now).toISOString();
  await deleteSessionsExpiredBefore(db, createdAt);
  await insertSession(db, { id: sessionIdOf(secret), userId, createdAt, expiresAt });
  return { secret, expiresAt };
}

/** The user a session cookie stands for, or null when it is unknown, revoked or expired. */
export async function resolveSession(db: Db, config: AuthConfig, secret: string): Promise<UserActor | null> {
  if (secret.length > 100) return null;
  const id = sessionIdOf(secret);
  const row = await findLiveSession(db, id);
  if (!row || row.disabled_at) return null;
  const now = config.now().getTime();
  const lastSeen = Date.parse(row.last_seen_at);
  if (now >= Date.parse(row.expires_at) || now - lastSeen >= config.idleMs) return null;
  if (now - lastSeen >= LAST_SEEN_RESOLUTION_MS) await updateSessionLastSeen(db, id, new Date(now).toISOString());
  const role = row.role as UserRole;
  return {
    kind: 'user',
    userId: row.user_id,
    email: row.email,
    name: row.display_name,
    role,
    sources: role === 'submitter' ? await findUserSources(db, row.user_id) : [],
  };
}

/** Revokes the session of this cookie secret; the user it belonged to, or null if none was live. */
export function endSession(db: Db, config: AuthConfig, secret: string): Promise<number | null> {
  return revokeSessionById(db, sessionIdOf(secret), config.now().toISOString());
}
