/**
 * A write transaction of many batches (seed, whole-file import, upload commit) resolves each
 * catalogue entry and set once (known.ts): later batches ask the database only for what is new,
 * write exactly what separate transactions would, and nothing a rolled-back transaction resolved
 * is ever used again.
 */
import type { KyselyPlugin, RootOperationNode, TableNode } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { RequestWire } from '../../../shared/interchange.ts';
import type { Db } from '../../db/database.ts';
import { RollBack, withWriteTransaction, writeTransactionMemo } from '../../db/transaction.ts';
import { contents } from '../../test/contents.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { submitInTransaction, submitRequests } from '../ingest/index.ts';

const CATALOGUE = ['jurisdictions', 'platforms', 'agencies', 'legal_bases', 'basis_sets', 'profile_sets'];

/** Queries per catalogue table (selects and inserts), counted while `counting` is on. */
function catalogueQueries() {
  const counts = new Map<string, number>();
  const tableOf = (node: RootOperationNode): string | undefined => {
    const table =
      node.kind === 'SelectQueryNode' ? node.from?.froms[0] : node.kind === 'InsertQueryNode' ? node.into : undefined;
    return table?.kind === 'TableNode' ? (table as TableNode).table.identifier.name : undefined;
  };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      const table = tableOf(node);
      if (table && CATALOGUE.includes(table)) counts.set(table, (counts.get(table) ?? 0) + 1);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { plugin, counts };
}

/** `n` requests of one agency, platform and provision, their items of the given content types. */
function batch(
  prefix: string,
  n: number,
  agency: string,
  platform: string,
  article: string,
  types: string[],
): RequestWire[] {
  return Array.from({ length: n }, (_, i) =>
    exampleRequest({
      externalId: `${prefix}-${i}`,
      agency: { name: agency, kind: 'ministry' },
      platform,
      legalBases: [{ jurisdiction: 'KZ', instrument: 'Criminal Code of the Republic of Kazakhstan', article }],
      items: types.map((contentType, j) => ({
        externalId: `${prefix}-${i}-${j}`,
        contentType: contentType as 'post',
        outcome: 'pending' as const,
      })),
    }),
  );
}

const BATCHES = [
  batch('a', 30, 'Ministry A', 'facebook', '174', ['post', 'video']),
  batch('b', 30, 'Ministry A', 'facebook', '174', ['video', 'post']),
  batch('c', 30, 'Ministry B', 'instagram', '274', ['post', 'comment', 'post']),
].map(parseBatch);

let t: TestDb;
let u: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  u = await createTestDb();
});
afterEach(async () => {
  await t?.dispose();
  await u?.dispose();
});

test('later batches of one write transaction ask only for catalogue entries and sets not met before', async () => {
  const { plugin, counts } = catalogueQueries();
  const perBatch: Record<string, number>[] = [];
  await withWriteTransaction(t.db.withPlugin(plugin), async (trx) => {
    for (const requests of BATCHES) {
      counts.clear();
      await submitInTransaction(trx, requests, cliActor);
      perBatch.push(Object.fromEntries(counts));
    }
  });
  // The first batch resolves everything; the second (same agency, platform, provision, and the same
  // profile in another item order) asks nothing; the third only for what is new in it.
  expect(Object.keys(perBatch[0] ?? {}).sort()).toEqual([...CATALOGUE].sort());
  expect(perBatch[1]).toEqual({});
  expect(Object.keys(perBatch[2] ?? {}).sort()).toEqual([
    'agencies',
    'basis_sets',
    'legal_bases',
    'platforms',
    'profile_sets',
  ]);

  // The same batches in a transaction each store exactly the same rows, ids included.
  for (const requests of BATCHES) await submitRequests(u.db, requests, cliActor);
  expect(await contents(t.db)).toEqual(await contents(u.db));
});

test('what a rolled-back transaction resolved is not used by the next one', async () => {
  const [first, , third] = BATCHES as [(typeof BATCHES)[0], unknown, (typeof BATCHES)[0]];
  await withWriteTransaction(t.db, async (trx) => {
    await submitInTransaction(trx, third, cliActor);
    throw new RollBack(undefined);
  });
  // Another agency, platform, provision and profile first: on SQLite they take the ids the rolled-back
  // entries had, so a remembered id would now name them.
  await submitRequests(t.db, first, cliActor);
  await submitRequests(t.db, third, cliActor);
  const rows = await t.db
    .selectFrom('requests')
    .innerJoin('agencies', 'agencies.id', 'requests.agency_id')
    .innerJoin('platforms', 'platforms.id', 'requests.platform_id')
    .innerJoin('profile_sets', 'profile_sets.id', 'requests.profile_set_id')
    .innerJoin('basis_sets', 'basis_sets.id', 'requests.basis_set_id')
    .select([
      'requests.external_id',
      'agencies.name',
      'platforms.slug',
      'profile_sets.set_key',
      'basis_sets.set_key as basis',
    ])
    .where('requests.external_id', 'like', 'c-%')
    .execute();
  expect(rows).toHaveLength(30);
  const basis = await t.db
    .selectFrom('legal_bases')
    .select('id')
    .where('article', '=', '274')
    .executeTakeFirstOrThrow();
  for (const row of rows) {
    expect(row).toMatchObject({
      name: 'Ministry B',
      slug: 'instagram',
      set_key: 'comment:unknown,post:unknown',
      basis: String(basis.id),
    });
  }
});

test('a memo lives only while its write transaction runs', async () => {
  const key = Symbol('test');
  expect(writeTransactionMemo(t.db, key, () => 1)).toBeUndefined();
  let inside: Db | undefined;
  const memos = await withWriteTransaction(t.db, async (trx) => {
    inside = trx;
    return [writeTransactionMemo(trx, key, () => ({ n: 1 })), writeTransactionMemo(trx, key, () => ({ n: 2 }))];
  });
  expect(memos[0]).toEqual({ n: 1 });
  expect(memos[1]).toBe(memos[0]);
  expect(writeTransactionMemo(inside as Db, key, () => 3)).toBeUndefined();
});
