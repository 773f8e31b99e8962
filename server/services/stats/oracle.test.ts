import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RecordAppealInput, RecordOutcomeInput, RetractInput } from '../../../shared/ingest.ts';
import { RequestInput } from '../../../shared/interchange.ts';
import { DECISION_HOUR_EDGES } from '../../../shared/metrics.ts';
import { periodOf } from '../../../shared/periods.ts';
import { bucketWidth } from '../../../shared/rates.ts';
import type { Filters, Granularity } from '../../../shared/stats.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { loadFull } from '../../test/naive-read.ts';
import { type NaiveRequest, naiveFigures, select } from '../../test/naive-stats.ts';
import { randomFilters, valuesOf } from '../../test/random-filters.ts';
import { recordAppeal, recordOutcome, retractRequest, submitRequests } from '../ingest/index.ts';
import { generateRequests } from '../seed/generate.ts';
import { Rng } from '../seed/rng.ts';
import { getAppeals } from './appeals.ts';
import { getLegalBases, getOutcomes } from './breakdowns.ts';
import { getOverview } from './overview.ts';
import { getVolume } from './volume.ts';

const actor = { kind: 'cli' as const, name: 'cli:oracle', createMissingSources: { kind: 'monitor_entry' as const } };

/** Random data through the real write path: two sources, updates, outcomes, appeals, retractions. */
async function buildData(t: TestDb, seed: number): Promise<void> {
  const rng = new Rng(seed * 7919);
  const wire = [...generateRequests({ items: 2500, seed })].map((r) => ({
    ...r,
    source: rng.chance(0.3) ? 'monitor-b' : 'monitor-a',
  }));
  const parsed = wire.map((r) => RequestInput.parse(r));
  for (let i = 0; i < parsed.length; i += 400) await submitRequests(t.db, parsed.slice(i, i + 400), actor);
  for (const r of wire) {
    const ids = { source: r.source, requestExternalId: r.externalId };
    const roll = rng.next();
    const first = r.items[0];
    if (roll < 0.04) {
      await retractRequest(
        t.db,
        RetractInput.parse({ source: r.source, externalId: r.externalId, reason: 'test' }),
        actor,
      );
    } else if (roll < 0.08 && first) {
      const changed = {
        ...r,
        statedReason: 'changed',
        items: [{ ...first, outcome: 'no_action', decidedAt: r.submittedAt, appeals: [] }],
      };
      if (!first.appeals?.length) await submitRequests(t.db, [RequestInput.parse(changed)], actor);
    } else if (roll < 0.12 && first?.outcome === 'pending') {
      const input = {
        ...ids,
        itemExternalId: first.externalId,
        outcome: 'restricted_local',
        decidedAt: '2025-12-31T23:59:59Z',
      };
      await recordOutcome(t.db, RecordOutcomeInput.parse(input), actor);
    } else if (roll < 0.16 && first?.outcome && first.outcome !== 'pending' && first.decidedAt) {
      const appeal = {
        externalId: 'x',
        filedAt: first.decidedAt,
        outcome: rng.chance(0.5) ? 'reversed' : 'upheld',
        decidedAt: first.decidedAt,
      };
      await recordAppeal(t.db, RecordAppealInput.parse({ ...ids, itemExternalId: first.externalId, appeal }), actor);
    }
  }
}

