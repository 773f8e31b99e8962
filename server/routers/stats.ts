import { OverviewInput, VolumeInput } from '../../shared/stats.ts';
import { getOverview } from '../services/stats/overview.ts';
import { getVolume } from '../services/stats/volume.ts';
import { publicProcedure, router } from '../trpc.ts';

export const statsRouter = router({
  overview: publicProcedure.input(OverviewInput).query(({ ctx, input }) => getOverview(ctx.db, input.filters)),
  volume: publicProcedure
    .input(VolumeInput)
    .query(({ ctx, input }) => getVolume(ctx.db, input.filters, input.granularity, input.splitBy)),
});
