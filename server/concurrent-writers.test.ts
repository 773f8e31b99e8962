/**
 * Concurrent writers keep the aggregates exact: two server processes ingesting for the same source
 * (the same aggregate rows) while `npm run import` writes into it too, with updates that move
 * counts between rows and retractions that remove them. Afterwards every aggregate table equals a
 * full rebuild from the item tables, and every acknowledged request is there once.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RequestWire } from '../shared/interchange.ts';
import { rebuildAggregates } from './services/aggregates/rebuild.ts';
import { generateRequests } from './services/seed/generate.ts';
import { createToken } from './services/tokens.ts';
import { aggregateSnapshot } from './test/aggregates.ts';
import { countRows, createTestDb, type TestDb } from './test/db.ts';
import { type ServerProcess, startServerProcess } from './test/server-process.ts';

let t: TestDb;
const servers: ServerProcess[] = [];
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await t.dispose();
});

const BATCH = 40;
const batchesOf = (requests: RequestWire[]) =>
  Array.from({ length: Math.ceil(requests.length / BATCH) }, (_, i) => requests.slice(i * BATCH, (i + 1) * BATCH));
const withPrefix = (prefix: string, r: RequestWire): RequestWire => ({
  ...r,
  externalId: `${prefix}${r.externalId}`,
  items: r.items.map((item) => ({ ...item, externalId: `${prefix}${item.externalId}` })),
});

/**
 * Submits each batch, then again with every request on another platform (its counts move to other
 * rows), and retracts every fifth request of the batches it owns. Both writers go over every
 * batch, in opposite orders, so they race on the same requests as well as the same rows.
 */
async function writer(
  server: ServerProcess,
  token: string,
  batches: { k: number; batch: RequestWire[] }[],
  shift: number,
  owns: number,
) {
  for (const { k, batch } of batches) {
    const first = await server.post('requests.submit', token, { requests: batch });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const moved = batch.map((r, i) => ({
      ...r,
      platform: (batch[(i + shift) % batch.length] as RequestWire).platform,
    }));
    const second = await server.post('requests.submit', token, { requests: moved });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    if (k % 2 !== owns) continue;
    for (const r of batch.filter((_, i) => i % 5 === 0)) {
      const done = await server.post('requests.retract', token, { externalId: r.externalId, reason: 'test' });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
    }
  }
}

test('two servers and an import writing at once leave every aggregate table equal to a rebuild', async () => {
  const { token: tokenA } = await createToken(t.db, { sourceName: 'monitor' });
  const { token: tokenB } = await createToken(t.db, { sourceName: 'monitor' });
  const api = [...generateRequests({ items: 3000, seed: 5 })];
  const imported = [...generateRequests({ items: 3000, seed: 6 })].map((r) => withPrefix('imp-', r));
  const file = join(t.dir, 'import.jsonl');
  writeFileSync(file, `${imported.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const url = t.url;
  servers.push(await startServerProcess(url), await startServerProcess(url));
  const [a, b] = servers as [ServerProcess, ServerProcess];
  const batches = batchesOf(api);
  const importing = promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', file, '--source', 'monitor', '--chunk', '100'],
    { env: { ...process.env, DATABASE_URL: url } },
  );
  // Ownership by each batch's own index, so the two writers retract in different batches.
  const indexed = batches.map((batch, k) => ({ k, batch }));
  await Promise.all([writer(a, tokenA, indexed, 1, 0), writer(b, tokenB, [...indexed].reverse(), 2, 1), importing]);
  expect(await countRows(t.db, 'requests')).toBe(api.length + imported.length);
  const written = await aggregateSnapshot(t.db);
  expect(Object.values(written).every((rows) => rows.length > 0)).toBe(true);
  await rebuildAggregates(t.db);
  expect(await aggregateSnapshot(t.db)).toEqual(written);
});
