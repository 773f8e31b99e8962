import { RecordAppealInput } from '../../shared/ingest.ts';
import { recordAppeal } from '../services/ingest/index.ts';
import { router, tokenProcedure } from '../trpc.ts';

export const appealsRouter = router({
  record: tokenProcedure.input(RecordAppealInput).mutation(({ ctx, input }) => recordAppeal(ctx.db, input, ctx.actor)),
});
