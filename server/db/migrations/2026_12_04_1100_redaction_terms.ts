// Frozen migration: never edit after it has landed; add a new file instead.
import type { Kysely } from 'kysely';
import { idColumn, nowDefault } from './engine.ts';

/**
 * The agency catalogue's redaction list: personal names that public views of stated reasons
 * replace with `[redacted]` (shared/redaction.ts). `agency_id` null means in every agency's
 * requests. No review flag on stated reasons: the public always gets the redacted form.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('redaction_terms')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowDefault(db)))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('redaction_terms').execute();
}
