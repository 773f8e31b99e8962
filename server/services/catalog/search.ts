/** catalog.searchAgencies / catalog.searchLegalBases: the entry form's pickers (shared/catalog-search.ts). */
import { citationLabel } from '../../../shared/catalog.ts';
import {
  type AgencyHit,
  type CatalogSearchInput,
  type LegalBasisHit,
  searchWords,
} from '../../../shared/catalog-search.ts';
import type { Db } from '../../db/database.ts';
import { searchAgencies, searchLegalBases } from '../../queries/catalog/search.ts';

export async function findAgencyHits(db: Db, input: CatalogSearchInput): Promise<AgencyHit[]> {
  const rows = await searchAgencies(db, { ...input, words: searchWords(input.q) });
  return rows.map(({ local_name, ...r }) => ({ ...r, localName: local_name }));
}

export async function findLegalBasisHits(db: Db, input: CatalogSearchInput): Promise<LegalBasisHit[]> {
  const rows = await searchLegalBases(db, { ...input, words: searchWords(input.q) });
  return rows.map((r) => ({ ...r, label: citationLabel(r) }));
}
