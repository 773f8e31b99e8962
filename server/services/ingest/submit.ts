/** requests.submit and bulk import: validate the whole batch, then write it in one transaction. */
import type { RequestInput } from '../../../shared/interchange.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import { RollBack, withWriteTransaction } from '../../db/transaction.ts';
import { findRequestGraphs, type StoredRequest } from '../../queries/request-graph.ts';
import { findSourceByName } from '../../queries/sources.ts';
import { type Actor, actorLabel, writableSources } from '../actor.ts';
import { AggregateDelta, type AggregateSink, requestState } from '../aggregates/delta.ts';
import { agencyKey, citationKey } from '../catalog/keys.ts';
import { emptyNeeds, resolveCatalog } from '../catalog/resolve.ts';
import { basisSetKey, ensureBasisSets, ensureProfileSets, profileSetKey } from '../catalog/sets.ts';
import { Forbidden, ValidationFailed } from '../errors.ts';
import { ensureSource } from '../sources.ts';
import { inspectBatch } from './inspect.ts';
import { type PlannedRequest, planRequest, storedItemStates } from './plan.ts';
import { writePlans } from './write.ts';

export type RecordStatus = 'created' | 'updated' | 'unchanged';

export interface SubmitResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Items created or updated by this call. */
  items: number;
  itemsCreated: number;
  itemsUpdated: number;
}

/** What a batch did (or, dry-run, would do) to each of its records, in batch order. */
export interface BatchOutcome extends SubmitResult {
  statuses: RecordStatus[];
}

export interface SubmitOptions {
  /** Runs inside the write transaction after the batch is written (import checkpoints). */
  afterWrite?: (trx: Db) => Promise<void>;
}

/** Batch-level checks beyond shape (sources, duplicates); no writes. Indices are batch positions. */
export async function checkBatch(db: Db, requests: RequestInput[], actor: Actor): Promise<Problem[]> {
  const { problems, forbidden } = await inspectBatch(db, requests, actor);
  return [...forbidden, ...problems].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}

/**
 * Validates the whole batch, then writes it in one transaction: idempotent on (source, externalId),
 * updates audited, aggregates kept current. Throws ValidationFailed / Forbidden and writes nothing.
 */
export async function submitRequests(
  db: Db,
  requests: RequestInput[],
  actor: Actor,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  const { sourceNames, problems, forbidden } = await inspectBatch(db, requests, actor);
  if (forbidden.length > 0) throw new Forbidden(forbidden[0]?.message ?? 'forbidden', forbidden);
  if (problems.length > 0) throw new ValidationFailed(problems);
  const result = await withWriteTransaction(db, async (trx) => {
    const { statuses, ...result } = await writeBatch(trx, requests, sourceNames, actor);
    // A batch sent again as it was (a platform's daily resend) changes nothing: rolled back, so the
    // data version stays and no cache or cube is rebuilt for it.
    if (changesNothing(result)) throw new RollBack(result);
    await options.afterWrite?.(trx);
    return result;
  });
  // Rolled back: what runs after the write (an import's checkpoint) is written on its own.
  if (changesNothing(result)) await options.afterWrite?.(db);
  return result;
}

const changesNothing = (result: SubmitResult) => result.created + result.updated === 0;

/**
 * submitRequests inside a write transaction the caller holds (an upload commits a whole file in
 * one): validated whole, written, and each record's status returned. Throws and writes nothing.
 * With `aggregates`, the records are written on return but their aggregate delta may still be
 * queued: the caller drains the queue before it commits (services/aggregates/queue.ts, stage.ts).
 */
export async function submitInTransaction(
  trx: Db,
  requests: RequestInput[],
  actor: Actor,
  /** Where the batch's aggregate delta goes instead of being applied before returning (a file import, the demo seed). */
  aggregates?: AggregateSink,
): Promise<BatchOutcome> {
  const { sourceNames, problems, forbidden } = await inspectBatch(trx, requests, actor);
  if (forbidden.length > 0) throw new Forbidden(forbidden[0]?.message ?? 'forbidden', forbidden);
  if (problems.length > 0) throw new ValidationFailed(problems);
  return writeBatch(trx, requests, sourceNames, actor, aggregates);
}

/**
 * What submitRequests would do, exactly: the batch is written in a transaction that is then rolled
 * back (so catalogue entries, sets and aggregates are planned by the very code that writes them).
 */
export function dryRunRequests(db: Db, requests: RequestInput[], actor: Actor): Promise<BatchOutcome> {
  return withWriteTransaction(db, async (trx) => {
    throw new RollBack(await submitInTransaction(trx, requests, actor));
  });
}

