/** items.recordOutcome and appeals.record: single-record updates, audited, aggregates kept current. */
import type { AppealView, ItemView, RecordAppealInput, RecordOutcomeInput } from '../../../shared/ingest.ts';
import type { Db } from '../../db/database.ts';
import type { AppealRow } from '../../db/schema.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { insertAppeal, updateAppeal, updateItemOutcome } from '../../queries/ingest/outcomes.ts';
import { appealToWire } from '../../queries/mappers/appeal.ts';
import { itemToWire } from '../../queries/mappers/item.ts';
import { ECHO_VIEW } from '../../queries/mappers/projection.ts';
import type { StoredItem } from '../../queries/request-graph.ts';
import type { Actor } from '../actor.ts';
import { AggregateDelta } from '../aggregates/delta.ts';
import { writeAudit } from '../audit.ts';
import { ValidationFailed } from '../errors.ts';
import { type AppealFields, appealFields, type Changes, diffInto, type ItemFields } from './fields.ts';
import { type Located, locateItem, locateRequest, requestState } from './locate.ts';

const flag = (v: boolean | null | undefined, old: number | null) =>
  v === undefined ? old : v === null ? null : v ? 1 : 0;

export async function recordOutcome(db: Db, input: RecordOutcomeInput, actor: Actor): Promise<ItemView> {
  return withWriteTransaction(db, async (trx) => {
    const located = await locateRequest(trx, actor, input.source, input.requestExternalId);
    const item = locateItem(located, input.itemExternalId);
    const next: Pick<ItemFields, 'outcome' | 'outcome_basis' | 'decided_at' | 'automated' | 'user_notified'> = {
      outcome: input.outcome,
      // Omitted optional fields keep their stored value; null clears them.
      outcome_basis: input.outcomeBasis === undefined ? item.outcome_basis : input.outcomeBasis,
      decided_at: input.decidedAt ?? null,
      automated: flag(input.automated, item.automated),
      user_notified: flag(input.userNotified, item.user_notified),
    };
    const problems = [];
    if (next.decided_at && next.decided_at < located.request.submitted_at) {
      problems.push({
        path: 'decidedAt',
        message: `must not precede the request's submittedAt (${located.request.submitted_at})`,
      });
    }
    if (next.outcome === 'pending' && item.appeals.length > 0) {
      problems.push({ path: 'outcome', message: 'the item has appeals, so it cannot go back to pending' });
    }
    for (const appeal of item.appeals) {
      if (next.decided_at && appeal.filed_at && appeal.filed_at < next.decided_at) {
        problems.push({ path: 'decidedAt', message: `must not follow the filing of appeal "${appeal.external_id}"` });
      }
    }
    if (problems.length > 0) throw new ValidationFailed(problems);
    const changes: Changes = new Map();
    if (diffInto(changes, '', item, next)) {
      const now = new Date().toISOString();
      await updateItemOutcome(trx, item.id, next, now);
      const updated: StoredItem = { ...item, ...next };
      await applyItemChange(trx, located, item, updated);
      await audit(trx, actor, located, 'update', 'item', `${input.itemExternalId}`, changes, now);
      return itemView(located, updated);
    }
    return itemView(located, item);
  });
}

export async function recordAppeal(db: Db, input: RecordAppealInput, actor: Actor): Promise<AppealView> {
  return withWriteTransaction(db, async (trx) => {
    const located = await locateRequest(trx, actor, input.source, input.requestExternalId);
    const item = locateItem(located, input.itemExternalId);
    const fields = appealFields(input.appeal);
    const problems = [];
    if (item.outcome === 'pending') {
      problems.push({ path: 'itemExternalId', message: 'the item has no decision yet, so it cannot be appealed' });
    }
    if (item.decided_at && fields.filed_at && fields.filed_at < item.decided_at) {
      problems.push({ path: 'appeal.filedAt', message: `must not precede the item's decidedAt (${item.decided_at})` });
    }
    if (problems.length > 0) throw new ValidationFailed(problems);
    const stored = item.appeals.find((a) => a.external_id === input.appeal.externalId);
    const now = new Date().toISOString();
    const changes: Changes = new Map();
    let appeals: AppealRow[];
    if (!stored) {
      // Diffed against nothing, so the entry holds the new appeal's fields as [null, value].
      diffInto(changes, '', {}, fields);
      const row = await insertAppeal(trx, {
        ...fields,
        item_id: item.id,
        external_id: input.appeal.externalId,
        created_at: now,
        updated_at: now,
      });
      appeals = [...item.appeals, row];
    } else if (diffInto(changes, '', stored, fields)) {
      await updateAppeal(trx, stored.id, fields, now);
      appeals = item.appeals.map((a) => (a.id === stored.id ? { ...a, ...fields } : a));
    } else {
      return appealView(located, item, input.appeal.externalId, fields);
    }
    await applyItemChange(trx, located, item, { ...item, appeals });
    const key = `${input.itemExternalId}/${input.appeal.externalId}`;
    await audit(trx, actor, located, stored ? 'update' : 'create', 'appeal', key, changes, now);
    return appealView(located, item, input.appeal.externalId, fields);
  });
}

async function applyItemChange(trx: Db, located: Located, before: StoredItem, after: StoredItem): Promise<void> {
  const delta = new AggregateDelta();
  delta.addRequest(requestState(located.request), -1);
  delta.addRequest(
    requestState(
      located.request,
      located.request.items.map((i) => (i.id === before.id ? after : i)),
    ),
    1,
  );
  await delta.apply(trx);
}

function audit(
  trx: Db,
  actor: Actor,
  located: Located,
  action: 'create' | 'update',
  entity: 'item' | 'appeal',
  key: string,
  changes: Changes | null,
  now: string,
): Promise<void> {
  const requestKey = `${located.sourceName}/${located.request.external_id}`;
  return writeAudit(trx, {
    actor,
    sourceId: located.sourceId,
    action,
    entity,
    key: `${requestKey}/${key}`,
    changes: changes && Object.fromEntries(changes),
    at: now,
  });
}

function itemView(located: Located, item: StoredItem): ItemView {
  return {
    requestExternalId: located.request.external_id,
    source: located.sourceName,
    ...itemToWire(item, ECHO_VIEW),
  };
}

function appealView(located: Located, item: StoredItem, externalId: string, fields: AppealFields): AppealView {
  const wire = appealToWire({ ...fields, external_id: externalId }, ECHO_VIEW);
  return {
    requestExternalId: located.request.external_id,
    itemExternalId: item.external_id,
    source: located.sourceName,
    ...wire,
    // ECHO_VIEW keeps the appellant: the writing source sent it.
    appellant: wire.appellant ?? null,
  };
}
