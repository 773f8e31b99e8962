/**
 * The data version (the key of the stats caches and the in-memory cube) moves with every write that
 * can change a figure, a list, the catalogue or redacted output, and stays put for bookkeeping: a
 * token's last use, a session's last request, logins and failed ones. Otherwise an active token
 * or a signed-in analyst would make the cube reload about once a minute.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EventCreateInput } from '../../../shared/catalogue-admin.ts';
import { findCheckpoint } from '../../queries/checkpoints.ts';
import { dataVersion } from '../../queries/stats/data-version.ts';
import { currentMemoryCube, loadMemoryCube } from '../../queries/stats/memory-cube.ts';
import { PASSWORD, testClock } from '../../test/auth.ts';
import { adminActor, ruRequest } from '../../test/catalogue.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { sharedDataFile } from '../../test/shared-data.ts';
import { authConfig } from '../auth/config.ts';
import { login, logout } from '../auth/login.ts';
import { resolveSession } from '../auth/sessions.ts';
import { createUser } from '../auth/users.ts';
import { createEvent } from '../catalog-admin/events.ts';
import { saveCheckpoint } from '../files/checkpoint.ts';
import { dryRunRequests, retractRequest, submitRequests } from '../ingest/index.ts';
import { importPublishedFile } from '../published/import.ts';
import { addRedactionTerm } from '../redaction/terms.ts';
import { seedDemoData } from '../seed/index.ts';
import { authenticateToken, createToken, revokeToken } from '../tokens.ts';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

/** Runs `write` and says whether the data version moved. */
async function moves(write: () => Promise<unknown>): Promise<boolean> {
  const before = await dataVersion(t.db);
  expect(await dataVersion(t.db)).toBe(before);
  await write();
  return (await dataVersion(t.db)) !== before;
}

test('writes of records, catalogue, redaction list and published figures each move the data version', async () => {
  expect(await moves(() => submitRequests(t.db, parseBatch([ruRequest('r-1', '2024-01-10')]), cliActor))).toBe(true);
  const event = EventCreateInput.parse({
    date: '2024-01-01',
    jurisdiction: 'RU',
    title: 'Law',
    url: null,
    source: null,
  });
  expect(await moves(() => createEvent(t.db, adminActor, event, '2026-12-06T00:00:00.000Z'))).toBe(true);
  expect(await moves(() => addRedactionTerm(t.db, { term: 'Ivan Petrov', agencyId: null }))).toBe(true);
  const google = sharedDataFile('google-transparency/google-government-removal-requests.csv');
  expect(await moves(() => importPublishedFile(t.db, google))).toBe(true);
  expect(await moves(() => retractRequest(t.db, { externalId: 'r-1', reason: 'entered twice' }, cliActor))).toBe(true);
  // The demo seed's catalogue and events alone (no records): written in a write transaction too.
  expect(await moves(() => seedDemoData(t.db, { items: 0, seed: 1 }))).toBe(true);
});

test('a write transaction rolled back leaves it (a dry run writes the batch, then rolls back)', async () => {
  const batch = parseBatch([ruRequest('r-1', '2024-01-10')]);
  expect(await moves(() => dryRunRequests(t.db, batch, cliActor))).toBe(false);
  expect(await moves(() => submitRequests(t.db, batch, cliActor))).toBe(true);
});

test('what changes nothing leaves it: a published file imported again, a batch sent again as it was', async () => {
  const google = sharedDataFile('google-transparency/google-government-removal-requests.csv');
  const first = await importPublishedFile(t.db, google);
  let again: Awaited<ReturnType<typeof importPublishedFile>> | undefined;
  expect(
    await moves(async () => {
      again = await importPublishedFile(t.db, google);
    }),
  ).toBe(false);
  expect(again).toMatchObject({ status: 'unchanged', fileId: first.fileId, rows: first.rows });

  const batch = parseBatch([ruRequest('r-1', '2024-01-10'), ruRequest('r-2', '2024-02-10')]);
  await submitRequests(t.db, batch, cliActor);
  let resent: Awaited<ReturnType<typeof submitRequests>> | undefined;
  // As a resumable import sends it: the chunk's checkpoint is kept though the batch is rolled back.
  const afterWrite = (db: typeof t.db) => saveCheckpoint(db, 'file-key', 'resent.jsonl', 7, false);
  expect(
    await moves(async () => {
      resent = await submitRequests(t.db, batch, cliActor, { afterWrite });
    }),
  ).toBe(false);
  expect(resent).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  expect(await findCheckpoint(t.db, 'file-key')).toMatchObject({ committed_line: 7, finished: 0 });
  // One changed record in the batch is a change: the version moves.
  const changed = parseBatch([ruRequest('r-1', '2024-01-10'), ruRequest('r-2', '2024-02-11')]);
  expect(await moves(() => submitRequests(t.db, changed, cliActor))).toBe(true);
});

test('bookkeeping leaves it, and the memory cube stays current: token use, sessions, logins', async () => {
  await submitRequests(t.db, parseBatch([ruRequest('r-1', '2024-01-10')]), cliActor);
  const { token, tokenId } = await createToken(t.db, { sourceName: 'monitor-a' });
  await createUser(t.db, { email: 'analyst@example.org', role: 'analyst', sources: [], password: PASSWORD }, cliActor);
  expect(await loadMemoryCube(t.db)).toBeDefined();
  const clock = testClock();
  const config = authConfig({ now: clock.now });
  const request = { ip: '192.0.2.1', currentSecret: null };
  const lastUsed = async () =>
    (await t.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', tokenId).executeTakeFirstOrThrow())
      .last_used_at;
  const lastSeen = async () =>
    (await t.db.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at;

  // The token's last use is written without the request waiting for it: wait for the row.
  expect(
    await moves(async () => {
      await authenticateToken(t.db, token);
      await expect.poll(lastUsed).not.toBeNull();
    }),
  ).toBe(false);
  const wrong = { email: 'analyst@example.org', password: 'not the password' };
  expect(await moves(() => login(t.db, config, wrong, request).catch(() => null))).toBe(false);
  let secret = '';
  const right = { email: 'analyst@example.org', password: PASSWORD };
  expect(await moves(async () => ({ secret } = await login(t.db, config, right, request)))).toBe(false);
  const seen = await lastSeen();
  clock.advance(5 * 60_000);
  expect(await moves(() => resolveSession(t.db, config, secret))).toBe(false);
  expect(await lastSeen()).not.toBe(seen);
  const actor = await resolveSession(t.db, config, secret);
  expect(await moves(() => logout(t.db, config, actor, secret))).toBe(false);
  expect(await moves(() => revokeToken(t.db, tokenId))).toBe(false);
  expect(await currentMemoryCube(t.db)).toBeDefined();
});
