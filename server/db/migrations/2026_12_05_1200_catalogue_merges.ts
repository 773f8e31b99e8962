// Frozen migration: never edit after it has landed; add a new file instead.
import { type Kysely, sql } from 'kysely';
import { idColumn } from './engine.ts';

/**
 * Catalogue merges (issue 11): a duplicate agency or provision is merged into the one kept. The
 * merged row stays, pointing at the kept one (`merged_into_id`), so later submissions naming it
 * land on the kept entry and lists hide it; `catalogue_merge_rows` records what moved (requests,
 * with their prior citations for provisions, and redaction terms) so a split can put it back.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('agencies')
    .addColumn('merged_into_id', 'integer', (c) => c.references('agencies.id'))
    .execute();
  await db.schema
    .alterTable('legal_bases')
    .addColumn('merged_into_id', 'integer', (c) => c.references('legal_bases.id'))
    .execute();

  await db.schema
    .createTable('catalogue_merges')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in ('agency', 'legal_basis')`))
    .addColumn('kept_id', 'integer', (c) => c.notNull())
    .addColumn('merged_id', 'integer', (c) => c.notNull())
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('merged_by', 'text', (c) => c.notNull())
    .addColumn('split_at', 'text')
    .addColumn('split_by', 'text')
    .execute();
  await db.schema
    .createIndex('catalogue_merges_merged')
    .on('catalogue_merges')
    .columns(['entity', 'merged_id'])
    .execute();

  await db.schema
    .createTable('catalogue_merge_rows')
    .addColumn('merge_id', 'integer', (c) => c.notNull().references('catalogue_merges.id'))
    // `request`, `redaction_term`, or `repointed` (an entry merged earlier into the merged one).
    .addColumn('row_kind', 'text', (c) => c.notNull())
    .addColumn('row_id', 'integer', (c) => c.notNull())
    // Provision merges: the request's cited ids before the merge, in citation order ("3,7").
    .addColumn('prior', 'text')
    .addPrimaryKeyConstraint('catalogue_merge_rows_pk', ['merge_id', 'row_kind', 'row_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('catalogue_merge_rows').execute();
  await db.schema.dropTable('catalogue_merges').execute();
  await db.schema.alterTable('legal_bases').dropColumn('merged_into_id').execute();
  await db.schema.alterTable('agencies').dropColumn('merged_into_id').execute();
}