async function writeBatch(
  trx: Db,
  requests: RequestInput[],
  sourceNames: string[],
  actor: Actor,
  aggregates?: AggregateSink,
): Promise<BatchOutcome> {
  const now = new Date().toISOString();
  const sourceIds = await resolveSources(trx, sourceNames, actor);
  const needs = emptyNeeds();
  for (const r of requests) {
    needs.jurisdictions.add(r.jurisdiction);
    needs.platforms.add(r.platform);
    needs.agencies.push({ jurisdiction: r.jurisdiction, agency: r.agency });
    needs.citations.push(...r.legalBases);
  }
  const catalog = await resolveCatalog(trx, needs);
  const stored = await loadStored(trx, requests, sourceNames, sourceIds);

  const plans = requests.map((r, i) => {
    const sourceName = sourceNames[i] as string;
    const sourceId = sourceIds.get(sourceName) as number;
    const fields = {
      jurisdiction: r.jurisdiction,
      agency_id: catalog.agency.get(agencyKey(r.jurisdiction, r.agency.name)) as number,
      platform_id: catalog.platform.get(r.platform) as number,
      channel: r.channel,
      submitted_at: r.submittedAt,
      stated_reason: r.statedReason ?? null,
    };
    // Two citations can resolve to one provision once one was merged into the other: cite it once.
    const basisIds = [...new Set(r.legalBases.map((c) => catalog.legalBasis.get(citationKey(c)) as number))];
    return planRequest(r, sourceId, sourceName, fields, basisIds, stored.get(`${sourceId}\u0001${r.externalId}`));
  });

  const changed = plans.filter((p) => p.status !== 'unchanged');
  // Each plan's set keys are made once: the request row and the aggregate delta both need the ids.
  const basisKeys = new Map(changed.map((p) => [p, basisSetKey(p.legalBasisIds)]));
  const profileKeys = new Map(changed.map((p) => [p, profileSetKey(p.finalItems)]));
  const basisSets = await ensureBasisSets(trx, [...basisKeys.values()]);
  const profileSets = await ensureProfileSets(trx, [...profileKeys.values()]);
  const sets = {
    basisSetId: (p: PlannedRequest) => basisSets.get(basisKeys.get(p) as string) as number,
    profileSetId: (p: PlannedRequest) => profileSets.get(profileKeys.get(p) as string) as number,
  };
  const counts = await writePlans(trx, changed, sets, actorLabel(actor), now);

  const delta = aggregates?.newDelta() ?? new AggregateDelta();
  for (const p of changed) {
    const retracted = p.stored?.retracted_at != null;
    if (p.stored) delta.addRequest(requestState(p.stored, retracted, storedItemStates(p.stored)), -1);
    // Field by field, as requestState says why.
    delta.addRequest(
      {
        source_id: p.sourceId,
        jurisdiction: p.fields.jurisdiction,
        agency_id: p.fields.agency_id,
        platform_id: p.fields.platform_id,
        channel: p.fields.channel,
        basis_set_id: sets.basisSetId(p),
        profile_set_id: sets.profileSetId(p),
        submitted_at: p.fields.submitted_at,
        retracted,
        items: p.finalItems,
      },
      1,
    );
  }
  if (aggregates) aggregates.push(delta);
  else await delta.apply(trx);

  return {
    created: plans.filter((p) => p.status === 'created').length,
    updated: plans.filter((p) => p.status === 'updated').length,
    unchanged: plans.filter((p) => p.status === 'unchanged').length,
    items: counts.itemsCreated + counts.itemsUpdated,
    ...counts,
    statuses: plans.map((p) => p.status),
  };
}

async function resolveSources(trx: Db, names: string[], actor: Actor): Promise<Map<string, number>> {
  // Tokens and submitters write only for sources they hold, which inspectBatch checked.
  if (actor.kind !== 'cli') return new Map((writableSources(actor) ?? []).map((s) => [s.name, s.id]));
  const ids = new Map<string, number>();
  for (const name of new Set(names)) {
    const kind = actor.createMissingSources?.kind;
    const source = kind ? (await ensureSource(trx, { name, kind })).source : await findSourceByName(trx, name);
    if (!source) throw new ValidationFailed([{ path: 'source', message: `unknown source "${name}"` }]);
    ids.set(name, source.id);
  }
  return ids;
}

async function loadStored(
  trx: Db,
  requests: RequestInput[],
  sourceNames: string[],
  sourceIds: Map<string, number>,
): Promise<Map<string, StoredRequest>> {
  const bySource = new Map<number, string[]>();
  requests.forEach((r, i) => {
    const id = sourceIds.get(sourceNames[i] as string) as number;
    const list = bySource.get(id);
    if (list) list.push(r.externalId);
    else bySource.set(id, [r.externalId]);
  });
  const out = new Map<string, StoredRequest>();
  for (const [sourceId, externalIds] of bySource) {
    for (const [externalId, graph] of await findRequestGraphs(trx, sourceId, externalIds)) {
      out.set(`${sourceId}\u0001${externalId}`, graph);
    }
  }
  return out;
}
