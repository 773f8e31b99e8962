import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { RequestInput } from '../../../shared/interchange.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { aggregateSnapshot } from '../../test/aggregates.ts';
import { contents } from '../../test/contents.ts';
import { countRows, perTestDatabases, testEngine } from '../../test/db.ts';
import { randomRequests, writeRandomData } from '../../test/random-data.ts';
import type { Actor } from '../actor.ts';
import { submitInTransaction } from '../ingest/index.ts';
import { seedDemoData } from '../seed/index.ts';
import type { AggregateSink } from './delta.ts';
import { type StartStageWorker, writeWithStagedAggregates } from './stage.ts';
import { stageWorkerUnderTsx } from './stage-tsx.ts';

const fresh = perTestDatabases();
const sqlite = testEngine() === 'sqlite';
const actor: Actor = { kind: 'cli', name: 'cli:test', createMissingSources: { kind: 'monitor_entry' } };

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

  // Seeding again changes nothing, staged or not.
  const again = remembering(stageWorkerUnderTsx);
  const second = await seedDemoData(staged.db, { items: 6000, seed: 7, stageAggregates: again.start });
  expect(second).toMatchObject({ created: 0, updated: 0, unchanged: result.requests });
  expect(again.files).toHaveLength(sqlite ? 1 : 0);
  expect(await contents(staged.db)).toEqual(await contents(inPlace.db));
});

test('changes staged in another thread and added into tables that hold rows equal the same changes applied batch by batch', async () => {
  const staged = await fresh();
  const inPlace = await fresh();
  // Written, then partly updated and retracted, through every write procedure.
  for (const t of [staged, inPlace]) await writeRandomData(t.db, 11, 800);
  // A second dataset over the first: records with the ids of stored ones change (their old states
  // come out of the aggregates, and keys that lose their last request lose their rows), others are new.
  const records = randomRequests(12, 1200).map((r) => RequestInput.parse(r));
  const batches = Array.from({ length: Math.ceil(records.length / 250) }, (_, i) =>
    records.slice(i * 250, (i + 1) * 250),
  );
  const write = async (trx: Db, sink?: AggregateSink) => {
    let updated = 0;
    for (const batch of batches) updated += (await submitInTransaction(trx, batch, actor, sink)).updated;
    return updated;
  };
  const updatedInPlace = await withWriteTransaction(inPlace.db, (trx) => write(trx));
  const { start, files } = remembering(stageWorkerUnderTsx);
  const before = await countRows(staged.db, 'agg_items');
  expect(await writeWithStagedAggregates(staged.db, start, (trx, sink) => write(trx, sink))).toBe(updatedInPlace);
  expect(updatedInPlace).toBeGreaterThan(100);
  expect(files).toHaveLength(sqlite ? 1 : 0);
  expect(await countRows(staged.db, 'agg_items')).not.toBe(before);
  // Every aggregate row (the records hold wall-clock retraction times, which differ between the two).
  expect(await aggregateSnapshot(staged.db)).toEqual(await aggregateSnapshot(inPlace.db));
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
