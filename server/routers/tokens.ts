/** tokens.create / list / revoke: admins for any source, submitters for their own. */
import { TokenCreateInput, TokenRevokeInput } from '../../shared/auth.ts';
import { createTokenAs, listTokensAs, revokeTokenAs } from '../services/auth/token-admin.ts';
import { roleProcedure, router } from '../trpc.ts';

const managers = roleProcedure(['admin', 'submitter']);

export const tokensRouter = router({
  create: managers
    .input(TokenCreateInput)
    .mutation(({ ctx, input }) => createTokenAs(ctx.db, ctx.actor, input, ctx.auth.now())),
  list: managers.query(({ ctx }) => listTokensAs(ctx.db, ctx.actor, ctx.auth.now())),
  revoke: managers
    .input(TokenRevokeInput)
    .mutation(({ ctx, input }) => revokeTokenAs(ctx.db, ctx.actor, input.id, ctx.auth.now())),
});
