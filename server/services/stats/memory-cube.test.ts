/**
 * The in-memory cube answers exactly what SQL answers: every grouping and grain the stats services
 * ask for, over random filter combinations (most with item-level filters, which the cube serves),
 * on random data written through the real write path. SQL (`via: 'sql'`) is the reference.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AUTHOR_KINDS, CONTENT_TYPES, LEGAL_CATEGORIES } from '../../../shared/enums.ts';
import type { Filters } from '../../../shared/stats.ts';
import { ITEM_MEASURES } from '../../db/cube/measures.ts';
import { startOfGrain } from '../../db/cube/tables.ts';
import { currentMemoryCube, loadMemoryCube } from '../../queries/stats/memory-cube.ts';
import { dataSpan, type SumOptions, sumItemMeasures, sumRequests } from '../../queries/stats/totals.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { loadFull } from '../../test/naive-read.ts';
import { writeRandomData } from '../../test/random-data.ts';
import { pickSome, randomFilters, valuesOf } from '../../test/random-filters.ts';
import { Rng } from '../seed/rng.ts';

/** The groupings of server/services/stats/*: [groupBy, grain]. */
const ITEM_GROUPINGS: SumOptions[] = [
  { groupBy: [] },
  ...(['day', 'week', 'month'] as const).flatMap((grain) =>
    [[], ['jurisdiction'], ['agency_id'], ['platform_id'], ['channel'], ['basis_set_id']].map((extra) => ({
      groupBy: ['day', ...extra],
      grain,
    })),
  ),
  ...['basis_set_id', 'agency_id', 'platform_id', 'jurisdiction'].map((c) => ({
    groupBy: [c],
    grain: 'month' as const,
  })),
];
const REQUEST_GROUPINGS: SumOptions[] = [
  { groupBy: [] },
  ...(['day', 'week', 'month'] as const).map((grain) => ({ groupBy: ['day'], grain })),
];

/**
 * Rows as comparable values: numbers as numbers (PostgreSQL sums arrive as text), `day` as the first
 * day of its `grain` period (a row may stand for its whole week or month: SumOptions.grain), rows
 * of one group merged, in a fixed order.
 */
function normal(rows: Record<string, unknown>[], { grain = 'month', groupBy = [] }: SumOptions = {}) {
  const merged = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const values = Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, k === 'day' ? startOfGrain(String(v), grain) : numeric(v)]),
    );
    const key = JSON.stringify(groupBy.map((c) => values[c]));
    const into = merged.get(key);
    if (!into) merged.set(key, values);
    else for (const [k, v] of Object.entries(values)) if (!groupBy.includes(k)) into[k] = Number(into[k]) + Number(v);
  }
  return sorted([...merged.values()]);
}

const numeric = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);

const sorted = (rows: Record<string, unknown>[]) =>
  rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe.each([21, 22])('memory cube = SQL (seed %i)', (seed) => {
  let t: TestDb;
  let filters: Filters[];
  beforeAll(async () => {
    t = await createTestDb();
    await writeRandomData(t.db, seed, 2000);
    const data = await loadFull(t.db);
    const basisIds = (await t.db.selectFrom('legal_bases').select('id').execute()).map((b) => b.id);
    const values = valuesOf(data, basisIds, ['monitor-a', 'monitor-b', 'platform-c']);
    const rng = new Rng(seed);
    filters = Array.from({ length: 30 }, (_, i) => {
      const f = randomFilters(rng, values, { p: 0.25, maxSources: 2 });
      // Most combinations get an item-level filter: those are what the cube serves.
      if (i % 4 !== 0 && !f.contentTypes && !f.authorKinds) {
        if (rng.chance(0.6)) f.contentTypes = pickSome(rng, CONTENT_TYPES, 3);
        else f.authorKinds = pickSome(rng, AUTHOR_KINDS, 3);
      }
      return f;
    });
    // Both filters of a set-valued dimension at once: their set masks must intersect.
    for (let i = 0; i < 8; i++) {
      filters.push(
        i % 2 === 0
          ? { legalBases: pickSome(rng, values.legalBases, 4), categories: pickSome(rng, LEGAL_CATEGORIES, 6) }
          : { contentTypes: pickSome(rng, CONTENT_TYPES, 4), authorKinds: pickSome(rng, AUTHOR_KINDS, 4) },
      );
    }
    // Every weekly rollup kept (the small test data repeats few keys within a week), so the
    // weekly series below come from them and are compared with SQL too.
    const cube = await loadMemoryCube(t.db, { rollupMaxShare: 1 });
    expect(cube?.weekly.has('agg_items')).toBe(true);
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });

  test('item measures, every grouping and grain', async () => {
    for (const f of filters) {
      for (const options of ITEM_GROUPINGS) {
        const memory = await sumItemMeasures(t.db, f, ITEM_MEASURES, options);
        const reference = await sumItemMeasures(t.db, f, ITEM_MEASURES, { ...options, via: 'sql' });
        expect(normal(memory, options), JSON.stringify({ f, options })).toEqual(normal(reference, options));
      }
    }
    // The answers above came from memory: the cube stayed current throughout.
    expect(await currentMemoryCube(t.db)).toBeDefined();
  });

  test('request counts (profile sets) and the data span', async () => {
    for (const f of filters) {
      for (const options of REQUEST_GROUPINGS) {
        const memory = await sumRequests(t.db, f, options);
        const reference = await sumRequests(t.db, f, { ...options, via: 'sql' });
        expect(normal(memory, options), JSON.stringify({ f, options })).toEqual(normal(reference, options));
      }
      expect(await dataSpan(t.db, f), JSON.stringify(f)).toEqual(await dataSpan(t.db, f, { via: 'sql' }));
    }
  });
});
