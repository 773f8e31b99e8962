import { describe, expect, test } from 'vitest';
import { ACTIONED_OUTCOMES } from '../../../shared/enums.ts';
import { type ItemWire, RequestInput, type RequestWire } from '../../../shared/interchange.ts';
import { AGENCIES } from './agencies.ts';
import { END, generateRequests } from './generate.ts';
import { citable, LEGAL_BASES } from './legal-bases.ts';

const take = (items: number, seed: number) => [...generateRequests({ items, seed })];
const itemCount = (requests: RequestWire[]) => requests.reduce((n, r) => n + r.items.length, 0);
const actioned = new Set<string>(ACTIONED_OUTCOMES);
const decided = (i: ItemWire) => i.outcome !== 'pending';
const isActioned = (i: ItemWire) => actioned.has(i.outcome ?? '');

type Keep = (r: RequestWire) => boolean;
const itemsOf = (requests: RequestWire[], keep: Keep) => requests.filter(keep).flatMap((r) => r.items);
const share = (items: ItemWire[], hit: (i: ItemWire) => boolean) => items.filter(hit).length / items.length;
const removalRate = (requests: RequestWire[], keep: Keep) => share(itemsOf(requests, keep).filter(decided), isActioned);
const agency = (code: string) => (r: RequestWire) => r.externalId.startsWith(`${code}-2`);
const cites = (article: string) => (r: RequestWire) => (r.legalBases ?? []).some((b) => b.article === article);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
function decisionHours(requests: RequestWire[], keep: Keep): number {
  return median(
    requests
      .filter(keep)
      .flatMap((r) =>
        r.items.flatMap((i) =>
          i.decidedAt ? [(Date.parse(i.decidedAt) - Date.parse(r.submittedAt)) / 3_600_000] : [],
        ),
      ),
  );
}

