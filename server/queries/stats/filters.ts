/**
 * The shared `filters` object as a WHERE clause. Catalogue-level filters (provisions, categories,
 * content types, author kinds, names) become `IN (subquery)` over the small catalogue tables, so
 * the aggregates are never joined to the item tables. The same conditions serve the requests
 * table (items.list), whose dimension columns are the aggregates' own.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { shiftDay } from '../../../shared/periods.ts';
import type { Filters } from '../../../shared/stats.ts';
import type { Database } from '../../db/schema.ts';
import type { AggregateTable } from './aggregate-tables.ts';

// The tables share the dimension columns; the builder is typed over one of them.
type Eb = ExpressionBuilder<Database, 'agg_items'>;
type Column = (name: string) => Expression<unknown>;

/** True when the filters look inside requests (content type, author kind of their items). */
export function hasItemLevelFilters(f: Filters): boolean {
  return Boolean(f.contentTypes?.length || f.authorKinds?.length);
}

/** The filters as a WHERE clause over one aggregate table (which must be able to apply them all). */
export function aggWhere(eb: Eb, table: AggregateTable, f: Filters): Expression<SqlBool> {
  const col: Column = (name) => sql.ref(`${table.name}.${name}`);
  const conditions = dimensionConditions(eb, col, f);
  if (f.from) conditions.push(eb(col('day'), '>=', f.from));
  if (f.to) conditions.push(eb(col('day'), '<=', f.to));
  if (table.extraKey.includes('content_type')) {
    if (f.contentTypes?.length) conditions.push(eb(col('content_type'), 'in', f.contentTypes));
    if (f.authorKinds?.length) conditions.push(eb(col('author_kind'), 'in', f.authorKinds));
  } else if (table.extraKey.includes('profile_set_id')) {
    const profiles = profileCondition(eb, col('profile_set_id'), f);
    if (profiles) conditions.push(profiles);
  } else if (hasItemLevelFilters(f)) {
    throw new Error(`${table.name} cannot apply content-type or author-kind filters`);
  }
  return eb.and(conditions);
}

/** A request counts when one of its items matches both item-level filters (through its profile set). */
function profileCondition(eb: Eb, profileSet: Expression<unknown>, f: Filters): Expression<SqlBool> | undefined {
  if (!f.contentTypes?.length && !f.authorKinds?.length) return undefined;
  let profiles = eb.selectFrom('profile_set_members').select('profile_set_members.set_id');
  if (f.contentTypes?.length) profiles = profiles.where('profile_set_members.content_type', 'in', f.contentTypes);
  if (f.authorKinds?.length) profiles = profiles.where('profile_set_members.author_kind', 'in', f.authorKinds);
  return eb(profileSet, 'in', profiles);
}

/**
 * Filters over the `requests` table (items.list): submission instants instead of days, retracted
 * requests left out, item-level filters through the request's profile set (as for agg_requests).
 * Meant for rows reached by rowid: the conditions use no index.
 */
export function requestRowWhere(eb: Eb, f: Filters): Expression<SqlBool> {
  // items.list reaches `requests` by rowid from its scan window; unary `+` keeps SQLite from
  // picking an index on these columns instead (an agency list then sorted every request it has).
  const col: Column = (name) => sql`+${sql.ref(`requests.${name}`)}`;
  const conditions = dimensionConditions(eb, col, f);
  // Instants are normalised ISO text, so a day bound compares as text.
  if (f.from) conditions.push(eb(col('submitted_at'), '>=', f.from));
  if (f.to) conditions.push(eb(col('submitted_at'), '<', shiftDay(f.to, 1)));
  const profiles = profileCondition(eb, col('profile_set_id'), f);
  if (profiles) conditions.push(profiles);
  conditions.push(eb(col('retracted_at'), 'is', null));
  return eb.and(conditions);
}

/** Conditions on the request-level dimensions every filtered table has. */
function dimensionConditions(eb: Eb, col: Column, f: Filters): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (f.jurisdictions?.length) conditions.push(eb(col('jurisdiction'), 'in', f.jurisdictions));
  if (f.agencies?.length) conditions.push(eb(col('agency_id'), 'in', f.agencies));
  if (f.channels?.length) conditions.push(eb(col('channel'), 'in', f.channels));
  if (f.platforms?.length) {
    const ids = eb.selectFrom('platforms').select('platforms.id').where('platforms.slug', 'in', f.platforms);
    conditions.push(eb(col('platform_id'), 'in', ids));
  }
  if (f.sources?.length) {
    const ids = eb.selectFrom('sources').select('sources.id').where('sources.name', 'in', f.sources);
    conditions.push(eb(col('source_id'), 'in', ids));
  }
  if (f.legalBases?.length) {
    const sets = eb
      .selectFrom('basis_set_members')
      .select('basis_set_members.set_id')
      .where('basis_set_members.legal_basis_id', 'in', f.legalBases);
    conditions.push(eb(col('basis_set_id'), 'in', sets));
  }
  if (f.categories?.length) conditions.push(categoryCondition(eb, col('basis_set_id'), f.categories));
  return conditions;
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
