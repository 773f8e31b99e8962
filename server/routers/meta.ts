import { publicProcedure, router } from '../trpc.ts';

export const metaRouter = router({
  /** What the minimal client shows until the dashboard lands: totals and sources. */
  info: publicProcedure.query(async ({ ctx }) => {
    const totals = await ctx.db
      .selectFrom('agg_monthly')
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>('requests'), eb.lit(0)).as('requests'),
        eb.fn.coalesce(eb.fn.sum<number>('items'), eb.lit(0)).as('items'),
      ])
      .executeTakeFirstOrThrow();
    const sources = await ctx.db.selectFrom('sources').select(['name', 'kind']).orderBy('name').execute();
    return { requests: Number(totals.requests), items: Number(totals.items), sources };
  }),
});
