/**
 * Merges and splits keep every aggregate table equal to a rebuild, move everything in one
 * transaction, and a split puts records and figures back exactly; later submissions naming a
 * merged entry land on the kept one.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RetractInput } from '../../../shared/ingest.ts';
import { aggregateSnapshot } from '../../test/aggregates.ts';
import {
  adminActor,
  agencyId,
  LAW,
  LAW_TYPO,
  legalBasisId,
  OTHER_LAW,
  RKN,
  RKN_TYPO,
  requestLinks,
  ruRequest,
} from '../../test/catalogue.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { rebuildAggregates } from '../aggregates/rebuild.ts';
import { ValidationFailed } from '../errors.ts';
import { retractRequest, submitRequests } from '../ingest/index.ts';
import { addRedactionTerm } from '../redaction/terms.ts';
import { listAgencies, listLegalBases } from '../stats/catalog.ts';
import { mergeEntries } from './merge.ts';
import { MERGE_PAGE } from './moves.ts';
import { splitMerge } from './split.ts';

let t: TestDb;
const NOW = '2026-12-05T12:00:00.000Z';

beforeEach(async () => {
  t = await createTestDb();
  await submitRequests(
    t.db,
    parseBatch([
      ruRequest('r-1', '2024-01-10'),
      ruRequest('r-2', '2024-02-11', { agency: RKN_TYPO }),
      ruRequest('r-3', '2024-02-11', { agency: RKN_TYPO, legalBases: [LAW_TYPO] }),
      // Cites both duplicates: after the merge it cites the kept one once.
      ruRequest('r-4', '2024-03-01', { agency: RKN_TYPO, legalBases: [OTHER_LAW, LAW_TYPO, LAW] }),
      ruRequest('r-5', '2024-03-02', { agency: RKN_TYPO, legalBases: [LAW_TYPO] }),
      ruRequest('r-6', '2024-03-03', { legalBases: [] }),
    ]),
    cliActor,
  );
  // Retracted requests move too (a later un-retraction must land under the kept entry), without figures.
  await retractRequest(t.db, RetractInput.parse({ externalId: 'r-5', reason: 'entered twice' }), cliActor);
});
afterEach(async () => {
  await t.dispose();
});

/** The aggregates as they are, after checking they equal a rebuild from the records. */
async function aggregatesEqualToRebuild() {
  const incremental = await aggregateSnapshot(t.db);
  await rebuildAggregates(t.db);
  expect(await aggregateSnapshot(t.db)).toEqual(incremental);
  return incremental;
}

const counted = async () =>
  Object.fromEntries((await listAgencies(t.db, {})).map((a) => [a.name, { requests: a.requests, items: a.items }]));

