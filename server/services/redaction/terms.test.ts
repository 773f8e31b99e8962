import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { submitRequests } from '../ingest/index.ts';
import { addRedactionTerm } from './terms.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await submitRequests(t.db, parseBatch([exampleRequest()]), cliActor);
});
afterAll(async () => {
  await t.dispose();
});

test('terms are added once (ignoring case and spacing), for everywhere or one known agency', async () => {
  await addRedactionTerm(t.db, { term: ' Ivan   Petrov ', agencyId: null });
  const terms = await addRedactionTerm(t.db, { term: 'ivan petrov', agencyId: null });
  expect(terms).toEqual([{ term: 'Ivan Petrov', agency_id: null }]);
  expect(await addRedactionTerm(t.db, { term: 'Aigul', agencyId: 1 })).toHaveLength(2);
  await expect(addRedactionTerm(t.db, { term: 'Aigul', agencyId: 999 })).rejects.toThrow(/No agency 999/);
  await expect(addRedactionTerm(t.db, { term: 'x', agencyId: null })).rejects.toThrow(/2 to 300/);
});
