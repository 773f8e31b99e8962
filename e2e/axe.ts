/**
 * Accessibility checks with axe-core inside the page. The source is evaluated through the DevTools
 * protocol (not a <script> tag), so the app's strict CSP stays on while it runs.
 */

import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

/** Every violation of WCAG 2.x A/AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * The serious and critical violations only: what the browser tests require to be none. With
 * AXE_REPORT=FILE every violation of every impact is appended there as a JSON line, for review.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const all = await axeViolations(page);
  const report = process.env.AXE_REPORT;
  if (report) appendFileSync(report, `${JSON.stringify({ url: page.url(), violations: all })}\n`);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