describe('agency merges', () => {
  test('move every request and figure to the kept agency; a split puts them back exactly', async () => {
    const before = { aggregates: await aggregatesEqualToRebuild(), links: await requestLinks(t.db) };
    expect(await counted()).toEqual({
      Roskomnadzor: { requests: 2, items: 4 },
      Roscomnadzor: { requests: 3, items: 6 },
    });
    const keep = await agencyId(t.db, RKN.name);
    const gone = await agencyId(t.db, RKN_TYPO.name);

    const merge = await mergeEntries(t.db, adminActor, { entity: 'agency', keepId: keep, mergeId: gone }, NOW);
    expect(merge.requestsMoved).toBe(4);
    // Served fresh: the merge moved the data version the stats cache is keyed by.
    expect(await counted()).toEqual({ Roskomnadzor: { requests: 5, items: 10 } });
    await aggregatesEqualToRebuild();
    const agencies = await t.db.selectFrom('requests').select('agency_id').distinct().execute();
    expect(agencies).toEqual([{ agency_id: keep }]);

    await splitMerge(t.db, adminActor, { mergeId: merge.mergeId }, NOW);
    expect(await requestLinks(t.db)).toEqual(before.links);
    expect(await aggregatesEqualToRebuild()).toEqual(before.aggregates);
    expect(await counted()).toEqual({
      Roskomnadzor: { requests: 2, items: 4 },
      Roscomnadzor: { requests: 3, items: 6 },
    });
  });

  test('a failure midway leaves nothing changed', async () => {
    const before = { aggregates: await aggregateSnapshot(t.db), links: await requestLinks(t.db) };
    const audit = await countRows(t.db, 'audit_log');
    const input = {
      entity: 'agency',
      keepId: await agencyId(t.db, RKN.name),
      mergeId: await agencyId(t.db, RKN_TYPO.name),
    } as const;
    const error = await mergeEntries(t.db, adminActor, input, NOW, {
      beforeCommit: async () => {
        throw new Error('disk full');
      },
    }).catch((e) => e);
    expect(error.message).toBe('disk full');
    expect(await aggregateSnapshot(t.db)).toEqual(before.aggregates);
    expect(await requestLinks(t.db)).toEqual(before.links);
    expect(await countRows(t.db, 'audit_log')).toBe(audit);
    expect(await t.db.selectFrom('catalogue_merges').selectAll().execute()).toEqual([]);
    expect(
      (await t.db.selectFrom('agencies').select('merged_into_id').execute()).every((a) => a.merged_into_id === null),
    ).toBe(true);
  });

  test('later submissions naming the merged agency land on the kept one; chains resolve in one step', async () => {
    const keep = await agencyId(t.db, RKN.name);
    const gone = await agencyId(t.db, RKN_TYPO.name);
    await mergeEntries(t.db, adminActor, { entity: 'agency', keepId: keep, mergeId: gone }, NOW);
    await submitRequests(t.db, parseBatch([ruRequest('r-7', '2024-04-01', { agency: RKN_TYPO })]), cliActor);
    await submitRequests(t.db, parseBatch([ruRequest('r-5', '2024-03-02', { agency: RKN_TYPO })]), cliActor);
    const r7 = await t.db
      .selectFrom('requests')
      .select('agency_id')
      .where('external_id', '=', 'r-7')
      .executeTakeFirstOrThrow();
    expect(r7.agency_id).toBe(keep);
    expect(await counted()).toEqual({ Roskomnadzor: { requests: 6, items: 12 } });
    await aggregatesEqualToRebuild();

    // The kept agency merged on into a third: the first name follows to the third directly.
    await submitRequests(
      t.db,
      parseBatch([ruRequest('r-8', '2024-04-02', { agency: { name: 'RKN', kind: 'regulator' } })]),
      cliActor,
    );
    const third = await agencyId(t.db, 'RKN');
    const second = await mergeEntries(t.db, adminActor, { entity: 'agency', keepId: third, mergeId: keep }, NOW);
    await submitRequests(t.db, parseBatch([ruRequest('r-9', '2024-04-03', { agency: RKN_TYPO })]), cliActor);
    const r9 = await t.db
      .selectFrom('requests')
      .select('agency_id')
      .where('external_id', '=', 'r-9')
      .executeTakeFirstOrThrow();
    expect(r9.agency_id).toBe(third);
    await aggregatesEqualToRebuild();
    // The older merge cannot be split under the newer one.
    const first = await t.db
      .selectFrom('catalogue_merges')
      .select('id')
      .where('merged_id', '=', gone)
      .executeTakeFirstOrThrow();
    await expect(splitMerge(t.db, adminActor, { mergeId: first.id }, NOW)).rejects.toThrow(/split that merge first/);
    await splitMerge(t.db, adminActor, { mergeId: second.mergeId }, NOW);
    const typo = await t.db
      .selectFrom('agencies')
      .select('merged_into_id')
      .where('id', '=', gone)
      .executeTakeFirstOrThrow();
    expect(typo.merged_into_id).toBe(keep);
    await aggregatesEqualToRebuild();
  });

  test('bad merges are refused with the field named, and nothing is written', async () => {
    await submitRequests(
      t.db,
      parseBatch([ruRequest('kz', '2024-01-01', { jurisdiction: 'KZ', legalBases: [] })]),
      cliActor,
    );
    const keep = await agencyId(t.db, RKN.name);
    const kz = (
      await t.db.selectFrom('agencies').select('id').where('jurisdiction', '=', 'KZ').executeTakeFirstOrThrow()
    ).id;
    const audit = await countRows(t.db, 'audit_log');
    const error = await mergeEntries(t.db, adminActor, { entity: 'agency', keepId: keep, mergeId: kz }, NOW).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ValidationFailed);
    expect(error.problems).toEqual([
      expect.objectContaining({ path: 'mergeId', message: expect.stringMatching(/one jurisdiction/) }),
    ]);
    await expect(
      mergeEntries(t.db, adminActor, { entity: 'agency', keepId: keep, mergeId: 9999 }, NOW),
    ).rejects.toThrow(/mergeId: no agency 9999/);
    await expect(splitMerge(t.db, adminActor, { mergeId: 77 }, NOW)).rejects.toThrow(/mergeId: no merge 77/);
    expect(await countRows(t.db, 'audit_log')).toBe(audit);
  });
});

