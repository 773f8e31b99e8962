/** An item's fate in the demo data: outcome, decision delay and appeals, all conditioned on who asked for what. */
import type { AppealVenue, AuthorKind, Channel, LegalCategory, Outcome } from '../../../shared/enums.ts';
import type { ItemWire } from '../../../shared/interchange.ts';
import type { AgencyProfile } from './agencies.ts';
import { CATEGORY_COMPLIANCE, CATEGORY_REVERSAL, PLATFORMS } from './platforms.ts';
import type { Rng } from './rng.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Must match generate.ts END: decisions after it are still pending. */
const END = Date.UTC(2025, 11, 31, 23, 59, 59);

const APPEAL_PROPENSITY: Partial<Record<AuthorKind, number>> = {
  activist: 0.35,
  journalist: 0.3,
  politician: 0.3,
  media_outlet: 0.25,
  ngo: 0.25,
  individual: 0.08,
  business: 0.12,
};

export interface ItemContext {
  agency: AgencyProfile;
  platform: string;
  channel: Channel;
  category: LegalCategory;
  submitted: number;
  authorKind: AuthorKind;
  itemExternalId: string;
}

type Fate = Pick<ItemWire, 'outcome' | 'outcomeBasis' | 'decidedAt' | 'automated' | 'userNotified' | 'appeals'>;

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

export function itemOutcome(rng: Rng, ctx: ItemContext): Fate {
  const behaviour = PLATFORMS[ctx.platform];
  const channelSpeed = ctx.channel === 'direct_portal' ? 0.6 : ctx.channel === 'court_order' ? 1.5 : 1;
  const hours = rng.logNormal((behaviour?.medianHours ?? 48) * ctx.agency.speed * channelSpeed, 1.1);
  const decided = ctx.submitted + Math.max(0.05, hours) * HOUR_MS;
  // Some requests are never answered; the newest are still waiting.
  if (decided > END || rng.chance(0.015)) return { outcome: 'pending', appeals: [] };

  const pAct = Math.min(
    0.97,
    ctx.agency.compliance * (behaviour?.compliance ?? 1) * (CATEGORY_COMPLIANCE[ctx.category] ?? 1),
  );
  let outcome: Outcome;
  if (rng.chance(pAct)) {
    outcome = rng.chance(0.06)
      ? 'restricted_other'
      : rng.chance(ctx.agency.localShare)
        ? 'restricted_local'
        : 'removed_global';
  } else {
    outcome = rng.weighted({ no_action: 75, invalid_request: 10, content_unavailable: 15 }) as Outcome;
  }
  const outcomeBasis =
    outcome === 'restricted_local'
      ? 'local_law'
      : outcome === 'removed_global'
        ? rng.chance(0.8)
          ? 'platform_policy'
          : 'both'
        : outcome === 'no_action'
          ? 'none'
          : null;
  const fate: Fate = {
    outcome,
    outcomeBasis,
    decidedAt: iso(decided),
    automated: outcomeBasis === 'platform_policy' && rng.chance(0.15),
    userNotified: rng.chance(0.7),
    appeals: [],
  };
  const actioned = outcome === 'removed_global' || outcome === 'restricted_local' || outcome === 'restricted_other';
  if (actioned && rng.chance(APPEAL_PROPENSITY[ctx.authorKind] ?? 0.05)) {
    fate.appeals = [appeal(rng, ctx, decided, behaviour?.oversightBoard ?? false)];
  }
  return fate;
}

function appeal(
  rng: Rng,
  ctx: ItemContext,
  decided: number,
  oversightBoard: boolean,
): NonNullable<ItemWire['appeals']>[number] {
  const venue = (
    oversightBoard && rng.chance(0.04) ? 'oversight_board' : rng.chance(0.12) ? 'court' : 'internal_review'
  ) as AppealVenue;
  const filed = decided + rng.logNormal(2, 0.8) * DAY_MS;
  const medianDays = venue === 'internal_review' ? 7 : venue === 'oversight_board' ? 90 : 120;
  const decidedAt = filed + rng.logNormal(medianDays, 0.7) * DAY_MS;
  const base = { externalId: `${ctx.itemExternalId}-a1`, appellant: 'content_author' as const, venue };
  if (filed > END) return { ...base, outcome: 'pending' };
  if (decidedAt > END) return { ...base, filedAt: iso(filed), outcome: 'pending' };
  const independentCourt = venue === 'court' && ['DE', 'BR', 'IN'].includes(ctx.agency.jurisdiction);
  const pReverse =
    (venue === 'oversight_board' ? 0.5 : independentCourt ? 0.3 : venue === 'court' ? 0.05 : 0.16) *
    (CATEGORY_REVERSAL[ctx.category] ?? 1);
  const outcome = rng.chance(0.05)
    ? 'withdrawn'
    : rng.chance(pReverse)
      ? rng.chance(0.2)
        ? 'partially_reversed'
        : 'reversed'
      : 'upheld';
  return { ...base, filedAt: iso(filed), outcome, decidedAt: iso(decidedAt) };
}
