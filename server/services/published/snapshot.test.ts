/**
 * The published snapshot answers exactly as SQL (the `via: 'sql'` path) for many random inputs of
 * every filtered published.* read, on the real files of ../shared/data; and an import, through
 * this connection or another one (a CLI import), is seen by the very next read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PUBLISHED_FORMATS,
  PUBLISHED_ROLES,
  PUBLISHED_ROWS_PAGE,
  type PublishedFilters,
  PublishedSplit,
} from '../../../shared/published.ts';
import { openDatabase } from '../../db/database.ts';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { sharedDataFile } from '../../test/shared-data.ts';
import { submitRequests } from '../ingest/index.ts';
import { Rng } from '../seed/rng.ts';
import { importPublishedFile, importPublishedPath } from './import.ts';
import {
  getDsaCategoryOrders,
  getOutcomeShares,
  getPublishedRows,
  getPublishedSeries,
  getPublishedTotals,
} from './read.ts';
import type { Via } from './reader.ts';
import { getReconciliation } from './reconcile.ts';

const X_KZ = { format: 'x-removals' as const, jurisdictions: ['KZ'] };
const PUBLISHERS = ['google', 'x', 'meta', 'tiktok', 'aliexpress', 'nobody'];
const PLATFORMS = ['google', 'x', 'facebook', 'instagram', 'tiktok', 'aliexpress', 'youtube'];

let t: TestDb;
let jurisdictions: string[];
beforeAll(async () => {
  t = await createTestDb();
  await importPublishedPath(t.db, sharedDataFile('.'));
  const rows = await t.db.selectFrom('published_stats').select('jurisdiction').distinct().execute();
  jurisdictions = rows.map((r) => r.jurisdiction);
}, 300_000);
afterAll(async () => {
  await t?.dispose();
});

function randomFilters(rng: Rng): PublishedFilters {
  const oneOf = <T>(values: readonly T[]) => values[rng.int(0, values.length - 1)] as T;
  const year = () => 2010 + rng.int(0, 16);
  const from = rng.chance(0.5) ? `${year()}-${rng.chance(0.5) ? '01-01' : '06-30'}` : undefined;
  const to = rng.chance(0.5) ? `${Math.max(year(), Number(from?.slice(0, 4) ?? 0))}-12-31` : undefined;
  return {
    ...(rng.chance(0.3) ? { publisher: oneOf(PUBLISHERS) } : {}),
    ...(rng.chance(0.2) ? { platform: oneOf(PLATFORMS) } : {}),
    ...(rng.chance(0.2) ? { platforms: [oneOf(PLATFORMS), oneOf(PLATFORMS)] } : {}),
    ...(rng.chance(0.4) ? { jurisdictions: Array.from({ length: rng.int(1, 4) }, () => oneOf(jurisdictions)) } : {}),
    ...(from ? { from } : {}),
    ...(to && (!from || from <= to) ? { to } : {}),
  };
}

/** An answer, or the message it failed with (too many rows), so both paths can be compared. */
const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (e: Error) => ({ error: e.message }),
  );

/** Every filtered published.* read for these filters, through `via`. */
function answers(filters: PublishedFilters, rng: Rng, via: Via) {
  const pick = rng.next();
  const format = PUBLISHED_FORMATS[Math.floor(pick * PUBLISHED_FORMATS.length)] as (typeof PUBLISHED_FORMATS)[number];
  const role = pick < 0.5 ? undefined : PUBLISHED_ROLES[Math.floor(pick * 10) % PUBLISHED_ROLES.length];
  const splitBy = PublishedSplit.options[Math.floor(pick * 7) % PublishedSplit.options.length];
  return Promise.all([
    settle(getPublishedTotals(t.db, filters, via)),
    settle(getPublishedSeries(t.db, { ...filters, splitBy }, via)),
    settle(getPublishedSeries(t.db, filters, via)),
    settle(getPublishedRows(t.db, { ...filters, format, ...(role ? { role } : {}) }, via)),
    // A later page of the same listing, of a random size.
    settle(
      getPublishedRows(
        t.db,
        { ...filters, format, offset: Math.floor(pick * 300), limit: 1 + Math.floor(pick * 97) },
        via,
      ),
    ),
    settle(getDsaCategoryOrders(t.db, filters, via)),
    settle(getOutcomeShares(t.db, filters, via)),
    settle(getReconciliation(t.db, filters, via)),
  ]);
}

