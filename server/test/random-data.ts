/**
 * Random datasets written through the real write path, for the stats oracles: several sources,
 * multi-provision and provision-less requests, pending items, several appeals per item, then
 * resubmissions that change items and citations, outcome and appeal updates, and retractions.
 */
import type { AppealOutcome } from '../../shared/enums.ts';
import { RecordAppealInput, RecordOutcomeInput, RetractInput } from '../../shared/ingest.ts';
import { type LegalBasisCitation, RequestInput, type RequestWire } from '../../shared/interchange.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../services/actor.ts';
import { recordAppeal, recordOutcome, retractRequest, submitRequests } from '../services/ingest/index.ts';
import { generateRequests } from '../services/seed/generate.ts';
import { LEGAL_BASES } from '../services/seed/legal-bases.ts';
import { Rng } from '../services/seed/rng.ts';

const actor: Actor = { kind: 'cli', name: 'cli:oracle', createMissingSources: { kind: 'monitor_entry' } };

const SOURCES = ['monitor-a', 'monitor-b', 'platform-c'];
const APPEAL_OUTCOMES: AppealOutcome[] = ['pending', 'upheld', 'reversed', 'partially_reversed', 'withdrawn'];
const HOUR = 3_600_000;

/** Nothing after this instant, so the data never depends on today's date (the generator stops at 2025). */
const LAST = Date.UTC(2026, 0, 31);
const at = (ms: number) => new Date(Math.floor(Math.min(ms, LAST) / 1000) * 1000).toISOString();

/** Some citations as catalogued (title, category), some bare, so both kinds reach the catalogue. */
function citations(rng: Rng): LegalBasisCitation[] {
  const codes = Object.keys(LEGAL_BASES);
  const n = rng.weighted({ 0: 1, 1: 6, 2: 2, 3: 1 });
  const out = new Map<string, LegalBasisCitation>();
  for (let i = 0; i < Number(n); i++) {
    const code = codes[rng.int(0, codes.length - 1)] as string;
    const { title, category, ...citation } = LEGAL_BASES[code] as NonNullable<(typeof LEGAL_BASES)[string]>;
    out.set(code, rng.chance(0.7) ? { ...citation, title, category } : citation);
  }
  return [...out.values()];
}

function appeals(rng: Rng, decidedAt: string, n: number) {
  return Array.from({ length: n }, (_, k) => {
    const filed = Date.parse(decidedAt) + rng.int(0, 30 * 24) * HOUR;
    const outcome = APPEAL_OUTCOMES[rng.int(0, APPEAL_OUTCOMES.length - 1)] as AppealOutcome;
    const decided = outcome === 'pending' || rng.chance(0.1) ? null : at(filed + rng.int(0, 400 * 24) * HOUR);
    return { externalId: `ap-${k}`, filedAt: rng.chance(0.95) ? at(filed) : null, outcome, decidedAt: decided };
  });
}

/** The wire records of a dataset (before updates), deterministic for a seed. */
export function randomRequests(seed: number, items: number): RequestWire[] {
  const rng = new Rng(seed * 7919 + 1);
  return [...generateRequests({ items, seed })].map((r) => ({
    ...r,
    source: SOURCES[rng.int(0, SOURCES.length - 1)],
    legalBases: rng.chance(0.5) ? citations(rng) : r.legalBases,
    statedReason: rng.chance(0.1) ? null : rng.chance(0.05) ? `100% of ${r.statedReason} (_x_)` : r.statedReason,
    items: r.items.map((item) =>
      item.decidedAt && item.outcome !== 'pending' && rng.chance(0.1)
        ? { ...item, appeals: appeals(rng, item.decidedAt, rng.int(1, 3)) }
        : item,
    ),
  }));
}

/** Writes a random dataset, then updates part of it through every write procedure. */
export async function writeRandomData(db: Db, seed: number, items = 3000): Promise<void> {
  const rng = new Rng(seed * 104_729);
  const wire = randomRequests(seed, items);
  const parsed = wire.map((r) => RequestInput.parse(r));
  for (let i = 0; i < parsed.length; i += 300) await submitRequests(db, parsed.slice(i, i + 300), actor);
  for (const r of wire) {
    const ids = { source: r.source, requestExternalId: r.externalId };
    const first = r.items[0];
    const roll = rng.next();
    if (!first) continue;
    if (roll < 0.04) {
      await retractRequest(
        db,
        RetractInput.parse({ source: r.source, externalId: r.externalId, reason: 'test' }),
        actor,
      );
    } else if (roll < 0.1) {
      // Resubmission: other citations, the first item's type changed, the last one dropped, one added.
      const kept = r.items.length > 1 ? r.items.slice(0, -1) : r.items;
      const changed: RequestWire = {
        ...r,
        legalBases: citations(rng),
        statedReason: rng.chance(0.5) ? 'Resubmitted with corrections' : r.statedReason,
        items: [
          ...kept.map((item, k) => (k === 0 ? { ...item, contentType: 'video' as const } : item)),
          { externalId: `${r.externalId}-added`, contentType: 'comment', authorKind: 'journalist' },
        ],
      };
      await submitRequests(db, [RequestInput.parse(changed)], actor);
    } else if (roll < 0.15 && first.outcome === 'pending') {
      const decidedAt = at(Date.parse(r.submittedAt) + rng.int(1, 2000) * HOUR);
      const outcome = rng.chance(0.6) ? 'restricted_local' : 'no_action';
      await recordOutcome(
        db,
        RecordOutcomeInput.parse({ ...ids, itemExternalId: first.externalId, outcome, decidedAt }),
        actor,
      );
    } else if (roll < 0.22 && first.decidedAt && first.outcome !== 'pending') {
      for (const appeal of appeals(rng, first.decidedAt, rng.int(1, 2))) {
        const input = {
          ...ids,
          itemExternalId: first.externalId,
          appeal: { ...appeal, externalId: `x-${appeal.externalId}` },
        };
        await recordAppeal(db, RecordAppealInput.parse(input), actor);
      }
    } else if (roll < 0.25 && first.outcome !== 'pending' && !first.appeals?.length) {
      // A decided item re-decided later, with another outcome.
      const decidedAt = at(Date.parse(r.submittedAt) + rng.int(1, 5000) * HOUR);
      const input = { ...ids, itemExternalId: first.externalId, outcome: 'removed_global', decidedAt };
      await recordOutcome(db, RecordOutcomeInput.parse(input), actor);
    }
  }
}
