/**
 * Brute-force limits on auth.login, counted from stored failures (so every server process and
 * restart sees the same counts):
 *
 * - Per account: once an account has `accountMaxFailures` failures in the window, an address that
 *   has itself failed for that account in the window must wait before its next try: the first wait
 *   is `accountDelayMs` after the account's latest failure, doubling with each further failure, at
 *   most the window. An address that has not failed for the account is not held up, so an
 *   attacker's failures cannot lock the owner out; each fresh address the attacker uses gets one
 *   guess before it, too, must wait, and every such guess lengthens the wait.
 * - Per address: `ipMaxFailures` failures in the window (for any accounts) and the address may not
 *   try again until the oldest of them leaves the window. This caps password spraying.
 *
 * A refused attempt checks no password and is not counted as a failure.
 */
import type { Db } from '../../db/database.ts';
import { countLoginFailures, deleteLoginFailuresBefore, insertLoginFailure } from '../../queries/login-failures.ts';
import type { AuthConfig } from './config.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Milliseconds this address must wait before trying `email`, or 0 when it may try now. */
export async function loginWait(db: Db, config: AuthConfig, email: string, ip: string): Promise<number> {
  const now = config.now().getTime();
  const since = iso(now - config.windowMs);
  const byIp = await countLoginFailures(db, { ip, since });
  if (byIp.count >= config.ipMaxFailures && byIp.first) {
    return Math.max(1, Date.parse(byIp.first) + config.windowMs - now);
  }
  const byAccount = await countLoginFailures(db, { email, since });
  if (byAccount.count < config.accountMaxFailures || !byAccount.last) return 0;
  const here = await countLoginFailures(db, { email, ip, since });
  if (here.count === 0) return 0;
  const over = byAccount.count - config.accountMaxFailures;
  const delay = Math.min(config.accountDelayMs * 2 ** Math.min(over, 30), config.windowMs);
  return Math.max(0, Date.parse(byAccount.last) + delay - now);
}

export async function noteLoginFailure(db: Db, config: AuthConfig, email: string, ip: string): Promise<void> {
  const now = config.now().getTime();
  await insertLoginFailure(db, { at: iso(now), email, ip });
  await deleteLoginFailuresBefore(db, iso(now - config.windowMs));
}
