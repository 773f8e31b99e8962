/**
 * Splitting a merge: the requests it moved go back to the merged entry (with their citations as
 * they were), the merged entry shows again and its name or citation resolves to itself again.
 * Only the newest merge touching an entry can be split, so nothing is restored over a later one.
 */
import type { SplitInput } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import {
  findMerge,
  findMergeRows,
  markSplit,
  repointMerged,
  setMergedInto,
  setRedactionTermsAgency,
} from '../../queries/catalog/merges.ts';
import { chunked } from '../../queries/chunks.ts';
import { findRequestGraphsByIds, type StoredRequest } from '../../queries/request-graph.ts';
import { actorLabel, type UserActor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { NotFound, ValidationFailed } from '../errors.ts';
import { loadEntry } from './entries.ts';
import { mergedCitations, moveRequestsToAgency, MERGE_PAGE as PAGE, setCitations } from './moves.ts';

export async function splitMerge(
  db: Db,
  actor: UserActor,
  input: SplitInput,
  now: string,
): Promise<{ requestsMoved: number }> {
  return withWriteTransaction(db, async (trx) => {
    const merge = await findMerge(trx, input.mergeId);
    if (!merge) throw new NotFound(`mergeId: no merge ${input.mergeId} (catalogAdmin.merges lists them)`);
    const refuse = (message: string) => new ValidationFailed([{ path: 'mergeId', message }]);
    if (merge.split_at) throw refuse(`merge ${merge.id} was already split on ${merge.split_at}`);
    const { entity, kept_id: keptId, merged_id: mergedId } = merge;
    const kept = await loadEntry(trx, entity, keptId, 'mergeId');
    const merged = await loadEntry(trx, entity, mergedId, 'mergeId');
    if (kept.merged_into_id !== null) {
      throw refuse(`"${kept.label}" was merged into ${kept.merged_into_id} since: split that merge first`);
    }

    const rows = await findMergeRows(trx, merge.id);
    const idsOf = (kind: string) => rows.filter((r) => r.row_kind === kind).map((r) => r.row_id);
    const prior = new Map(
      rows
        .filter((r) => r.row_kind === 'request')
        .map((r) => [r.row_id, (r.prior ?? '').split(',').filter(Boolean).map(Number)]),
    );
    const citedBefore = (r: StoredRequest) => prior.get(r.id) ?? [];
    const movedIds = idsOf('request');
    for (const part of chunked(movedIds, PAGE)) {
      const requests = await findRequestGraphsByIds(trx, part);
      if (entity === 'agency') {
        // A request re-submitted since under another agency stays where its submitter put it.
        await moveRequestsToAgency(
          trx,
          requests.filter((r) => r.agency_id === keptId),
          mergedId,
        );
      } else {
        // A request whose citations changed since the merge (re-submitted) keeps its new ones.
        const unchanged = requests.filter(
          (r) => r.legalBasisIds.join(',') === mergedCitations(citedBefore(r), mergedId, keptId).join(','),
        );
        await setCitations(trx, unchanged, citedBefore);
      }
    }
    if (entity === 'agency') await setRedactionTermsAgency(trx, idsOf('redaction_term'), mergedId);
    await repointMerged(trx, entity, idsOf('repointed'), mergedId);
    await setMergedInto(trx, entity, mergedId, null);
    const by = actorLabel(actor);
    await markSplit(trx, merge.id, now, by);
    await writeAudit(trx, {
      actor,
      sourceId: null,
      action: 'split',
      entity,
      key: `${entity}:${mergedId}`,
      changes: {
        before: { mergedInto: keptId, keptLabel: kept.label, merge: merge.id },
        after: { mergedInto: null, label: merged.label, requestsMoved: movedIds.length, splitOf: merge.id },
      },
      at: now,
    });
    return { requestsMoved: movedIds.length };
  });
}
