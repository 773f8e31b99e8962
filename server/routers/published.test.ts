/** published.* through createCaller on the real files: public, plain JSON, inputs bounded and checked. */
import { readFileSync } from 'node:fs';
import { TRPCError } from '@trpc/server';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PUBLISHED_ROWS_PAGE } from '../../shared/published.ts';
import { createContextInner } from '../context.ts';
import { importPublishedPath } from '../services/published/import.ts';
import { createTestDb, type TestDb } from '../test/db.ts';
import { sharedDataFile } from '../test/shared-data.ts';
import { publishedRouter } from './published.ts';

let t: TestDb;
let published: ReturnType<typeof publishedRouter.createCaller>;

beforeAll(async () => {
  t = await createTestDb();
  await importPublishedPath(t.db, sharedDataFile('.'));
  published = publishedRouter.createCaller(createContextInner({ db: t.db }));
});
afterAll(async () => {
  await t.dispose();
});

const xRows = (file: string) =>
  (
    parse(readFileSync(sharedDataFile(`x-removal-requests/${file}`)), { bom: true, columns: true }) as Record<
      string,
      string
    >[]
  ).filter((r) => !/^total/i.test(r.COUNTRY ?? ''));
const count = (cell: string | undefined) => (cell && cell !== '-' ? Number(cell.replace(/,/g, '')) : 0);

describe('published.*', () => {
  test('totals of X for Jan–Jun 2019 equal the sum of the file’s country rows, court orders plus government requests', async () => {
    const rows = xRows('removal-requests-report-jan-jun-2019.csv');
    const expected = rows.reduce(
      (n, r) =>
        n + count(r['REMOVAL REQUESTS (COURT ORDERS)']) + count(r['REMOVAL REQUESTS (GOVT AGENCY, POLICE, OTHER)']),
      0,
    );
    const totals = await published.totals({ publisher: 'x', from: '2019-06-30', to: '2019-06-30' });
    expect(totals.requests).toBe(expected);
    expect(totals.publishers).toEqual(['x']);
  });

  test('Kazakhstan: Google and X figures together; X gives none (all "-"), which stays null, not 0', async () => {
    const google = await published.rows({ format: 'google-removals', jurisdictions: ['KZ'] });
    expect(google.rows.some((r) => r.requesterLabel === 'Information and Communications Authority')).toBe(true);
    const x = await published.rows({ format: 'x-removals', jurisdictions: ['KZ'] });
    expect(x.rows.length).toBeGreaterThan(0);
    expect(x.rows.every((r) => r.requests === null)).toBe(true);
    const totals = await published.totals({ jurisdictions: ['KZ'], publisher: 'x' });
    expect(totals.requests).toBeNull();
  });

  test('series split by reason come from the breakdown files, and say so', async () => {
    const series = await published.series({
      publisher: 'google',
      splitBy: 'reason',
      from: '2025-06-30',
      to: '2025-06-30',
    });
    expect(series.drawnFrom).toEqual(['google-detailed', 'dsa-orders']);
    const split = series.series[0]?.bySplit ?? {};
    expect(Object.values(split).reduce((n, v) => n + (v.requests ?? 0), 0)).toBe(24_968);
  });

  test('sources list every file with its sha256 and coverage; checks hold X’s TOTAL mismatches', async () => {
    const sources = await published.sources();
    expect(sources.length).toBe(13);
    for (const s of sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { checks } = await published.checks();
    expect(checks.some((c) => c.publisher === 'x' && /TOTAL row gives 3683/.test(c.message))).toBe(true);
  });

  test('bad inputs are refused with the field named; a long listing comes a page at a time', async () => {
    await expect(published.totals({ jurisdictions: ['kz'] })).rejects.toThrow(/two-letter/);
    await expect(published.totals({ from: '2025-01-01', to: '2024-01-01' })).rejects.toThrow(/from/);
    const error = await published.rows({ format: 'google-detailed', limit: PUBLISHED_ROWS_PAGE + 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toMatch(/limit/);
    const page = await published.rows({ format: 'google-detailed', offset: 2000, limit: 10 });
    expect(page.rows).toHaveLength(10);
    expect(page.offset).toBe(2000);
    expect(page.total).toBeGreaterThan(PUBLISHED_ROWS_PAGE);
  });
});
