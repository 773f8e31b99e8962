/**
 * Kill -9 of the server during HTTP ingest loses no acknowledged batch and leaves no partial one:
 * a batch is one transaction, acknowledged only after it commits. Two clients keep batches in
 * flight; the server is killed once some are acknowledged. Then every acknowledged batch is there
 * whole, every other batch is there whole or not at all, the aggregates equal a rebuild, and
 * sending everything again to a new server completes the data without duplicates.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RequestWire } from '../shared/interchange.ts';
import { rebuildAggregates } from './services/aggregates/rebuild.ts';
import { generateRequests } from './services/seed/generate.ts';
import { createToken } from './services/tokens.ts';
import { aggregateSnapshot } from './test/aggregates.ts';
import { countRows, createTestDb, type TestDb } from './test/db.ts';
import { type ServerProcess, startServerProcess } from './test/server-process.ts';

let t: TestDb;
let server: ServerProcess | undefined;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await server?.stop();
  await t.dispose();
});

const BATCH = 50;

/** Requests stored per batch, and their items, by the batch's external ids. */
async function storedPerBatch(batches: RequestWire[][]) {
  const rows = await t.db
    .selectFrom('requests')
    .leftJoin('items', 'items.request_id', 'requests.id')
    .select(['requests.external_id as request', 'items.external_id as item'])
    .execute();
  const requests = new Set(rows.map((r) => r.request));
  const items = new Set(rows.map((r) => r.item));
  return batches.map((batch) => ({
    requests: batch.filter((r) => requests.has(r.externalId)).length,
    items: batch.flatMap((r) => r.items).filter((i) => items.has(i.externalId)).length,
  }));
}

test('kill -9 during HTTP ingest: acknowledged batches whole, no partial batch, aggregates exact', async () => {
  const { token } = await createToken(t.db, { sourceName: 'monitor' });
  const requests = [...generateRequests({ items: 12_000, seed: 11 })];
  const batches = Array.from({ length: Math.ceil(requests.length / BATCH) }, (_, i) =>
    requests.slice(i * BATCH, (i + 1) * BATCH),
  );
  const running = await startServerProcess(t.url);
  server = running;
  const acknowledged = new Set<number>();
  let next = 0;
  let killed = false;
  const client = async () => {
    while (next < batches.length && !killed) {
      const k = next++;
      const answer = await running
        .post('requests.submit', token, { requests: batches[k] })
        .catch(() => ({ status: 0, body: null }));
      if (answer.status === 200) acknowledged.add(k);
      // Kill with batches in flight, as soon as a few are acknowledged.
      if (acknowledged.size >= 4 && !killed) {
        killed = true;
        running.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all([client(), client(), client()]);
  await running.stop();
  expect(killed).toBe(true);
  expect(acknowledged.size).toBeGreaterThanOrEqual(4);
  expect(acknowledged.size).toBeLessThan(batches.length);

  const stored = await storedPerBatch(batches);
  for (const [k, batch] of batches.entries()) {
    const whole = { requests: batch.length, items: batch.flatMap((r) => r.items).length };
    const got = stored[k];
    if (acknowledged.has(k)) expect(got, `acknowledged batch ${k}`).toEqual(whole);
    else expect([0, whole.requests], `batch ${k}`).toContain(got?.requests);
    if (got?.requests === 0) expect(got.items).toBe(0);
    else expect(got, `batch ${k}`).toEqual(whole);
  }
  const written = await aggregateSnapshot(t.db);
  await rebuildAggregates(t.db);
  expect(await aggregateSnapshot(t.db)).toEqual(written);

  // Everything again, to a new server: the batches stored are unchanged, the rest completes.
  server = await startServerProcess(t.url);
  for (const batch of batches)
    expect((await server.post('requests.submit', token, { requests: batch })).status).toBe(200);
  expect(await countRows(t.db, 'requests')).toBe(requests.length);
  expect(await countRows(t.db, 'items')).toBe(12_000);
  const creates = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', '=', 'create')
    .where('entity', '=', 'request')
    .executeTakeFirstOrThrow();
  expect(Number(creates.n)).toBe(requests.length);
});
