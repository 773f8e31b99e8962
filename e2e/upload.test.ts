/**
 * Bulk upload in Chromium (issue 11): a submitter uploads a file with errors and sees every
 * problem with nothing written, uploads the corrected file, reads its preview (new / changed /
 * unchanged, first rows), commits, and the Overview and the API move by exactly the file's
 * records. axe finds no serious violation in the empty, problems and preview states.
 * Screenshots go to /tmp/shots/upload-*.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../server/services/auth/users.ts';
import { submitRequests } from '../server/services/ingest/index.ts';
import { exampleRequest } from '../server/test/fixtures.ts';
import { formatCount } from '../shared/format.ts';
import { RequestInput, type RequestWire } from '../shared/interchange.ts';
import type { Overview } from '../shared/stats.ts';
import { seriousAxeViolations } from './axe.ts';
import { figuresDrawn } from './chromium.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';
import { collectPageErrors, shootAtBothWidths } from './page-checks.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const PASSWORD = 'correct horse battery staple';
const SOURCE = 'monitor-up';

let world: World;
let page: Page;
const errors: string[] = [];

const record = (i: number, outcome: 'pending' | 'removed_global' = 'pending'): RequestWire =>
  exampleRequest({
    externalId: `up-${i}`,
    source: SOURCE,
    items: [{ externalId: '1', outcome, decidedAt: outcome === 'pending' ? undefined : '2022-03-20T00:00:00Z' }],
  });
const line = (r: unknown) => JSON.stringify(r);
/** Stored before: up-1 (sent again unchanged) and up-2 (sent again with a decision). New: up-3…up-5. */
const GOOD = [record(1), record(2, 'removed_global'), record(3), record(4), record(5)].map(line);
const BAD = [
  GOOD[0],
  '{"externalId": "up-2", oops',
  line({ ...record(3), jurisdiction: 'XX' }),
  GOOD[3],
  line({ ...record(5), items: [{ externalId: '1', outcome: 'vaporised' }] }),
];
const file = (lines: (string | undefined)[]) => ({
  name: 'records.jsonl',
  mimeType: 'application/x-ndjson',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});

async function shoot(name: string): Promise<void> {
  await shootAtBothWidths(page, `${SHOTS}/upload-${name}`, name);
}

async function expectNoSeriousAxeViolations(): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** A published report in Google's layout: two figures for Kazakhstan. */
const GOOGLE_REPORT = [
  'Period Ending,Country/Region,CLDR Territory Code,Requestor,Number of Requests,Items Requested To Be Removed,% Removed-Legal,% Removed-Policy,% Content Not Found,% Not Enough Information ,% No Action Taken,% Content Already Removed',
  '2019-06-30,Kazakhstan,KZ,Court Order Directed at 3rd Party,1,3,100,,,,,',
  '2019-06-30,Kazakhstan,KZ,Government Officials,4,9,50,50,,,,',
].join('\n');

const totals = () => world.api<Overview>('stats.overview', { filters: {} });