describe('provision merges', () => {
  test('a request citing both cites the kept one once; figures equal a rebuild; a split restores the citations', async () => {
    const before = { aggregates: await aggregatesEqualToRebuild(), links: await requestLinks(t.db) };
    const keep = await legalBasisId(t.db, LAW.instrument, LAW.article);
    const gone = await legalBasisId(t.db, LAW_TYPO.instrument, LAW_TYPO.article);
    const other = await legalBasisId(t.db, OTHER_LAW.instrument, OTHER_LAW.article);

    const merge = await mergeEntries(t.db, adminActor, { entity: 'legal_basis', keepId: keep, mergeId: gone }, NOW);
    expect(merge.requestsMoved).toBe(3);
    const r4 = await t.db
      .selectFrom('request_legal_bases')
      .innerJoin('requests', 'requests.id', 'request_legal_bases.request_id')
      .select(['legal_basis_id', 'position'])
      .where('requests.external_id', '=', 'r-4')
      .orderBy('position')
      .execute();
    expect(r4).toEqual([
      { legal_basis_id: other, position: 0 },
      { legal_basis_id: keep, position: 1 },
    ]);
    const listed = await listLegalBases(t.db, {});
    expect(listed.map((b) => b.id).sort()).toEqual([keep, other].sort());
    // r-1, r-2, r-3, r-4 (r-5 is retracted, r-6 cites nothing): 4 requests, 8 items.
    expect(listed.find((b) => b.id === keep)).toMatchObject({ requests: 4, items: 8 });
    await aggregatesEqualToRebuild();

    // A later submission citing the merged spelling (even beside the kept one) cites the kept one.
    await submitRequests(
      t.db,
      parseBatch([ruRequest('r-10', '2024-05-01', { legalBases: [LAW_TYPO, LAW] })]),
      cliActor,
    );
    const r10 = await t.db
      .selectFrom('request_legal_bases')
      .innerJoin('requests', 'requests.id', 'request_legal_bases.request_id')
      .select('legal_basis_id')
      .where('requests.external_id', '=', 'r-10')
      .execute();
    expect(r10).toEqual([{ legal_basis_id: keep }]);
    await aggregatesEqualToRebuild();

    await splitMerge(t.db, adminActor, { mergeId: merge.mergeId }, NOW);
    const after = await requestLinks(t.db);
    // r-10 came after the merge and stays where it landed; everything else is as before.
    const r10Id = (
      await t.db.selectFrom('requests').select('id').where('external_id', '=', 'r-10').executeTakeFirstOrThrow()
    ).id;
    expect({
      requests: after.requests.filter((r) => r.id !== r10Id),
      citations: after.citations.filter((c) => c.request_id !== r10Id),
    }).toEqual(before.links);
    await aggregatesEqualToRebuild();
    expect((await listLegalBases(t.db, {})).map((b) => b.id).sort()).toEqual([keep, gone, other].sort());
  });

  test('a split restores the aggregates to exactly the state before the merge', async () => {
    const before = await aggregatesEqualToRebuild();
    const keep = await legalBasisId(t.db, LAW.instrument, LAW.article);
    const gone = await legalBasisId(t.db, LAW_TYPO.instrument, LAW_TYPO.article);
    const merge = await mergeEntries(t.db, adminActor, { entity: 'legal_basis', keepId: gone, mergeId: keep }, NOW);
    expect(await aggregateSnapshot(t.db)).not.toEqual(before);
    await splitMerge(t.db, adminActor, { mergeId: merge.mergeId }, NOW);
    expect(await aggregatesEqualToRebuild()).toEqual(before);
    await expect(splitMerge(t.db, adminActor, { mergeId: merge.mergeId }, NOW)).rejects.toThrow(/already split/);
  });
});

describe('what else a merge carries', () => {
  test("the merged agency's redaction terms move with its requests, and back on a split", async () => {
    const keep = await agencyId(t.db, RKN.name);
    const gone = await agencyId(t.db, RKN_TYPO.name);
    await addRedactionTerm(t.db, { term: 'Ivan Petrov', agencyId: gone });
    const termAgency = async () =>
      (await t.db.selectFrom('redaction_terms').select('agency_id').executeTakeFirstOrThrow()).agency_id;
    const { mergeId } = await mergeEntries(t.db, adminActor, { entity: 'agency', keepId: keep, mergeId: gone }, NOW);
    expect(await termAgency()).toBe(keep);
    await splitMerge(t.db, adminActor, { mergeId }, NOW);
    expect(await termAgency()).toBe(gone);
  });

  test('a merge of more requests than one page moves them all, equal to a rebuild', async () => {
    const many = Array.from({ length: MERGE_PAGE + 30 }, (_, i) =>
      ruRequest(`m-${i}`, '2024-06-01', { agency: RKN_TYPO }),
    );
    for (let i = 0; i < many.length; i += 1000)
      await submitRequests(t.db, parseBatch(many.slice(i, i + 1000)), cliActor);
    const before = await aggregatesEqualToRebuild();
    const keep = await agencyId(t.db, RKN.name);
    const gone = await agencyId(t.db, RKN_TYPO.name);
    const merge = await mergeEntries(
      t.db,
      adminActor,
      {
        entity: 'legal_basis',
        keepId: await legalBasisId(t.db, LAW_TYPO.instrument, LAW_TYPO.article),
        mergeId: await legalBasisId(t.db, LAW.instrument, LAW.article),
      },
      NOW,
    );
    expect(merge.requestsMoved).toBe(MERGE_PAGE + 30 + 3);
    const agencies = await mergeEntries(t.db, adminActor, { entity: 'agency', keepId: keep, mergeId: gone }, NOW);
    expect(agencies.requestsMoved).toBe(MERGE_PAGE + 30 + 4);
    await aggregatesEqualToRebuild();
    await splitMerge(t.db, adminActor, { mergeId: agencies.mergeId }, NOW);
    await splitMerge(t.db, adminActor, { mergeId: merge.mergeId }, NOW);
    expect(await aggregatesEqualToRebuild()).toEqual(before);
  });
});
