/**
 * The synthetic dataset: request volume per agency and day follows start dates, growth, weekly
 * rhythm and event spikes; outcomes, delays and appeals depend on agency, platform and the
 * category of the cited law. Streams in submittedAt order; the same seed gives the same records.
 */
import type { AuthorKind, Channel, ContentType, LegalCategory } from '../../../shared/enums.ts';
import type { ItemWire, RequestWire } from '../../../shared/interchange.ts';
import { AGENCIES, type AgencyProfile } from './agencies.ts';
import { LEGAL_BASES } from './legal-bases.ts';
import { itemOutcome } from './outcomes.ts';
import { PLATFORMS, STATED_REASONS } from './platforms.ts';
import { Rng } from './rng.ts';

export const FIRST_DAY = Date.UTC(2019, 0, 1);
/** Generation stops here so the output never depends on today's date. */
export const END = Date.UTC(2025, 11, 31, 23, 59, 59);
const DAY_MS = 86_400_000;
const DAYS = Math.floor((END - FIRST_DAY) / DAY_MS) + 1;

export interface GenerateOptions {
  items: number;
  seed: number;
}

/** Relative volume of an agency on a day (0 before it starts). */
function intensity(agency: AgencyProfile, day: number): number {
  const start = Date.parse(`${agency.start}T00:00:00Z`);
  const t = FIRST_DAY + day * DAY_MS;
  if (t < start) return 0;
  const years = (t - start) / (365 * DAY_MS);
  const weekday = new Date(t).getUTCDay();
  const weekly = weekday === 0 || weekday === 6 ? 0.45 : 1;
  const ramp = Math.min(1, (t - start) / (60 * DAY_MS) + 0.15);
  const spike = agency.spikes?.[new Date(t).toISOString().slice(0, 7)] ?? 1;
  return agency.weight * agency.growth ** years * weekly * ramp * spike;
}

/** Yields requests until exactly `items` items were generated. */
export function* generateRequests({ items, seed }: GenerateOptions): Generator<RequestWire> {
  const rng = new Rng(seed);
  const quotas = dailyQuotas(items);
  const sequence = new Map<string, number>();
  for (let day = 0; day < DAYS; day++) {
    const requests: RequestWire[] = [];
    AGENCIES.forEach((agency, a) => {
      let left = quotas[day * AGENCIES.length + a] as number;
      while (left > 0) {
        const size = Math.min(left, 1 + (rng.chance(0.3) ? Math.floor(rng.logNormal(agency.extraItems * 2, 0.9)) : 0));
        const n = (sequence.get(agency.code) ?? 0) + 1;
        sequence.set(agency.code, n);
        requests.push(makeRequest(rng, agency, FIRST_DAY + day * DAY_MS, n, Math.min(size, 200)));
        left -= Math.min(size, 200);
      }
    });
    requests.sort((x, y) => (x.submittedAt < y.submittedAt ? -1 : x.submittedAt > y.submittedAt ? 1 : 0));
    yield* requests;
  }
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

function makeRequest(rng: Rng, agency: AgencyProfile, dayStart: number, n: number, size: number): RequestWire {
  const submitted = dayStart + Math.floor(rng.next() * DAY_MS * 0.999);
  const submittedAt = new Date(Math.floor(submitted / 1000) * 1000).toISOString();
  const platform = rng.weighted(agency.platforms);
  const channel = rng.weighted(agency.channels) as Channel;
  const cited = pickBases(rng, agency);
  const category = (LEGAL_BASES[cited[0] as string]?.category ?? 'other') as LegalCategory;
  const reasons = STATED_REASONS[category] ?? ['Prohibited information'];
  const externalId = `${agency.code}-${submittedAt.slice(0, 4)}-${String(n).padStart(7, '0')}`;
  const items: ItemWire[] = [];
  for (let i = 1; i <= size; i++) {
    const contentType = rng.weighted(PLATFORMS[platform]?.content ?? { post: 1 }) as ContentType;
    const authorKind = rng.weighted(agency.authors) as AuthorKind;
    items.push({
      externalId: `${externalId}-${i}`,
      contentType,
      contentUrl: `https://${platform}.example/demo/${externalId}/${i}`,
      authorKind,
      ...itemOutcome(rng, {
        agency,
        platform,
        channel,
        category,
        submitted,
        authorKind,
        itemExternalId: `${externalId}-${i}`,
      }),
    });
  }
  return {
    externalId,
    jurisdiction: agency.jurisdiction,
    agency: { name: agency.name, ...(agency.localName ? { localName: agency.localName } : {}), kind: agency.kind },
    platform,
    channel,
    submittedAt,
    legalBases: cited.map((code) => {
      const { title: _t, category: _c, ...citation } = LEGAL_BASES[code] as NonNullable<(typeof LEGAL_BASES)[string]>;
      return citation;
    }),
    statedReason: reasons[Math.floor(rng.next() * reasons.length)] as string,
    items,
  };
}

function pickBases(rng: Rng, agency: AgencyProfile): string[] {
  const weights = Object.fromEntries(agency.bases.map(([codes, w], i) => [String(i), w]));
  return agency.bases[Number(rng.weighted(weights))]?.[0] ?? [];
}
