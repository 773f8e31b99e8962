import { getInfo } from '../services/meta.ts';
import { publicProcedure, router } from '../trpc.ts';

export const metaRouter = router({
  /** What the minimal client shows until the dashboard lands: totals and sources. */
  info: publicProcedure.query(({ ctx }) => getInfo(ctx.db)),
});
