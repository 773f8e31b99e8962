/**
 * The dataset an oracle test compares against: random requests written through the real write
 * path into a fresh database, read back whole for the naive answers, and random filters over its
 * values (the empty filter first). Call inside a describe block: it opens the database before the
 * block's tests and disposes of it after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Filters } from '../../shared/stats.ts';
import { Rng } from '../services/seed/rng.ts';
import { createTestDb, type TestDb } from './db.ts';
import { type FullRequest, loadFull } from './naive-read.ts';
import { writeRandomData } from './random-data.ts';
import { randomFilters, valuesOf } from './random-filters.ts';

export interface OracleData {
  t: TestDb;
  data: FullRequest[];
  filters: Filters[];
  /** Seeded with the dataset's seed, already advanced past the filters. */
  rng: Rng;
}

const SOURCES = ['monitor-a', 'monitor-b', 'platform-c'];

/** `count` random filters, each dimension filtered with probability `p`; filled in before the block's tests. */
export function oracleData(seed: number, { count, p }: { count: number; p: number }): OracleData {
  const fixture = {} as OracleData;
  beforeAll(async () => {
    fixture.t = await createTestDb();
    await writeRandomData(fixture.t.db, seed);
    fixture.data = await loadFull(fixture.t.db);
    const basisIds = (await fixture.t.db.selectFrom('legal_bases').select('id').execute()).map((b) => b.id);
    fixture.rng = new Rng(seed);
    const values = valuesOf(fixture.data, basisIds, SOURCES);
    fixture.filters = [
      {},
      ...Array.from({ length: count }, () => randomFilters(fixture.rng, values, { p, maxSources: 2 })),
    ];
  }, 120_000);
  afterAll(async () => {
    await fixture.t?.dispose();
  });
  return fixture;
}
