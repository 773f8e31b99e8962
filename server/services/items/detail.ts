/**
 * items.get: one item as items.list would show it, plus its retraction. items.history: the audited
 * writes behind its timeline (who corrected the outcome, recorded an appeal, retracted the request),
 * for viewers who see the record as stored: analysts, admins and its own source's submitters.
 */
import { AUDIT_HISTORY_MAX } from '../../../shared/audit.ts';
import type { ItemDetailView, ItemGetInput, ItemHistory, ItemHistoryInput } from '../../../shared/item-detail.ts';
import { seesEverything, type Viewer } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { findItemAuditEntries } from '../../queries/audit-item.ts';
import { findRequestGraphs } from '../../queries/request-graph.ts';
import { findSourceByName } from '../../queries/sources.ts';
import { findItemWithRequest } from '../../queries/stats/item-one.ts';
import { entryView } from '../audit-read.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { assembleItems } from '../stats/item-assemble.ts';

const seesAsStored = (viewer: Viewer, sourceId: number) =>
  seesEverything(viewer) || (viewer.role === 'submitter' && viewer.sources.includes(sourceId));

export async function getItem(db: Db, input: ItemGetInput, viewer: Viewer): Promise<ItemDetailView> {
  const found = await findItemWithRequest(db, input.id);
  // A retracted request has left every public figure and list: to the public it is not there.
  if (!found || (found.request.retracted_at && !seesAsStored(viewer, found.request.source_id))) {
    throw new NotFound(`no item ${input.id}`);
  }
  const { retracted_at, retraction_reason, ...request } = found.request;
  const [listed] = await assembleItems(db, [{ request, item: found.item }], viewer);
  if (!listed) throw new NotFound(`no item ${input.id}`);
  return { ...listed, retraction: retracted_at ? { at: retracted_at, reason: retraction_reason } : null };
}

export async function itemHistory(db: Db, input: ItemHistoryInput, viewer: Viewer): Promise<ItemHistory> {
  const source = await findSourceByName(db, input.source);
  if (!source || !seesAsStored(viewer, source.id)) {
    // The same answer whether or not the source exists: a submitter learns nothing of others'.
    if (!seesEverything(viewer)) throw new Forbidden(`your account reads the history of its own sources only`);
    throw new NotFound(`no source "${input.source}"`);
  }
  const request = (await findRequestGraphs(db, source.id, [input.requestExternalId])).get(input.requestExternalId);
  const item = request?.items.find((i) => i.external_id === input.itemExternalId);
  if (!request || !item)
    throw new NotFound(`no item "${input.itemExternalId}" in request "${input.requestExternalId}"`);
  const requestKey = `${input.source}/${input.requestExternalId}`;
  const itemKey = `${requestKey}/${input.itemExternalId}`;
  const rows = await findItemAuditEntries(
    db,
    { request: requestKey, item: itemKey, appeals: item.appeals.map((a) => `${itemKey}/${a.external_id}`) },
    AUDIT_HISTORY_MAX + 1,
  );
  return { entries: rows.slice(0, AUDIT_HISTORY_MAX).map(entryView), truncated: rows.length > AUDIT_HISTORY_MAX };
}
