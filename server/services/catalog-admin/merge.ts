/**
 * Merging a duplicate agency or provision into the one kept: its requests (retracted ones too)
 * move with their aggregates, its name or citation resolves to the kept entry from then on, and
 * what moved is recorded so splitMerge can put it back. One write transaction: all or nothing.
 */
import type { MergeInput } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import type { CatalogueMergeRowsTable } from '../../db/schema.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import {
  findMergedIntoIds,
  findRedactionTermIdsOfAgency,
  findRequestIdsCiting,
  findRequestIdsOfAgency,
  insertMerge,
  insertMergeRows,
  repointMerged,
  setMergedInto,
  setRedactionTermsAgency,
} from '../../queries/catalog/merges.ts';
import { chunked } from '../../queries/chunks.ts';
import { findRequestGraphsByIds } from '../../queries/request-graph.ts';
import { actorLabel, type UserActor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { ValidationFailed } from '../errors.ts';
import { loadEntry } from './entries.ts';
import { mergedCitations, moveRequestsToAgency, MERGE_PAGE as PAGE, setCitations } from './moves.ts';

export interface MergeOptions {
  /** Tests: runs after everything is written, before the commit. */
  beforeCommit?: (trx: Db) => Promise<void>;
}

export async function mergeEntries(
  db: Db,
  actor: UserActor,
  input: MergeInput,
  now: string,
  options: MergeOptions = {},
): Promise<{ mergeId: number; requestsMoved: number }> {
  const { entity, keepId, mergeId } = input;
  return withWriteTransaction(db, async (trx) => {
    const kept = await loadEntry(trx, entity, keepId, 'keepId');
    const merged = await loadEntry(trx, entity, mergeId, 'mergeId');
    const problems = [];
    if (kept.merged_into_id !== null) {
      problems.push({ path: 'keepId', message: `"${kept.label}" is itself merged into ${kept.merged_into_id}` });
    }
    if (merged.merged_into_id !== null) {
      problems.push({ path: 'mergeId', message: `"${merged.label}" is already merged into ${merged.merged_into_id}` });
    }
    if (kept.jurisdiction !== merged.jurisdiction) {
      problems.push({
        path: 'mergeId',
        message: `"${merged.label}" is of ${merged.jurisdiction}, "${kept.label}" of ${kept.jurisdiction}: only entries of one jurisdiction merge`,
      });
    }
    if (problems.length > 0) throw new ValidationFailed(problems);

    const requestIds =
      entity === 'agency' ? await findRequestIdsOfAgency(trx, mergeId) : await findRequestIdsCiting(trx, mergeId);
    const rows: Omit<CatalogueMergeRowsTable, 'merge_id'>[] = [];
    // Page by page, so a large agency's requests (with items and appeals) are never all in memory.
    for (const part of chunked(requestIds, PAGE)) {
      const requests = await findRequestGraphsByIds(trx, part);
      for (const r of requests) {
        rows.push({
          row_kind: 'request',
          row_id: r.id,
          prior: entity === 'legal_basis' ? r.legalBasisIds.join(',') : null,
        });
      }
      if (entity === 'agency') await moveRequestsToAgency(trx, requests, keepId);
      else await setCitations(trx, requests, (r) => mergedCitations(r.legalBasisIds, mergeId, keepId));
    }
    if (entity === 'agency') {
      // The merged agency's redaction terms keep hiding names in the requests that moved.
      const terms = await findRedactionTermIdsOfAgency(trx, mergeId);
      await setRedactionTermsAgency(trx, terms, keepId);
      for (const id of terms) rows.push({ row_kind: 'redaction_term', row_id: id, prior: null });
    }
    // Entries merged earlier into the merged one now resolve to the kept one, in one step.
    const earlier = await findMergedIntoIds(trx, entity, mergeId);
    await repointMerged(trx, entity, earlier, keepId);
    for (const id of earlier) rows.push({ row_kind: 'repointed', row_id: id, prior: null });
    await setMergedInto(trx, entity, mergeId, keepId);

    const by = actorLabel(actor);
    const id = await insertMerge(trx, { entity, kept_id: keepId, merged_id: mergeId, merged_at: now, merged_by: by });
    await insertMergeRows(
      trx,
      rows.map((r) => ({ ...r, merge_id: id })),
    );
    await writeAudit(trx, {
      actor,
      sourceId: null,
      action: 'merge',
      entity,
      key: `${entity}:${mergeId}`,
      // Exactly { before, after }: the audit page shows it field by field.
      changes: {
        before: { mergedInto: null, label: merged.label },
        after: { mergedInto: keepId, keptLabel: kept.label, requestsMoved: requestIds.length, merge: id },
      },
      at: now,
    });
    await options.beforeCommit?.(trx);
    return { mergeId: id, requestsMoved: requestIds.length };
  });
}
