/** Request context: the database and, for a valid bearer token, the actor it stands for. */
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import { PUBLIC_VIEWER, type Viewer } from '../shared/roles.ts';
import type { Db } from './db/database.ts';
import type { Actor } from './services/actor.ts';
import { authenticateToken } from './services/tokens.ts';

export interface Context {
  db: Db;
  actor: Actor | null;
  /** Why an Authorization header that was sent gave no actor; null when none was sent. */
  authError: string | null;
  /** Whose view responses are projected for (server/queries/mappers); public unless credentials say more. */
  viewer: Viewer;
}

/** The context without HTTP: what router tests pass to `appRouter.createCaller`. */
export function createContextInner(options: {
  db: Db;
  actor?: Actor | null;
  authError?: string | null;
  viewer?: Viewer;
}): Context {
  return {
    db: options.db,
    actor: options.actor ?? null,
    authError: options.authError ?? null,
    viewer: options.viewer ?? PUBLIC_VIEWER,
  };
}

/** createContext for the fastify adapter, bound to one database. */
export function contextFactory(db: Db) {
  return async ({ req }: CreateFastifyContextOptions): Promise<Context> => {
    const header = req.headers.authorization;
    if (!header) return createContextInner({ db });
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (!token) return createContextInner({ db, authError: 'The Authorization header must be "Bearer <token>"' });
    const actor = await authenticateToken(db, token);
    return createContextInner({ db, actor, authError: actor ? null : 'Unknown or revoked API token' });
  };
}
