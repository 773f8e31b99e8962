/**
 * items.list (public, projected for ctx.viewer). Merged into the `items` router beside the write procedures:
 * `router({ ...itemsReadProcedures, recordOutcome: … })`.
 */
import { ItemListInput } from '../../shared/item-list.ts';
import { listItems } from '../services/stats/item-list.ts';
import { publicProcedure, router } from '../trpc.ts';

export const itemsReadProcedures = {
  list: publicProcedure
    .input(ItemListInput)
    .query(({ ctx, input }) => listItems(ctx.db, input, { viewer: ctx.viewer })),
};

export const itemsReadRouter = router(itemsReadProcedures);
