import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIMITS } from '../shared/limits.ts';
import { buildApp, MAX_BATCH_SIZE } from './app.ts';
import { createToken, revokeToken } from './services/tokens.ts';
import { createTestDb, type TestDb } from './test/db.ts';
import { exampleRequest } from './test/fixtures.ts';

let t: TestDb;
let app: FastifyInstance;
let base: string;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  t = await createTestDb();
  app = await buildApp({ db: t.db, clientDir: resolve(t.dir, 'no-client') });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  tokenA = (await createToken(t.db, { sourceName: 'source-a', kind: 'platform_submission' })).token;
  tokenB = (await createToken(t.db, { sourceName: 'source-b' })).token;
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

async function post(procedure: string, body: unknown, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/trpc/${procedure}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  expect(text).not.toMatch(/"stack"/);
  return { status: response.status, body: JSON.parse(text) };
}

describe('ingest over HTTP', () => {
  test('the INTERCHANGE.md example is created once, then unchanged', async () => {
    const first = await post('requests.submit', { requests: [exampleRequest()] }, tokenA);
    expect(first).toMatchObject({ status: 200, body: { result: { data: { created: 1, unchanged: 0, items: 1 } } } });
    const again = await post('requests.submit', { requests: [exampleRequest()] }, tokenA);
    expect(again.body.result.data).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  test('writes need a known token: 401 otherwise', async () => {
    const missing = await post('requests.submit', { requests: [exampleRequest()] });
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toMatch(/Authorization: Bearer <token>.*token:create/);
    const unknown = await post('requests.submit', { requests: [exampleRequest()] }, 'tm_not-a-real-token');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toMatch(/Unknown or revoked/);
    const basic = await post('requests.submit', { requests: [] }, undefined, { authorization: 'Basic abc' });
    expect(basic.body.error.message).toMatch(/must be "Bearer <token>"/);
    const revoked = await createToken(t.db, { sourceName: 'source-a' });
    await revokeToken(t.db, revoked.tokenId);
    expect((await post('requests.submit', { requests: [exampleRequest()] }, revoked.token)).status).toBe(401);
  });

  test("a token for source A cannot touch source B's records: 403 and nothing changes", async () => {
    await post('requests.submit', { requests: [exampleRequest({ externalId: 'b-1' })] }, tokenB);
    const asB = await post(
      'requests.submit',
      { requests: [exampleRequest({ externalId: 'b-1', source: 'source-b' })] },
      tokenA,
    );
    expect(asB.status).toBe(403);
    expect(asB.body.error.data.problems).toEqual([
      { index: 0, path: 'source', message: 'this token writes for source "source-a" only, not "source-b"' },
    ]);
    const retract = await post('requests.retract', { source: 'source-b', externalId: 'b-1', reason: 'no' }, tokenA);
    expect(retract.status).toBe(403);
    const outcome = { requestExternalId: 'b-1', itemExternalId: 'kz-misd-2022-000123-1', outcome: 'no_action' };
    expect((await post('items.recordOutcome', outcome, tokenA)).status).toBe(404);
    const stored = await t.db.selectFrom('requests').select('retracted_at').where('external_id', '=', 'b-1').execute();
    expect(stored).toEqual([{ retracted_at: null }]);
  });

  test('validation errors list every problem as { index, path, message }', async () => {
    const bad = { ...exampleRequest({ externalId: 'bad' }), jurisdiction: 'UK' };
    const response = await post('requests.submit', { requests: [exampleRequest({ externalId: 'ok' }), bad] }, tokenA);
    expect(response.status).toBe(400);
    expect(response.body.error.data.problems).toEqual([
      { index: 1, path: 'jurisdiction', message: '"UK" is not an ISO 3166-1 alpha-2 code (e.g. KZ, GB)' },
    ]);
    const written = await t.db.selectFrom('requests').select('id').where('external_id', 'in', ['ok', 'bad']).execute();
    expect(written).toEqual([]);
  });

  test('schema errors in {requests:[…]} list index and path inside the record', async () => {
    const bad = { ...exampleRequest({ externalId: 'z' }), items: [{ externalId: '1', outcome: 'vaporised' }] };
    const response = await post('requests.submit', { requests: [exampleRequest({ externalId: 'y' }), bad] }, tokenA);
    expect(response.status).toBe(400);
    expect(response.body.error.data.problems).toEqual([
      { index: 1, path: 'items[0].outcome', message: expect.stringContaining('removed_global') },
    ]);
    expect(response.body.error.message).toMatch(
      /^1 problem in the input: record 1, items\[0\]\.outcome: .*Nothing was written\.$/,
    );
  });

  test('a POST without content-type: application/json is refused with 415', async () => {
    const response = await fetch(`${base}/trpc/requests.submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenA}` },
      body: JSON.stringify({ requests: [exampleRequest()] }),
    });
    expect(response.status).toBe(415);
    expect(await response.text()).not.toMatch(/stack/);
  });

  test('a body that is not JSON is refused with 400 in the tRPC error shape', async () => {
    const response = await post('requests.submit', '{"requests": [', tokenA);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ data: { code: 'BAD_REQUEST', httpStatus: 400 } });
  });

  test('non-ASCII text arrives intact (the body is decoded as UTF-8 once)', async () => {
    const statedReason = 'Разжигание розни — «174» ✓ 🚫';
    const response = await post(
      'requests.submit',
      { requests: [exampleRequest({ externalId: 'utf8', statedReason })] },
      tokenA,
    );
    expect(response.status).toBe(200);
    const stored = await t.db
      .selectFrom('requests')
      .select('stated_reason')
      .where('external_id', '=', 'utf8')
      .execute();
    expect(stored).toEqual([{ stated_reason: statedReason }]);
  });

  test('an oversized body is refused with 413 before parsing', async () => {
    const response = await post('requests.submit', `"${'x'.repeat(LIMITS.bodyBytes + 10)}"`, tokenA);
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/larger than the 16 MB limit/);
  });

  test('unknown routes answer 404 in the same JSON shape, without a stack', async () => {
    const response = await fetch(`${base}/nothing-here`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toMatch(/stack/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'NOT_FOUND', httpStatus: 404 } });
  });

  test('GET /health answers 200', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('batched calls', () => {
  const batch = (n: number) => {
    const paths = Array.from({ length: n }, () => 'meta.info').join(',');
    return fetch(`${base}/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}`);
  };

  test('a batch path longer than fastify’s default 100 characters is served', async () => {
    const response = await batch(20);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(20);
  });

  test(`more than ${MAX_BATCH_SIZE} procedures in one call are refused with 413, naming the limit`, async () => {
    const response = await batch(MAX_BATCH_SIZE + 1);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      `batch limit is ${MAX_BATCH_SIZE}`,
    );
    expect((await batch(MAX_BATCH_SIZE)).status).toBe(200);
  });
});

test('the public contract checker passes against a real server', async () => {
  const tool = resolve('../shared/tools/contract-check');
  if (!existsSync(tool)) {
    if (process.env.CI === 'true') throw new Error(`${tool} is missing: CI must have ../shared beside the repository`);
    console.warn(`skipped: ${tool} not found`);
    return;
  }
  const token = (await createToken(t.db, { sourceName: 'contract-check' })).token;
  // execFile rejects on a non-zero exit, so reaching the assertion means exit code 0.
  const { stdout } = await promisify(execFile)('python3', [tool, base, token, '--stats']);
  expect(stdout).toMatch(/^0 failed$/m);
});
