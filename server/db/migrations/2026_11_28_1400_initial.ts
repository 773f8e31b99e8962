// Frozen migration: never edit after it has landed; add a new file instead.
// Engine-aware through ./engine.ts (SQLite DDL unchanged, pinned by sqlite-schema.test.ts).
import type { Kysely } from 'kysely';
import { appendOnlyGuard, dropAppendOnlyGuard, idColumn, nowDefault } from './engine.ts';

// Histogram widths as of this migration (shared/metrics.ts DECISION_HOUR_EDGES + 1, APPEAL_DAY_EDGES + 1).
const DECISION_BUCKETS = 25;
const APPEAL_BUCKETS = 17;

const OUTCOME_COLUMNS = [
  'n_pending',
  'n_removed_global',
  'n_restricted_local',
  'n_restricted_other',
  'n_no_action',
  'n_invalid_request',
  'n_content_unavailable',
];

const APPEAL_COLUMNS = [
  // items-level appeal funnel
  'items_appealed',
  'items_appeal_decided',
  'items_reversed',
  // appeal-level counts
  'appeals',
  'appeals_pending',
  'appeals_upheld',
  'appeals_reversed',
  'appeals_partially_reversed',
  'appeals_withdrawn',
];

export async function up(db: Kysely<any>): Promise<void> {
  const now = nowDefault(db);
  const id = idColumn(db);

  await db.schema
    .createTable('sources')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('license', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('jurisdictions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('platforms')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'integer', id)
    .addColumn('jurisdiction', 'text', (c) => c.notNull().references('jurisdictions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('local_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('agencies_jurisdiction_name_key', ['jurisdiction', 'name_key'])
    .execute();

  await db.schema
    .createTable('legal_bases')
    .addColumn('id', 'integer', id)
    .addColumn('jurisdiction', 'text', (c) => c.notNull().references('jurisdictions.code'))
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('part', 'text')
    .addColumn('citation_key', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  // A request's set of cited provisions, so aggregates can key on one id and count an item once
  // however many provisions its request cites. The empty set (nothing cited) has key ''.
  await db.schema
    .createTable('basis_sets')
    .addColumn('id', 'integer', id)
    .addColumn('set_key', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable('basis_set_members')
    .addColumn('set_id', 'integer', (c) => c.notNull().references('basis_sets.id'))
    .addColumn('legal_basis_id', 'integer', (c) => c.notNull().references('legal_bases.id'))
    .addPrimaryKeyConstraint('basis_set_members_pk', ['set_id', 'legal_basis_id'])
    .execute();
  await db.schema.createIndex('basis_set_members_basis').on('basis_set_members').column('legal_basis_id').execute();

  // A request's set of (content type, author kind) pairs over its items, so request counts stay
  // exact under item-level filters.
  await db.schema
    .createTable('profile_sets')
    .addColumn('id', 'integer', id)
    .addColumn('set_key', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable('profile_set_members')
    .addColumn('set_id', 'integer', (c) => c.notNull().references('profile_sets.id'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('profile_set_members_pk', ['set_id', 'content_type', 'author_kind'])
    .execute();

  await db.schema
    .createTable('requests')
    .addColumn('id', 'integer', id)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull().references('jurisdictions.code'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('platform_id', 'integer', (c) => c.notNull().references('platforms.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('stated_reason', 'text')
    .addColumn('basis_set_id', 'integer', (c) => c.notNull().references('basis_sets.id'))
    .addColumn('profile_set_id', 'integer', (c) => c.notNull().references('profile_sets.id'))
    .addColumn('retracted_at', 'text')
    .addColumn('retraction_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('requests_source_external_id', ['source_id', 'external_id'])
    .execute();
  await db.schema.createIndex('requests_submitted_at').on('requests').column('submitted_at').execute();
  await db.schema.createIndex('requests_agency').on('requests').column('agency_id').execute();

  await db.schema
    .createTable('request_legal_bases')
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('legal_basis_id', 'integer', (c) => c.notNull().references('legal_bases.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_legal_bases_pk', ['request_id', 'legal_basis_id'])
    .execute();
  await db.schema.createIndex('request_legal_bases_basis').on('request_legal_bases').column('legal_basis_id').execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', id)
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content_url', 'text')
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('outcome_basis', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('automated', 'integer')
    .addColumn('user_notified', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('items_request_external_id', ['request_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('appellant', 'text')
    .addColumn('venue', 'text')
    .addColumn('filed_at', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('appeals_item_external_id', ['item_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'integer', id)
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.references('jurisdictions.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
    .addUniqueConstraint('events_date_title', ['date', 'title'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'integer', id)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', id)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.references('sources.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('changes', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_key']).execute();
  // Append-only: the log is evidence; nobody edits or deletes it through SQL either.
  await appendOnlyGuard(db, 'audit_log', 'audit_log is append-only');

  await db.schema
    .createTable('import_checkpoints')
    .addColumn('file_key', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('committed_line', 'integer', (c) => c.notNull())
    .addColumn('finished', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Aggregates: kept current in the same transaction as every write (server/services/aggregates).
  let items = db.schema
    .createTable('agg_items')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'integer', (c) => c.notNull())
    .addColumn('platform_id', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('basis_set_id', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull().defaultTo(0));
  for (const col of OUTCOME_COLUMNS) items = items.addColumn(col, 'integer', (c) => c.notNull().defaultTo(0));
  for (let i = 0; i < DECISION_BUCKETS; i++) {
    items = items.addColumn(`ttd_${i}`, 'integer', (c) => c.notNull().defaultTo(0));
  }
  for (const col of APPEAL_COLUMNS) items = items.addColumn(col, 'integer', (c) => c.notNull().defaultTo(0));
  for (let i = 0; i < APPEAL_BUCKETS; i++) {
    items = items.addColumn(`tta_${i}`, 'integer', (c) => c.notNull().defaultTo(0));
  }
  await items
    .addPrimaryKeyConstraint('agg_items_pk', [
      'day',
      'source_id',
      'jurisdiction',
      'agency_id',
      'platform_id',
      'channel',
      'basis_set_id',
      'content_type',
      'author_kind',
    ])
    .execute();

  await db.schema
    .createTable('agg_requests')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'integer', (c) => c.notNull())
    .addColumn('platform_id', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('basis_set_id', 'integer', (c) => c.notNull())
    .addColumn('profile_set_id', 'integer', (c) => c.notNull())
    .addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_requests_pk', [
      'day',
      'source_id',
      'jurisdiction',
      'agency_id',
      'platform_id',
      'channel',
      'basis_set_id',
      'profile_set_id',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'agg_requests',
    'agg_items',
    'import_checkpoints',
    'audit_log',
    'api_tokens',
    'events',
    'appeals',
    'items',
    'request_legal_bases',
    'requests',
    'profile_set_members',
    'profile_sets',
    'basis_set_members',
    'basis_sets',
    'legal_bases',
    'agencies',
    'platforms',
    'jurisdictions',
    'sources',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await dropAppendOnlyGuard(db, 'audit_log');
}
