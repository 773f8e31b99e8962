import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogSearchInput } from '../../../shared/catalog-search.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { submitRequests } from '../ingest/index.ts';
import { findAgencyHits, findLegalBasisHits } from './search.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const agency = (name: string, localName?: string) => ({ name, localName, kind: 'ministry' as const });
  await submitRequests(
    t.db,
    parseBatch([
      exampleRequest({ externalId: 'r-1' }),
      exampleRequest({ externalId: 'r-2', agency: agency('Prosecutor General 100% Office', 'Бас прокуратура') }),
      exampleRequest({
        externalId: 'r-3',
        jurisdiction: 'RU',
        agency: agency('Roskomnadzor'),
        legalBases: [
          { jurisdiction: 'RU', instrument: 'Federal Law 149-FZ', article: '15.3', title: 'Extremism_calls' },
        ],
      }),
    ]),
    cliActor,
  );
});
afterAll(async () => {
  await t.dispose();
});

const search = (input: unknown) => CatalogSearchInput.parse(input);

describe('catalog search for the pickers', () => {
  test('every word matches somewhere, case-insensitively, in either name', async () => {
    const names = async (q: string, jurisdiction?: string) =>
      (await findAgencyHits(t.db, search({ q, jurisdiction }))).map((a) => a.name);
    expect(await names('ministry INFORMATION')).toEqual(['Ministry of Information and Social Development']);
    expect(await names('прокуратура')).toEqual(['Prosecutor General 100% Office']);
    expect(await names('', 'RU')).toEqual(['Roskomnadzor']);
    expect(await names('ministry roskom')).toEqual([]);
  });

  test('% and _ are taken literally', async () => {
    expect((await findAgencyHits(t.db, search({ q: '100%' }))).map((a) => a.name)).toEqual([
      'Prosecutor General 100% Office',
    ]);
    expect(await findAgencyHits(t.db, search({ q: '%' }))).toHaveLength(1);
    expect((await findLegalBasisHits(t.db, search({ q: 'extremism_' }))).map((b) => b.label)).toEqual([
      'RU Federal Law 149-FZ art. 15.3',
    ]);
    expect(await findLegalBasisHits(t.db, search({ q: 'm_s' }))).toEqual([]);
  });

  test('provisions match on instrument, article and title words, with their label and status', async () => {
    const hits = await findLegalBasisHits(t.db, search({ q: 'criminal 174', jurisdiction: 'KZ' }));
    expect(hits).toEqual([
      expect.objectContaining({
        label: 'KZ Criminal Code of the Republic of Kazakhstan art. 174(1)',
        status: 'unreviewed',
      }),
    ]);
  });

  test('inputs are bounded', () => {
    expect(CatalogSearchInput.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
    expect(CatalogSearchInput.safeParse({ limit: 51 }).success).toBe(false);
    expect(CatalogSearchInput.safeParse({ jurisdiction: 'XX' }).success).toBe(false);
  });
});
