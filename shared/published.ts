/**
 * Published statistics (DESIGN.md §4): the platforms' own aggregate transparency reports, as
 * imported by `npm run import` and read by the `published.*` procedures.
 */
import { z } from 'zod';
import type { LegalCategory } from './enums.ts';
import { IsoDay } from './instant.ts';
import { PlatformSlug } from './interchange.ts';

/** File layouts the importer knows; `--format` takes these names. */
export const PUBLISHED_FORMATS = [
  'google-removals',
  'google-detailed',
  'x-removals',
  'dsa-orders',
  'dsa-complaints',
] as const;
export const PublishedFormat = z.enum(PUBLISHED_FORMATS);
export type PublishedFormat = z.infer<typeof PublishedFormat>;

/**
 * What a row is for, so that no total counts a request twice:
 * - `figure`: a count that totals and per-country series sum (Google per requester, X per
 *   country, DSA per Member State with category TOTAL);
 * - `breakdown`: the same requests cut another way (Google product × reason, DSA per category),
 *   summed only within its own series;
 * - `check`: the publisher's own total rows (X `TOTAL`, DSA `TOTAL` scope), compared with the
 *   sum of the figures and never added to them.
 */
export const PUBLISHED_ROLES = ['figure', 'breakdown', 'check'] as const;
export const PublishedRole = z.enum(PUBLISHED_ROLES);
export type PublishedRole = z.infer<typeof PublishedRole>;

/** Who sent the requests, mapped from the publisher's own label (which is kept verbatim). */
export const REQUESTER_KINDS = [
  'court',
  'executive',
  'police',
  'regulator',
  'military',
  'mixed',
  'other',
  'unspecified',
] as const;
export const RequesterKind = z.enum(REQUESTER_KINDS);
export type RequesterKind = z.infer<typeof RequesterKind>;

/** Measures beside requests and items, one name each; `unit` says what a number is. */
export const PUBLISHED_MEASURES = [
  // Google, per requester: percent of items (as published, 0–100).
  'pct_removed_legal',
  'pct_removed_policy',
  'pct_content_not_found',
  'pct_not_enough_information',
  'pct_no_action',
  'pct_already_removed',
  // X, per country.
  'requests_court_orders',
  'requests_government_other',
  'pct_some_content_withheld',
  'accounts_specified',
  'accounts_withheld',
  'tweets_withheld',
  'accounts_tos',
  'accounts_no_action',
  // DSA section 3 (orders from Member State authorities).
  'orders_to_act',
  'items_in_orders_to_act',
  'median_time_to_inform_act',
  'median_time_to_effect_act',
  'orders_to_provide_information',
  'median_time_to_inform_information',
  'median_time_to_effect_information',
  // DSA section 7 (complaints and out-of-court disputes).
  'complaints_submitted',
  'decisions_upheld',
  'decisions_reversed',
  'decisions_partially_reversed',
  'decisions_omitted',
  'median_time_to_decision',
  'pct_outcomes_implemented',
] as const;
export const PublishedMeasure = z.enum(PUBLISHED_MEASURES);
export type PublishedMeasure = z.infer<typeof PublishedMeasure>;

