/** Brute-force limits on auth.login through the real app, on the test clock (no real waiting). */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addUser, authApp, login, PASSWORD, type testClock } from '../../test/auth.ts';
import { countRowsOf, createTestDb, type TestDb } from '../../test/db.ts';

let t: TestDb;
let app: FastifyInstance;
let clock: ReturnType<typeof testClock>;

beforeAll(async () => {
  t = await createTestDb();
  // X-Forwarded-For names the client address (trustProxy), so one test can be many visitors.
  ({ app, clock } = await authApp(
    t,
    { accountMaxFailures: 5, accountDelayMs: 30_000, windowMs: 15 * 60_000, ipMaxFailures: 8 },
    true,
  ));
  await addUser(t, 'owner@example.org', 'admin');
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const from = (ip: string, email: string, password = 'wrong guess 123') =>
  login(app, email, { password, headers: { 'x-forwarded-for': ip } });

test("an account under attack: failing addresses wait longer and longer, the owner's address is not locked out", async () => {
  for (let i = 0; i < 5; i++) expect((await from('10.0.0.66', 'owner@example.org')).status).toBe(401);
  // The attacker's sixth try waits 30 s, even with the right password; nothing is checked or counted.
  const failures = await countRowsOf(t.db, 'login_failures');
  const held = await from('10.0.0.66', 'owner@example.org', PASSWORD);
  expect(held.status).toBe(429);
  expect(held.headers['retry-after']).toBe('30');
  expect(held.body.error.message).toMatch(/Too many failed logins; try again in 30 seconds/);
  expect(await countRowsOf(t.db, 'login_failures')).toBe(failures);

  // The owner, from an address that has not failed, logs in at once.
  expect((await from('10.0.0.1', 'owner@example.org', PASSWORD)).status).toBe(200);

  clock.advance(30_000);
  expect((await from('10.0.0.66', 'owner@example.org')).status).toBe(401);
  expect((await from('10.0.0.66', 'owner@example.org')).headers['retry-after']).toBe('60');
  // A fresh address gets one guess, then waits too, and the wait keeps doubling.
  expect((await from('10.0.0.67', 'owner@example.org')).status).toBe(401);
  expect((await from('10.0.0.67', 'owner@example.org')).headers['retry-after']).toBe('120');
  expect((await from('10.0.0.66', 'owner@example.org')).headers['retry-after']).toBe('120');

  // Once the failures leave the 15-minute window, nobody waits.
  clock.advance(15 * 60_000);
  expect((await from('10.0.0.66', 'owner@example.org', PASSWORD)).status).toBe(200);
});

test('one address failing for many accounts is stopped at the per-address cap, for every account', async () => {
  for (let i = 0; i < 8; i++) expect((await from('10.0.0.99', `user${i}@example.org`)).status).toBe(401);
  const held = await from('10.0.0.99', 'owner@example.org', PASSWORD);
  expect(held.status).toBe(429);
  expect(Number(held.headers['retry-after'])).toBe(15 * 60);
  // Other addresses are not affected.
  expect((await from('10.0.0.2', 'owner@example.org', PASSWORD)).status).toBe(200);
  clock.advance(15 * 60_000);
  expect((await from('10.0.0.99', 'owner@example.org', PASSWORD)).status).toBe(200);
});
