/**
 * items.list (public, redacted). Merged into the `items` router beside the write procedures:
 * `router({ ...itemsReadProcedures, recordOutcome: … })`.
 */
import { ItemListInput } from '../../shared/item-list.ts';
import { listItems } from '../services/stats/item-list.ts';
import { publicProcedure, router } from '../trpc.ts';

export const itemsReadProcedures = {
  // Content URLs are sensitive: analysts and admins only (ctx.viewer, server/context.ts).
  list: publicProcedure
    .input(ItemListInput)
    .query(({ ctx, input }) =>
      listItems(ctx.db, input, { includeContentUrl: ctx.viewer.role === 'analyst' || ctx.viewer.role === 'admin' }),
    ),
};

export const itemsReadRouter = router(itemsReadProcedures);
