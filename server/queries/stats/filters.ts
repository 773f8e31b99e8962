/**
 * The shared `filters` object as a WHERE clause. Catalogue-level filters (provisions, categories,
 * content types, author kinds, names) become `IN (subquery)` over the small catalogue tables, so
 * the aggregates are never joined to the item tables. Which filter applies to which column comes
 * from the cube's dimensions (server/db/cube/dimensions.ts); the same conditions serve the
 * requests table (items.list), whose dimension columns are the aggregates' own.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { shiftDay } from '../../../shared/periods.ts';
import type { Filters } from '../../../shared/stats.ts';
import {
  DIMENSIONS,
  type Dimension,
  dimensionsOf,
  type FilterKey,
  type SetDimension,
} from '../../db/cube/dimensions.ts';
import { type Db, withoutIndex } from '../../db/dialect/index.ts';
import type { Database } from '../../db/schema.ts';
import { NOTHING_CITED_CATEGORY } from '../catalog/basis-sets.ts';
import { type AggregateTable, activeFilterKeys, canApply } from './aggregate-tables.ts';

// The tables share the dimension columns; the builder is typed over one of them.
type Eb = ExpressionBuilder<Database, 'agg_items'>;
type Column = (name: string) => Expression<unknown>;
type Condition = (eb: Eb, column: Expression<unknown>, f: Filters) => Expression<SqlBool> | undefined;

const ITEM_LEVEL_KEYS = new Set<FilterKey>(dimensionsOf(['item']).flatMap((d) => DIMENSIONS[d].filter.keys));

/** True when the filters look inside requests (content type, author kind of their items). */
export function hasItemLevelFilters(f: Filters): boolean {
  return activeFilterKeys(f).some((k) => ITEM_LEVEL_KEYS.has(k));
}

/** Throws unless the table's key applies every filter set (else a filter would be silently dropped). */
export function assertCanApply(table: AggregateTable, f: Filters): void {
  const missing = activeFilterKeys(f).filter((k) => !canApply(table, k));
  if (missing.length > 0) throw new Error(`${table.name} cannot apply ${missing.join(', ')} filters`);
}

/** The filters as a WHERE clause over one aggregate table (which must be able to apply them all). */
export function aggWhere(eb: Eb, table: AggregateTable, f: Filters): Expression<SqlBool> {
  assertCanApply(table, f);
  const col: Column = (name) => sql.ref(`${table.name}.${name}`);
  const conditions = dimensionConditions(eb, col, f, table.key);
  if (f.from) conditions.push(eb(col('day'), '>=', f.from));
  if (f.to) conditions.push(eb(col('day'), '<=', f.to));
  return eb.and(conditions);
}

/** Columns of `requests` that are cube dimensions (item-level filters go through the profile set). */
const REQUEST_ROW_DIMENSIONS = dimensionsOf(['request', 'itemSet']);

/**
 * Filters over the `requests` table (items.list): submission instants instead of days, retracted
 * requests left out, item-level filters through the request's profile set (as for agg_requests).
 * Meant for rows reached by rowid: the conditions use no index.
 */
export function requestRowWhere(db: Db, eb: Eb, f: Filters): Expression<SqlBool> {
  // items.list reaches `requests` by id from its scan window; no index on these columns must be
  // chosen instead (on SQLite an agency list then sorted every request it has).
  const col: Column = (name) => withoutIndex(db, `requests.${name}`);
  const conditions = dimensionConditions(eb, col, f, REQUEST_ROW_DIMENSIONS);
  // Instants are normalised ISO text, so a day bound compares as text.
  if (f.from) conditions.push(eb(col('submitted_at'), '>=', f.from));
  if (f.to) conditions.push(eb(col('submitted_at'), '<', shiftDay(f.to, 1)));
  conditions.push(eb(col('retracted_at'), 'is', null));
  return eb.and(conditions);
}

/** The conditions of every filter that one of `dimensions` applies. */
function dimensionConditions(eb: Eb, col: Column, f: Filters, dimensions: readonly Dimension[]) {
  const conditions: Expression<SqlBool>[] = [];
  for (const dimension of dimensions) {
    const condition = dimensionCondition(eb, dimension, col(dimension), f);
    if (condition) conditions.push(condition);
  }
  return conditions;
}

function dimensionCondition(eb: Eb, dimension: Dimension, column: Expression<unknown>, f: Filters) {
  const spec = DIMENSIONS[dimension];
  const filter = spec.filter;
  if (filter.match === 'set') return SET_CONDITIONS[dimension as SetDimension](eb, column, f);
  const values = f[filter.keys[0]] as readonly (string | number)[] | undefined;
  if (!values?.length) return undefined;
  if (filter.match === 'value') return eb(column, 'in', values);
  const catalogue = spec.catalogue as { table: string; column: string };
  const ids = eb
    .selectFrom(catalogue.table as 'platforms')
    .select(sql.ref(`${catalogue.table}.${catalogue.column}`).as('id'))
    .where(sql.ref(`${catalogue.table}.${filter.by}`), 'in', values);
  return eb(column, 'in', ids);
}

/** Membership tests of the set-valued dimensions, written by hand. */
const SET_CONDITIONS: Record<SetDimension, Condition> = {
  basis_set_id: (eb, basisSet, f) => {
    const conditions: Expression<SqlBool>[] = [];
    if (f.legalBases?.length) {
      const sets = eb
        .selectFrom('basis_set_members')
        .select('basis_set_members.set_id')
        .where('basis_set_members.legal_basis_id', 'in', f.legalBases);
      conditions.push(eb(basisSet, 'in', sets));
    }
    if (f.categories?.length) conditions.push(categoryCondition(eb, basisSet, f.categories));
    return conditions.length > 0 ? eb.and(conditions) : undefined;
  },
  // A request counts when one of its items matches both item-level filters.
  profile_set_id: (eb, profileSet, f) => {
    if (!f.contentTypes?.length && !f.authorKinds?.length) return undefined;
    let profiles = eb.selectFrom('profile_set_members').select('profile_set_members.set_id');
    if (f.contentTypes?.length) profiles = profiles.where('profile_set_members.content_type', 'in', f.contentTypes);
    if (f.authorKinds?.length) profiles = profiles.where('profile_set_members.author_kind', 'in', f.authorKinds);
    return eb(profileSet, 'in', profiles);
  },
};

/** Requests citing a provision of one of the categories; `unspecified` also takes requests citing nothing. */
function categoryCondition(eb: Eb, basisSet: Expression<unknown>, categories: string[]): Expression<SqlBool> {
  const cited = eb
    .selectFrom('basis_set_members')
    .innerJoin('legal_bases', 'legal_bases.id', 'basis_set_members.legal_basis_id')
    .select('basis_set_members.set_id')
    .where('legal_bases.category', 'in', categories);
  const matches = [eb(basisSet, 'in', cited)];
  if (categories.includes(NOTHING_CITED_CATEGORY)) {
    matches.push(
      eb(basisSet, 'in', eb.selectFrom('basis_sets').select('basis_sets.id').where('basis_sets.set_key', '=', '')),
    );
  }
  return eb.or(matches);
}
