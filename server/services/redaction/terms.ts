/** The redaction list, kept by hand: names public views replace in stated reasons. */
import { LIMITS } from '../../../shared/limits.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { findAgenciesByIds } from '../../queries/catalog/agencies.ts';
import {
  findRedactionTerms,
  insertRedactionTerms,
  type RedactionTermRow,
} from '../../queries/catalog/redaction-terms.ts';
import { NotFound, ValidationFailed } from '../errors.ts';

/** Adds `term` (for one agency's requests, or everywhere when agencyId is null); an existing entry is left as it is. */
export async function addRedactionTerm(
  db: Db,
  input: { term: string; agencyId: number | null },
): Promise<RedactionTermRow[]> {
  const term = input.term.trim().replace(/\s+/gu, ' ');
  if (term.length < 2 || term.length > LIMITS.name) {
    const message = `a term has 2 to ${LIMITS.name} characters`;
    throw new ValidationFailed([{ path: 'term', message }], message);
  }
  if (input.agencyId !== null && !(await findAgenciesByIds(db, [input.agencyId])).has(input.agencyId)) {
    throw new NotFound(`No agency ${input.agencyId}: catalog.agencies lists their ids`);
  }
  const same = (t: RedactionTermRow) => t.term.toLowerCase() === term.toLowerCase() && t.agency_id === input.agencyId;
  // A write transaction: redacted output changes, so the data version (cache keys) must move.
  return withWriteTransaction(db, async (trx) => {
    if (!(await findRedactionTerms(trx)).some(same))
      await insertRedactionTerms(trx, [{ term, agency_id: input.agencyId }]);
    return findRedactionTerms(trx);
  });
}