describe.skipIf(skipBrowserTests)('bulk upload in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    world = await startWorld({
      prepare: async (db) => {
        await createUser(
          db,
          { email: 'sub@example.org', name: 'Sam Submitter', role: 'submitter', sources: [SOURCE], password: PASSWORD },
          { kind: 'cli', name: 'cli:user-create' },
        );
        await createUser(
          db,
          { email: 'adm@example.org', name: 'Ada Admin', role: 'admin', sources: [], password: PASSWORD },
          { kind: 'cli', name: 'cli:user-create' },
        );
        const stored = [record(1), record(2)].map((r) => RequestInput.parse(r));
        await submitRequests(db, stored, { kind: 'cli', name: 'cli:test' });
      },
    });
    page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Script errors and strict-CSP violations on these pages are failures.
    await collectPageErrors(page, errors);
  }, 180_000);
  afterAll(async () => {
    await world?.close();
  });

  test('signed in as a submitter, by keyboard, the page offers a labelled file input', async () => {
    await page.goto(`${world.base}/upload`);
    await page.locator('[data-account="anonymous"] a', { hasText: 'Sign in' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByLabel('E-mail address').fill('sub@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.locator('[data-account="submitter"]').waitFor();
    await page.waitForURL(/\/upload$/);
    await page.locator('[data-upload="empty"]').waitFor();
    // Tab reaches the file input; its accessible name is its label.
    const input = page.getByLabel('Choose an interchange file (.csv or .jsonl)');
    await input.focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-file');
    await expectNoSeriousAxeViolations();
    await shoot('empty');
  });

  test('a file with errors lists every problem by line, field and reason, and writes nothing', async () => {
    const before = await totals();
    await page.getByLabel('Choose an interchange file (.csv or .jsonl)').setInputFiles(file(BAD));
    await page.locator('[data-upload="problems"] tbody tr').first().waitFor();
    const rows = await page
      .locator('[data-upload="problems"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map(([l, field]) => [l, field])).toEqual([
      ['2', '(whole record)'],
      ['3', 'jurisdiction'],
      ['5', 'items[0].outcome'],
    ]);
    expect(rows[0]?.[2]).toMatch(/not valid JSON/);
    expect(await page.locator('#upload-problems').textContent()).toBe('3 problems in the file');
    expect(await totals()).toEqual(before);
    await expectNoSeriousAxeViolations();
    await shoot('problems');
  });

  test('the corrected file is previewed, committed, and the figures move by exactly its records', async () => {
    const before = await totals();
    await page.getByLabel('Choose an interchange file (.csv or .jsonl)').setInputFiles(file(GOOD));
    const preview = page.locator('[data-upload="preview"]');
    await preview.waitFor();
    const count = (id: string) => preview.locator(`[data-count="${id}"] dd`).textContent();
    expect([await count('created'), await count('updated'), await count('unchanged'), await count('items')]).toEqual([
      '3',
      '1',
      '1',
      '4',
    ]);
    const statuses = await preview.locator('tbody tr td:last-child').allTextContents();
    expect(statuses).toEqual(['unchanged', 'changed', 'new', 'new', 'new']);
    expect(await totals()).toEqual(before);
    await expectNoSeriousAxeViolations();
    await shoot('preview');

    await preview.getByRole('button', { name: 'Commit 5 requests' }).click();
    const done = page.locator('[data-upload="committed"]');
    await done.waitFor();
    expect(await done.locator('[data-count="created"] dd').textContent()).toBe('3');
    const after = await totals();
    expect(after.requests - before.requests).toBe(3);
    expect(after.items - before.items).toBe(3);
    // up-2's item is now decided and removed: one more decided and actioned than before.
    expect(after.decided - before.decided).toBe(1);
    await expectNoSeriousAxeViolations();
    await shoot('committed');

    await page.getByRole('link', { name: 'Overview' }).first().click();
    await figuresDrawn(page);
    expect(await page.locator('[data-kpi="requests"] .kpi-value').textContent()).toBe(formatCount(after.requests));
    expect(await page.locator('[data-kpi="items"] .kpi-value').textContent()).toBe(formatCount(after.items));
    expect(errors).toEqual([]);
  });

  test('an admin uploads a published report: preview of its figures, commit, the published totals move', async () => {
    await page.locator('.account').getByRole('button', { name: 'Sign out' }).click();
    await page.locator('[data-account="anonymous"]').waitFor();
    await page.goto(`${world.base}/login`);
    await page.getByLabel('E-mail address').fill('adm@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.locator('[data-account="admin"]').waitFor();
    await page.locator('.account').getByRole('link', { name: 'Upload' }).click();
    const before = await world.api<{ requests: number; items: number }>('published.totals', { jurisdictions: ['KZ'] });
    const csv = {
      name: 'google-government-removal-requests.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOGLE_REPORT),
    };
    await page.getByLabel('Choose a published-report file (.csv)').setInputFiles(csv);
    const preview = page.locator('[data-upload="preview"]');
    await preview.waitFor();
    expect(await preview.locator('[data-count="created"] dd').textContent()).toBe('2');
    expect(await preview.locator('tbody tr').count()).toBe(2);
    await expectNoSeriousAxeViolations();
    await shoot('published-preview');
    await preview.getByRole('button', { name: 'Commit 2 figures' }).click();
    await page.locator('[data-upload="committed"]').waitFor();
    const after = await world.api<{ requests: number; items: number }>('published.totals', { jurisdictions: ['KZ'] });
    expect([after.requests - before.requests, after.items - before.items]).toEqual([5, 12]);
    expect(errors).toEqual([]);
  });
});