describe('published snapshot', () => {
  test('equals the SQL answers for random filters, formats, roles and splits', async () => {
    const rng = new Rng(12);
    let listed = 0;
    for (let i = 0; i < 80; i++) {
      const filters = i === 0 ? {} : randomFilters(rng);
      const seed = rng.int(0, 1e9);
      const memory = await answers(filters, new Rng(seed), 'auto');
      expect(memory, JSON.stringify(filters)).toEqual(await answers(filters, new Rng(seed), 'sql'));
      const rows = memory[3];
      if ('value' in rows && rows.value.rows.length > 0) listed++;
    }
    // Not vacuous: many inputs list rows.
    expect(listed).toBeGreaterThan(10);
  }, 300_000);

  test('rows come in one total order (period end, jurisdiction, line, id) on both paths', async () => {
    const { rows } = await getPublishedRows(t.db, { format: 'dsa-orders', from: '2024-01-01' });
    const sql = await getPublishedRows(t.db, { format: 'dsa-orders', from: '2024-01-01' }, 'sql');
    expect(rows.map((r) => r.id)).toEqual(sql.rows.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(100);
  });

  test('a long listing is read in pages that together hold every row once, in order', async () => {
    const whole = await t.db
      .selectFrom('published_stats')
      .where('format', '=', 'google-detailed')
      .where('superseded_by', 'is', null)
      .select('id')
      .execute();
    const first = await getPublishedRows(t.db, { format: 'google-detailed' });
    expect(first.total).toBe(whole.length);
    expect(first.rows).toHaveLength(PUBLISHED_ROWS_PAGE);
    const ids = [...first.rows.map((r) => r.id)];
    for (let offset = PUBLISHED_ROWS_PAGE; offset < first.total; offset += PUBLISHED_ROWS_PAGE) {
      const page = await getPublishedRows(t.db, { format: 'google-detailed', offset });
      expect(page).toMatchObject({ total: first.total, offset });
      ids.push(...page.rows.map((r) => r.id));
    }
    expect(ids.sort((a, b) => a - b)).toEqual(whole.map((r) => r.id).sort((a, b) => a - b));
    const past = await getPublishedRows(t.db, { format: 'google-detailed', offset: first.total });
    expect(past.rows).toEqual([]);
  });

  test('DSA orders per category: the Member States’ category rows summed per service, keywords and EU left out', async () => {
    for (const jurisdictions of [undefined, ['DE', 'FR', 'IE']]) {
      let query = t.db
        .selectFrom('published_stats')
        .where('format', '=', 'dsa-orders')
        .where('role', '=', 'breakdown')
        .where('superseded_by', 'is', null)
        .where('reason_code', 'like', 'STATEMENT_CATEGORY_%')
        .where('jurisdiction', '!=', 'EU')
        .select(['reason_code', 'platform', (eb) => eb.fn.sum<number | null>('requests').as('requests')])
        .groupBy(['reason_code', 'platform']);
      if (jurisdictions) query = query.where('jurisdiction', 'in', jurisdictions);
      const expected = (await query.execute())
        .map((r) => ({
          code: r.reason_code,
          platform: r.platform,
          requests: r.requests === null ? null : Number(r.requests),
        }))
        .sort((a, b) => String(a.code).localeCompare(String(b.code)) || a.platform.localeCompare(b.platform));
      const { categories, publishers } = await getDsaCategoryOrders(t.db, jurisdictions ? { jurisdictions } : {});
      expect(categories).toEqual(expected);
      expect(categories.length).toBeGreaterThan(10);
      expect(publishers.length).toBeGreaterThan(0);
    }
    // Not vacuous: keyword rows exist and would add to the sums.
    const keywords = await getPublishedRows(t.db, { format: 'dsa-orders', role: 'breakdown', limit: 1000 });
    expect(keywords.rows.some((r) => r.reasonCode?.startsWith('KEYWORD_') && (r.requests ?? 0) > 0)).toBe(true);
  });

  test('an item write keeps the snapshot (the very same row objects)', async () => {
    const [first] = (await getPublishedRows(t.db, X_KZ)).rows;
    expect(first).toBeDefined();
    await submitRequests(t.db, parseBatch([exampleRequest({ externalId: 'snapshot-keep' })]), cliActor);
    expect((await getPublishedRows(t.db, X_KZ)).rows[0]).toBe(first);
  });

  test('an import through this connection or another one is seen by the next read', async () => {
    const kz = { jurisdictions: ['KZ'], from: '2010-12-31', to: '2010-12-31' };
    const before = await getPublishedTotals(t.db, kz);
    expect(before.requests).toBeNull();
    const xBefore = (await getPublishedRows(t.db, X_KZ)).rows[0];
    const rowsBefore = await getPublishedRows(t.db, { ...kz, format: 'google-removals' });
    expect(rowsBefore.total).toBe(0);
    const header = readFileSync(sharedDataFile('google-transparency/google-government-removal-requests.csv'), 'utf8');
    const file = (name: string, line: string) => {
      const path = join(t.dir, name);
      writeFileSync(path, `${header.split('\n')[0]}\n${line}\n`);
      return path;
    };
    await importPublishedFile(t.db, file('a.csv', '2010-12-31,Kazakhstan,KZ,Government Officials,4,9,50,50,,,,'));
    expect(await getPublishedTotals(t.db, kz)).toEqual(await getPublishedTotals(t.db, kz, 'sql'));
    expect((await getPublishedTotals(t.db, kz)).requests).toBe(4);
    expect((await getPublishedRows(t.db, { ...kz, format: 'google-removals' })).total).toBe(1);

    const other = openDatabase(t.url);
    try {
      await importPublishedFile(other.db, file('b.csv', '2010-12-31,Kazakhstan,KZ,Police,3,5,,,,,,'));
    } finally {
      await other.close();
    }
    // b.csv is a newer export of the same half-year: its figure replaces a.csv's.
    expect(await getPublishedTotals(t.db, kz)).toEqual(await getPublishedTotals(t.db, kz, 'sql'));
    expect((await getPublishedTotals(t.db, kz)).requests).toBe(3);
    expect(await getPublishedRows(t.db, { ...kz, format: 'google-removals' })).toEqual(
      await getPublishedRows(t.db, { ...kz, format: 'google-removals' }, 'sql'),
    );
    expect(await getOutcomeShares(t.db, kz)).toEqual(await getOutcomeShares(t.db, kz, 'sql'));
    // Every format was reloaded: X's rows are as they were, in new objects.
    const xAfter = (await getPublishedRows(t.db, X_KZ)).rows[0];
    expect(xAfter).toEqual(xBefore);
    expect(xAfter).not.toBe(xBefore);
  });
});
