/**
 * The shared `filters` object as a WHERE clause over an aggregate table. Catalogue-level filters
 * (provisions, categories, content types, author kinds, names) become `IN (subquery)` over the
 * small catalogue tables, so the aggregates are never joined to the item tables.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Filters } from '../../../shared/stats.ts';
import type { Database } from '../../db/schema.ts';

export type AggTable = 'agg_items' | 'agg_requests';

// Both aggregate tables share the dimension columns; the builder is typed over one of them.
type Eb = ExpressionBuilder<Database, 'agg_items'>;

export function aggWhere(eb: Eb, table: AggTable, f: Filters): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const conditions: Expression<SqlBool>[] = [];
  if (f.from) conditions.push(eb(col('day'), '>=', f.from));
  if (f.to) conditions.push(eb(col('day'), '<=', f.to));
  if (f.jurisdictions?.length) conditions.push(eb(col('jurisdiction'), 'in', f.jurisdictions));
  if (f.agencies?.length) conditions.push(eb(col('agency_id'), 'in', f.agencies));
  if (f.channels?.length) conditions.push(eb(col('channel'), 'in', f.channels));
  if (f.platforms?.length) {
    conditions.push(
      eb(
        col('platform_id'),
        'in',
        eb.selectFrom('platforms').select('platforms.id').where('platforms.slug', 'in', f.platforms),
      ),
    );
  }
  if (f.sources?.length) {
    conditions.push(
      eb(col('source_id'), 'in', eb.selectFrom('sources').select('sources.id').where('sources.name', 'in', f.sources)),
    );
  }
  if (f.legalBases?.length) {
    const sets = eb
      .selectFrom('basis_set_members')
      .select('basis_set_members.set_id')
      .where('basis_set_members.legal_basis_id', 'in', f.legalBases);
    conditions.push(eb(col('basis_set_id'), 'in', sets));
  }
  if (f.categories?.length) conditions.push(categoryCondition(eb, col('basis_set_id'), f.categories));
  if (table === 'agg_items') {
    if (f.contentTypes?.length) conditions.push(eb(col('content_type'), 'in', f.contentTypes));
    if (f.authorKinds?.length) conditions.push(eb(col('author_kind'), 'in', f.authorKinds));
  } else if (f.contentTypes?.length || f.authorKinds?.length) {
    // A request counts when one of its items matches both item-level filters.
    let profiles = eb.selectFrom('profile_set_members').select('profile_set_members.set_id');
    if (f.contentTypes?.length) profiles = profiles.where('profile_set_members.content_type', 'in', f.contentTypes);
    if (f.authorKinds?.length) profiles = profiles.where('profile_set_members.author_kind', 'in', f.authorKinds);
    conditions.push(eb(col('profile_set_id'), 'in', profiles));
  }
  return eb.and(conditions);
}

/** Requests citing a provision of one of the categories; `unspecified` also takes requests citing nothing. */
function categoryCondition(eb: Eb, basisSet: Expression<unknown>, categories: string[]): Expression<SqlBool> {
  const cited = eb
    .selectFrom('basis_set_members')
    .innerJoin('legal_bases', 'legal_bases.id', 'basis_set_members.legal_basis_id')
    .select('basis_set_members.set_id')
    .where('legal_bases.category', 'in', categories);
  const matches = [eb(basisSet, 'in', cited)];
  if (categories.includes('unspecified')) {
    matches.push(
      eb(basisSet, 'in', eb.selectFrom('basis_sets').select('basis_sets.id').where('basis_sets.set_key', '=', '')),
    );
  }
  return eb.or(matches);
}
