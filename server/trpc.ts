/** The one tRPC setup: plain JSON (no transformer), errors without stacks, auth as middleware. */
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { UserRole } from '../shared/auth.ts';
import { describeProblem, type Problem, problemsFromZod } from '../shared/problems.ts';
import type { Context } from './context.ts';
import { WriterBusy } from './db/transaction.ts';
import { TooManyAttempts, Unauthenticated } from './services/auth/errors.ts';
import { Forbidden, NotFound, ValidationFailed } from './services/errors.ts';

const isDev = process.env.NODE_ENV === 'development';

function problemsOf(cause: unknown): Problem[] | undefined {
  if (cause instanceof ValidationFailed || cause instanceof Forbidden) return cause.problems;
  if (cause instanceof ZodError) return problemsFromZod(cause, 'requests');
  return undefined;
}

/** "2 problems: record 0, items[0].outcome: …; record 1, jurisdiction: …" like the services' own messages. */
function inputMessage(problems: Problem[], mutation: boolean): string {
  const shown = problems.slice(0, 3).map(describeProblem).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the input`;
  return `${count}: ${shown}${more}.${mutation ? ' Nothing was written.' : ''}`;
}

const t = initTRPC.context<Context>().create({
  isDev,
  errorFormatter({ shape, error, type }) {
    // tRPC adds data.stack only when isDev; drop it explicitly so no other path can leak one.
    const { stack, ...data } = shape.data;
    const problems = problemsOf(error.cause);
    // Internal errors can carry SQL or file paths: outside development clients get a plain sentence.
    const message =
      error.cause instanceof ZodError && problems
        ? inputMessage(problems, type === 'mutation')
        : error.code === 'INTERNAL_SERVER_ERROR' && !isDev
          ? 'Internal server error'
          : shape.message;
    return {
      ...shape,
      message,
      data: { ...data, ...(isDev && stack ? { stack } : {}), ...(problems ? { problems } : {}) },
    };
  },
});

/** Domain errors of the services become the matching HTTP status; the message is kept. */
const mapServiceErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof TooManyAttempts || cause instanceof WriterBusy)
      ctx.http.setHeader('retry-after', String(cause.retryAfterSeconds));
    const code =
      cause instanceof ValidationFailed
        ? 'BAD_REQUEST'
        : cause instanceof Forbidden
          ? 'FORBIDDEN'
          : cause instanceof NotFound
            ? 'NOT_FOUND'
            : cause instanceof Unauthenticated
              ? 'UNAUTHORIZED'
              : cause instanceof TooManyAttempts
                ? 'TOO_MANY_REQUESTS'
                : cause instanceof WriterBusy
                  ? 'SERVICE_UNAVAILABLE'
                  : undefined;
    if (code) throw new TRPCError({ code, message: cause?.message, cause });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapServiceErrors);

const TOKEN_HINT = 'Send Authorization: Bearer <token> (create one with npm run token:create -- --source NAME)';

/**
 * Record writes (ingest): a source's API token, or a logged-in submitter (the services keep both
 * to their sources). Analysts and admins read; they write no records. No credentials: 401.
 */
export const tokenProcedure = publicProcedure.use(({ ctx, next }) => {
  const actor = ctx.actor;
  if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authError ?? TOKEN_HINT });
  if (actor.kind === 'user' && actor.role !== 'submitter') {
    throw new TRPCError({ code: 'FORBIDDEN', message: `Records are written by submitters; you are ${actor.role}` });
  }
  return next({ ctx: { ...ctx, actor } });
});

/**
 * Logged-in users with one of `roles`; ctx.actor is then that user. No or ended session: 401; a
 * user of another role, or an API token (tokens only write records): 403.
 */
export function roleProcedure(roles: readonly UserRole[]) {
  return publicProcedure.use(({ ctx, next }) => {
    const actor = ctx.actor;
    if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authError ?? 'Log in first (auth.login)' });
    if (actor.kind !== 'user') {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'API tokens only write records; log in for this' });
    }
    if (!roles.includes(actor.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `This needs the role ${roles.join(' or ')}` });
    }
    return next({ ctx: { ...ctx, actor } });
  });
}
