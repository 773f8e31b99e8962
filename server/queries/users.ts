/** Accounts and the sources a submitter writes for. Emails arrive lower-cased from the services. */
import type { Db } from '../db/database.ts';

export async function insertUser(
  db: Db,
  user: { email: string; displayName: string; role: string; passwordHash: string; createdAt: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertUserSources(db: Db, userId: number, sourceIds: readonly number[]): Promise<void> {
  if (sourceIds.length === 0) return;
  await db
    .insertInto('user_sources')
    .values(sourceIds.map((sourceId) => ({ user_id: userId, source_id: sourceId })))
    .execute();
}

const USER_COLUMNS = ['id', 'email', 'display_name', 'role', 'password_hash', 'disabled_at'] as const;

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst();
}

/** The sources a user writes for, by name. */
export function findUserSources(db: Db, userId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('user_sources')
    .innerJoin('sources', 'sources.id', 'user_sources.source_id')
    .select(['sources.id', 'sources.name'])
    .where('user_sources.user_id', '=', userId)
    .orderBy('sources.name')
    .execute();
}
