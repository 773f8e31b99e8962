/** Table types for Kysely. Instants are ISO-8601 UTC text, booleans 0/1 integers (STYLE.md rule 5). */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DimensionValues } from './cube/dimensions.ts';
import type { AggregateTableTypes } from './cube/tables.ts';

export interface SourcesTable {
  id: Generated<number>;
  name: string;
  kind: string;
  url: string | null;
  license: string | null;
  notes: string | null;
  created_at: Generated<string>;
}

export interface JurisdictionsTable {
  code: string;
  name: string;
}

export interface PlatformsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: Generated<string>;
}

export interface AgenciesTable {
  id: Generated<number>;
  jurisdiction: string;
  name: string;
  /** Normalised name used to match submissions to the catalogue (server/services/catalog). */
  name_key: string;
  local_name: string | null;
  kind: string;
  created_at: Generated<string>;
  /** Set when merged into another agency (catalogue_merges): hidden from lists, resolves to that one. */
  merged_into_id: Generated<number | null>;
}

export interface LegalBasesTable {
  id: Generated<number>;
  jurisdiction: string;
  instrument: string;
  article: string;
  part: string | null;
  /** Normalised `JURISDICTION|instrument|article|part`, unique. */
  citation_key: string;
  title: string | null;
  category: string;
  status: string;
  created_at: Generated<string>;
  /** Set when merged into another provision (catalogue_merges): hidden from lists, resolves to that one. */
  merged_into_id: Generated<number | null>;
}

export interface CatalogueMergesTable {
  id: Generated<number>;
  entity: 'agency' | 'legal_basis';
  kept_id: number;
  merged_id: number;
  merged_at: string;
  merged_by: string;
  split_at: string | null;
  split_by: string | null;
}

/** What a merge moved, so a split can move it back. */
export interface CatalogueMergeRowsTable {
  merge_id: number;
  /** A moved request, a moved redaction term, or an entry merged earlier into the merged one (re-pointed). */
  row_kind: 'request' | 'redaction_term' | 'repointed';
  row_id: number;
  /** Provision merges: the request's cited legal-basis ids before the merge, comma-joined in order. */
  prior: string | null;
}

export interface SetsTable {
  id: Generated<number>;
  set_key: string;
}

export interface BasisSetMembersTable {
  set_id: number;
  legal_basis_id: number;
}

export interface ProfileSetMembersTable {
  set_id: number;
  content_type: string;
  author_kind: string;
}

/** Requests; their aggregate dimensions (source_id … profile_set_id) are declared in the cube. */
export interface RequestsTable extends DimensionValues<'request' | 'itemSet'> {
  id: Generated<number>;
  external_id: string;
  submitted_at: string;
  stated_reason: string | null;
  retracted_at: string | null;
  retraction_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface RequestLegalBasesTable {
  request_id: number;
  legal_basis_id: number;
  position: number;
}

/** Items; their aggregate dimensions (content_type, author_kind) are declared in the cube. */
export interface ItemsTable extends DimensionValues<'item'> {
  id: Generated<number>;
  request_id: number;
  external_id: string;
  content_url: string | null;
  outcome: string;
  outcome_basis: string | null;
  decided_at: string | null;
  automated: number | null;
  user_notified: number | null;
  created_at: string;
  updated_at: string;
}

export interface AppealsTable {
  id: Generated<number>;
  item_id: number;
  external_id: string;
  appellant: string | null;
  venue: string | null;
  filed_at: string | null;
  outcome: string;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  date: string;
  jurisdiction: string | null;
  title: string;
  url: string | null;
  source_id: number | null;
}

/** Names public views redact from stated reasons; agency_id null: in every agency's requests. */
export interface RedactionTermsTable {
  id: Generated<number>;
  term: string;
  agency_id: number | null;
  created_at: Generated<string>;
}

export interface ApiTokensTable {
  id: Generated<number>;
  source_id: number;
  token_hash: string;
  label: string | null;
  created_at: Generated<string>;
  last_used_at: string | null;
  revoked_at: string | null;
  expires_at: string | null;
  /** Null: made on the command line. */
  created_by_user_id: number | null;
}

export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased. */
  email: string;
  display_name: string;
  role: string;
  /** `scrypt$N$r$p$salt$hash` (server/services/auth/password.ts). */
  password_hash: string;
  created_at: Generated<string>;
  disabled_at: string | null;
}

