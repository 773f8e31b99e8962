/** Request context: the database and, for a valid bearer token, the actor it stands for. */
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Db } from './db/database.ts';
import type { Actor } from './services/actor.ts';
import { authenticateToken } from './services/tokens.ts';

export interface Context {
  db: Db;
  actor: Actor | null;
  /** True when an Authorization header was sent but named no valid token. */
  badToken: boolean;
}

export function createContextInner(options: { db: Db; actor?: Actor | null; badToken?: boolean }): Context {
  return { db: options.db, actor: options.actor ?? null, badToken: options.badToken ?? false };
}

export function contextFactory(db: Db) {
  return async ({ req }: CreateFastifyContextOptions): Promise<Context> => {
    const header = req.headers.authorization;
    if (!header) return createContextInner({ db });
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const actor = token ? await authenticateToken(db, token) : null;
    return createContextInner({ db, actor, badToken: actor === null });
  };
}
