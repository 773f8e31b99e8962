/**
 * Catalogue tables with their live request and item counts, taken from the aggregates (grouped by
 * one dimension column) and never from the item tables.
 */
import type { Counts } from '../../../shared/catalog.ts';
import type { Filters } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { findBasisSetMemberIds } from '../catalog/basis-sets.ts';
import { sumItemMeasures, sumRequests } from './totals.ts';

export type CountColumn = 'jurisdiction' | 'agency_id' | 'platform_id' | 'source_id' | 'basis_set_id';

/** Requests and items per value of a dimension column (text keys), under optional filters. */
export async function countBy(db: Db, column: CountColumn, filters: Filters = {}): Promise<Map<string, Counts>> {
  const [requests, items] = await Promise.all([
    sumRequests(db, filters, { groupBy: [column] }),
    sumItemMeasures(db, filters, ['items'], { groupBy: [column] }),
  ]);
  const out = new Map<string, Counts>();
  const at = (key: string | number | undefined) => {
    const counts = out.get(String(key)) ?? { requests: 0, items: 0 };
    out.set(String(key), counts);
    return counts;
  };
  for (const row of requests) at(row[column]).requests += Number(row.requests);
  for (const row of items) at(row[column]).items += Number(row.items);
  return out;
}

/** Counts per legal basis: each basis set's counts go to every provision it cites. */
export async function countByLegalBasis(db: Db, filters: Filters = {}): Promise<Map<number, Counts>> {
  const [bySet, members] = await Promise.all([countBy(db, 'basis_set_id', filters), findBasisSetMemberIds(db)]);
  const out = new Map<number, Counts>();
  for (const { set_id, legal_basis_id } of members) {
    const counts = bySet.get(String(set_id));
    if (!counts) continue;
    const total = out.get(legal_basis_id) ?? { requests: 0, items: 0 };
    total.requests += counts.requests;
    total.items += counts.items;
    out.set(legal_basis_id, total);
  }
  return out;
}
