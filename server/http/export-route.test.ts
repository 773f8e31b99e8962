import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PUBLIC_VIEWER, type Viewer } from '../../shared/roles.ts';
import { buildApp } from '../app.ts';
import { exportRecords } from '../services/files/export.ts';
import { submitRequests } from '../services/ingest/index.ts';
import { OPERATOR_VIEWER } from '../services/redaction/projection.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { exampleBatch, exampleRequest } from '../test/fixtures.ts';
import { cliActor, parseBatch } from '../test/ingest.ts';

let t: TestDb;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestDb();
  await submitRequests(t.db, parseBatch([exampleRequest(), ...exampleBatch(5)]), cliActor);
  app = await buildApp({ db: t.db, clientDir: resolve(t.dir, 'no-client') });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

async function exported(format: 'csv' | 'jsonl', viewer: Viewer): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportRecords(t.db, format, { source: 'monitor-a' }, out, { viewer });
  return text;
}

test.each(['csv', 'jsonl'] as const)('/export/<source>.%s is the export without content URLs', async (format) => {
  const response = await app.inject({ method: 'GET', url: `/export/monitor-a.${format}` });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(format === 'csv' ? /^text\/csv/ : /^application\/x-ndjson/);
  expect(response.headers['content-disposition']).toBe(`attachment; filename="monitor-a.${format}"`);
  expect(response.body).toBe(await exported(format, PUBLIC_VIEWER));
  // The unredacted export does carry them, so the redaction is what removed them.
  expect(await exported(format, OPERATOR_VIEWER)).toContain('https://facebook.com/example/posts/1');
  expect(response.body).not.toContain('https://facebook.com/');
  expect(response.body.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(6);
});

test('unknown sources, formats and malformed names are 404s that say what exists', async () => {
  for (const url of ['/export/nobody.csv', '/export/monitor-a.xlsx', '/export/..%2Fetc.csv', '/export/monitor-a']) {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  }
});
