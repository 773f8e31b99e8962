/**
 * The synthetic dataset: item volume per agency and day follows start dates, growth, weekly and
 * yearly rhythm and event spikes; outcomes, delays and appeals depend on agency, platform and the
 * category of the cited law (outcomes.ts). Streams day by day in submittedAt order, so memory does
 * not grow with the number of items; the same seed and size give the same records.
 */
import type { ContentType, LegalCategory } from '../../../shared/enums.ts';
import type { ItemWire, LegalBasisCitation, RequestWire } from '../../../shared/interchange.ts';
import { AGENCIES } from './agencies.ts';
import { AgencyState, type Tables } from './agency-state.ts';
import { DAY_MS, DAYS, FIRST_DAY, iso, MONTH_FACTOR } from './calendar.ts';
import { citable, LEGAL_BASES } from './legal-bases.ts';
import { itemOutcome, requestHandling } from './outcomes.ts';
import { PLATFORMS, STATED_REASONS } from './platforms.ts';
import type { AgencyProfile } from './profile.ts';
import { Rng, type WeightedTable, weightedTable } from './rng.ts';

export { END, FIRST_DAY } from './calendar.ts';

export interface GenerateOptions {
  items: number;
  seed: number;
}

/** Requests larger than this are split by the requester (and would be unwieldy in the demo). */
const MAX_ITEMS_PER_REQUEST = 400;

/** Relative volume of an agency on a day (0 before it starts). */
function intensity(agency: AgencyProfile, day: number): number {
  const start = Date.parse(`${agency.start}T00:00:00Z`);
  const t = FIRST_DAY + day * DAY_MS;
  if (t < start) return 0;
  const date = new Date(t);
  const years = (t - start) / (365 * DAY_MS);
  const weekday = date.getUTCDay();
  const weekly = weekday === 0 || weekday === 6 ? 0.45 : 1;
  const ramp = Math.min(1, (t - start) / (60 * DAY_MS) + 0.15);
  const spike = agency.spikes?.[date.toISOString().slice(0, 7)] ?? 1;
  const season = MONTH_FACTOR[date.getUTCMonth()] as number;
  return agency.weight * agency.growth ** years * weekly * ramp * spike * season;
}

/** Items per (day, agency), summing to exactly `total`: cumulative rounding of the intensity curve. */
function dailyQuotas(total: number): Int32Array {
  const weights = new Float64Array(DAYS * AGENCIES.length);
  let sum = 0;
  for (let day = 0; day < DAYS; day++) {
    AGENCIES.forEach((agency, a) => {
      const w = intensity(agency, day);
      weights[day * AGENCIES.length + a] = w;
      sum += w;
    });
  }
  const quotas = new Int32Array(weights.length);
  let cumulative = 0;
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i] as number;
    const target = i === weights.length - 1 ? total : Math.round((total * cumulative) / sum);
    quotas[i] = target - assigned;
    assigned = target;
  }
  return quotas;
}

const CONTENT = new Map(Object.entries(PLATFORMS).map(([slug, p]) => [slug, weightedTable(p.content)]));
const FALLBACK_CONTENT = weightedTable<ContentType>({ post: 1 });

/** Yields requests in submittedAt order until exactly `items` items were generated. */
export function* generateRequests({ items, seed }: GenerateOptions): Generator<RequestWire> {
  const rng = new Rng(seed);
  const quotas = dailyQuotas(items);
  const states = AGENCIES.map((profile) => new AgencyState(profile));
  let remaining = items;
  for (let day = 0; day < DAYS && remaining > 0; day++) {
    const dayStart = FIRST_DAY + day * DAY_MS;
    const date = iso(dayStart).slice(0, 10);
    const requests: RequestWire[] = [];
    states.forEach((state, a) => {
      let left = (quotas[day * AGENCIES.length + a] as number) - state.owed;
      if (left <= 0) {
        state.owed = -left;
        return;
      }
      const tables = state.at(date);
      const bases = weightedTable(state.profile.bases.filter(([codes]) => citable(codes, date)));
      while (left > 0 && remaining > 0) {
        const size = Math.min(requestSize(rng, state.profile), remaining);
        requests.push(makeRequest(rng, state, tables, bases, dayStart, size));
        left -= size;
        remaining -= size;
      }
      state.owed = Math.max(0, -left);
    });
    requests.sort((x, y) => (x.submittedAt < y.submittedAt ? -1 : x.submittedAt > y.submittedAt ? 1 : 0));
    yield* requests;
  }
}

/** Mostly one item; sometimes a few; rarely a long list (a heavy tail). */
function requestSize(rng: Rng, profile: AgencyProfile): number {
  if (!rng.chance(0.3)) return 1;
  if (rng.chance(0.01)) return Math.min(MAX_ITEMS_PER_REQUEST, 10 + Math.floor(rng.logNormal(25, 0.9)));
  return 1 + Math.max(1, Math.floor(rng.logNormal(profile.extraItems * 2, 0.9)));
}

function makeRequest(
  rng: Rng,
  state: AgencyState,
  tables: Tables,
  bases: WeightedTable<string[]>,
  dayStart: number,
  size: number,
): RequestWire {
  const { profile } = state;
  const submitted = dayStart + Math.floor(rng.next() * DAY_MS * 0.999);
  const submittedAt = iso(submitted);
  const platform = rng.pick(tables.platforms);
  const channel = rng.pick(state.channels);
  const cited = rng.pick(bases);
  const category: LegalCategory = LEGAL_BASES[cited[0] as string]?.category ?? 'other';
  const reasons = profile.reasons ?? STATED_REASONS[category] ?? ['Prohibited information'];
  const externalId = state.nextExternalId(submittedAt.slice(0, 4));
  const ctx = { profile, phase: tables.phase, platform, channel, category, submitted };
  const handling = requestHandling(rng, ctx);
  const content = CONTENT.get(platform) ?? FALLBACK_CONTENT;
  const items: ItemWire[] = [];
  for (let i = 1; i <= size; i++) {
    const authorKind = rng.pick(state.authors);
    const itemExternalId = `${externalId}-${i}`;
    items.push({
      externalId: itemExternalId,
      contentType: rng.pick(content),
      contentUrl: `https://${platform}.example/demo/${externalId}/${i}`,
      authorKind,
      ...itemOutcome(rng, ctx, handling, authorKind, itemExternalId),
    });
  }
  return {
    externalId,
    jurisdiction: profile.jurisdiction,
    agency: { ...profile.agency },
    platform,
    channel,
    submittedAt,
    legalBases: cited.map(citation),
    statedReason: reasons[Math.floor(rng.next() * reasons.length)] as string,
    items,
  };
}

/** The citation as a requester writes it: no catalogue title or category. */
function citation(code: string): LegalBasisCitation {
  const {
    title: _title,
    category: _category,
    ...cited
  } = LEGAL_BASES[code] as NonNullable<(typeof LEGAL_BASES)[string]>;
  return cited;
}
