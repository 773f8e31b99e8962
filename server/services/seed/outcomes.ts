/**
 * An item's fate in the demo data: outcome, decision delay and appeals, all conditioned on who
 * asked (agency), whom (platform), through which channel and citing which kind of law. Items of
 * one request share the request's handling (one delay, one leaning), as a reviewer takes them together.
 * Appeals: appeals.ts.
 */
import type { AuthorKind, Channel, LegalCategory, Outcome, OutcomeBasis } from '../../../shared/enums.ts';
import type { ItemWire } from '../../../shared/interchange.ts';
import { agencyAppeals, authorAppeals } from './appeals.ts';
import { END, HOUR_MS, iso } from './calendar.ts';
import { CATEGORY_COMPLIANCE, CATEGORY_GLOBAL, PLATFORMS, type PlatformBehaviour } from './platforms.ts';
import type { AgencyPhase, AgencyProfile } from './profile.ts';
import { type Rng, weightedTable } from './rng.ts';

const DEFAULT_PLATFORM: PlatformBehaviour = {
  compliance: 0.8,
  medianHours: 72,
  legalReview: 0.1,
  unanswered: 0.02,
  notifies: 0.5,
  content: { post: 1 },
  oversightBoard: false,
};

/** Probability that the author of an actioned item appeals (if told about the action). */
const APPEAL_PROPENSITY: Partial<Record<AuthorKind, number>> = {
  activist: 0.35,
  journalist: 0.3,
  politician: 0.3,
  media_outlet: 0.25,
  ngo: 0.25,
  individual: 0.08,
  business: 0.12,
};

/** Outcomes of items not acted on; content reported long ago is more often gone by the time anyone looks. */
const REFUSED = weightedTable<Outcome>({ no_action: 75, invalid_request: 10, content_unavailable: 12 });
const REFUSED_LATE = weightedTable<Outcome>({ no_action: 75, invalid_request: 10, content_unavailable: 40 });

export interface RequestContext {
  profile: AgencyProfile;
  phase: AgencyPhase;
  platform: string;
  channel: Channel;
  category: LegalCategory;
  submitted: number;
}

/** Drawn once per request. */
export interface RequestHandling {
  hours: number;
  /** Multiplies the probability of action of all its items (some requests are better founded). */
  leaning: number;
}

type Fate = Pick<ItemWire, 'outcome' | 'outcomeBasis' | 'decidedAt' | 'automated' | 'userNotified' | 'appeals'>;

export function requestHandling(rng: Rng, ctx: RequestContext): RequestHandling {
  const behaviour = PLATFORMS[ctx.platform] ?? DEFAULT_PLATFORM;
  const channelSpeed = ctx.channel === 'direct_portal' ? 0.6 : ctx.channel === 'court_order' ? 1.5 : 1;
  let hours = rng.logNormal(behaviour.medianHours * ctx.phase.speed * channelSpeed, 1);
  // Escalated to legal review: weeks to months.
  if (rng.chance(behaviour.legalReview)) hours *= rng.logNormal(20, 0.7);
  return { hours, leaning: Math.exp(0.3 * rng.normal()) };
}

export function itemOutcome(
  rng: Rng,
  ctx: RequestContext,
  handling: RequestHandling,
  authorKind: AuthorKind,
  itemExternalId: string,
): Fate {
  const behaviour = PLATFORMS[ctx.platform] ?? DEFAULT_PLATFORM;
  const hours = Math.max(0.05, handling.hours * Math.exp(0.25 * rng.normal()));
  const decided = ctx.submitted + hours * HOUR_MS;
  // Some requests are never answered; the newest are still waiting.
  if (rng.chance(behaviour.unanswered) || decided > END) return { outcome: 'pending', appeals: [] };

  const pAct = Math.min(
    0.97,
    ctx.profile.compliance *
      behaviour.compliance *
      (ctx.phase.platformCompliance[ctx.platform] ?? 1) *
      (CATEGORY_COMPLIANCE[ctx.category] ?? 1) *
      handling.leaning,
  );
  let outcome: Outcome;
  if (rng.chance(pAct)) {
    const pGlobal = Math.min(0.95, (1 - ctx.profile.localShare) * (CATEGORY_GLOBAL[ctx.category] ?? 1));
    outcome = rng.chance(0.06) ? 'restricted_other' : rng.chance(pGlobal) ? 'removed_global' : 'restricted_local';
  } else {
    outcome = rng.pick(hours > 30 * 24 ? REFUSED_LATE : REFUSED);
  }
  const actioned = outcome === 'removed_global' || outcome === 'restricted_local' || outcome === 'restricted_other';
  const outcomeBasis: OutcomeBasis | null =
    outcome === 'restricted_local'
      ? 'local_law'
      : outcome === 'removed_global'
        ? rng.chance(0.8)
          ? 'platform_policy'
          : 'both'
        : outcome === 'restricted_other'
          ? 'platform_policy'
          : outcome === 'no_action'
            ? 'none'
            : null;
  const userNotified = actioned && rng.chance(behaviour.notifies);
  const fate: Fate = {
    outcome,
    outcomeBasis,
    decidedAt: iso(decided),
    automated: outcome === 'removed_global' && outcomeBasis === 'platform_policy' && rng.chance(0.15),
    userNotified,
    appeals: [],
  };
  if (actioned && rng.chance((APPEAL_PROPENSITY[authorKind] ?? 0.05) * (userNotified ? 1 : 0.3))) {
    const oversightBoard = behaviour.oversightBoard;
    fate.appeals = authorAppeals(rng, { ...ctx, authorKind, itemExternalId, decided, oversightBoard });
  } else if (outcome === 'no_action' && rng.chance(ctx.profile.escalation)) {
    fate.appeals = agencyAppeals(rng, ctx, itemExternalId, decided);
  }
  return fate;
}
