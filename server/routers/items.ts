import { RecordOutcomeInput } from '../../shared/ingest.ts';
import { recordOutcome } from '../services/ingest/index.ts';
import { router, tokenProcedure } from '../trpc.ts';
import { itemsReadProcedures } from './items-read.ts';

export const itemsRouter = router({
  ...itemsReadProcedures,
  recordOutcome: tokenProcedure
    .input(RecordOutcomeInput)
    .mutation(({ ctx, input }) => recordOutcome(ctx.db, input, ctx.actor)),
});
