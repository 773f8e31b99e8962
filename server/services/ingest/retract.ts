/** requests.retract: records leave every figure but stay in the database, with the reason. */
import type { RetractInput } from '../../../shared/ingest.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { updateRequestRetracted } from '../../queries/ingest/retract.ts';
import type { Actor } from '../actor.ts';
import { AggregateDelta } from '../aggregates/delta.ts';
import { writeAudit } from '../audit.ts';
import { locateRequest, requestState } from './locate.ts';

export async function retractRequest(db: Db, input: RetractInput, actor: Actor): Promise<{ retracted: true }> {
  return withWriteTransaction(db, async (trx) => {
    const located = await locateRequest(trx, actor, input.source, input.externalId);
    if (located.request.retracted_at) return { retracted: true };
    const now = new Date().toISOString();
    await updateRequestRetracted(trx, located.request.id, input.reason, now);
    const delta = new AggregateDelta();
    delta.addRequest(requestState(located.request), -1);
    await delta.apply(trx);
    await writeAudit(trx, {
      actor,
      sourceId: located.sourceId,
      action: 'retract',
      entity: 'request',
      key: `${located.sourceName}/${located.request.external_id}`,
      changes: { retractedAt: [null, now], retractionReason: [null, input.reason] },
      at: now,
    });
    return { retracted: true };
  });
}
