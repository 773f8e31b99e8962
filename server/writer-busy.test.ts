/**
 * A write that cannot get the single-writer lock in time (another process holds it: an import
 * running as one transaction) is answered 503 with Retry-After and a sentence, writes nothing, and
 * succeeds when sent again after the lock is free. Both engines: SQLite gives up after its
 * busy_timeout, PostgreSQL after lock_timeout (set here; the default waits).
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import { buildApp } from './app.ts';
import { type OpenDatabase, openDatabase } from './db/database.ts';
import { withWriteTransaction } from './db/transaction.ts';
import { createToken } from './services/tokens.ts';
import { countRows, createTestDb, type TestDb, testEngine } from './test/db.ts';
import { exampleRequest } from './test/fixtures.ts';

let t: TestDb | undefined;
let served: OpenDatabase | undefined;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  await served?.close();
  await t?.dispose();
});

test('a write waiting too long for another writer gets 503 and Retry-After, and nothing is written', async () => {
  t = await createTestDb();
  const { token } = await createToken(t.db, { sourceName: 'monitor' });
  // The server's own connection, giving up after 300 ms instead of the default wait.
  if (testEngine() === 'postgres') {
    await sql`alter database ${sql.id(new URL(t.url).pathname.slice(1))} set lock_timeout = '300ms'`.execute(t.db);
    served = openDatabase(t.url);
  } else {
    served = t;
    await sql`pragma busy_timeout = 300`.execute(t.db);
  }
  app = await buildApp({ db: served.db, clientDir: resolve(t.dir, 'no-client') });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const submit = () =>
    fetch(`${base}/trpc/requests.submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ requests: [exampleRequest()] }),
    });

  // Another process's long write, holding the lock until released.
  const other = openDatabase(t.url);
  let release = () => {};
  const released = new Promise<void>((r) => {
    release = r;
  });
  let locked = () => {};
  const holding = new Promise<void>((r) => {
    locked = r;
  });
  const otherWrite = withWriteTransaction(other.db, async () => {
    locked();
    await released;
  });
  try {
    await holding;
    const busy = await submit();
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    const body = await busy.json();
    expect(body.error.message).toMatch(/holds the database; nothing was written/);
    expect(await countRows(t.db, 'requests')).toBe(0);
  } finally {
    release();
    await otherWrite;
    await other.close();
  }
  const again = await submit();
  expect(again.status).toBe(200);
  expect(await countRows(t.db, 'requests')).toBe(1);
});
