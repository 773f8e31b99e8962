/**
 * Catalogue search for the entry form's pickers: every word somewhere in the entry, case-insensitive,
 * alphabetical, `limit` rows, never an entry merged into another (ingest resolves those to the kept one).
 */
import type { Db } from '../../db/database.ts';
import { containsText } from '../../db/dialect/index.ts';

export interface SearchQuery {
  jurisdiction?: string;
  words: readonly string[];
  limit: number;
}

export function searchAgencies(db: Db, query: SearchQuery) {
  let select = db
    .selectFrom('agencies')
    .select(['id', 'jurisdiction', 'name', 'local_name', 'kind'])
    .where('merged_into_id', 'is', null);
  if (query.jurisdiction) select = select.where('jurisdiction', '=', query.jurisdiction);
  for (const word of query.words) {
    select = select.where((eb) =>
      eb.or([containsText(db, 'agencies.name', word), containsText(db, 'agencies.local_name', word)]),
    );
  }
  return select.orderBy('name').orderBy('id').limit(query.limit).execute();
}

export function searchLegalBases(db: Db, query: SearchQuery) {
  let select = db
    .selectFrom('legal_bases')
    .select(['id', 'jurisdiction', 'instrument', 'article', 'part', 'title', 'category', 'status'])
    .where('merged_into_id', 'is', null);
  if (query.jurisdiction) select = select.where('jurisdiction', '=', query.jurisdiction);
  for (const word of query.words) {
    select = select.where((eb) =>
      eb.or(
        ['instrument', 'article', 'part', 'title'].map((column) => containsText(db, `legal_bases.${column}`, word)),
      ),
    );
  }
  return select.orderBy('instrument').orderBy('article').orderBy('part').orderBy('id').limit(query.limit).execute();
}
