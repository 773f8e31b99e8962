/** Login sessions, keyed by the SHA-256 of the cookie's secret. */
import type { Db } from '../db/database.ts';

export async function insertSession(
  db: Db,
  session: { id: string; userId: number; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The unrevoked session with this id and its user; expiry is the service's to judge. */
export function findLiveSession(db: Db, id: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.disabled_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function updateSessionLastSeen(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Revokes an unrevoked session; the user id it belonged to, or null when there was none. */
export async function revokeSessionById(db: Db, id: string, at: string): Promise<number | null> {
  const row = await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Forgets sessions past their absolute end (revoked or not): they can open nothing any more. */
export async function deleteSessionsExpiredBefore(db: Db, at: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', at).execute();
}
