/**
 * items.list (public, projected for ctx.viewer). Merged into the `items` router beside the write procedures:
 * `router({ ...itemsReadProcedures, recordOutcome: … })`.
 */
import { ItemGetInput, ItemHistoryInput } from '../../shared/item-detail.ts';
import { ItemListInput } from '../../shared/item-list.ts';
import { getItem, itemHistory } from '../services/items/detail.ts';
import { listItems } from '../services/stats/item-list.ts';
import { publicProcedure, roleProcedure, router } from '../trpc.ts';

export const itemsReadProcedures = {
  list: publicProcedure
    .input(ItemListInput)
    .query(({ ctx, input }) => listItems(ctx.db, input, { viewer: ctx.viewer })),
  /** One item by id, projected like items.list; retracted ones only for those who see them as stored. */
  get: publicProcedure.input(ItemGetInput).query(({ ctx, input }) => getItem(ctx.db, input, ctx.viewer)),
  /** The audited writes behind an item's timeline: analysts, admins, and submitters for their own sources. */
  history: roleProcedure(['analyst', 'admin', 'submitter'])
    .input(ItemHistoryInput)
    .query(({ ctx, input }) => itemHistory(ctx.db, input, ctx.viewer)),
};

export const itemsReadRouter = router(itemsReadProcedures);
