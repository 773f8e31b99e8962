/**
 * Appeals in the demo data: mostly by authors of actioned items (activists and journalists more
 * than others, less when never told), sometimes by the requesting agency against a refusal;
 * reversal depends on the venue, on whether courts defer to the state, and on the law's category.
 */
import type { AppealVenue, AuthorKind } from '../../../shared/enums.ts';
import type { ItemWire } from '../../../shared/interchange.ts';
import { DAY_MS, END, iso } from './calendar.ts';
import type { RequestContext } from './outcomes.ts';
import { CATEGORY_REVERSAL } from './platforms.ts';
import type { Rng } from './rng.ts';

type AppealWire = NonNullable<ItemWire['appeals']>[number];

/** Where courts rarely side with a platform user against the state. */
const DEFERENTIAL_COURTS = new Set(['KZ', 'RU', 'TR', 'VN', 'PK']);

export interface AppealContext extends RequestContext {
  authorKind: AuthorKind;
  itemExternalId: string;
  decided: number;
  oversightBoard: boolean;
}

/** The author (or an NGO for them) appeals; an upheld internal review is sometimes taken further. */
export function authorAppeals(rng: Rng, ctx: AppealContext): AppealWire[] {
  const out: AppealWire[] = [];
  const press = ctx.authorKind === 'journalist' || ctx.authorKind === 'media_outlet' || ctx.authorKind === 'activist';
  const appellant = press && rng.chance(0.15) ? 'third_party' : 'content_author';
  const venue: AppealVenue = rng.chance(0.12) ? 'court' : 'internal_review';
  const first = decideAppeal(rng, `${ctx.itemExternalId}-a1`, appellant, venue, ctx.decided, reversal(ctx, venue));
  if (!first) return out;
  out.push(first);
  if (first.outcome !== 'upheld' || venue !== 'internal_review' || !first.decidedAt || !rng.chance(0.12)) return out;
  const next: AppealVenue = ctx.oversightBoard && rng.chance(0.3) ? 'oversight_board' : 'court';
  const second = decideAppeal(
    rng,
    `${ctx.itemExternalId}-a2`,
    appellant,
    next,
    Date.parse(first.decidedAt),
    reversal(ctx, next),
  );
  if (second) out.push(second);
  return out;
}

/** The requesting agency challenges a refusal: a reversal means the platform acts after all. */
export function agencyAppeals(rng: Rng, ctx: RequestContext, itemExternalId: string, decided: number): AppealWire[] {
  const venue: AppealVenue = rng.chance(0.6) ? 'internal_review' : 'court';
  const pReverse = venue === 'court' && DEFERENTIAL_COURTS.has(ctx.profile.jurisdiction) ? 0.5 : 0.2;
  const appeal = decideAppeal(rng, `${itemExternalId}-a1`, 'requesting_agency', venue, decided, pReverse);
  return appeal ? [appeal] : [];
}

function reversal(ctx: AppealContext, venue: AppealVenue): number {
  const base =
    venue === 'oversight_board'
      ? 0.5
      : venue === 'court'
        ? DEFERENTIAL_COURTS.has(ctx.profile.jurisdiction)
          ? 0.05
          : 0.3
        : 0.16;
  return Math.min(0.9, base * (CATEGORY_REVERSAL[ctx.category] ?? 1));
}

const MEDIAN_DAYS: Record<AppealVenue, number> = { internal_review: 7, oversight_board: 90, court: 120, regulator: 45 };

/** An appeal filed some days after `after`; none if it would be filed after the end of the data. */
function decideAppeal(
  rng: Rng,
  externalId: string,
  appellant: AppealWire['appellant'],
  venue: AppealVenue,
  after: number,
  pReverse: number,
): AppealWire | undefined {
  const filed = after + rng.logNormal(2, 0.8) * DAY_MS;
  const decided = filed + rng.logNormal(MEDIAN_DAYS[venue], 0.7) * DAY_MS;
  if (filed > END) return undefined;
  const base = { externalId, appellant, venue, filedAt: iso(filed) };
  if (decided > END) return { ...base, outcome: 'pending' };
  const outcome = rng.chance(0.05)
    ? 'withdrawn'
    : rng.chance(pReverse)
      ? rng.chance(0.2)
        ? 'partially_reversed'
        : 'reversed'
      : 'upheld';
  return { ...base, outcome, decidedAt: iso(decided) };
}
