/** Finds the stored request an ingest call names, enforcing the token's or submitter's source scope. */
import type { Db } from '../../db/database.ts';
import { findRequestGraphs, type StoredItem, type StoredRequest } from '../../queries/request-graph.ts';
import { findSourceByName } from '../../queries/sources.ts';
import { type Actor, defaultSourceName, outOfScope } from '../actor.ts';
import type { RequestState } from '../aggregates/delta.ts';
import { Forbidden, NotFound, ValidationFailed } from '../errors.ts';
import { storedItemStates } from './plan.ts';

export interface Located {
  sourceId: number;
  sourceName: string;
  request: StoredRequest;
}

export async function locateRequest(
  db: Db,
  actor: Actor,
  source: string | null | undefined,
  externalId: string,
): Promise<Located> {
  const sourceName = source ?? defaultSourceName(actor);
  if (!sourceName) throw new ValidationFailed([{ path: 'source', message: 'name the source of the request' }]);
  const refusal = outOfScope(actor, sourceName, 'acts');
  if (refusal) throw new Forbidden(refusal);
  const stored = await findSourceByName(db, sourceName);
  const request = stored ? (await findRequestGraphs(db, stored.id, [externalId])).get(externalId) : undefined;
  if (!stored || !request) throw new NotFound(`no request "${externalId}" from source "${sourceName}"`);
  return { sourceId: stored.id, sourceName, request };
}

export function locateItem(located: Located, itemExternalId: string): StoredItem {
  const item = located.request.items.find((i) => i.external_id === itemExternalId);
  if (!item) {
    throw new NotFound(`request "${located.request.external_id}" has no item "${itemExternalId}"`);
  }
  return item;
}

/** The stored request as aggregate input, optionally with its items replaced. */
export function requestState(request: StoredRequest, items = request.items): RequestState {
  return {
    ...request,
    retracted: request.retracted_at != null,
    items: storedItemStates({ ...request, items }),
  };
}
