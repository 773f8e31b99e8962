/** auth.login / logout / me: cookie sessions for people (API clients use bearer tokens). */
import { LoginInput } from '../../shared/auth.ts';
import { login, logout, userView } from '../services/auth/login.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  login: publicProcedure.input(LoginInput).mutation(async ({ ctx, input }) => {
    const { user, secret } = await login(ctx.db, ctx.auth, input, {
      ip: ctx.http.ip,
      currentSecret: ctx.http.sessionSecret,
    });
    ctx.http.setSessionCookie(secret, ctx.auth.absoluteMs / 1000);
    return { user };
  }),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    const user = ctx.actor?.kind === 'user' ? ctx.actor : null;
    const ended = await logout(ctx.db, ctx.auth, user, ctx.http.sessionSecret);
    if (ctx.http.sessionSecret) ctx.http.setSessionCookie(null, 0);
    return { loggedOut: ended };
  }),
  me: publicProcedure.query(({ ctx }) => (ctx.actor?.kind === 'user' ? userView(ctx.actor) : null)),
});
