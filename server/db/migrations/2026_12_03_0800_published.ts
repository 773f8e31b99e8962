// Frozen migration: never edit after it has landed; add a new file instead.
// Engine-aware through ./engine.ts (SQLite DDL unchanged, pinned by sqlite-schema.test.ts).
import type { Kysely } from 'kysely';
import { idColumn } from './engine.ts';

/**
 * Published statistics (DESIGN.md §4): the files imported from platforms' transparency reports,
 * their rows and each row's measures. Portable DDL only (PostgreSQL follows): numbers that are
 * not counts are `double precision`, instants ISO text, no defaults computed by the database.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publishers')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .execute();

  await db.schema
    .createTable('published_files')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('publisher', 'text', (c) => c.notNull().references('publishers.slug'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('retrieved_at', 'text')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('jurisdictions', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('published_stats')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('file_id', 'integer', (c) => c.notNull().references('published_files.id'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    /** Identity of the figure within its publisher and format: a newer file with the same key replaces it. */
    .addColumn('stat_key', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('service', 'text')
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_label', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('requester_kind', 'text')
    .addColumn('requester_label', 'text')
    .addColumn('reason', 'text')
    .addColumn('reason_label', 'text')
    .addColumn('reason_code', 'text')
    .addColumn('reason_level', 'text')
    .addColumn('product', 'text')
    .addColumn('section', 'text')
    .addColumn('indicator', 'text')
    .addColumn('requests', 'integer')
    .addColumn('items', 'integer')
    /** Set when a newer export replaced this figure; the row stays for the record of restatements. */
    .addColumn('superseded_by', 'integer', (c) => c.references('published_files.id'))
    .execute();
  await db.schema
    .createIndex('published_stats_current')
    .on('published_stats')
    .columns(['superseded_by', 'format', 'period_end', 'jurisdiction'])
    .execute();
  await db.schema
    .createIndex('published_stats_key')
    .on('published_stats')
    .columns(['publisher', 'format', 'stat_key'])
    .execute();
  await db.schema.createIndex('published_stats_file').on('published_stats').column('file_id').execute();

  await db.schema
    .createTable('published_measures')
    .addColumn('stat_id', 'integer', (c) => c.notNull().references('published_stats.id'))
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_measures_pk', ['stat_id', 'measure'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('published_measures').execute();
  await db.schema.dropTable('published_stats').execute();
  await db.schema.dropTable('published_files').execute();
  await db.schema.dropTable('publishers').execute();
}
