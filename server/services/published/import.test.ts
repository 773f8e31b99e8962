/**
 * The published importer on a real migrated database with the real files of ../shared/data:
 * totals that never double-count, re-import as a no-op, restatements audited, refusals that
 * write nothing, and the reconciliation against item-level records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { cliActor, parseBatch } from '../../test/ingest.ts';
import { sharedDataFile } from '../../test/shared-data.ts';
import { submitRequests } from '../ingest/submit.ts';
import { classifyFile, filesUnder } from './classify.ts';
import { getPublishedChecks, getPublishedSources } from './files-read.ts';
import { importPublishedFile } from './import.ts';
import { getPublishedSeries, getPublishedTotals } from './read.ts';
import { getReconciliation } from './reconcile.ts';

const REMOVALS = 'google-transparency/google-government-removal-requests.csv';
const DETAILED = 'google-transparency/google-government-detailed-removal-requests.csv';

/** Sums of a CSV column over rows matching `where`, computed straight from the file. */
function sumColumn(relative: string, column: string, where: (row: Record<string, string>) => boolean): number {
  const rows = parse(readFileSync(sharedDataFile(relative)), { columns: true, bom: true }) as Record<string, string>[];
  return rows.filter(where).reduce((n, row) => n + Number(row[column]), 0);
}

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

