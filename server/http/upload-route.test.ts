import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIMITS } from '../../shared/limits.ts';
import { addUser, authApp, sessionOf } from '../test/auth.ts';
import { countRows, createTestDb, type TestDb } from '../test/db.ts';
import { exampleRequest } from '../test/fixtures.ts';

let t: TestDb;
let app: FastifyInstance;
let cookie: string;
beforeAll(async () => {
  t = await createTestDb();
  ({ app } = await authApp(t));
  await addUser(t, 'sub@example.org', 'submitter', ['source-a']);
  cookie = `tm_session=${await sessionOf(app, 'sub@example.org')}`;
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const post = (url: string, payload: string | Buffer, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload, headers: { cookie, 'content-type': 'text/csv', ...headers } });

describe('POST /uploads', () => {
  test('stages the raw body whatever its content type and answers its id, sha256 and size', async () => {
    const body = `${JSON.stringify(exampleRequest())}\n`;
    const response = await post('/uploads?name=a.jsonl', body, { 'content-type': 'application/octet-stream' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      bytes: Buffer.byteLength(body),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await countRows(t.db, 'requests')).toBe(0);
  });

  test('a file name that is not .csv or .jsonl is refused with the reason', async () => {
    const response = await post('/uploads?name=a.xlsx', 'x');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/\.csv or \.jsonl/);
  });

  test('a body over the tRPC limit is taken (uploads have their own); over the upload limit it is 413', async () => {
    const big = Buffer.alloc(LIMITS.bodyBytes + 1024, '\n');
    expect((await post('/uploads?name=big.jsonl', big)).statusCode).toBe(201);
    const declared = await post('/uploads?name=huge.jsonl', 'x', { 'content-length': String(LIMITS.uploadBytes + 1) });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error.message).toMatch(/512 MB upload limit/);
  });

  test('a cross-site write riding on the cookie is refused before anything is staged', async () => {
    const response = await post('/uploads?name=a.jsonl', 'x', {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.statusCode).toBe(403);
  });
});