export interface UserSourcesTable {
  user_id: number;
  source_id: number;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's secret. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  /** Absolute end, whatever the activity. */
  expires_at: string;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  at: string;
  /** Lower-cased, as typed: also for addresses that have no account. */
  email: string;
  ip: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  source_id: number | null;
  action: string;
  entity: string;
  entity_key: string;
  changes: string | null;
}

export interface ImportCheckpointsTable {
  file_key: string;
  file_name: string;
  committed_line: number;
  finished: number;
  updated_at: string;
}

export interface PublishersTable {
  slug: string;
  name: string;
  source_id: number;
}

export interface PublishedFilesTable {
  id: Generated<number>;
  publisher: string;
  format: string;
  file_name: string;
  sha256: string;
  imported_at: string;
  retrieved_at: string | null;
  row_count: number;
  period_start: string | null;
  period_end: string | null;
  jurisdictions: number;
  /** JSON array of warning sentences. */
  warnings: string;
}

export interface PublishedStatsTable {
  id: Generated<number>;
  file_id: number;
  line: number;
  publisher: string;
  format: string;
  role: string;
  stat_key: string;
  platform: string;
  service: string | null;
  jurisdiction: string;
  jurisdiction_label: string;
  period_start: string;
  period_end: string;
  requester_kind: string | null;
  requester_label: string | null;
  reason: string | null;
  reason_label: string | null;
  reason_code: string | null;
  reason_level: string | null;
  product: string | null;
  section: string | null;
  indicator: string | null;
  requests: number | null;
  items: number | null;
  superseded_by: number | null;
}

export interface PublishedMeasuresTable {
  stat_id: number;
  measure: string;
  value: number | null;
  unit: string;
}

/** Every table; the aggregate tables (agg_*) come from the cube declaration (server/db/cube/tables.ts). */
export interface Database extends AggregateTableTypes {
  sources: SourcesTable;
  jurisdictions: JurisdictionsTable;
  platforms: PlatformsTable;
  agencies: AgenciesTable;
  legal_bases: LegalBasesTable;
  basis_sets: SetsTable;
  basis_set_members: BasisSetMembersTable;
  profile_sets: SetsTable;
  profile_set_members: ProfileSetMembersTable;
  requests: RequestsTable;
  request_legal_bases: RequestLegalBasesTable;
  items: ItemsTable;
  appeals: AppealsTable;
  events: EventsTable;
  redaction_terms: RedactionTermsTable;
  api_tokens: ApiTokensTable;
  users: UsersTable;
  user_sources: UserSourcesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  catalogue_merges: CatalogueMergesTable;
  catalogue_merge_rows: CatalogueMergeRowsTable;
  import_checkpoints: ImportCheckpointsTable;
  publishers: PublishersTable;
  published_files: PublishedFilesTable;
  published_stats: PublishedStatsTable;
  published_measures: PublishedMeasuresTable;
}

export type Source = Selectable<SourcesTable>;
export type Agency = Selectable<AgenciesTable>;
export type LegalBasis = Selectable<LegalBasesTable>;
export type RequestRow = Selectable<RequestsTable>;
export type NewRequest = Insertable<RequestsTable>;
export type RequestUpdate = Updateable<RequestsTable>;
export type ItemRow = Selectable<ItemsTable>;
export type NewItem = Insertable<ItemsTable>;
export type AppealRow = Selectable<AppealsTable>;
export type NewAppeal = Insertable<AppealsTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
