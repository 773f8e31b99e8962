/**
 * The Platform reports pages in Chromium, on the real published files of ../shared/data imported
 * into a freshly seeded database: every chart drawn with data, the numbers the publishers give,
 * the Kazakhstan page, reconciliation coverage, the Overview line, Methodology, screenshots.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SHARED_DATA } from '../server/test/shared-data.ts';
import { formatCount, formatRate } from '../shared/format.ts';
import type { PublishedRowOut, PublishedRowsPage, PublishedTotals, ReconciliationRow } from '../shared/published.ts';
import {
  DSA_CATEGORY_REASONS,
  GOOGLE_REASON_CATEGORIES,
  MEASURE_DEFINITIONS,
  PUBLISHED_SECTIONS,
  REQUESTER_KIND_MAPPING,
} from '../shared/published-metrics.ts';
import { chartStates, figuresDrawn } from './chromium.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';

const SHOTS = process.env.SCREENSHOTS_DIR ?? '/tmp/shots';
const CHARTS = [
  'published-volume',
  'published-shares',
  'published-products',
  'published-dsa-states',
  'published-complaints',
  'appeal-funnel',
  'published-dsa-categories',
  'published-coverage',
];
const TABLES = ['published-reconciliation', 'published-checks', 'published-sources'];

let world: World;
const errors: string[] = [];

/** Every card has finished loading, and every figure on screen was drawn for the URL the page is at now. */
/**
 * The state of every card once all of them show figures drawn for the URL the page is at now: after
 * a client-side navigation the previous page's cards (all drawn, for the old URL) stay until the new
 * page mounts, so the states are read only when every card belongs to this URL.
 */
async function drawn(page: Page): Promise<Record<string, string>> {
  await figuresDrawn(page);
  return chartStates(page);
}

const n = async (page: Page, chart: string) =>
  Number(await page.locator(`figure[data-chart="${chart}"] [data-n]`).getAttribute('data-n'));

async function open(path: string, width = 1280): Promise<Page> {
  const page = await world.browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(`${world.base}${path}`);
  return page;
}

