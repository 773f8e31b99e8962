import { describe, expect, test } from 'vitest';
import { RequestInput, type RequestWire } from '../../../shared/interchange.ts';
import { createTestDb } from '../../test/db.ts';
import { generateRequests } from './generate.ts';
import { seedDemoData } from './index.ts';

const take = (items: number, seed: number) => [...generateRequests({ items, seed })];
const itemCount = (requests: RequestWire[]) => requests.reduce((n, r) => n + r.items.length, 0);
const actioned = new Set(['removed_global', 'restricted_local', 'restricted_other']);

function removalRate(requests: RequestWire[], keep: (r: RequestWire) => boolean): number {
  const items = requests.filter(keep).flatMap((r) => r.items.filter((i) => i.outcome !== 'pending'));
  return items.filter((i) => actioned.has(i.outcome ?? '')).length / items.length;
}

describe('demo data generator', () => {
  const sample = take(20_000, 1);

  test('is deterministic per seed and differs between seeds', () => {
    expect(JSON.stringify(take(20_000, 1))).toBe(JSON.stringify(sample));
    expect(JSON.stringify(take(20_000, 2))).not.toBe(JSON.stringify(sample));
  });

  test('yields exactly the requested number of items, valid and in submission order', () => {
    expect(itemCount(sample)).toBe(20_000);
    expect(itemCount(take(1234, 7))).toBe(1234);
    for (const request of sample) expect(RequestInput.safeParse(request).success).toBe(true);
    const times = sample.map((r) => r.submittedAt);
    expect([...times].sort()).toEqual(times);
    expect(new Set(sample.map((r) => r.externalId)).size).toBe(sample.length);
  });

  test("centres on Kazakhstan's ministry reporting Facebook and Instagram through the CRS from late 2021", () => {
    const crs = sample.filter((r) => r.channel === 'direct_portal' && r.jurisdiction === 'KZ');
    expect(crs.length / sample.length).toBeGreaterThan(0.15);
    expect(crs.every((r) => r.submittedAt >= '2021-11-15')).toBe(true);
    expect(new Set(crs.map((r) => r.platform))).toEqual(new Set(['facebook', 'instagram']));
    const articles = new Set(crs.flatMap((r) => (r.legalBases ?? []).map((b) => b.article)));
    for (const article of ['174', '274', '405']) expect(articles.has(article)).toBe(true);
    expect(new Set(sample.map((r) => r.jurisdiction)).size).toBeGreaterThanOrEqual(6);
  });

  test('outcomes differ by platform and by the law cited, not uniform noise', () => {
    const telegram = removalRate(sample, (r) => r.platform === 'telegram');
    const vk = removalRate(sample, (r) => r.platform === 'vk');
    expect(vk - telegram).toBeGreaterThan(0.25);
    const cites = (code: string) => (r: RequestWire) => (r.legalBases ?? []).some((b) => b.article === code);
    const kz = (r: RequestWire) => r.jurisdiction === 'KZ';
    expect(
      removalRate(sample, (r) => kz(r) && cites('405')(r)) - removalRate(sample, (r) => kz(r) && cites('373')(r)),
    ).toBeGreaterThan(0.15);
  });
});

test('seeding the same items twice gives identical tables (end to end determinism)', async () => {
  const snapshot = async () => {
    const t = await createTestDb();
    try {
      const first = await seedDemoData(t.db, { items: 3000, seed: 5 });
      const again = await seedDemoData(t.db, { items: 3000, seed: 5 });
      expect(again).toMatchObject({ created: 0, unchanged: first.requests });
      const rows = await t.db
        .selectFrom('items')
        .innerJoin('requests', 'requests.id', 'items.request_id')
        .select([
          'requests.external_id',
          'items.external_id as item',
          'items.outcome',
          'items.decided_at',
          'requests.submitted_at',
        ])
        .orderBy('items.id')
        .execute();
      const agg = await t.db
        .selectFrom('agg_items')
        .selectAll()
        .orderBy(['day', 'agency_id', 'platform_id', 'channel', 'basis_set_id', 'content_type', 'author_kind'])
        .execute();
      return JSON.stringify({ rows, agg, events: await t.db.selectFrom('events').select(['date', 'title']).execute() });
    } finally {
      await t.dispose();
    }
  };
  expect(await snapshot()).toBe(await snapshot());
});
