/**
 * Catalogue tables with their live request and item counts, taken from the aggregates (grouped by
 * one dimension column) and never from the item tables.
 */
import { sql } from 'kysely';
import type { Counts } from '../../../shared/catalog.ts';
import type { Filters } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { aggWhere } from './filters.ts';

export type CountColumn = 'jurisdiction' | 'agency_id' | 'platform_id' | 'source_id' | 'basis_set_id';

/** Requests and items per value of a dimension column (text keys), under optional filters. */
export async function countBy(db: Db, column: CountColumn, filters: Filters = {}): Promise<Map<string, Counts>> {
  const [requests, items] = await Promise.all([
    db
      .selectFrom('agg_requests')
      .where((eb) => aggWhere(eb as never, 'agg_requests', filters))
      .select([
        sql<string | number>`${sql.ref(`agg_requests.${column}`)}`.as('key'),
        sql<number>`sum(requests)`.as('n'),
      ])
      .groupBy(`agg_requests.${column}`)
      .execute(),
    db
      .selectFrom('agg_items')
      .where((eb) => aggWhere(eb, 'agg_items', filters))
      .select([sql<string | number>`${sql.ref(`agg_items.${column}`)}`.as('key'), sql<number>`sum(items)`.as('n')])
      .groupBy(`agg_items.${column}`)
      .execute(),
  ]);
  const out = new Map<string, Counts>();
  const at = (key: string | number) => {
    const counts = out.get(String(key)) ?? { requests: 0, items: 0 };
    out.set(String(key), counts);
    return counts;
  };
  for (const row of requests) at(row.key).requests += Number(row.n);
  for (const row of items) at(row.key).items += Number(row.n);
  return out;
}

/** Counts per legal basis: each basis set's counts go to every provision it cites. */
export async function countByLegalBasis(db: Db, filters: Filters = {}): Promise<Map<number, Counts>> {
  const [bySet, members] = await Promise.all([
    countBy(db, 'basis_set_id', filters),
    db.selectFrom('basis_set_members').select(['set_id', 'legal_basis_id']).execute(),
  ]);
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
