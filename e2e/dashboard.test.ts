/** The dashboard in a real browser: charts drawn from the API, URL state, exports, embeds, the explorer. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatCount } from '../shared/format.ts';
import type { LegalBasisRow, Overview, VolumePoint } from '../shared/stats.ts';
import { chartStates, figuresDrawn } from './chromium.ts';
import { parseCsv, skipBrowserTests, startWorld, type World } from './harness.ts';

const OVERVIEW_CHARTS = [
  'volume',
  'legal-basis',
  'removal-rate',
  'removal-by',
  'time-to-decision',
  'appeal-funnel',
  'appeal-outcomes',
  'jurisdiction-platform',
];

let world: World;
let page: Page;
const errors: string[] = [];

const kpi = (p: Page, id: string) => p.locator(`[data-kpi="${id}"] .kpi-value`);

describe.skipIf(skipBrowserTests)('dashboard in Chromium', () => {
  beforeAll(async () => {
    world = await startWorld();
    page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await world?.close();
  });

  test('the overview draws every chart, each with data, and the KPIs match the API', async () => {
    await page.goto(`${world.base}/`);
    const states = await chartStates(page);
    expect(states).toEqual(Object.fromEntries(OVERVIEW_CHARTS.map((c) => [c, 'ready'])));
    for (const chart of OVERVIEW_CHARTS) {
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      expect(await figure.locator('.chart-body svg').count(), chart).toBeGreaterThan(0);
      expect(Number(await figure.locator('[data-n]').getAttribute('data-n')), chart).toBeGreaterThan(0);
      expect(await figure.locator('.card-foot').textContent(), chart).toMatch(/Source: demo-synthetic \(synthetic/);
    }
    const overview = await world.api<Overview>('stats.overview', { filters: {} });
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(overview.items));
    expect(await kpi(page, 'requests').textContent()).toBe(formatCount(overview.requests));
    expect(await page.locator('.synthetic-banner').textContent()).toMatch(/SYNTHETIC DEMO DATA/);
    expect(errors).toEqual([]);
  });

  test('a filter goes into the URL and changes the numbers; reload restores it; back undoes it', async () => {
    await page.goto(`${world.base}/`);
    await chartStates(page);
    await page.locator('details[data-filter="Jurisdiction"] > summary').click();
    await page.getByLabel('Kazakhstan', { exact: false }).first().check();
    await page.waitForURL(/[?&]jurisdictions=KZ(&|$)/);
    const kz = await world.api<Overview>('stats.overview', { filters: { jurisdictions: ['KZ'] } });
    const all = await world.api<Overview>('stats.overview', { filters: {} });
    expect(kz.items).toBeLessThan(all.items);
    // The app says when the figures on screen are this URL's (data-view); until then they may be the last view's.
    await figuresDrawn(page);
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(kz.items));

    await page.reload();
    await figuresDrawn(page);
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(kz.items));
    expect(await page.getByRole('button', { name: 'Remove filter Jurisdiction: Kazakhstan' }).count()).toBe(1);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('jurisdictions'));
    await figuresDrawn(page);
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(all.items));
    await page.goForward();
    await page.waitForURL(/[?&]jurisdictions=KZ(&|$)/);
    await figuresDrawn(page);
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(kz.items));
  });

  test('while a changed view loads, the previous figures are marked as updating, not passed off as current', async () => {
    await page.goto(`${world.base}/`);
    await figuresDrawn(page);
    const all = await world.api<Overview>('stats.overview', { filters: {} });
    // Hold the next overview answer so the in-between state can be looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/trpc/**stats.overview**', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('details[data-filter="Jurisdiction"] > summary').click();
    await page.getByLabel('Kazakhstan', { exact: false }).first().check();
    await page.waitForURL(/[?&]jurisdictions=KZ(&|$)/);
    const row = page.locator('section[aria-label="Headline figures"]');
    await row.and(page.locator('[aria-busy="true"]')).waitFor();
    expect(await row.getAttribute('data-view')).toBe('');
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(all.items));
    expect(await row.locator('.period-note').textContent()).toMatch(/^Updating the figures for this view/);
    expect(await row.locator('dl.kpis').getAttribute('class')).toMatch(/refreshing/);
    release();
    await figuresDrawn(page);
    await page.unroute('**/trpc/**stats.overview**');
    expect(await row.getAttribute('aria-busy')).toBe('false');
    const kz = await world.api<Overview>('stats.overview', { filters: { jurisdictions: ['KZ'] } });
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(kz.items));
  });

  test('filters work from the keyboard alone: open, tick, Escape back to the button', async () => {
    await page.goto(`${world.base}/`);
    await chartStates(page);
    const menu = page.locator('details[data-filter="Platform"]');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]platforms=[a-z]+/);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.getAttribute('data-filter'))).toBe(
      'Platform',
    );
  });

  test("a chart's CSV is exactly the stats API's answer for the same view; its SVG carries title and source", async () => {
    await page.goto(`${world.base}/?jurisdictions=KZ,RU&granularity=quarter&split=platform`);
    await chartStates(page);
    const card = page.locator('figure[data-chart="volume"]');
    await card.locator('details.actions > summary').click();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'CSV (numbers drawn)' }).click(),
    ]);
    const rows = parseCsv(readFileSync(await csvDownload.path(), 'utf8'));
    const { series } = await world.api<{ series: VolumePoint[] }>('stats.volume', {
      filters: { jurisdictions: ['KZ', 'RU'] },
      granularity: 'quarter',
      splitBy: 'platform',
    });
    const [header, ...body] = rows;
    expect(header?.slice(0, 3)).toEqual(['period', 'requests', 'items']);
    const keys = header?.slice(3) ?? [];
    expect(new Set(keys)).toEqual(new Set(series.flatMap((p) => Object.keys(p.bySplit ?? {}))));
    expect(body).toEqual(
      series.map((p) => [
        p.period,
        String(p.requests),
        String(p.items),
        ...keys.map((k) => String(p.bySplit?.[k] ?? 0)),
      ]),
    );

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'SVG image' }).click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Items reported per quarter, by platform');
    expect(svg).toMatch(/Source: demo-synthetic/);
    expect(svg).toContain('Kazakhstan, Russia · all dates');
    expect(svg).toMatch(/>1\. 20\d\d-\d\d-\d\d [^<]+</); // the numbered events, spelt out
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'PNG image' }).click(),
    ]);
    expect(
      readFileSync(await pngDownload.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  test("the legal-basis chart's CSV is the stats.legalBases answer, row for row", async () => {
    await page.goto(`${world.base}/?jurisdictions=KZ&level=provision&from=2022-01-01`);
    await chartStates(page);
    const card = page.locator('figure[data-chart="legal-basis"]');
    await card.locator('details.actions > summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'CSV (numbers drawn)' }).click(),
    ]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const api = await world.api<LegalBasisRow[]>('stats.legalBases', {
      filters: { jurisdictions: ['KZ'], from: '2022-01-01' },
      level: 'provision',
      limit: 15,
    });
    expect(rows).toEqual([
      ['key', 'label', 'items', 'decided', 'actioned', 'removalRate'],
      ...api.map((r) => [
        r.key,
        r.label,
        String(r.items),
        String(r.decided),
        String(r.actioned),
        String(r.removalRate ?? ''),
      ]),
    ]);
  });

  test('an empty view says which filter empties it and how many items removing it would show', async () => {
    await page.goto(`${world.base}/?from=2030-01-01&jurisdictions=KZ`);
    const states = await chartStates(page);
    expect(states.volume).toBe('empty');
    const kz = await world.api<Overview>('stats.overview', { filters: { jurisdictions: ['KZ'] } });
    await expect
      .poll(() => page.locator('figure[data-chart="volume"] .chart-body').textContent())
      .toBe(
        `No records match these filters, so there is nothing to draw. Remove the period 2030-01-01 to latest to see ${formatCount(kz.items)} items.`,
      );
  });

  test('a chart whose data cannot be fetched says so in a sentence; the others still draw', async () => {
    const p = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.route('**/trpc/**stats.timeToDecision**', (route) =>
      route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }),
    );
    await p.goto(`${world.base}/`);
    const states = await chartStates(p);
    expect(states['time-to-decision']).toBe('error');
    expect(states.volume).toBe('ready');
    expect(await p.locator('figure[data-chart="time-to-decision"] .chart-body').textContent()).toMatch(
      /^The time to decision could not be loaded: the server could not be reached or did not answer properly\. Reload/,
    );
    await p.close();
  });

  test('a link with a value the dashboard does not understand says so and shows the rest', async () => {
    await page.goto(`${world.base}/?granularity=fortnight&jurisdictions=KZ,XX1`);
    expect(await page.locator('.notice').textContent()).toMatch(/granularity=fortnight, jurisdictions=XX1/);
    const kz = await world.api<Overview>('stats.overview', { filters: { jurisdictions: ['KZ'] } });
    await figuresDrawn(page);
    expect(await kpi(page, 'items').textContent()).toBe(formatCount(kz.items));
  });

  test('the embed view renders the chart alone, with its source line', async () => {
    const embed = await world.browser.newPage({ viewport: { width: 700, height: 600 } });
    await embed.goto(`${world.base}/chart/removal-rate?embed=1&jurisdictions=KZ&granularity=year`);
    expect(await chartStates(embed)).toEqual({ 'removal-rate': 'ready' });
    expect(await embed.locator('.site-header, .filter-bar').count()).toBe(0);
    expect(await embed.locator('figure .card-foot').textContent()).toMatch(/Source: demo-synthetic/);
    await expect.poll(() => embed.locator('figure .card-foot').textContent()).toMatch(/Kazakhstan · all dates/);
    expect(await embed.locator('.synthetic-banner').textContent()).toMatch(/SYNTHETIC/);
    expect(await embed.getByRole('link', { name: /Open in Takedown Monitor/ }).getAttribute('href')).toBe(
      '/chart/removal-rate?granularity=year&jurisdictions=KZ',
    );
    await embed.close();
  });

  test("the explorer opens an item's request, legal bases and timeline, and the link reopens it", async () => {
    await page.goto(`${world.base}/explore?jurisdictions=KZ`);
    const first = page.locator('button[aria-label^="Open item"]').first();
    await first.click();
    await page.waitForURL(/[?&]item=\d+/);
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await timeline.locator('li').first().textContent()).toMatch(/Request submitted/);
    expect(await page.locator('.item-detail').textContent()).toMatch(/Legal bases cited[\s\S]*KZ /);
    await page.reload();
    await expect.poll(() => page.getByTestId('timeline').locator('li').count()).toBeGreaterThanOrEqual(2);
  });
});
