/**
 * Moving requests between catalogue entries with their aggregates: each moved request's old
 * contribution is subtracted and its new one added, in the caller's write transaction.
 */
import type { Db } from '../../db/database.ts';
import { setRequestCitations, setRequestsAgency } from '../../queries/catalog/merges.ts';
import type { StoredRequest } from '../../queries/request-graph.ts';
import { AggregateDelta, type RequestState, requestState } from '../aggregates/delta.ts';
import { basisSetKey, ensureBasisSets } from '../catalog/sets.ts';

/** Requests loaded and moved at a time (with their items and appeals). */
export const MERGE_PAGE = 2000;

function stateOf(request: StoredRequest): RequestState {
  return requestState(request, request.retracted_at != null, request.items);
}

/** Puts `requests` under agency `agencyId`. */
export async function moveRequestsToAgency(trx: Db, requests: readonly StoredRequest[], agencyId: number) {
  const delta = new AggregateDelta();
  for (const request of requests) {
    delta.addRequest(stateOf(request), -1);
    delta.addRequest({ ...stateOf(request), agency_id: agencyId }, 1);
  }
  await setRequestsAgency(
    trx,
    requests.map((r) => r.id),
    agencyId,
  );
  await delta.apply(trx);
}

/** Gives each request the citations `citationsOf` returns (in order, each once), and the matching basis set. */
export async function setCitations(
  trx: Db,
  requests: readonly StoredRequest[],
  citationsOf: (request: StoredRequest) => number[],
): Promise<void> {
  const next = new Map(requests.map((r) => [r.id, [...new Set(citationsOf(r))]]));
  const sets = await ensureBasisSets(trx, [...next.values()].map(basisSetKey));
  const delta = new AggregateDelta();
  const written = new Map<number, { legalBasisIds: number[]; basisSetId: number }>();
  for (const request of requests) {
    const legalBasisIds = next.get(request.id) as number[];
    const basisSetId = sets.get(basisSetKey(legalBasisIds)) as number;
    delta.addRequest(stateOf(request), -1);
    delta.addRequest({ ...stateOf(request), basis_set_id: basisSetId }, 1);
    written.set(request.id, { legalBasisIds, basisSetId });
  }
  await setRequestCitations(trx, written);
  await delta.apply(trx);
}

/** What a merge makes of a request's citations: the merged id replaced by the kept one, each once. */
export function mergedCitations(ids: readonly number[], mergedId: number, keptId: number): number[] {
  return [...new Set(ids.map((id) => (id === mergedId ? keptId : id)))];
}