export const MEASURE_UNITS = ['count', 'percent', 'fraction', 'hours', 'unstated'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/** Publishers are an open catalogue (like platforms): a lower-case slug. */
export const PublisherSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a publisher is a lower-case slug such as google, x, meta, tiktok');

const MAX_LIST = 200;
const Jurisdiction = z.string().regex(/^[A-Z]{2}$/, 'a two-letter jurisdiction code');

/** Filters of every `published.*` procedure (spec/API.md). Dates are inclusive days; a period counts when it ends inside them. */
export const PublishedFilters = z
  .strictObject({
    publisher: PublisherSlug.optional(),
    platform: PlatformSlug.optional(),
    /** Several platforms (the dashboard's platform filter); combined with `platform` when both are given. */
    platforms: z.array(PlatformSlug).max(MAX_LIST).optional(),
    jurisdictions: z.array(Jurisdiction).max(MAX_LIST).optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '`from` must not be after `to`', path: ['to'] });
export type PublishedFilters = z.infer<typeof PublishedFilters>;

export const PublishedSplit = z.enum(['jurisdiction', 'requesterKind', 'reason', 'product', 'publisher']);
export type PublishedSplit = z.infer<typeof PublishedSplit>;

export const PublishedSeriesInput = PublishedFilters.and(z.strictObject({ splitBy: PublishedSplit.optional() }));
export type PublishedSeriesInput = z.infer<typeof PublishedSeriesInput>;

export interface PublishedTotals {
  /** Sum over `figure` rows; `null` when no matching row gives the measure. */
  requests: number | null;
  items: number | null;
  rows: number;
  periods: number;
  publishers: string[];
}

export interface PublishedSeriesPoint {
  periodStart: string;
  periodEnd: string;
  requests: number | null;
  items: number | null;
  /** Per split key (a jurisdiction code, requester kind, reason category, product or publisher). */
  bySplit?: Record<string, { requests: number | null; items: number | null }>;
}

export interface PublishedSeries {
  series: PublishedSeriesPoint[];
  /** Which series the split drew on (reason and product come from breakdown files). */
  drawnFrom: PublishedFormat[];
}

export interface ReconciliationRow {
  publisher: string;
  platform: string;
  jurisdiction: string;
  periodStart: string;
  periodEnd: string;
  published: { requests: number | null; items: number | null };
  recorded: { requests: number; items: number };
  /** recorded − published; `null` where the publisher gives no figure. */
  difference: { requests: number | null; items: number | null };
  /** recorded ÷ published requests, `null` when published is 0 or unknown. */
  coverage: number | null;
  /** "Monitors recorded 1,040 of the 1,213 requests X reports: 86 %." */
  sentence: string;
  /** Names of the item-level sources counted. */
  recordedSources: string[];
}

export interface PublishedSourceFile {
  id: number;
  publisher: string;
  format: PublishedFormat;
  fileName: string;
  sha256: string;
  importedAt: string;
  retrievedAt: string | null;
  rows: number;
  periodStart: string | null;
  periodEnd: string | null;
  jurisdictions: number;
  platforms: string[];
  warnings: string[];
  /** Figures of this file later replaced by a newer export. */
  restated: number;
  /** Rows of this file still current (not replaced by a newer file). */
  current: number;
}

export const RESTATEMENT_LIMIT = 200;

/** A publisher's figure replaced by a newer export of the same period (Google restates past numbers). */
export interface Restatement {
  publisher: string;
  format: PublishedFormat;
  key: string;
  label: string;
  periodEnd: string;
  old: { requests: number | null; items: number | null; fileName: string };
  new: { requests: number | null; items: number | null; fileName: string };
}

/** A publisher's own total row beside the sum of its rows, where the two differ. */
export interface PublisherCheck {
  publisher: string;
  format: PublishedFormat;
  fileName: string;
  message: string;
}

/** At most this many rows in one `published.rows` answer: larger listings are read a page at a time. */
export const PUBLISHED_ROWS_PAGE = 1000;

export const PublishedRowsInput = PublishedFilters.and(
  z.strictObject({
    format: PublishedFormat,
    role: PublishedRole.optional(),
    /** Rows to skip in the listing's order; with `limit` (default and most PUBLISHED_ROWS_PAGE), one page. */
    offset: z.number().int().min(0).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(PUBLISHED_ROWS_PAGE).optional(),
  }),
);
export type PublishedRowsInput = z.infer<typeof PublishedRowsInput>;

/** A published figure row's dimensions and counts, as parsers produce and reads return them. */
export interface PublishedRowFields {
  role: PublishedRole;
  /** Platform slug of the catalogue: `google`, `x`, `facebook`, `tiktok`, `aliexpress`, `pinterest`. */
  platform: string;
  /** The service as the file names it ("Facebook", "Aliexpress"), when it names one. */
  service: string | null;
  /** ISO 3166-1 alpha-2, or `EU` / `XK` / `ZZ` (international bodies). */
  jurisdiction: string;
  /** As written in the file ("Türkiye", "UK", "EL"). */
  jurisdictionLabel: string;
  /** YYYY-MM-DD, inclusive. */
  periodStart: string;
  periodEnd: string;
  requesterKind: RequesterKind | null;
  /** The publisher's own label, verbatim. */
  requesterLabel: string | null;
  reason: LegalCategory | null;
  reasonLabel: string | null;
  /** DSA `STATEMENT_CATEGORY_*` / `KEYWORD_*` code, kept as written. */
  reasonCode: string | null;
  product: string | null;
  /** DSA section 7 section ("Internal complaints mechanism") and indicator, verbatim. */
  section: string | null;
  indicator: string | null;
  requests: number | null;
  items: number | null;
  measures: Partial<Record<PublishedMeasure, PublishedMeasureValue>>;
}

export interface PublishedMeasureValue {
  /** `null`: the publisher left the cell blank or wrote "-" (no data), which is not 0. */
  value: number | null;
  unit: MeasureUnit;
}

/** One published row with its measures, for the charts and tables that show a series as is. */
export interface PublishedRowOut extends PublishedRowFields {
  id: number;
  publisher: string;
  format: PublishedFormat;
}

/** One page of a format's rows; `total` counts every row that matches, so a caller sees what is left. */
export interface PublishedRowsPage {
  rows: PublishedRowOut[];
  total: number;
  offset: number;
}

/** DSA orders to act of one category of illegal content on one service, summed over the Member States in view. */
export interface DsaCategoryOrders {
  /** `STATEMENT_CATEGORY_*`, as written. */
  code: string;
  platform: string;
  /** `null` when no row in view gives the count. */
  requests: number | null;
}

/** Google's outcome shares of one half-year, weighted by each requester row's items. */
export interface OutcomeSharesPoint {
  periodStart: string;
  periodEnd: string;
  /** Items of the rows that give shares. */
  items: number;
  /** Fractions 0–1, `null` when no row of the period gives items. */
  shares: Record<
    | 'pct_removed_legal'
    | 'pct_removed_policy'
    | 'pct_content_not_found'
    | 'pct_not_enough_information'
    | 'pct_no_action'
    | 'pct_already_removed',
    number | null
  >;
}

export interface PublishedChecks {
  /** Warnings recorded at import (X TOTAL rows, DSA TOTAL rows …), per file. */
  checks: PublisherCheck[];
  restatements: Restatement[];
  /** Restatements beyond RESTATEMENT_LIMIT, counted but not listed. */
  moreRestatements: number;
}
