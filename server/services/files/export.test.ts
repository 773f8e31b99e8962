import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { submitRequests } from '../ingest/index.ts';
import { OPERATOR_VIEWER } from '../redaction/projection.ts';
import { exportRecords } from './export.ts';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await submitRequests(t.db, parseBatch([exampleRequest()]), cliActor);
});
afterAll(async () => {
  await t.dispose();
});

test('a JSONL line is the interchange record, keys in interchange order, source and defaults filled in', async () => {
  let text = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportRecords(t.db, 'jsonl', {}, out, { viewer: OPERATOR_VIEWER });
  // The fixture as stored: instants normalised, the uncategorised provision `unspecified`.
  const expected =
    '{"externalId":"kz-misd-2022-000123","source":"monitor-a","jurisdiction":"KZ","agency":{"name":"Ministry of Information and Social Development","kind":"ministry"},"platform":"facebook","channel":"direct_portal","submittedAt":"2022-03-14T09:15:00.000Z","legalBases":[{"jurisdiction":"KZ","instrument":"Criminal Code of the Republic of Kazakhstan","article":"174","part":"1","category":"unspecified"}],"statedReason":"Incitement of social discord","items":[{"externalId":"kz-misd-2022-000123-1","contentType":"post","contentUrl":"https://facebook.com/example/posts/1","authorKind":"activist","outcome":"restricted_local","outcomeBasis":"local_law","decidedAt":"2022-03-16T11:00:00.000Z","automated":false,"userNotified":true,"appeals":[{"externalId":"a-1","appellant":"content_author","venue":"internal_review","filedAt":"2022-03-17T08:00:00.000Z","outcome":"reversed","decidedAt":"2022-04-02T10:00:00.000Z"}]}]}';
  // Byte-level: key order is part of the format (export → import → export reproduces files).
  expect(text).toBe(`${expected}\n`);
});
