/**
 * Loading the in-memory cube (at server start, and again after each write) leaves the event loop
 * to other work between any two of its queries: on SQLite every query answers synchronously, so a
 * run of them would hold off every HTTP request until it ends.
 */
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadMemoryCube } from '../../queries/stats/memory-cube.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { writeRandomData } from '../../test/random-data.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await writeRandomData(t.db, 5, 400);
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

test('the cube load runs at most one query per turn of the event loop', async () => {
  let queries = 0;
  const counting: KyselyPlugin = {
    transformQuery: ({ node }) => {
      queries++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  // Queries run between two turns of a chain of setImmediate callbacks, which run once per turn.
  const perTurn: number[] = [];
  let loading = true;
  let seen = 0;
  const turn = () => {
    perTurn.push(queries - seen);
    seen = queries;
    if (loading) setImmediate(turn);
  };
  setImmediate(turn);
  const cube = await loadMemoryCube(t.db.withPlugin(counting)).finally(() => {
    loading = false;
  });
  expect(cube).toBeDefined();
  expect(queries).toBeGreaterThan(20);
  expect(perTurn.length).toBeGreaterThan(queries / 2);
  // (Many turns on PostgreSQL, where the loop turns while each answer travels.)
  expect(perTurn.reduce((a, b) => Math.max(a, b), 0)).toBeLessThanOrEqual(2);
});