const count = async (table: 'published_stats' | 'published_files' | 'audit_log') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('published import', () => {
  it('totals of the half-year ending 2025-06-30 come from the per-requester file only', async () => {
    await importPublishedFile(t.db, sharedDataFile(REMOVALS));
    await importPublishedFile(t.db, sharedDataFile(DETAILED));
    const h1 = { from: '2025-06-30', to: '2025-06-30', publisher: 'google' };
    const expectedRequests = sumColumn(REMOVALS, 'Number of Requests', (r) => r['Period Ending'] === '2025-06-30');
    expect(expectedRequests).toBe(24_968);
    const totals = await getPublishedTotals(t.db, h1);
    expect(totals).toMatchObject({ requests: 24_968, items: 664_623, periods: 1, publishers: ['google'] });
    // The detailed file counts the same requests by product × reason: its own series, also 24,968.
    const byProduct = await getPublishedSeries(t.db, { ...h1, splitBy: 'product' });
    const products = Object.values(byProduct.series[0]?.bySplit ?? {});
    expect(products.reduce((n, p) => n + (p.requests ?? 0), 0)).toBe(24_968);
    expect(byProduct.series[0]?.requests).toBe(24_968);
  });

  it('imports every file under ../shared/data, and the same files again change nothing', async () => {
    const files = filesUnder(sharedDataFile('.')).filter((f) => classifyFile(f).kind === 'published');
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) expect((await importPublishedFile(t.db, file)).status).toBe('imported');
    const stats = await count('published_stats');
    const audits = await count('audit_log');
    for (const file of files) expect((await importPublishedFile(t.db, file)).status).toBe('unchanged');
    expect(await count('published_stats')).toBe(stats);
    expect(await count('audit_log')).toBe(audits);
    const sources = await getPublishedSources(t.db);
    expect(sources.map((s) => s.publisher).sort()).toEqual(
      expect.arrayContaining(['aliexpress', 'google', 'meta', 'pinterest', 'tiktok', 'x']),
    );
    // DSA orders to act: the Member State figures sum to each file's own TOTAL row.
    for (const [platform, total] of [
      ['facebook', 1358],
      ['tiktok', 782],
      ['aliexpress', 238],
    ] as const) {
      expect((await getPublishedTotals(t.db, { platform, from: '2025-12-31', to: '2025-12-31' })).requests).toBe(total);
    }
  });

  it('a newer export of the same period replaces the older figures and audits old and new values', async () => {
    const original = sharedDataFile(REMOVALS);
    await importPublishedFile(t.db, original);
    const text = readFileSync(original, 'utf8');
    const line = '2025-06-30,Kazakhstan,KZ,Information and Communications Authority,';
    const at = text.indexOf(line);
    expect(at).toBeGreaterThan(0);
    const rest = text.slice(at + line.length);
    const oldRequests = Number(rest.slice(0, rest.indexOf(',')));
    const restated = text.slice(0, at + line.length) + String(oldRequests + 7) + rest.slice(rest.indexOf(','));
    const newer = join(t.dir, 'google-government-removal-requests-2026.csv');
    writeFileSync(newer, restated);
    const before = await getPublishedTotals(t.db, { publisher: 'google', from: '2025-06-30', to: '2025-06-30' });
    const summary = await importPublishedFile(t.db, newer);
    expect(summary).toMatchObject({ status: 'imported', restated: 1 });
    const after = await getPublishedTotals(t.db, { publisher: 'google', from: '2025-06-30', to: '2025-06-30' });
    expect(after.requests).toBe((before.requests as number) + 7);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'replace').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({
      before: { requests: oldRequests, file: 'google-government-removal-requests.csv' },
      after: { requests: oldRequests + 7, file: 'google-government-removal-requests-2026.csv' },
    });
    const { restatements } = await getPublishedChecks(t.db);
    expect(restatements).toHaveLength(1);
    expect(restatements[0]?.label).toContain('Information and Communications Authority');
  });

  it('refuses a file of no known layout, naming its columns and the nearest layout, and writes nothing', async () => {
    const file = join(t.dir, 'mystery.csv');
    writeFileSync(file, 'Period Ending,Country/Region,Requests\n2025-06-30,Kazakhstan,3\n');
    const error = await importPublishedFile(t.db, file, { format: undefined }).catch((e: Error) => e);
    expect(String(error)).toMatch(/"Period Ending", "Country\/Region", "Requests"/);
    expect(String(error)).toMatch(/nearest is google-removals/);
    expect(classifyFile(file).kind).toBe('unknown');
    expect(await count('published_files')).toBe(0);
  });

  it('a bad row refuses the whole file with its line and column', async () => {
    const lines = readFileSync(sharedDataFile(REMOVALS), 'utf8').split('\n');
    lines[3000] = (lines[3000] as string).replace(/,(\d+),(\d+),/, ',12x,$2,');
    const file = join(t.dir, 'bad.csv');
    writeFileSync(file, lines.join('\n'));
    const error = (await importPublishedFile(t.db, file).catch((e) => e)) as { problems: { line: number }[] };
    expect(error.problems.map((p) => p.line)).toContain(3001);
    expect(await count('published_stats')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('reconciles Google Kazakhstan 2025-H1 with item-level records of YouTube', async () => {
    await importPublishedFile(t.db, sharedDataFile(REMOVALS));
    const published = sumColumn(
      REMOVALS,
      'Number of Requests',
      (r) => r['Period Ending'] === '2025-06-30' && r['CLDR Territory Code'] === 'KZ',
    );
    const batch = [1, 2, 3].map((n) =>
      exampleRequest({
        externalId: `kz-yt-${n}`,
        platform: 'youtube',
        submittedAt: `2025-0${n}-10T10:00:00Z`,
        items: [{ externalId: `kz-yt-${n}-1`, contentType: 'video' }],
      }),
    );
    // Asked once before the records exist: the answer kept then must not outlive the write.
    expect(await getReconciliation(t.db, { jurisdictions: ['KZ'] })).toEqual([]);
    await submitRequests(t.db, parseBatch(batch), cliActor);
    const rows = await getReconciliation(t.db, { jurisdictions: ['KZ'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      publisher: 'google',
      jurisdiction: 'KZ',
      periodEnd: '2025-06-30',
      published: { requests: published },
      recorded: { requests: 3, items: 3 },
      difference: { requests: 3 - published },
      recordedSources: ['monitor-a'],
    });
    expect(rows[0]?.coverage).toBeCloseTo(3 / published, 10);
    expect(rows[0]?.sentence).toMatch(
      new RegExp(
        `Monitors recorded 3 of the ${published.toLocaleString('en-US')} requests Google reports for Kazakhstan`,
      ),
    );
  });
});
