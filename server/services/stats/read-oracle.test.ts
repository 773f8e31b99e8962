/**
 * Oracle for the reads beyond the headline figures: catalog.* counts, items.list pages, the
 * decision-latency histogram, appeal series and latencies, outcomes per period and split, all
 * recomputed naively from the item tables of random datasets written through the real write path.
 */

import { describe, expect, test } from 'vitest';
import { ItemListInput } from '../../../shared/item-list.ts';
import { APPEAL_DAY_EDGES, bucketIndex, DECISION_BUCKETS, DECISION_HOUR_EDGES } from '../../../shared/metrics.ts';
import { periodOf } from '../../../shared/periods.ts';
import { bucketWidth } from '../../../shared/rates.ts';
import { PUBLIC_VIEWER, type Viewer } from '../../../shared/roles.ts';
import type { Granularity } from '../../../shared/stats.ts';
import { testEngine } from '../../test/db.ts';
import type { FullItem, FullRequest } from '../../test/naive-read.ts';
import { select } from '../../test/naive-stats.ts';
import { oracleData } from '../../test/oracle-fixture.ts';
import type { Rng } from '../seed/rng.ts';
import { getAppeals, getTimeToDecision } from './appeals.ts';
import { getOutcomes } from './breakdowns.ts';
import { listAgencies, listJurisdictions, listLegalBases, listPlatforms, listSources } from './catalog.ts';
import { listItems } from './item-list.ts';

const ANALYST: Viewer = { role: 'analyst', userId: 1, sources: [] };

const GRANULARITIES: Granularity[] = ['day', 'week', 'month', 'quarter', 'year'];
const ACTIONED = ['removed_global', 'restricted_local', 'restricted_other'];
const DECIDED_APPEAL = ['upheld', 'reversed', 'partially_reversed'];
const REVERSAL = ['reversed', 'partially_reversed'];

const pick = <T>(rng: Rng, values: readonly T[]) => values[rng.int(0, values.length - 1)] as T;

