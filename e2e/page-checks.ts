/** What the page-driving browser tests check on the way: script errors, CSP violations, layout at two widths. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Collects uncaught script errors and strict-CSP violations of `page` into `errors` (the tests
 * expect it empty at the end): a blocked inline style or script is a bug, not noise.
 */
export async function collectPageErrors(page: Page, errors: string[]): Promise<void> {
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('reportViolation', (text: string) => errors.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportViolation: (t: string) => void }).reportViolation;
      report(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

/**
 * Full-page screenshots at desktop and phone width (`<path>-<width>.png`, to be looked at), each
 * checked for sideways scrolling; the viewport is back at 1280 px afterwards.
 */
export async function shootAtBothWidths(page: Page, path: string, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${path}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