describe.each([1, 2, 3])('aggregates agree with a naive scan of the item tables (seed %i)', (seed) => {
  let t: TestDb;
  let data: NaiveRequest[];
  let filters: Filters[];
  beforeAll(async () => {
    t = await createTestDb();
    await buildData(t, seed);
    data = await loadFull(t.db);
    const basisIds = (await t.db.selectFrom('legal_bases').select('id').execute()).map((b) => b.id);
    const rng = new Rng(seed);
    filters = [
      {},
      ...Array.from({ length: 60 }, () =>
        randomFilters(rng, valuesOf(data, basisIds, ['monitor-a', 'monitor-b']), { p: 0.25, maxSources: 1 }),
      ),
    ];
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  test('stats.overview, including the previous period', async () => {
    for (const f of filters) {
      const overview = await getOverview(t.db, f);
      const { exactMedianHours, exactP90Hours, ...exact } = naiveFigures(data, f);
      const { period, previous, medianHoursToDecision, p90HoursToDecision, ...figures } = overview;
      expect(figures, JSON.stringify(f)).toEqual(exact);
      for (const [estimate, truth] of [
        [medianHoursToDecision, exactMedianHours],
        [p90HoursToDecision, exactP90Hours],
      ] as const) {
        if (truth === null) expect(estimate).toBeNull();
        else
          expect(Math.abs((estimate as number) - truth)).toBeLessThanOrEqual(bucketWidth(DECISION_HOUR_EDGES, truth));
      }
      if (previous && period) {
        const { exactMedianHours: _m, exactP90Hours: _p, ...before } = naiveFigures(data, { ...f, ...previous.period });
        const { period: _pp, medianHoursToDecision: _a, p90HoursToDecision: _b, ...previousFigures } = previous;
        expect(previousFigures).toEqual(before);
      }
    }
  });

  test('stats.volume per period, plain and split', async () => {
    const rng = new Rng(seed + 100);
    for (const f of filters.slice(0, 30)) {
      const granularity = (['day', 'week', 'month', 'quarter', 'year'] as Granularity[])[rng.int(0, 4)] as Granularity;
      const splitBy = (['outcome', 'category', 'platform', undefined] as const)[rng.int(0, 3)];
      const { series } = await getVolume(t.db, f, granularity, splitBy);
      const { requests, items } = select(data, f);
      const expected = new Map<string, { requests: number; items: number; bySplit: Record<string, number> }>();
      const at = (day: string) => {
        const key = periodOf(day, granularity);
        const point = expected.get(key) ?? { requests: 0, items: 0, bySplit: {} };
        expected.set(key, point);
        return point;
      };
      for (const r of requests) at(r.day).requests++;
      for (const { r, i } of items) {
        const point = at(r.day);
        point.items++;
        const keys =
          splitBy === 'outcome'
            ? [i.outcome]
            : splitBy === 'platform'
              ? [r.platform]
              : splitBy === 'category'
                ? r.categories.length
                  ? r.categories
                  : ['unspecified']
                : [];
        for (const k of keys) point.bySplit[k] = (point.bySplit[k] ?? 0) + 1;
      }
      for (const point of series) {
        const truth = expected.get(point.period) ?? { requests: 0, items: 0, bySplit: {} };
        expect({ requests: point.requests, items: point.items }, `${point.period} ${JSON.stringify(f)}`).toEqual({
          requests: truth.requests,
          items: truth.items,
        });
        if (splitBy) {
          const nonZero = Object.fromEntries(Object.entries(point.bySplit ?? {}).filter(([, v]) => v !== 0));
          expect(nonZero).toEqual(truth.bySplit);
          // Split keys by name (outcomes in their own order), the same from the memory cube and SQL.
          const keys = Object.keys(point.bySplit ?? {});
          if (splitBy !== 'outcome') expect(keys).toEqual([...keys].sort());
        }
      }
      expect(series.reduce((n, p) => n + p.items, 0)).toBe(items.length);
      expect(new Set(series.map((p) => p.period)).size).toBe(series.length);
    }
  });

  test('stats.legalBases, stats.outcomes and stats.appeals', async () => {
    const actioned = new Set(['removed_global', 'restricted_local', 'restricted_other']);
    for (const f of filters.slice(0, 30)) {
      const { items } = select(data, f);
      const tally = (keysOf: (r: NaiveRequest) => string[]) => {
        const out = new Map<string, { items: number; decided: number; actioned: number }>();
        for (const { r, i } of items) {
          for (const key of keysOf(r)) {
            const c = out.get(key) ?? { items: 0, decided: 0, actioned: 0 };
            c.items++;
            if (i.outcome !== 'pending') c.decided++;
            if (actioned.has(i.outcome)) c.actioned++;
            out.set(key, c);
          }
        }
        return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)));
      };
      const strip = (rows: { key: string; items?: number; decided: number; actioned: number }[]) =>
        Object.fromEntries(
          rows
            .filter((r) => (r.items ?? r.decided) > 0)
            .map((r) => [r.key, { items: r.items, decided: r.decided, actioned: r.actioned }])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        );
      const byCategory = tally((r) => (r.categories.length ? r.categories : ['unspecified']));
      expect(strip(await getLegalBases(t.db, f, 'category'))).toEqual(byCategory);
      const byProvision = tally((r) => (r.basisIds.length ? r.basisIds.map(String) : ['none']));
      expect(strip(await getLegalBases(t.db, f, 'provision'))).toEqual(byProvision);
      const byPlatform = tally((r) => [r.platform]);
      const outcomes = await getOutcomes(t.db, f, undefined, 'platform');
      const withItems = Object.fromEntries(
        Object.entries(byPlatform).map(([k, v]) => [k, { decided: v.decided, actioned: v.actioned }]),
      );
      expect(Object.fromEntries(outcomes.map((o) => [o.key, { decided: o.decided, actioned: o.actioned }]))).toEqual(
        withItems,
      );

      const appeals = await getAppeals(t.db, f, 'quarter');
      const acted = items.filter(({ i }) => actioned.has(i.outcome));
      const all = items.flatMap(({ i }) => i.appeals);
      expect(appeals.funnel).toEqual({
        items: items.length,
        actioned: acted.length,
        appealed: acted.filter(({ i }) => i.appeals.length > 0).length,
        decided: acted.filter(({ i }) =>
          i.appeals.some((a) => ['upheld', 'reversed', 'partially_reversed'].includes(a.outcome)),
        ).length,
        reversed: acted.filter(({ i }) => i.appeals.some((a) => ['reversed', 'partially_reversed'].includes(a.outcome)))
          .length,
      });
      for (const outcome of ['pending', 'upheld', 'reversed', 'partially_reversed', 'withdrawn'] as const) {
        expect(appeals.byOutcome[outcome]).toBe(all.filter((a) => a.outcome === outcome).length);
      }
      expect(appeals.series.reduce((n, p) => n + p.appeals, 0)).toBe(all.length);
    }
  });
});
