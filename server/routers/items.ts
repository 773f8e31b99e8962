import { RecordOutcomeInput } from '../../shared/ingest.ts';
import { recordOutcome } from '../services/ingest/index.ts';
import { router, tokenProcedure } from '../trpc.ts';

export const itemsRouter = router({
  recordOutcome: tokenProcedure
    .input(RecordOutcomeInput)
    .mutation(({ ctx, input }) => recordOutcome(ctx.db, input, ctx.actor)),
});
