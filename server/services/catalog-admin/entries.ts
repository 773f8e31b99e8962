/** Loading the two catalogue entries of a merge, with the checks every merge and split needs. */
import { citationLabel } from '../../../shared/catalog.ts';
import type { MergeEntity } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import { findAgencyRow, findLegalBasisRow } from '../../queries/catalog/merges.ts';
import { NotFound } from '../errors.ts';

export interface CatalogueEntry {
  id: number;
  jurisdiction: string;
  label: string;
  merged_into_id: number | null;
}

const NAMES: Record<MergeEntity, string> = { agency: 'agency', legal_basis: 'legal basis' };
const LISTS: Record<MergeEntity, string> = { agency: 'catalog.agencies', legal_basis: 'catalog.legalBases' };

/** The entry, or NotFound naming the field it came from. */
export async function loadEntry(db: Db, entity: MergeEntity, id: number, field: string): Promise<CatalogueEntry> {
  const row = entity === 'agency' ? await findAgencyRow(db, id) : await findLegalBasisRow(db, id);
  if (!row) throw new NotFound(`${field}: no ${NAMES[entity]} ${id} (${LISTS[entity]} lists their ids)`);
  const label = 'name' in row ? row.name : citationLabel(row);
  return { id: row.id, jurisdiction: row.jurisdiction, label, merged_into_id: row.merged_into_id };
}