describe('demo data generator', () => {
  const sample = take(20_000, 1);

  test('is deterministic per seed and differs between seeds', () => {
    const again = take(20_000, 1);
    expect(JSON.stringify(again.slice(0, 500))).toBe(JSON.stringify(sample.slice(0, 500)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
    expect(JSON.stringify(take(20_000, 2).slice(0, 500))).not.toBe(JSON.stringify(sample.slice(0, 500)));
  });

  test('yields exactly the requested number of items, valid, unique and in submission order', () => {
    expect(itemCount(sample)).toBe(20_000);
    for (const n of [1, 7, 1234]) expect(itemCount(take(n, 7))).toBe(n);
    for (const request of sample) {
      const parsed = RequestInput.safeParse(request);
      if (!parsed.success) throw new Error(`${request.externalId}: ${parsed.error.message}`);
      // Parsing changes nothing (no default to fill, nothing to normalise): the wire records are final.
      expect(parsed.data).toStrictEqual(request);
    }
    const times = sample.map((r) => r.submittedAt);
    expect([...times].sort()).toEqual(times);
    expect(new Set(sample.map((r) => r.externalId)).size).toBe(sample.length);
    expect(sample[0]?.externalId).toMatch(/^[a-z]+(-[a-z]+)*-\d{4}-\d{6}$/);
  });

  test('never dates anything after the end of the data, and cites laws only while they exist', () => {
    const last = new Date(END).toISOString();
    for (const r of sample) {
      expect(r.submittedAt <= last).toBe(true);
      for (const i of r.items) {
        for (const at of [i.decidedAt, ...(i.appeals ?? []).flatMap((a) => [a.filedAt, a.decidedAt])]) {
          if (at) expect(at <= last).toBe(true);
        }
      }
    }
    expect(sample.filter(cites('207.3')).every((r) => r.submittedAt >= '2022-03-04')).toBe(true);
    expect(sample.filter(cites('217/A')).every((r) => r.submittedAt >= '2022-10-18')).toBe(true);
  });

  test('every agency can cite something from its first day, and every citation is catalogued', () => {
    for (const profile of AGENCIES) {
      expect(profile.bases.some(([codes]) => citable(codes, profile.start))).toBe(true);
      for (const [codes] of profile.bases) for (const code of codes) expect(LEGAL_BASES[code]).toBeDefined();
    }
  });

  test('mostly one item per request, with a heavy tail', () => {
    const sizes = sample.map((r) => r.items.length);
    for (const r of sample)
      expect(r.items.map((i) => i.externalId)).toEqual(r.items.map((_, i) => `${r.externalId}-${i + 1}`));
    expect(sizes.filter((n) => n === 1).length / sizes.length).toBeGreaterThan(0.6);
    expect(sizes.filter((n) => n >= 10).length).toBeGreaterThan(10);
  });

  test('streams: the first request of a huge dataset comes at once', () => {
    const started = performance.now();
    const first = generateRequests({ items: 5_000_000, seed: 1 }).next();
    expect(first.done).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("centres on Kazakhstan's ministry reporting Facebook and Instagram through the CRS from November 2021", () => {
    const crs = sample.filter(agency('kz-misd'));
    expect(crs.length / sample.length).toBeGreaterThan(0.1);
    expect(crs.every((r) => r.channel === 'direct_portal' && r.jurisdiction === 'KZ')).toBe(true);
    expect(crs.every((r) => r.agency.name === 'Ministry of Information and Social Development')).toBe(true);
    expect(crs.every((r) => r.submittedAt >= '2021-11-01')).toBe(true);
    expect(new Set(crs.map((r) => r.platform))).toEqual(new Set(['facebook', 'instagram']));
    const articles = new Set(crs.flatMap((r) => (r.legalBases ?? []).map((b) => b.article)));
    for (const article of ['174', '274', '405']) expect(articles.has(article)).toBe(true);
    // Volume grows after the CRS opens, with a spike in January 2022.
    const month = (m: string) => itemCount(crs.filter((r) => r.submittedAt.startsWith(m)));
    expect(month('2022-01')).toBeGreaterThan(2 * month('2022-03'));
    expect(month('2025-03')).toBeGreaterThan(month('2022-03'));
    expect(new Set(sample.map((r) => r.jurisdiction)).size).toBeGreaterThanOrEqual(7);
  });

  test('outcomes differ by agency, platform and the law cited, not uniform noise', () => {
    const kzFacebook = removalRate(sample, (r) => agency('kz-misd')(r) && r.platform === 'facebook');
    expect(kzFacebook - removalRate(sample, agency('tr-btk'))).toBeGreaterThan(0.2);
    expect(kzFacebook - removalRate(sample, (r) => agency('kz-misd')(r) && r.platform === 'instagram')).toBeGreaterThan(
      0.1,
    );
    expect(
      removalRate(sample, (r) => r.platform === 'vk') - removalRate(sample, (r) => r.platform === 'telegram'),
    ).toBeGreaterThan(0.3);
    const kz = (r: RequestWire) => r.jurisdiction === 'KZ';
    expect(
      removalRate(sample, (r) => kz(r) && cites('405')(r)) - removalRate(sample, (r) => kz(r) && cites('373')(r)),
    ).toBeGreaterThan(0.15);
    // Russia's blocks: Meta stops acting on Russian requests.
    const ruMeta = (r: RequestWire) =>
      r.jurisdiction === 'RU' && (r.platform === 'facebook' || r.platform === 'instagram');
    expect(
      removalRate(sample, (r) => ruMeta(r) && r.submittedAt < '2022-03-04') -
        removalRate(sample, (r) => ruMeta(r) && r.submittedAt > '2022-04'),
    ).toBeGreaterThan(0.3);
  });

  test('criticism of officials is restricted locally, not removed globally', () => {
    const criticism = itemsOf(sample, (r) => cites('373')(r) || cites('299')(r)).filter(isActioned);
    expect(share(criticism, (i) => i.outcome === 'restricted_local')).toBeGreaterThan(0.8);
    expect(share(criticism, (i) => i.outcome === 'restricted_local' && i.outcomeBasis === 'local_law')).toBe(
      share(criticism, (i) => i.outcome === 'restricted_local'),
    );
    const symbols = itemsOf(sample, (r) => cites('§ 86a')(r) || cites('9-A')(r)).filter(isActioned);
    expect(share(symbols, (i) => i.outcome === 'removed_global')).toBeGreaterThan(0.25);
  });

  test('decision delays differ by platform and channel; the newest items are more often pending', () => {
    expect(decisionHours(sample, agency('kz-misd'))).toBeLessThan(48);
    expect(decisionHours(sample, (r) => r.platform === 'telegram')).toBeGreaterThan(5 * 24);
    const pending = (keep: Keep) => share(itemsOf(sample, keep), (i) => i.outcome === 'pending');
    expect(pending((r) => r.submittedAt >= '2025-12')).toBeGreaterThan(2 * pending((r) => r.submittedAt < '2025-06'));
  });

  test('appeals come mostly from authors, more from activists and journalists, on decided items', () => {
    const items = sample.flatMap((r) => r.items);
    const appeals = items.flatMap((i) => i.appeals ?? []);
    expect(
      share(
        items.filter((i) => i.appeals?.length),
        decided,
      ),
    ).toBe(1);
    expect(appeals.filter((a) => a.appellant === 'content_author').length / appeals.length).toBeGreaterThan(0.6);
    expect(appeals.some((a) => a.appellant === 'requesting_agency')).toBe(true);
    const appealRate = (kinds: string[]) =>
      share(
        items.filter((i) => isActioned(i) && kinds.includes(i.authorKind ?? '')),
        (i) => (i.appeals ?? []).some((a) => a.appellant !== 'requesting_agency'),
      );
    expect(appealRate(['activist', 'journalist'])).toBeGreaterThan(1.5 * appealRate(['individual']));
    const internal = appeals.filter((a) => a.venue === 'internal_review' && a.outcome !== 'pending');
    const reversed = internal.filter((a) => a.outcome === 'reversed' || a.outcome === 'partially_reversed');
    expect(reversed.length / internal.length).toBeGreaterThan(0.05);
    expect(reversed.length / internal.length).toBeLessThan(0.5);
  });
});
