/**
 * The in-memory cube is never stale after a committed write: a write of this process through the
 * ingest service, then one of another process (`scripts/import.ts` on the same database), are
 * seen by the very next read, which SQL answers until the cube has reloaded.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RequestInput, type RequestWire } from '../../../shared/interchange.ts';
import type { Filters } from '../../../shared/stats.ts';
import { currentMemoryCube, loadMemoryCube } from '../../queries/stats/memory-cube.ts';
import { sumItemMeasures, sumRequests } from '../../queries/stats/totals.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { writeRandomData } from '../../test/random-data.ts';
import { submitRequests } from '../ingest/index.ts';
import { generateRequests } from '../seed/generate.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await writeRandomData(t.db, 31, 600);
}, 120_000);
afterAll(async () => {
  await t?.dispose();
});

const actor = { kind: 'cli' as const, name: 'cli:test', createMissingSources: { kind: 'monitor_entry' as const } };
const filters: Filters = { contentTypes: ['post', 'video'] };

/** Posts and videos of some new requests, all of them on days the data already has. */
function newRequests(prefix: string, seed: number): { wire: RequestWire[]; matching: number } {
  const wire = [...generateRequests({ items: 200, seed })].map((r) => ({
    ...r,
    source: 'monitor-a',
    externalId: `${prefix}${r.externalId}`,
    items: r.items.map((item) => ({ ...item, externalId: `${prefix}${item.externalId}` })),
  }));
  const matching = wire
    .flatMap((r) => r.items)
    .filter((i) => i.contentType === 'post' || i.contentType === 'video').length;
  return { wire, matching };
}

async function figures() {
  const [items] = await sumItemMeasures(t.db, filters, ['items', 'n_pending']);
  const [requests] = await sumRequests(t.db, filters);
  const [sqlItems] = await sumItemMeasures(t.db, filters, ['items', 'n_pending'], { via: 'sql' });
  const [sqlRequests] = await sumRequests(t.db, filters, { via: 'sql' });
  // Whichever path answered, it answered what SQL answers.
  expect([Number(items?.items), Number(items?.n_pending), Number(requests?.requests)]).toEqual([
    Number(sqlItems?.items),
    Number(sqlItems?.n_pending),
    Number(sqlRequests?.requests),
  ]);
  return { items: Number(items?.items), requests: Number(requests?.requests) };
}

test('a write of this process, then one of another process: the next read sees each', async () => {
  expect(await loadMemoryCube(t.db)).toBeDefined();
  const start = await figures();
  expect(await currentMemoryCube(t.db)).toBeDefined();

  const own = newRequests('own-', 41);
  await submitRequests(
    t.db,
    own.wire.map((r) => RequestInput.parse(r)),
    actor,
  );
  const afterOwn = await figures();
  expect(afterOwn.items).toBe(start.items + own.matching);
  expect(afterOwn.requests).toBeGreaterThan(start.requests);
  // Reloaded, the cube answers the new figures itself.
  expect(await loadMemoryCube(t.db)).toBeDefined();
  expect(await figures()).toEqual(afterOwn);
  expect(await currentMemoryCube(t.db)).toBeDefined();

  const other = newRequests('imp-', 42);
  const file = join(t.dir, 'import.jsonl');
  writeFileSync(file, `${other.wire.map((r) => JSON.stringify(r)).join('\n')}\n`);
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, '--source', 'monitor-a'], {
    env: { ...process.env, DATABASE_URL: t.url },
  });
  expect(await currentMemoryCube(t.db)).toBeUndefined();
  const afterImport = await figures();
  expect(afterImport.items).toBe(afterOwn.items + other.matching);
  expect(await loadMemoryCube(t.db)).toBeDefined();
  expect(await figures()).toEqual(afterImport);
}, 120_000);
