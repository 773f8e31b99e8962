/** Inputs and outputs of the read half of the API (spec/API.md, Read). */
import { z } from 'zod';
import { AuthorKind, Channel, ContentType, LegalCategory } from './enums.ts';
import { IsoDay } from './instant.ts';
import { JurisdictionCode, PlatformSlug, SourceName } from './interchange.ts';

/** Most values one filter may list: keeps every `IN (…)` and URL bounded. */
export const MAX_FILTER_VALUES = 200;

const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_FILTER_VALUES, `at most ${MAX_FILTER_VALUES} values per filter`).optional();
const Id = z.number().int().positive();

/** The filters every stats procedure takes. Dates are inclusive UTC days of the request's submission. */
export const Filters = z
  .strictObject({
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    jurisdictions: list(JurisdictionCode),
    agencies: list(Id),
    platforms: list(PlatformSlug),
    channels: list(Channel),
    categories: list(LegalCategory),
    legalBases: list(Id),
    contentTypes: list(ContentType),
    authorKinds: list(AuthorKind),
    sources: list(SourceName),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '`from` must not be after `to`', path: ['to'] });

export const Granularity = z.enum(['day', 'week', 'month', 'quarter', 'year']);
export const VolumeSplit = z.enum(['outcome', 'category', 'jurisdiction', 'agency', 'platform', 'channel']);

export const OverviewInput = z.strictObject({ filters: Filters.default({}) });
export const VolumeInput = z.strictObject({
  filters: Filters.default({}),
  granularity: Granularity.default('month'),
  splitBy: VolumeSplit.optional(),
});

export type Filters = z.infer<typeof Filters>;
export type Granularity = z.infer<typeof Granularity>;
export type VolumeSplit = z.infer<typeof VolumeSplit>;
export type OverviewInput = z.infer<typeof OverviewInput>;
export type VolumeInput = z.infer<typeof VolumeInput>;

export interface OverviewFigures {
  requests: number;
  items: number;
  decided: number;
  actioned: number;
  removedGlobal: number;
  restrictedLocal: number;
  restrictedOther: number;
  removalRate: number | null;
  medianHoursToDecision: number | null;
  p90HoursToDecision: number | null;
  appealed: number;
  appealRate: number | null;
  appealsDecided: number;
  reversed: number;
  reversalRate: number | null;
}

export interface Overview extends OverviewFigures {
  /** The period the figures cover (from/to of the filters, or the data's own first and last day). */
  period: { from: string; to: string } | null;
  previous: (OverviewFigures & { period: { from: string; to: string } }) | null;
}

export interface VolumePoint {
  period: string;
  requests: number;
  items: number;
  bySplit?: Record<string, number>;
}

export const BreakdownSplit = z.enum(['agency', 'platform', 'jurisdiction', 'category', 'provision']);
export const LegalBasesInput = z.strictObject({
  filters: Filters.default({}),
  level: z.enum(['category', 'provision']).default('category'),
  limit: z.number().int().min(1).max(500).optional(),
});
export const OutcomesInput = z.strictObject({
  filters: Filters.default({}),
  granularity: Granularity.optional(),
  splitBy: BreakdownSplit.optional(),
});
/** Most rows stats.outcomeGrid returns: a heat table, not a listing. */
export const MAX_GRID_ROWS = 100;
export const GridDimension = z.enum(['agency', 'platform', 'jurisdiction']);
/** Removal figures per (row key × column key) of two different dimensions, in one call. */
export const OutcomeGridInput = z
  .strictObject({
    filters: Filters.default({}),
    rows: GridDimension,
    columns: GridDimension,
    /** The rows with most decided items, at most this many. */
    limit: z.number().int().min(1).max(MAX_GRID_ROWS).default(10),
  })
  .refine((i) => i.rows !== i.columns, {
    message: 'rows and columns must be two different dimensions',
    path: ['columns'],
  });
export const AppealsInput = z.strictObject({ filters: Filters.default({}), granularity: Granularity.default('month') });
export const TimeToDecisionInput = z.strictObject({ filters: Filters.default({}) });

export type BreakdownSplit = z.infer<typeof BreakdownSplit>;
export type LegalBasesInput = z.infer<typeof LegalBasesInput>;
export type OutcomesInput = z.infer<typeof OutcomesInput>;
export type GridDimension = z.infer<typeof GridDimension>;
export type OutcomeGridInput = z.infer<typeof OutcomeGridInput>;
export type AppealsInput = z.infer<typeof AppealsInput>;

export interface LegalBasisRow {
  key: string;
  label: string;
  items: number;
  decided: number;
  actioned: number;
  removalRate: number | null;
}

export interface OutcomeRow {
  key: string;
  decided: number;
  actioned: number;
  removedGlobal: number;
  restrictedLocal: number;
  restrictedOther: number;
  removalRate: number | null;
  globalRemovalRate: number | null;
  localRestrictionRate: number | null;
}

/** A row of stats.outcomeGrid: its key, its decided items, and stats.outcomes split by the column dimension within it. */
export interface OutcomeGridRow {
  key: string;
  /** Decided items of the row (the ranking). */
  total: number;
  /** As stats.outcomes with `splitBy` = the column dimension and the filters narrowed to this row. */
  columns: OutcomeRow[];
}

export interface AppealsStats {
  funnel: { items: number; actioned: number; appealed: number; decided: number; reversed: number };
  byOutcome: Record<'pending' | 'upheld' | 'reversed' | 'partially_reversed' | 'withdrawn', number>;
  series: { period: string; appeals: number; decided: number; reversed: number; reversalRate: number | null }[];
  medianDaysToAppealDecision: number | null;
}

export interface TimeToDecision {
  median: number | null;
  p90: number | null;
  histogram: { bucket: string; fromHours: number; toHours: number | null; items: number }[];
}
