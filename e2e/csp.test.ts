/**
 * The built client under the server's strict Content-Security-Policy (no inline scripts or
 * styles): Overview, Explore with an item open, and Platform reports load, draw, and raise no
 * violation. React sets `style={{…}}` through the CSSOM, which CSP allows; a style *attribute*
 * written as HTML would be blocked, and the last test shows the listener does catch that.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SHARED_DATA } from '../server/test/shared-data.ts';
import { chartStates, figuresDrawn } from './chromium.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';

let world: World;

interface Watched {
  page: Page;
  /** CSP violations and console errors seen so far. */
  problems: string[];
}

/** A page that records every CSP violation (from the first script on) and console error. */
async function watchedPage(): Promise<Watched> {
  const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation: (t: string) => void }).reportViolation;
      report(
        `violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, problems };
}

describe.skipIf(skipBrowserTests)('the dashboard under its CSP', () => {
  beforeAll(async () => {
    world = await startWorld({ published: SHARED_DATA });
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  test('the CSP served with the page has no unsafe-inline', async () => {
    const response = await fetch(`${world.base}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  test('Overview draws every chart with no violation; React-set styles apply', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${world.base}/?jurisdictions=KZ`);
    await figuresDrawn(page);
    const states = await chartStates(page);
    expect(Object.values(states).every((s) => s !== 'error')).toBe(true);
    // Chart wrappers are sized through element.style (CSSOM): they took effect.
    const styled = await page.$$eval('.recharts-wrapper', (els) => els.filter((e) => e.style.cssText !== '').length);
    expect(styled).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a chart's SVG and PNG downloads work under the CSP", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${world.base}/?jurisdictions=KZ`);
    await chartStates(page);
    const card = page.locator('figure[data-chart="volume"]');
    await card.locator('details.actions > summary').click();
    for (const name of ['SVG image', 'PNG image']) {
      const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name }).click()]);
      expect(await download.failure(), name).toBeNull();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('Explore with an item open: no violation', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${world.base}/explore?jurisdictions=KZ`);
    await page.locator('button[aria-label^="Open item"]').first().click();
    await page.waitForURL(/[?&]item=\d+/);
    await expect.poll(() => page.getByTestId('timeline').locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('Platform reports: no violation', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${world.base}/platform-reports`);
    const states = await chartStates(page);
    expect(Object.keys(states).length).toBeGreaterThan(0);
    await figuresDrawn(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the listener does catch a violation: a style attribute written as HTML is blocked', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${world.base}/methodology`);
    await page.waitForSelector('#reversalRate');
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
    });
    await expect.poll(() => problems.join('\n')).toMatch(/violation: style-src/);
    await page.close();
  });
});
