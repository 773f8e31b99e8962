/** The redaction list: names public views replace in stated reasons (shared/redaction.ts). */
import type { Db } from '../../db/database.ts';

export interface RedactionTermRow {
  term: string;
  /** Null: redacted in every agency's requests. */
  agency_id: number | null;
}

/** The whole list: small (a catalogue curated by hand), so each public read takes all of it. */
export async function findRedactionTerms(db: Db): Promise<RedactionTermRow[]> {
  return db.selectFrom('redaction_terms').select(['term', 'agency_id']).orderBy('id').execute();
}

export async function insertRedactionTerms(db: Db, terms: readonly RedactionTermRow[]): Promise<void> {
  if (terms.length > 0)
    await db
      .insertInto('redaction_terms')
      .values([...terms])
      .execute();
}
