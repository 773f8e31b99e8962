/**
 * Reviewing a provision: its title, category and instrument spelling are confirmed and it is
 * marked `reviewed`. A corrected spelling changes the citation key later submissions match; when
 * another entry already has that key, the two are duplicates, to be merged rather than renamed.
 */
import type { ReviewLegalBasisInput } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { findLegalBasisByKey, updateLegalBasis } from '../../queries/catalog/legal-bases.ts';
import { findLegalBasisRow } from '../../queries/catalog/merges.ts';
import type { UserActor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { citationKey } from '../catalog/keys.ts';
import { NotFound, ValidationFailed } from '../errors.ts';

export async function reviewLegalBasis(db: Db, actor: UserActor, input: ReviewLegalBasisInput, now: string) {
  return withWriteTransaction(db, async (trx) => {
    const row = await findLegalBasisRow(trx, input.id);
    if (!row) throw new NotFound(`id: no legal basis ${input.id} (catalog.legalBases lists their ids)`);
    if (row.merged_into_id !== null) {
      throw new ValidationFailed([{ path: 'id', message: `merged into ${row.merged_into_id}: review that one` }]);
    }
    const key = citationKey({ ...row, instrument: input.instrument });
    const other = await findLegalBasisByKey(trx, key);
    if (other && other.id !== row.id) {
      const message =
        other.merged_into_id === row.id
          ? `this spelling is that of legal basis ${other.id}, merged into this one: submissions spelt so already land here`
          : `legal basis ${other.id} already has this citation: merge the two instead of renaming`;
      throw new ValidationFailed([{ path: 'instrument', message }]);
    }
    const after = { instrument: input.instrument, title: input.title, category: input.category, status: 'reviewed' };
    await updateLegalBasis(trx, row.id, { ...after, citation_key: key, status: 'reviewed' });
    const before = { instrument: row.instrument, title: row.title, category: row.category, status: row.status };
    await writeAudit(trx, {
      actor,
      sourceId: null,
      action: 'review',
      entity: 'legal_basis',
      key: `legal_basis:${row.id}`,
      changes: { before, after },
      at: now,
    });
    return { id: row.id, ...after };
  });
}
