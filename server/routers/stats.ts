import {
  AppealsInput,
  LegalBasesInput,
  OutcomeGridInput,
  OutcomesInput,
  OverviewInput,
  TimeToDecisionInput,
  VolumeInput,
} from '../../shared/stats.ts';
import { getAppeals, getTimeToDecision } from '../services/stats/appeals.ts';
import { getLegalBases, getOutcomes } from '../services/stats/breakdowns.ts';
import { getOutcomeGrid } from '../services/stats/outcome-grid.ts';
import { getOverview } from '../services/stats/overview.ts';
import { getVolume } from '../services/stats/volume.ts';
import { publicProcedure, router } from '../trpc.ts';

export const statsRouter = router({
  overview: publicProcedure.input(OverviewInput).query(({ ctx, input }) => getOverview(ctx.db, input.filters)),
  volume: publicProcedure
    .input(VolumeInput)
    .query(({ ctx, input }) => getVolume(ctx.db, input.filters, input.granularity, input.splitBy)),
  legalBases: publicProcedure
    .input(LegalBasesInput)
    .query(({ ctx, input }) => getLegalBases(ctx.db, input.filters, input.level, input.limit)),
  outcomes: publicProcedure
    .input(OutcomesInput)
    .query(({ ctx, input }) => getOutcomes(ctx.db, input.filters, input.granularity, input.splitBy)),
  outcomeGrid: publicProcedure
    .input(OutcomeGridInput)
    .query(({ ctx, input }) => getOutcomeGrid(ctx.db, input.filters, input.rows, input.columns, input.limit)),
  appeals: publicProcedure
    .input(AppealsInput)
    .query(({ ctx, input }) => getAppeals(ctx.db, input.filters, input.granularity)),
  timeToDecision: publicProcedure
    .input(TimeToDecisionInput)
    .query(({ ctx, input }) => getTimeToDecision(ctx.db, input.filters)),
});
