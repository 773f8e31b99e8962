/** catalog.*: the lists the dashboard's filters offer, each entry with its live counts (public). */
import { CatalogEventsInput, CatalogLegalBasesInput, CatalogScopeInput } from '../../shared/catalog.ts';
import { CatalogSearchInput } from '../../shared/catalog-search.ts';
import { findAgencyHits, findLegalBasisHits } from '../services/catalog/search.ts';
import {
  listAgencies,
  listEvents,
  listJurisdictions,
  listLegalBases,
  listPlatforms,
  listSources,
} from '../services/stats/catalog.ts';
import { publicProcedure, router } from '../trpc.ts';

export const catalogRouter = router({
  jurisdictions: publicProcedure.query(({ ctx }) => listJurisdictions(ctx.db)),
  agencies: publicProcedure.input(CatalogScopeInput).query(({ ctx, input }) => listAgencies(ctx.db, input)),
  platforms: publicProcedure.query(({ ctx }) => listPlatforms(ctx.db)),
  legalBases: publicProcedure.input(CatalogLegalBasesInput).query(({ ctx, input }) => listLegalBases(ctx.db, input)),
  sources: publicProcedure.query(({ ctx }) => listSources(ctx.db)),
  events: publicProcedure.input(CatalogEventsInput).query(({ ctx, input }) => listEvents(ctx.db, input)),
  // The entry form's pickers: search as one types (no counts, so no aggregate scan per keystroke).
  searchAgencies: publicProcedure.input(CatalogSearchInput).query(({ ctx, input }) => findAgencyHits(ctx.db, input)),
  searchLegalBases: publicProcedure
    .input(CatalogSearchInput)
    .query(({ ctx, input }) => findLegalBasisHits(ctx.db, input)),
});
