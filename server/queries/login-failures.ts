/** Failed logins, counted by the brute-force limits (server/services/auth/throttle.ts). */
import type { Db } from '../db/database.ts';

export async function insertLoginFailure(db: Db, failure: { at: string; email: string; ip: string }): Promise<void> {
  await db.insertInto('login_failures').values(failure).execute();
}

export interface FailureCount {
  count: number;
  first: string | null;
  last: string | null;
}

/** Failures after `since` for an account, an address, or both together. */
export async function countLoginFailures(
  db: Db,
  filter: { email?: string; ip?: string; since: string },
): Promise<FailureCount> {
  let query = db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('first'), eb.fn.max('at').as('last')])
    .where('at', '>', filter.since);
  if (filter.email !== undefined) query = query.where('email', '=', filter.email);
  if (filter.ip !== undefined) query = query.where('ip', '=', filter.ip);
  const row = await query.executeTakeFirstOrThrow();
  return { count: Number(row.n), first: row.first ?? null, last: row.last ?? null };
}

/** Forgets failures no limit counts any more, so the table stays small. */
export async function deleteLoginFailuresBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}
