/**
 * auth.login and auth.logout: password check, brute-force limits, session rotation, audit. Their
 * writes are bookkeeping (BOOKKEEPING): a login or a stream of failed ones must not invalidate the
 * stats caches and the in-memory cube.
 */
import type { LoginInput, UserRole, UserView } from '../../../shared/auth.ts';
import type { Db } from '../../db/database.ts';
import { BOOKKEEPING, withWriteTransaction } from '../../db/transaction.ts';
import { findUserByEmail, findUserSources } from '../../queries/users.ts';
import type { UserActor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { AuthConfig } from './config.ts';
import { TooManyAttempts, Unauthenticated } from './errors.ts';
import { verifyNothing, verifyPassword } from './password.ts';
import { endSession, startSession } from './sessions.ts';
import { loginWait, noteLoginFailure } from './throttle.ts';

export interface LoginRequest {
  ip: string;
  /** The session cookie the browser sent, if any: it is revoked, never reused. */
  currentSecret: string | null;
}

export interface LoggedIn {
  user: UserView;
  secret: string;
  expiresAt: string;
}

// One message for every failure, so a login does not tell which addresses have accounts.
const WRONG = 'Wrong e-mail address or password';

export async function login(db: Db, config: AuthConfig, input: LoginInput, request: LoginRequest): Promise<LoggedIn> {
  const wait = await loginWait(db, config, input.email, request.ip);
  if (wait > 0) throw new TooManyAttempts(Math.ceil(wait / 1000));

  const user = await findUserByEmail(db, input.email);
  const ok = user ? await verifyPassword(input.password, user.password_hash) : await verifyNothing(input.password);
  if (!user || !ok || user.disabled_at) {
    const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled';
    await withWriteTransaction(
      db,
      async (trx) => {
        await noteLoginFailure(trx, config, input.email, request.ip);
        await writeAudit(trx, {
          actor: { kind: 'visitor', ip: request.ip },
          sourceId: null,
          action: 'login_failed',
          entity: 'user',
          key: user ? `user:${user.id}` : input.email,
          changes: { before: null, after: { email: input.email, reason } },
          at: config.now().toISOString(),
        });
      },
      BOOKKEEPING,
    );
    throw new Unauthenticated(WRONG);
  }

  const role = user.role as UserRole;
  const sources = role === 'submitter' ? (await findUserSources(db, user.id)).map((s) => s.name) : [];
  const session = await withWriteTransaction(
    db,
    async (trx) => {
      // A new id at every login: a session id planted in the browser before login is worth nothing.
      const replaced = request.currentSecret ? await endSession(trx, config, request.currentSecret) : null;
      const started = await startSession(trx, config, user.id);
      await writeAudit(trx, {
        actor: { kind: 'user', userId: user.id, email: user.email, name: user.display_name, role, sources: [] },
        sourceId: null,
        action: 'login',
        entity: 'session',
        key: `user:${user.id}`,
        changes: {
          before: replaced === null ? null : { previousSessionRevoked: true },
          after: { ip: request.ip, expiresAt: started.expiresAt },
        },
        at: config.now().toISOString(),
      });
      return started;
    },
    BOOKKEEPING,
  );
  return { user: { email: user.email, name: user.display_name, role, sources }, ...session };
}

/**
 * Ends the request's session; true when there was a live one (which is then audited). A cookie of
 * an expired session (no actor) needs nothing: that session opens nothing any more.
 */
export async function logout(db: Db, config: AuthConfig, actor: UserActor | null, secret: string | null) {
  if (!secret || !actor) return false;
  return withWriteTransaction(
    db,
    async (trx) => {
      const userId = await endSession(trx, config, secret);
      if (userId === null) return false;
      const at = config.now().toISOString();
      await writeAudit(trx, {
        actor,
        sourceId: null,
        action: 'logout',
        entity: 'session',
        key: `user:${userId}`,
        changes: { before: { revokedAt: null }, after: { revokedAt: at } },
        at,
      });
      return true;
    },
    BOOKKEEPING,
  );
}

/** auth.me: what the client shows for the logged-in user. */
export function userView(actor: UserActor): UserView {
  return { email: actor.email, name: actor.name, role: actor.role, sources: actor.sources.map((s) => s.name) };
}
