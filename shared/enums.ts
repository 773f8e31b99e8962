/** Enumerations of DESIGN.md §3. Wire values are lower_snake_case; labels are for display. */
import { z } from 'zod';

export const AGENCY_KINDS = [
  'ministry',
  'regulator',
  'police',
  'prosecutor',
  'court',
  'security_service',
  'legislature',
  'other',
] as const;

export const CHANNELS = [
  'direct_portal',
  'court_order',
  'official_letter',
  'email',
  'web_form',
  'trusted_flagger',
  'other',
] as const;

export const CONTENT_TYPES = [
  'post',
  'comment',
  'photo',
  'video',
  'story',
  'account',
  'page',
  'group',
  'channel',
  'ad',
  'other',
] as const;

export const AUTHOR_KINDS = [
  'individual',
  'journalist',
  'media_outlet',
  'activist',
  'politician',
  'ngo',
  'business',
  'government',
  'unknown',
] as const;

export const OUTCOMES = [
  'pending',
  'removed_global',
  'restricted_local',
  'restricted_other',
  'no_action',
  'invalid_request',
  'content_unavailable',
] as const;

/** Outcomes that count as "actioned" in the removal rate (DESIGN.md §3, Metrics). */
export const ACTIONED_OUTCOMES = ['removed_global', 'restricted_local', 'restricted_other'] as const;

export const OUTCOME_BASES = ['platform_policy', 'local_law', 'both', 'none'] as const;

export const APPELLANTS = ['content_author', 'requesting_agency', 'third_party'] as const;

export const APPEAL_VENUES = ['internal_review', 'oversight_board', 'court', 'regulator'] as const;

export const APPEAL_OUTCOMES = ['pending', 'upheld', 'reversed', 'partially_reversed', 'withdrawn'] as const;

/** Appeal outcomes that count as a reversal (content reinstated, fully or in part). */
export const REVERSAL_OUTCOMES = ['reversed', 'partially_reversed'] as const;

export const SOURCE_KINDS = [
  'platform_submission',
  'monitor_entry',
  'transparency_report',
  'government_disclosure',
  'court_record',
  'media_report',
  'synthetic',
] as const;

export const LEGAL_CATEGORIES = [
  'national_security',
  'extremism_terrorism',
  'hate_discord',
  'defamation_insult',
  'government_criticism',
  'religious_offense',
  'privacy',
  'child_safety',
  'obscenity_nudity',
  'drugs',
  'fraud',
  'regulated_goods',
  'electoral_law',
  'misinformation',
  'violence',
  'harassment',
  'copyright',
  'trademark',
  'impersonation',
  'lgbt_related',
  'other',
  'unspecified',
] as const;

/** Review state of a catalogued legal basis: citations first seen in a submission are unreviewed. */
export const LEGAL_BASIS_STATUSES = ['reviewed', 'unreviewed'] as const;

export const AgencyKind = z.enum(AGENCY_KINDS);
export const Channel = z.enum(CHANNELS);
export const ContentType = z.enum(CONTENT_TYPES);
export const AuthorKind = z.enum(AUTHOR_KINDS);
export const Outcome = z.enum(OUTCOMES);
export const OutcomeBasis = z.enum(OUTCOME_BASES);
export const Appellant = z.enum(APPELLANTS);
export const AppealVenue = z.enum(APPEAL_VENUES);
export const AppealOutcome = z.enum(APPEAL_OUTCOMES);
export const SourceKind = z.enum(SOURCE_KINDS);
export const LegalCategory = z.enum(LEGAL_CATEGORIES);
export const LegalBasisStatus = z.enum(LEGAL_BASIS_STATUSES);

export type AgencyKind = z.infer<typeof AgencyKind>;
export type Channel = z.infer<typeof Channel>;
export type ContentType = z.infer<typeof ContentType>;
export type AuthorKind = z.infer<typeof AuthorKind>;
export type Outcome = z.infer<typeof Outcome>;
export type OutcomeBasis = z.infer<typeof OutcomeBasis>;
export type Appellant = z.infer<typeof Appellant>;
export type AppealVenue = z.infer<typeof AppealVenue>;
export type AppealOutcome = z.infer<typeof AppealOutcome>;
export type SourceKind = z.infer<typeof SourceKind>;
export type LegalCategory = z.infer<typeof LegalCategory>;
export type LegalBasisStatus = z.infer<typeof LegalBasisStatus>;

export function isActioned(outcome: Outcome): boolean {
  return (ACTIONED_OUTCOMES as readonly string[]).includes(outcome);
}

export function isReversal(outcome: AppealOutcome): boolean {
  return (REVERSAL_OUTCOMES as readonly string[]).includes(outcome);
}

/** Appeal outcomes that are decisions on the merits (withdrawn and pending are not). */
export const DECIDED_APPEAL_OUTCOMES = ['upheld', 'reversed', 'partially_reversed'] as const;
