/**
 * What the naive comparison's children share: a caller of one procedure on a database, and the
 * digest of an answer (both sides are compared by it, byte for byte of their JSON).
 */
import { createHash } from 'node:crypto';
import { createContextInner } from '../../server/context.ts';
import type { Db } from '../../server/db/database.ts';
import { appRouter } from '../../server/routers/app.ts';

export function caller(db: Db, procedure: string, input: unknown): () => Promise<unknown> {
  const root = appRouter.createCaller(createContextInner({ db })) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [router, name] = procedure.split('.') as [string, string];
  const run = root[router]?.[name];
  if (!run) throw new Error(`no procedure ${procedure}`);
  return () => run(input);
}

export const digestOf = (answer: unknown): string => createHash('sha256').update(JSON.stringify(answer)).digest('hex');
