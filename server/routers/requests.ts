import { RetractInput } from '../../shared/ingest.ts';
import { SubmitInput } from '../../shared/interchange.ts';
import { retractRequest, submitRequests } from '../services/ingest/index.ts';
import { router, tokenProcedure } from '../trpc.ts';

export const requestsRouter = router({
  submit: tokenProcedure
    .input(SubmitInput)
    .mutation(({ ctx, input }) => submitRequests(ctx.db, input.requests, ctx.actor)),
  retract: tokenProcedure.input(RetractInput).mutation(({ ctx, input }) => retractRequest(ctx.db, input, ctx.actor)),
});