/** SQLite LIKE folds ASCII letters only, PostgreSQL ILIKE every letter (Cyrillic too); so does the oracle. */
const fold =
  testEngine() === 'postgres'
    ? (text: string) => text.toLowerCase()
    : (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const contains = (text: string | null | undefined, needle: string) => !!text && fold(text).includes(fold(needle));

function searchMatch(r: FullRequest, needle: string): boolean {
  return (
    contains(r.stated_reason, needle) ||
    contains(r.agency_name, needle) ||
    contains(r.agency_local_name, needle) ||
    r.titles.some((t) => contains(t, needle))
  );
}

/** Fragments of real text (some upper-cased), text with LIKE wildcards, and text that matches nothing. */
function randomSearch(rng: Rng, data: FullRequest[]): string | undefined {
  const r = pick(rng, data);
  const texts = [r.stated_reason, r.agency_name, r.agency_local_name, ...r.titles].filter((t): t is string => !!t);
  const roll = rng.next();
  if (roll < 0.3 || texts.length === 0) return undefined;
  if (roll < 0.4) return pick(rng, ['100%', '_x_', '%', 'no such words anywhere']);
  const text = pick(rng, texts);
  const start = rng.int(0, Math.max(0, text.length - 4));
  const fragment = text.slice(start, start + rng.int(3, 12)).trim() || text;
  return rng.chance(0.3) ? fragment.toUpperCase() : fragment;
}

const latencyHours = (r: FullRequest, i: FullItem) =>
  (Date.parse(i.decided_at as string) - Date.parse(r.submitted_at)) / 3_600_000;

function exactQuantile(sorted: number[], q: number): number | null {
  return sorted.length ? (sorted[Math.ceil(q * sorted.length) - 1] as number) : null;
}

function expectWithinBucket(estimate: number | null, truth: number | null, edges: readonly number[]) {
  if (truth === null) expect(estimate).toBeNull();
  else expect(Math.abs((estimate as number) - truth)).toBeLessThanOrEqual(bucketWidth(edges, truth));
}

describe.each([11, 12, 13])('reads agree with a naive scan of the item tables (seed %i)', (seed) => {
  const fixture = oracleData(seed, { count: 40, p: 0.2 });

  test('the dataset has what the oracle must cover', async () => {
    const { t, data } = fixture;
    const retracted = await t.db.selectFrom('requests').select('id').where('retracted_at', 'is not', null).execute();
    expect(retracted.length).toBeGreaterThan(0);
    expect(data.some((r) => r.basisIds.length > 1)).toBe(true);
    expect(data.some((r) => r.basisIds.length === 0)).toBe(true);
    expect(data.some((r) => r.items.some((i) => i.outcome === 'pending'))).toBe(true);
    expect(data.some((r) => r.items.some((i) => i.appeals.length > 1))).toBe(true);
  });

  test('catalog.*: counts per jurisdiction, agency, platform, source and provision', async () => {
    const { t, data } = fixture;
    const tally = (keysOf: (r: FullRequest) => (string | number)[]) => {
      const out = new Map<string, { requests: number; items: number }>();
      for (const r of data) {
        for (const key of keysOf(r)) {
          const c = out.get(String(key)) ?? { requests: 0, items: 0 };
          c.requests++;
          c.items += r.items.length;
          out.set(String(key), c);
        }
      }
      return out;
    };
    const check = <T extends { requests: number; items: number }>(
      rows: T[],
      keyOf: (row: T) => string | number,
      truth: Map<string, { requests: number; items: number }>,
    ) => {
      for (const row of rows) {
        expect({ requests: row.requests, items: row.items }, String(keyOf(row))).toEqual(
          truth.get(String(keyOf(row))) ?? { requests: 0, items: 0 },
        );
      }
      expect(rows.filter((r) => r.items > 0)).toHaveLength(truth.size);
      // Largest first.
      for (let k = 1; k < rows.length; k++)
        expect((rows[k - 1] as T).items).toBeGreaterThanOrEqual((rows[k] as T).items);
    };
    check(
      await listJurisdictions(t.db),
      (r) => r.code,
      tally((r) => [r.jurisdiction]),
    );
    check(
      await listAgencies(t.db, {}),
      (r) => r.id,
      tally((r) => [r.agency_id]),
    );
    check(
      await listPlatforms(t.db),
      (r) => r.slug,
      tally((r) => [r.platform]),
    );
    check(
      await listSources(t.db),
      (r) => r.name,
      tally((r) => [r.source]),
    );
    check(
      await listLegalBases(t.db, {}),
      (r) => r.id,
      tally((r) => r.basisIds),
    );
    const kz = await listAgencies(t.db, { jurisdictions: ['KZ'] });
    expect(kz.every((a) => a.jurisdiction === 'KZ')).toBe(true);
  });

  test('items.list: every page in order, nothing retracted, nothing missed, no content URLs', async () => {
    const { t, data, filters, rng } = fixture;
    const byId = new Map(data.flatMap((r) => r.items.map((i) => [i.id, { r, i }] as const)));
    for (const f of filters.slice(0, 25)) {
      const search = randomSearch(rng, data);
      const sort = rng.chance(0.5) ? ('newest' as const) : ('oldest' as const);
      const truth = select(data, f)
        .items.map(({ r, i }) => ({ r: r as FullRequest, i: i as FullItem }))
        .filter(({ r }) => !search || searchMatch(r, search))
        .sort((a, b) => {
          const order = a.r.submitted_at.localeCompare(b.r.submitted_at) || a.r.id - b.r.id || a.i.id - b.i.id;
          return sort === 'newest' ? -order : order;
        })
        .map(({ i }) => i.id);
      const limit = pick(rng, [7, 50, 200]);
      // Small scan windows make pages stop early, as a rare search term does on millions of requests.
      const scanWindow = pick(rng, [undefined, 30, 400]);
      const seen: number[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 500 && seen.length < 600; pages++) {
        const input = ItemListInput.parse({ filters: f, search, sort, limit, cursor });
        const page = await listItems(t.db, input, { viewer: PUBLIC_VIEWER, scanWindow });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        if (page.scannedThrough) expect(page.nextCursor).not.toBeNull();
        if (page.items.length < limit && page.nextCursor) expect(page.scannedThrough).not.toBeNull();
        for (const item of page.items) {
          expect(item).not.toHaveProperty('contentUrl');
          seen.push(item.id);
        }
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const context = `${JSON.stringify(f)} search=${search} ${sort} limit=${limit} window=${scanWindow}`;
      expect(seen, context).toEqual(truth.slice(0, seen.length));
      if (seen.length < 600) expect(seen.length, context).toBe(truth.length);
    }
    // One page in detail: request, provisions in citation order, appeals.
    const page = await listItems(t.db, ItemListInput.parse({ limit: 200 }), { viewer: ANALYST });
    for (const item of page.items) {
      const { r, i } = byId.get(item.id) as { r: FullRequest; i: FullItem };
      expect(item.externalId).toBe(i.external_id);
      expect(item.request.externalId).toBe(r.external_id);
      expect(item.request.source).toBe(r.source);
      expect(item.request.agency.name).toBe(r.agency_name);
      expect(item.request.legalBases.map((b) => b.id)).toEqual(r.basisIds);
      expect(item.appeals.map((a) => [a.externalId, a.outcome])).toEqual(
        i.appeals.map((a) => [a.external_id, a.outcome]),
      );
      expect(item).toHaveProperty('contentUrl');
    }
  });

  test('stats.timeToDecision: exact histogram, percentiles within one bucket', async () => {
    const { t, data, filters } = fixture;
    for (const f of filters) {
      const latencies = select(data, f)
        .items.filter(({ i }) => i.outcome !== 'pending' && i.decided_at)
        .map(({ r, i }) => latencyHours(r as FullRequest, i as FullItem))
        .sort((a, b) => a - b);
      const counts = Array.from(
        { length: DECISION_BUCKETS },
        (_, b) => latencies.filter((h) => bucketIndex(DECISION_HOUR_EDGES, h) === b).length,
      );
      const ttd = await getTimeToDecision(t.db, f);
      expect(
        ttd.histogram.map((b) => b.items),
        JSON.stringify(f),
      ).toEqual(counts);
      expectWithinBucket(ttd.median, exactQuantile(latencies, 0.5), DECISION_HOUR_EDGES);
      expectWithinBucket(ttd.p90, exactQuantile(latencies, 0.9), DECISION_HOUR_EDGES);
    }
  });

  test('stats.appeals: series per period, appeal latency within one bucket', async () => {
    const { t, data, filters, rng } = fixture;
    for (const f of filters) {
      const granularity = pick(rng, GRANULARITIES);
      const { items } = select(data, f);
      const series = new Map<string, { appeals: number; decided: number; reversed: number }>();
      const days: number[] = [];
      for (const { r, i } of items) {
        for (const a of (i as FullItem).appeals) {
          const key = periodOf(r.day, granularity);
          const point = series.get(key) ?? { appeals: 0, decided: 0, reversed: 0 };
          point.appeals++;
          if (DECIDED_APPEAL.includes(a.outcome)) point.decided++;
          if (REVERSAL.includes(a.outcome)) point.reversed++;
          series.set(key, point);
          if (DECIDED_APPEAL.includes(a.outcome) && a.filed_at && a.decided_at) {
            days.push((Date.parse(a.decided_at) - Date.parse(a.filed_at)) / 86_400_000);
          }
        }
      }
      const appeals = await getAppeals(t.db, f, granularity);
      for (const point of appeals.series) {
        const truth = series.get(point.period) ?? { appeals: 0, decided: 0, reversed: 0 };
        expect({ appeals: point.appeals, decided: point.decided, reversed: point.reversed }, point.period).toEqual(
          truth,
        );
      }
      expect(appeals.series.reduce((n, p) => n + p.appeals, 0)).toBe(
        [...series.values()].reduce((n, p) => n + p.appeals, 0),
      );
      days.sort((a, b) => a - b);
      expectWithinBucket(appeals.medianDaysToAppealDecision, exactQuantile(days, 0.5), APPEAL_DAY_EDGES);
    }
  });

  test('stats.outcomes: per period and per split key', async () => {
    const { t, data, filters, rng } = fixture;
    for (const f of filters) {
      const granularity = pick(rng, GRANULARITIES);
      const splitBy = pick(rng, [undefined, 'agency', 'platform', 'jurisdiction', 'category', 'provision'] as const);
      const keysOf = (r: FullRequest): string[] => {
        switch (splitBy) {
          case undefined:
            return [periodOf(r.day, granularity)];
          case 'agency':
            return [String(r.agency_id)];
          case 'platform':
            return [r.platform];
          case 'jurisdiction':
            return [r.jurisdiction];
          case 'category':
            return r.categories.length ? r.categories : ['unspecified'];
          case 'provision':
            return r.basisIds.length ? r.basisIds.map(String) : ['none'];
        }
      };
      const truth = new Map<
        string,
        { decided: number; actioned: number; removedGlobal: number; restrictedLocal: number }
      >();
      for (const { r, i } of select(data, f).items) {
        for (const key of keysOf(r as FullRequest)) {
          const c = truth.get(key) ?? { decided: 0, actioned: 0, removedGlobal: 0, restrictedLocal: 0 };
          if (i.outcome !== 'pending') c.decided++;
          if (ACTIONED.includes(i.outcome)) c.actioned++;
          if (i.outcome === 'removed_global') c.removedGlobal++;
          if (i.outcome === 'restricted_local') c.restrictedLocal++;
          truth.set(key, c);
        }
      }
      const rows = await getOutcomes(t.db, f, granularity, splitBy);
      const got = new Map(
        rows.map((o) => [
          o.key,
          {
            decided: o.decided,
            actioned: o.actioned,
            removedGlobal: o.removedGlobal,
            restrictedLocal: o.restrictedLocal,
          },
        ]),
      );
      for (const [key, c] of truth) {
        if (c.decided === 0 && c.actioned === 0 && splitBy) continue;
        expect(got.get(key), `${splitBy ?? granularity} ${key} ${JSON.stringify(f)}`).toEqual(c);
      }
      for (const o of rows) {
        expect(o.removalRate).toBe(o.decided ? o.actioned / o.decided : null);
        if (!truth.has(o.key)) expect(o.decided).toBe(0);
      }
    }
  });
});
