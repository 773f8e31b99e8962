/**
 * Plans a batch against what is stored: which requests, items and appeals are new, changed or
 * unchanged, and what changed. Child records merge by externalId and are never deleted.
 */
import type { RequestInput } from '../../../shared/interchange.ts';
import type { StoredItem, StoredRequest } from '../../queries/request-graph.ts';
import type { ItemState } from '../aggregates/measures.ts';
import {
  type AppealFields,
  appealFields,
  type Changes,
  CREATED,
  diffInto,
  type ItemFields,
  itemFields,
  type RequestFields,
} from './fields.ts';

export interface PlannedAppeal {
  externalId: string;
  fields: AppealFields;
  storedId?: number;
  write: boolean;
}

export interface PlannedItem {
  externalId: string;
  fields: ItemFields;
  storedId?: number;
  write: boolean;
  appeals: PlannedAppeal[];
}

export interface PlannedRequest {
  sourceId: number;
  sourceName: string;
  externalId: string;
  fields: RequestFields;
  legalBasisIds: number[];
  stored?: StoredRequest;
  status: 'created' | 'updated' | 'unchanged';
  requestRowChanged: boolean;
  basesChanged: boolean;
  items: PlannedItem[];
  changes: Changes;
  /** Every item of the request after this write (stored ones not resubmitted included). */
  finalItems: (ItemState & { external_id: string })[];
}

export function planRequest(
  record: RequestInput,
  sourceId: number,
  sourceName: string,
  fields: RequestFields,
  legalBasisIds: number[],
  stored: StoredRequest | undefined,
): PlannedRequest {
  const changes: Changes = new Map();
  // A new request is diffed against nothing: its audit entry holds every field as [null, value].
  const requestRowChanged = diffInto(changes, '', stored ?? {}, fields) || !stored;
  const basesChanged = stored ? stored.legalBasisIds.join(',') !== legalBasisIds.join(',') : true;
  if (basesChanged) changes.set('legalBases', [stored?.legalBasisIds ?? null, legalBasisIds]);
  const storedItems = new Map((stored?.items ?? []).map((item) => [item.external_id, item]));
  const items = record.items.map((item) => planItem(item, storedItems.get(item.externalId), changes));
  const planned = new Map(items.map((item) => [item.externalId, item]));
  const finalItems = [
    ...(stored?.items ?? []).map((s) => finalItem(s.external_id, planned.get(s.external_id), s)),
    ...items.filter((i) => i.storedId === undefined).map((i) => finalItem(i.externalId, i, undefined)),
  ];
  const anyChange = requestRowChanged || basesChanged || items.some((i) => i.write || i.appeals.some((a) => a.write));
  const status = !stored ? 'created' : anyChange ? 'updated' : 'unchanged';
  return {
    sourceId,
    sourceName,
    externalId: record.externalId,
    fields,
    legalBasisIds,
    stored,
    status,
    requestRowChanged,
    basesChanged,
    items,
    changes,
    finalItems,
  };
}

function planItem(item: RequestInput['items'][number], stored: StoredItem | undefined, changes: Changes): PlannedItem {
  const fields = itemFields(item);
  const prefix = `items[${item.externalId}]`;
  if (stored === undefined) {
    const appeals = item.appeals.map((a) => ({ externalId: a.externalId, fields: appealFields(a), write: true }));
    changes.set(prefix, CREATED);
    return { externalId: item.externalId, fields, write: true, appeals };
  }
  const write = diffInto(changes, `${prefix}.`, stored, fields);
  const storedAppeals = new Map(stored.appeals.map((a) => [a.external_id, a]));
  const appeals = item.appeals.map((appeal): PlannedAppeal => {
    const next = appealFields(appeal);
    const old = storedAppeals.get(appeal.externalId);
    const appealPrefix = `${prefix}.appeals[${appeal.externalId}]`;
    if (!old) {
      changes.set(appealPrefix, CREATED);
      return { externalId: appeal.externalId, fields: next, write: true };
    }
    return {
      externalId: appeal.externalId,
      fields: next,
      storedId: old.id,
      write: diffInto(changes, `${appealPrefix}.`, old, next),
    };
  });
  return { externalId: item.externalId, fields, storedId: stored.id, write, appeals };
}

/** The item's state after the write, for the aggregates: planned fields over stored ones, appeals merged. */
function finalItem(
  externalId: string,
  planned: PlannedItem | undefined,
  stored: StoredItem | undefined,
): ItemState & { external_id: string } {
  const fields = planned?.fields ?? (stored as StoredItem);
  const appeals = new Map<string, AppealFields>();
  for (const a of stored?.appeals ?? []) appeals.set(a.external_id, a);
  for (const a of planned?.appeals ?? []) appeals.set(a.externalId, a.fields);
  return {
    external_id: externalId,
    content_type: fields.content_type,
    author_kind: fields.author_kind,
    outcome: fields.outcome,
    decided_at: fields.decided_at,
    appeals: [...appeals.values()],
  };
}

/** The stored request's items as aggregate input. */
export function storedItemStates(stored: StoredRequest): ItemState[] {
  return stored.items.map((item) => ({
    content_type: item.content_type,
    author_kind: item.author_kind,
    outcome: item.outcome,
    decided_at: item.decided_at,
    appeals: item.appeals,
  }));
}
