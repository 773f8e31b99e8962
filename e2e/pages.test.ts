/**
 * Every page at desktop and phone width: renders without script errors, says what it shows, never
 * scrolls sideways on a phone. Screenshots go to SCREENSHOTS_DIR (default /tmp/shots) for review.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { METRICS } from '../shared/metrics.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';

const SHOTS = process.env.SCREENSHOTS_DIR ?? '/tmp/shots';
const PAGES = [
  { name: 'overview', path: '/?jurisdictions=KZ&platforms=facebook&from=2021-11-01', heading: /Requests and items/ },
  { name: 'explore', path: '/explore?jurisdictions=KZ', heading: /Explore the items/ },
  { name: 'legal-bases', path: '/legal-bases', heading: /Legal bases/ },
  { name: 'provision', path: '/legal-bases/1?granularity=quarter', heading: /art\. 174/ },
  { name: 'agencies', path: '/agencies', heading: /Agencies/ },
  { name: 'data', path: '/data', heading: /Data and sources/ },
  { name: 'methodology', path: '/methodology', heading: /Methodology/ },
  // Account pages as an anonymous visitor sees them: the sign-in form, and sentences pointing to it.
  { name: 'login', path: '/login', heading: /Sign in.*E-mail address/ },
  { name: 'tokens', path: '/tokens', heading: /Sign in as admin or submitter to manage API tokens/ },
  { name: 'audit', path: '/audit', heading: /Sign in as admin to read the audit trail/ },
  { name: 'embed', path: '/chart/legal-basis?embed=1&level=provision', heading: /provisions cited/ },
];
const WIDTHS = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 390, height: 844 },
];

let world: World;

describe.skipIf(skipBrowserTests)('every page in Chromium', () => {
  beforeAll(async () => {
    world = await startWorld();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await world?.close();
  });

  test('the JavaScript a first visit loads stays within 250 KB gzipped (charts load with their page)', () => {
    const index = readFileSync(join(world.clientDir, 'index.html'), 'utf8');
    const initial = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(initial.length).toBeGreaterThan(0);
    const bytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(world.clientDir, file))).length, 0);
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
    for (const file of initial)
      expect(readFileSync(join(world.clientDir, file), 'utf8')).not.toMatch(/recharts-surface/);
  });

  test('the Methodology page is the metric definitions of shared/metrics.ts', async () => {
    const page = await world.browser.newPage();
    await page.goto(`${world.base}/methodology`);
    await page.waitForSelector('#reversalRate');
    for (const m of METRICS) {
      expect(await page.locator(`section#${m.id} h2`).textContent()).toBe(m.name);
      expect(await page.locator(`section#${m.id}`).textContent()).toContain(m.definition);
    }
    await page.close();
  });

  test('printed, a page drops its controls and states its filters as a sentence', async () => {
    const page = await world.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${world.base}/?jurisdictions=KZ&platforms=facebook&from=2021-11-01&to=2023-12-31`);
    await page.waitForSelector('figure[data-chart="volume"][data-state="ready"]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-filters').textContent()).toBe('Kazakhstan · Facebook · 2021-11-01 to 2023-12-31');
    expect(await page.locator('.filter-bar').isVisible()).toBe(false);
    expect(await page.locator('details.actions').first().isVisible()).toBe(false);
    expect(await page.locator('.print-definitions').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'overview-print.png'), fullPage: true });
    // Every chart is still drawn on paper, at a readable size, also after the page is laid out
    // again (as the full-page screenshot above does): the charts' ResizeObservers fire within the
    // next frame and React draws the new size in a task after it, so this waits two frames and a
    // task — the app's own re-measure, not a fixed time — then polls until all 8 cards have a size
    // and a visible mark (a failure shows every chart's figures).
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
    );
    const drawn = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('figure[data-state="ready"] .chart-body')].map((b) => {
          const svg = b.querySelector('svg');
          const marks = [...(svg?.querySelectorAll('rect, path') ?? [])].filter(
            (m) => m.getBoundingClientRect().width > 0,
          );
          const box = svg?.getBoundingClientRect();
          return { width: box?.width ?? 0, height: box?.height ?? 0, marks: marks.length };
        }),
      );
    await expect
      .poll(drawn, { timeout: 10_000 })
      .toSatisfy(
        (charts: { width: number; height: number; marks: number }[]) =>
          charts.length === 8 && charts.every((c) => c.width > 150 && c.height > 50 && c.marks > 0),
      );
    await page.close();
  });

  for (const { label, width, height } of WIDTHS) {
    test(`${label}: every page renders its content, without errors or sideways scrolling`, async () => {
      const page = await world.browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const p of PAGES) {
        await page.goto(`${world.base}${p.path}`);
        // Ready when the page's own content is there and nothing on it is still loading.
        await page.waitForFunction(
          (source) => {
            const text = document.querySelector('main')?.textContent ?? '';
            return new RegExp(source).test(text) && !/Loading/.test(text);
          },
          p.heading.source,
          { timeout: 20_000 },
        );
        await page.screenshot({ path: join(SHOTS, `${p.name}-${label}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
