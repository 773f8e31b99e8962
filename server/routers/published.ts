/** Published statistics of platforms' transparency reports (spec/API.md `published.*`). Public reads. */
import { z } from 'zod';
import { PublishedFilters, PublishedRowsInput, PublishedSeriesInput } from '../../shared/published.ts';
import { getPublishedChecks, getPublishedSources } from '../services/published/files-read.ts';
import {
  getDsaCategoryOrders,
  getOutcomeShares,
  getPublishedRows,
  getPublishedSeries,
  getPublishedTotals,
} from '../services/published/read.ts';
import { getReconciliation } from '../services/published/reconcile.ts';
import { publicProcedure, router } from '../trpc.ts';

const Filters = PublishedFilters.default({});

export const publishedRouter = router({
  totals: publicProcedure.input(Filters).query(({ ctx, input }) => getPublishedTotals(ctx.db, input)),
  series: publicProcedure
    .input(PublishedSeriesInput.default({}))
    .query(({ ctx, input }) => getPublishedSeries(ctx.db, input)),
  reconciliation: publicProcedure.input(Filters).query(({ ctx, input }) => getReconciliation(ctx.db, input)),
  sources: publicProcedure.input(z.strictObject({}).optional()).query(({ ctx }) => getPublishedSources(ctx.db)),
  rows: publicProcedure.input(PublishedRowsInput).query(({ ctx, input }) => getPublishedRows(ctx.db, input)),
  dsaCategories: publicProcedure.input(Filters).query(({ ctx, input }) => getDsaCategoryOrders(ctx.db, input)),
  outcomeShares: publicProcedure.input(Filters).query(({ ctx, input }) => getOutcomeShares(ctx.db, input)),
  checks: publicProcedure.input(z.strictObject({}).optional()).query(({ ctx }) => getPublishedChecks(ctx.db)),
});