describe.skipIf(skipBrowserTests)('Platform reports in Chromium, on the real published files', () => {
  beforeAll(async () => {
    world = await startWorld({ published: SHARED_DATA });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await world?.close();
  });

  test('the page draws every chart and table with data, each naming the publishers’ reports', async () => {
    const page = await open('/platform-reports');
    const states = await drawn(page);
    expect(states).toEqual(Object.fromEntries([...CHARTS, ...TABLES].map((id) => [id, 'ready'])));
    for (const chart of CHARTS) {
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      expect(await figure.locator('.chart-body svg.recharts-surface').count(), chart).toBeGreaterThan(0);
      expect(await n(page, chart), chart).toBeGreaterThan(0);
    }
    const totals = await world.api<PublishedTotals>('published.totals', {});
    expect(await n(page, 'published-volume')).toBe(totals.requests);
    const source = (chart: string) => page.locator(`figure[data-chart="${chart}"] .card-foot`).textContent();
    expect(await source('published-shares')).toMatch(/Source: Google Transparency Report · Takedown Monitor/);
    expect(await source('published-dsa-states')).toMatch(/AliExpress, Meta, TikTok DSA transparency reports/);
    // The DSA orders per Member State add up to the services' own TOTAL rows: 1,358 + 782 + 238.
    expect(await n(page, 'published-dsa-states')).toBe(1358 + 782 + 238);
    expect(await page.locator('figure[data-chart="published-dsa-states"] .medians').textContent()).toMatch(
      /unit not stated|hours/,
    );
    expect(await page.locator('figure[data-chart="published-complaints"]').textContent()).toContain(
      `TikTok: ${formatCount(15_411_338)} complaints`,
    );
    expect(await page.locator('figure[data-chart="published-checks"]').textContent()).toContain(
      'TOTAL row gives 104 for "ACCOUNTS SPECIFIED"; the 19 country rows above sum to 106',
    );
    expect(await page.locator('figure[data-chart="published-sources"] tbody tr').count()).toBeGreaterThanOrEqual(13);
    await page.close();
  });

  test('one half-year of Google matches the export’s own sums, in the totals and in the product breakdown', async () => {
    const page = await open('/platform-reports?from=2025-01-01&to=2025-06-30&platforms=google');
    await drawn(page);
    expect(await n(page, 'published-volume')).toBe(24_968);
    expect(await page.locator('figure[data-chart="published-volume"] [data-n]').textContent()).toContain(
      `${formatCount(664_623)} items`,
    );
    expect(await n(page, 'published-products')).toBe(24_968);
    await page.close();
  });

  test('the split is URL state: stacking by country retitles the chart and survives a reload', async () => {
    const page = await open('/platform-reports');
    await drawn(page);
    await page.locator('figure[data-chart="published-volume"] select').selectOption('jurisdiction');
    await page.waitForURL(/[?&]split=jurisdiction/);
    await drawn(page);
    const title = page.locator('figure[data-chart="published-volume"] h2');
    expect(await title.textContent()).toMatch(/by country/);
    await page.reload();
    await drawn(page);
    expect(await title.textContent()).toMatch(/by country/);
    expect(await page.locator('figure[data-chart="published-volume"] .legend li').count()).toBeGreaterThan(2);
    await page.close();
  });

  test('the Kazakhstan page shows Google’s Information and Communications Authority figures', async () => {
    const page = await open('/platform-reports/KZ');
    const states = await drawn(page);
    expect(states['published-google-requesters']).toBe('ready');
    expect(states['published-x-country']).toBe('ready');
    expect(states['published-dsa-country']).toBeUndefined();
    const google = page.locator('figure[data-chart="published-google-requesters"]');
    const row = google
      .locator('tbody tr', { hasText: '2021 H1' })
      .filter({ hasText: 'Information and Communications Authority' });
    expect(await row.first().textContent()).toContain(formatCount(30_833));
    expect(await row.first().textContent()).toContain('79');
    expect(await page.locator('h1').textContent()).toBe('Kazakhstan in the platforms’ own reports');
    // X lists Kazakhstan but gives no figure ("-"), which stays no figure, not 0.
    expect(await page.locator('figure[data-chart="published-x-country"]').textContent()).toMatch(/gives no figures/);
    await page.close();
  });

  test('reconciliation shows a coverage figure, the same as recorded ÷ published from the API', async () => {
    const rows = await world.api<ReconciliationRow[]>('published.reconciliation', {});
    expect(rows.length).toBeGreaterThan(0);
    const given = rows.filter((r) => (r.published.requests ?? 0) > 0);
    const pooled =
      given.reduce((s, r) => s + r.recorded.requests, 0) / given.reduce((s, r) => s + (r.published.requests ?? 0), 0);
    const page = await open('/platform-reports');
    await drawn(page);
    const note = page.locator('figure[data-chart="published-coverage"] [data-coverage]');
    expect(Number(await note.getAttribute('data-coverage'))).toBeCloseTo(pooled, 12);
    expect(await note.textContent()).toContain(formatRate(pooled));
    const cell = page.locator('figure[data-chart="published-reconciliation"] td[data-coverage]').first();
    expect(await cell.textContent()).toMatch(/^\d+(\.\d)?%$/);
    // Country names link to the country page.
    await page.locator('figure[data-chart="published-reconciliation"] tbody th a').first().click();
    await page.waitForURL(/\/platform-reports\/[A-Z]{2}/);
    expect((await drawn(page))['published-country-reconciliation']).toBe('ready');
    await page.close();
  });

  test('filters published figures cannot follow are named, not silently dropped', async () => {
    const page = await open('/platform-reports?jurisdictions=KZ&categories=privacy');
    await drawn(page);
    expect(await page.locator('.unapplied').textContent()).toMatch(
      /Not applied to published figures: Legal category: Privacy/,
    );
    await page.close();
  });

  test('the Overview says what the platforms’ own reports count for the view, and nothing when they count nothing', async () => {
    const kz = await world.api<PublishedTotals>('published.totals', { jurisdictions: ['KZ'] });
    const page = await open('/?jurisdictions=KZ');
    await page.waitForSelector('.published-line');
    expect(await page.locator('.published-line').textContent()).toBe(
      `Platforms’ own reports count ${formatCount(kz.requests ?? 0)} requests for this view (Google, X) — see Platform reports.`,
    );
    await page.goto(`${world.base}/?from=2000-01-01&to=2000-12-31`);
    await drawn(page);
    expect(await page.locator('.published-line').count()).toBe(0);
    await page.close();
  });

  test('Methodology defines every published measure, and every card’s Definitions link lands on a section', async () => {
    const page = await open('/methodology');
    await page.waitForSelector('#published-statistics');
    const text = (await page.locator('#published-statistics').textContent()) ?? '';
    for (const m of Object.values(MEASURE_DEFINITIONS)) expect(text).toContain(m.name);
    for (const id of Object.values(PUBLISHED_SECTIONS)) expect(await page.locator(`section#${id}`).count(), id).toBe(1);
    await page.close();
  });

  test('the mappings Methodology states are the ones the imported rows carry', async () => {
    // Every row of a listing, a page at a time.
    const rows = async (input: object) => {
      const all: PublishedRowOut[] = [];
      for (let total = 1; all.length < total; ) {
        const page = await world.api<PublishedRowsPage>('published.rows', { ...input, offset: all.length });
        if (page.rows.length === 0) break;
        all.push(...page.rows);
        total = page.total;
      }
      return all;
    };
    const detailed = await rows({ format: 'google-detailed', from: '2024-07-01', to: '2025-06-30' });
    expect(detailed.length).toBeGreaterThan(0);
    for (const r of detailed) expect(r.reason, r.reasonLabel ?? '').toBe(GOOGLE_REASON_CATEGORIES[r.reasonLabel ?? '']);
    const kinds = new Map(REQUESTER_KIND_MAPPING.filter((m) => m.publisher === 'Google').map((m) => [m.label, m.kind]));
    for (const r of await rows({ format: 'google-removals', role: 'figure', from: '2025-01-01' }))
      if (kinds.has(r.requesterLabel ?? ''))
        expect(r.requesterKind, r.requesterLabel ?? '').toBe(kinds.get(r.requesterLabel ?? ''));
    const categories = (await rows({ format: 'dsa-orders', role: 'breakdown' })).filter((r) =>
      r.reasonCode?.startsWith('STATEMENT_CATEGORY_'),
    );
    expect(categories.length).toBeGreaterThan(0);
    for (const r of categories)
      expect(r.reason, r.reasonCode ?? '').toBe(
        DSA_CATEGORY_REASONS[(r.reasonCode ?? '').replace('STATEMENT_CATEGORY_', '')],
      );
  });

  test('the page is its own lazy chunk: none of its code is in the first visit’s JavaScript', () => {
    const index = readFileSync(join(world.clientDir, 'index.html'), 'utf8');
    const initial = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    for (const file of initial)
      expect(readFileSync(join(world.clientDir, file), 'utf8')).not.toContain('Where publishers contradict themselves');
    const chunks = readdirSync(join(world.clientDir, 'assets'));
    expect(chunks.some((f) => /^PlatformReportsPage-.*\.js$/.test(f))).toBe(true);
    expect(chunks.some((f) => /^CountryReportPage-.*\.js$/.test(f))).toBe(true);
  });

  test('an embedded published chart renders alone', async () => {
    const page = await open('/chart/published-shares?embed=1&jurisdictions=KZ');
    expect((await drawn(page))['published-shares']).toBe('ready');
    expect(await page.locator('.site-header').count()).toBe(0);
    await page.close();
  });

  for (const { label, width } of [
    { label: 'desktop', width: 1280 },
    { label: 'phone', width: 390 },
  ]) {
    test(`${label}: both pages render without errors or sideways scrolling (screenshots in ${SHOTS})`, async () => {
      for (const [name, path] of [
        ['platform-reports', '/platform-reports'],
        ['platform-reports-kz', '/platform-reports/KZ'],
        ['platform-reports-de', '/platform-reports/DE'],
      ] as const) {
        const page = await open(path, width);
        await drawn(page);
        await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await page.close();
      }
      expect(errors).toEqual([]);
    });
  }
});
