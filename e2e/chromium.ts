/**
 * Debian's Chromium driven by playwright-core, for the browser tests and `npm run bench`: where it
 * is, how it is launched, and how a page says its charts are drawn.
 */
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Waits until every chart on the page has finished loading, and returns their states by chart id. */
export async function chartStates(p: Page, timeout = 20_000): Promise<Record<string, string>> {
  await p.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('figure[data-chart]')];
      return charts.length > 0 && charts.every((f) => f.getAttribute('data-state') !== 'loading');
    },
    undefined,
    { timeout },
  );
  return p.$$eval('figure[data-chart]', (figures) =>
    Object.fromEntries(figures.map((f) => [f.getAttribute('data-chart') ?? '', f.getAttribute('data-state') ?? ''])),
  );
}

/**
 * Waits until the KPI row and every chart card show figures drawn for the URL the page is at now
 * (`data-view`, set by the app), not the previous view's kept while the new ones load.
 */
export async function figuresDrawn(p: Page, timeout = 20_000): Promise<void> {
  await p.waitForFunction(
    () => {
      const here = location.pathname + location.search;
      const views = [...document.querySelectorAll('[data-view]')];
      return views.length > 0 && views.every((e) => e.getAttribute('data-view') === here);
    },
    undefined,
    { timeout },
  );
}
