/** The one tRPC setup: plain JSON (no transformer), errors without stacks, auth as middleware. */
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { type Problem, problemsFromZod } from '../shared/problems.ts';
import type { Context } from './context.ts';
import { Forbidden, NotFound, ValidationFailed } from './services/errors.ts';

const isDev = process.env.NODE_ENV === 'development';

function problemsOf(cause: unknown): Problem[] | undefined {
  if (cause instanceof ValidationFailed || cause instanceof Forbidden) return cause.problems;
  if (cause instanceof ZodError) return problemsFromZod(cause, 'requests');
  return undefined;
}

const t = initTRPC.context<Context>().create({
  isDev,
  errorFormatter({ shape, error }) {
    const { stack: _stack, ...data } = shape.data;
    const problems = problemsOf(error.cause);
    // Internal errors can carry SQL or file paths: outside development clients get a plain sentence.
    const message =
      error.cause instanceof ZodError
        ? `${problems?.length ?? 0} problem(s) in the input; nothing was written`
        : error.code === 'INTERNAL_SERVER_ERROR' && !isDev
          ? 'Internal server error'
          : shape.message;
    return {
      ...shape,
      message,
      data: { ...data, ...(isDev ? { stack: _stack } : {}), ...(problems ? { problems } : {}) },
    };
  },
});

/** Domain errors of the services become the matching HTTP status; the message is kept. */
const mapServiceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    const code =
      cause instanceof ValidationFailed
        ? 'BAD_REQUEST'
        : cause instanceof Forbidden
          ? 'FORBIDDEN'
          : cause instanceof NotFound
            ? 'NOT_FOUND'
            : undefined;
    if (code) throw new TRPCError({ code, message: cause?.message, cause });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapServiceErrors);

/** Writes: need `Authorization: Bearer <token>`; ctx.actor is then the token's source. */
export const tokenProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: ctx.badToken
        ? 'Unknown or revoked API token'
        : 'Send Authorization: Bearer <token> (create one with npm run token:create -- --source NAME)',
    });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
