import { afterEach, expect, test } from 'vitest';
import { contents } from '../../test/contents.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { seedDemoData } from './index.ts';

const open: TestDb[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.dispose();
});

async function fresh(): Promise<TestDb> {
  const t = await createTestDb();
  open.push(t);
  return t;
}

// Two seeds, so the equality is not one dataset's accident. Compared: every table (records,
// audit log, catalogue, basis/profile sets, every aggregate table), ids included, row for row;
// only the wall-clock columns (WALL_CLOCK_COLUMNS: when a row was written) legitimately differ.
test.each([1, 2])('seed %i: the fast bulk load writes exactly what the ingest path writes', async (seed) => {
  const ingest = await fresh();
  const viaIngest = await seedDemoData(ingest.db, { items: 3000, seed, path: 'ingest' });
  const bulk = await fresh();
  const viaBulk = await seedDemoData(bulk.db, { items: 3000, seed, path: 'fast' });

  expect(viaBulk).toEqual(viaIngest);
  const expected = await contents(ingest.db);
  expect(expected.items).toHaveLength(3000);
  expect(expected.agg_items?.length).toBeGreaterThan(0);
  expect(await countRows(bulk.db, 'audit_log')).toBe(viaIngest.requests);
  expect(await contents(bulk.db)).toEqual(expected);

  // Seeding the bulk-loaded database again takes the ingest path and finds every record unchanged.
  const again = await seedDemoData(bulk.db, { items: 3000, seed });
  expect(again).toMatchObject({ created: 0, updated: 0, unchanged: viaIngest.requests });
  expect(await contents(bulk.db)).toEqual(expected);
});

test('an empty database gets the fast bulk load by default', async () => {
  const t = await fresh();
  const progress: number[] = [];
  await seedDemoData(t.db, { items: 12_000, seed: 3, onProgress: (n) => progress.push(n) });
  expect(progress.at(-1)).toBe(12_000);
  // One clock reading per batch of 5000 requests (the ingest path reads it per 1000).
  const instants = await t.db.selectFrom('audit_log').select('at').distinct().execute();
  expect(instants.length).toBeLessThanOrEqual(2);
});
