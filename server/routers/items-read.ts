/**
 * items.list (public, redacted). Merged into the `items` router beside the write procedures:
 * `router({ ...itemsReadProcedures, recordOutcome: … })`.
 */
import { ItemListInput } from '../../shared/item-list.ts';
import { listItems } from '../services/stats/item-list.ts';
import { publicProcedure, router } from '../trpc.ts';

export const itemsReadProcedures = {
  // No analyst role exists yet: nobody gets content URLs through the API until it does.
  list: publicProcedure
    .input(ItemListInput)
    .query(({ ctx, input }) => listItems(ctx.db, input, { includeContentUrl: false })),
};

export const itemsReadRouter = router(itemsReadProcedures);
