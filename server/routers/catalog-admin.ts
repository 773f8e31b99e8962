/**
 * catalogAdmin.*: provision review, events and sources for admins and analysts; merges and splits
 * (which move records and figures) for admins only. Every write is audited.
 */
import {
  EventCreateInput,
  EventDeleteInput,
  EventUpdateInput,
  MergeInput,
  MergesInput,
  ReviewLegalBasisInput,
  SourceUpdateInput,
  SplitInput,
} from '../../shared/catalogue-admin.ts';
import { createEvent, editEvent, removeEvent } from '../services/catalog-admin/events.ts';
import { mergeEntries } from '../services/catalog-admin/merge.ts';
import { listMerges } from '../services/catalog-admin/merges-list.ts';
import { reviewLegalBasis } from '../services/catalog-admin/review.ts';
import { editSource } from '../services/catalog-admin/sources.ts';
import { splitMerge } from '../services/catalog-admin/split.ts';
import { roleProcedure, router } from '../trpc.ts';

const curators = roleProcedure(['admin', 'analyst']);
const admins = roleProcedure(['admin']);

export const catalogAdminRouter = router({
  reviewLegalBasis: curators
    .input(ReviewLegalBasisInput)
    .mutation(({ ctx, input }) => reviewLegalBasis(ctx.db, ctx.actor, input, ctx.auth.now().toISOString())),
  merge: admins
    .input(MergeInput)
    .mutation(({ ctx, input }) => mergeEntries(ctx.db, ctx.actor, input, ctx.auth.now().toISOString())),
  split: admins
    .input(SplitInput)
    .mutation(({ ctx, input }) => splitMerge(ctx.db, ctx.actor, input, ctx.auth.now().toISOString())),
  merges: curators.input(MergesInput).query(({ ctx, input }) => listMerges(ctx.db, input)),
  createEvent: curators
    .input(EventCreateInput)
    .mutation(({ ctx, input }) => createEvent(ctx.db, ctx.actor, input, ctx.auth.now().toISOString())),
  updateEvent: curators
    .input(EventUpdateInput)
    .mutation(({ ctx, input }) => editEvent(ctx.db, ctx.actor, input, ctx.auth.now().toISOString())),
  deleteEvent: curators
    .input(EventDeleteInput)
    .mutation(({ ctx, input }) => removeEvent(ctx.db, ctx.actor, input.id, ctx.auth.now().toISOString())),
  updateSource: curators
    .input(SourceUpdateInput)
    .mutation(({ ctx, input }) => editSource(ctx.db, ctx.actor, input, ctx.auth.now().toISOString())),
});
