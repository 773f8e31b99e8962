/** What each basis set cites, for the figures that count a request under each provision or category it cites. */
import type { Db } from '../../db/database.ts';

/**
 * The category a request citing no provision counts under: the category breakdowns and the
 * `categories` filter treat "nothing cited" as `unspecified`.
 */
export const NOTHING_CITED_CATEGORY = 'unspecified';

/** Every basis set's members, with the cited provision's fields. Empty sets have no rows. */
export function findBasisSetMembers(db: Db) {
  return db
    .selectFrom('basis_set_members')
    .innerJoin('legal_bases', 'legal_bases.id', 'basis_set_members.legal_basis_id')
    .select([
      'basis_set_members.set_id',
      'legal_bases.id',
      'legal_bases.category',
      'legal_bases.jurisdiction',
      'legal_bases.instrument',
      'legal_bases.article',
      'legal_bases.part',
      'legal_bases.title',
    ])
    .execute();
}

/** Every basis set's member ids. */
export function findBasisSetMemberIds(db: Db) {
  return db.selectFrom('basis_set_members').select(['set_id', 'legal_basis_id']).execute();
}
