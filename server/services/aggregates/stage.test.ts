import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { contents } from '../../test/contents.ts';
import { countRows, perTestDatabases, testEngine } from '../../test/db.ts';
import { seedDemoData } from '../seed/index.ts';
import type { StartStageWorker } from './stage.ts';
import { stageWorkerUnderTsx } from './stage-tsx.ts';

const fresh = perTestDatabases();
const sqlite = testEngine() === 'sqlite';

/** `start`, remembering the scratch file of each staging thread it starts. */
function remembering(start: StartStageWorker): { start: StartStageWorker; files: string[] } {
  const files: string[] = [];
  return {
    files,
    start: (request) => {
      files.push(request.file);
      return start(request);
    },
  };
}

test('a seed whose aggregates are staged in another thread writes exactly what applying them in place writes', async () => {
  const staged = await fresh();
  const { start, files } = remembering(stageWorkerUnderTsx);
  // About 3,300 requests: four batches, each sent to the staging thread.
  const result = await seedDemoData(staged.db, { items: 6000, seed: 7, stageAggregates: start });
  const inPlace = await fresh();
  expect(await seedDemoData(inPlace.db, { items: 6000, seed: 7 })).toEqual(result);
  expect(await countRows(staged.db, 'agg_items')).toBeGreaterThan(1000);
  expect(await contents(staged.db)).toEqual(await contents(inPlace.db));
  // On SQLite through a scratch file, deleted and detached afterwards; PostgreSQL has none (applied in place).
  expect(files).toHaveLength(sqlite ? 1 : 0);
  for (const file of files) expect(existsSync(dirname(file))).toBe(false);
  if (sqlite) {
    const attached = await sql<{ name: string }>`select name from pragma_database_list`.execute(staged.db);
    expect(attached.rows.map((r) => r.name)).not.toContain('staged');
  }

  // Seeding again finds aggregate rows: nothing to stage, and nothing changes.
  const again = remembering(stageWorkerUnderTsx);
  const second = await seedDemoData(staged.db, { items: 6000, seed: 7, stageAggregates: again.start });
  expect(second).toMatchObject({ created: 0, updated: 0, unchanged: result.requests });
  expect(again.files).toEqual([]);
  expect(await contents(staged.db)).toEqual(await contents(inPlace.db));
});

test('a staging thread that fails fails the seed: no record is written and the scratch file is gone', async () => {
  const t = await fresh();
  const { start, files } = remembering(() => new Worker('throw new Error("the staging thread broke")', { eval: true }));
  const seeding = seedDemoData(t.db, { items: 5000, seed: 2, stageAggregates: start });
  if (!sqlite) {
    // No scratch files on PostgreSQL: the thread is never started, the aggregates are applied in place.
    expect((await seeding).items).toBe(5000);
    expect(files).toEqual([]);
    return;
  }
  await expect(seeding).rejects.toThrow('the staging thread broke');
  for (const table of ['requests', 'items', 'agg_items', 'agg_requests', 'audit_log'] as const) {
    expect(await countRows(t.db, table)).toBe(0);
  }
  expect(files).toHaveLength(1);
  for (const file of files) expect(existsSync(dirname(file))).toBe(false);
});
