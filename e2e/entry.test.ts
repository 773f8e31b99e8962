/**
 * Data entry in a real browser: a submitter enters a request with two items and two legal bases
 * (one new) partly by keyboard alone, sees it counted on the Overview and listed in Explore, then
 * records an outcome and an appeal from the item's detail (at phone width too) and reads them in
 * its timeline. axe-core finds no serious violation on these pages. Screenshots: /tmp/shots/entry-*.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../server/services/auth/users.ts';
import { formatCount } from '../shared/format.ts';
import type { Overview } from '../shared/stats.ts';
import { seriousAxeViolations } from './axe.ts';
import { figuresDrawn } from './chromium.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';
import { collectPageErrors } from './page-checks.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
const PASSWORD = 'correct horse battery staple';
const REQUEST_ID = 'kz-entry-e2e-1';

let world: World;
let page: Page;
const errors: string[] = [];

const kpi = (id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`);
const overview = () => world.api<Overview>('stats.overview', { filters: {} });

async function shot(name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/entry-${name}.png`, fullPage });
}

async function noSeriousViolations(where: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

async function sidewaysScroll(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Types into a picker and waits until its suggestions answer for the text (the app's own listbox). */
async function typeInPicker(label: string, text: string, expect: (count: number) => boolean): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.focus();
  await page.keyboard.type(text);
  const list = `#${await box.getAttribute('aria-controls')}`;
  await page.waitForFunction(
    ({ list, text }) => {
      const box = document.querySelector(`[aria-controls="${list.slice(1)}"]`) as HTMLInputElement | null;
      const options = document.querySelectorAll(`${list} [role="option"]`);
      return box?.value === text && !document.querySelector(`${list} + .hint`) && options.length > 0;
    },
    { list, text },
  );
  const count = await page.locator(`${list} [role="option"]`).count();
  if (!expect(count)) throw new Error(`${label}: ${count} suggestions for "${text}"`);
}

describe.skipIf(skipBrowserTests)('data entry in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    world = await startWorld({
      prepare: async (db) => {
        await createUser(
          db,
          {
            email: 'sub@example.org',
            name: 'Sam Submitter',
            role: 'submitter',
            sources: ['monitor-x'],
            password: PASSWORD,
          },
          { kind: 'cli', name: 'cli:user-create' },
        );
      },
    });
    page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Script errors and strict-CSP violations on these pages are failures.
    await collectPageErrors(page, errors);
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  test('signed out, /enter says who may enter; signed in as a submitter, the empty form has no serious axe violation', async () => {
    await page.goto(`${world.base}/enter`);
    await page.locator('[data-state="anonymous"]').waitFor();
    expect(await page.locator('.entry-page').textContent()).toMatch(/Sign in as submitter to enter requests/);
    await page.locator('[data-state="anonymous"] a').click();
    await page.waitForURL(/\/login$/);
    await page.getByLabel('E-mail address').fill('sub@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/enter$/);
    await page.locator('form.entry-form').waitFor();
    await noSeriousViolations('empty entry form');
    await shot('empty');
  });

  test('saving an empty form names each wrong field at the field, writes nothing, and stays accessible', async () => {
    const before = await overview();
    await page.getByRole('button', { name: 'Save the request' }).click();
    const alert = page.locator('.entry-form .form-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/need correcting; nothing was saved/);
    const externalId = page.getByLabel('Request id (yours, unique in the source)');
    expect(await externalId.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#entry-externalId-error').textContent()).toMatch(/must not be empty/);
    expect(await page.getByLabel('Jurisdiction').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#entry-submittedAt-error').textContent()).toMatch(/ISO 8601|date/);
    // The summary has the focus, so a screen reader starts there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await noSeriousViolations('entry form with field errors');
    await shot('errors');
    expect((await overview()).requests).toBe(before.requests);
  });

  test('a request with two items and two legal bases (one new), entered partly by keyboard, counts on the Overview at once', async () => {
    await page.goto(`${world.base}/`);
    await figuresDrawn(page);
    const before = await overview();
    expect(await kpi('requests').textContent()).toBe(formatCount(before.requests));

    await page.goto(`${world.base}/enter`);
    await page.locator('form.entry-form').waitFor();
    // Keyboard only: the request id, the jurisdiction, the agency picker and the legal-basis picker.
    await page.getByLabel('Request id (yours, unique in the source)').focus();
    await page.keyboard.type(REQUEST_ID);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry-jurisdiction');
    await page.getByLabel('Jurisdiction').selectOption('KZ');
    await typeInPicker('Agency', 'Information', (n) => n >= 2);
    await noSeriousViolations('entry form, agency suggestions open');
    // The suggestions float below the field: the shot takes the room under it too.
    const box = await page.locator('.agency-field').boundingBox();
    if (box) {
      const clip = { x: box.x, y: box.y, width: box.width, height: box.height + 260 };
      await page.screenshot({ path: `${SHOTS}/entry-agency-picker.png`, clip });
    }
    await page.keyboard.press('Enter');
    await page.locator('[data-picked="agency"]').waitFor();
    expect(await page.getByRole('combobox', { name: 'Agency', exact: true }).inputValue()).toMatch(/Information/);

    await page.getByLabel('Platform').fill('facebook');
    await page.getByLabel('Channel').selectOption('official_letter');
    await page.getByLabel('Time zone of the dates below').selectOption('Asia/Almaty');
    const submitted = page.locator('fieldset.when').filter({ hasText: 'Submitted to the platform on' });
    await submitted.getByLabel('Date', { exact: true }).fill('2026-01-02');
    await submitted.getByLabel('Time (optional)').fill('10:15');
    expect(await submitted.locator('[data-utc]').getAttribute('data-utc')).toBe('2026-01-02T05:15:00.000Z');
    await page.getByLabel('Stated reason (optional, as the agency wrote it)').fill('Spreading false information');

    // A provision from the catalogue, picked with ↓ and Enter …
    await typeInPicker('Add a legal basis', 'Criminal', (n) => n >= 2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('[data-basis="catalogue"]').waitFor();
    // … and a new one: the only suggestion for unknown words is to add it.
    await typeInPicker('Add a legal basis', 'Law on Entry Testing', (n) => n === 1);
    await page.keyboard.press('Enter');
    await page.locator('[data-basis="new"]').waitFor();
    await page.locator('[data-basis="new"]').getByLabel('Article').fill('12');
    await page.locator('[data-basis="new"]').getByLabel('Category (optional)').selectOption('misinformation');

    const first = page.locator('[data-item="0"]');
    await first.getByLabel('Content URL (optional)').fill('https://facebook.example/p/1');
    await first.getByLabel('Author').selectOption('journalist');
    await first.getByLabel('Outcome').selectOption('restricted_local');
    await first.getByLabel('Date', { exact: true }).fill('2026-01-03');
    await page.getByRole('button', { name: 'Add an item' }).click();
    const second = page.locator('[data-item="1"]');
    await second.getByLabel('Content type').selectOption('video');

    // The draft survives a reload of the page while the form is open.
    await page.reload();
    await page.locator('[data-item="1"]').waitFor();
    expect(await page.getByLabel('Request id (yours, unique in the source)').inputValue()).toBe(REQUEST_ID);
    await noSeriousViolations('filled entry form');
    await shot('filled');

    await page.getByRole('button', { name: 'Save the request' }).click();
    await page.locator(`[data-saved="${REQUEST_ID}"]`).waitFor();
    expect(await page.locator('.saved').textContent()).toMatch(/Saved: request kz-entry-e2e-1 with 2 items/);
    await shot('saved');

    const after = await overview();
    expect(after.requests - before.requests).toBe(1);
    expect(after.items - before.items).toBe(2);
    await page.getByRole('link', { name: 'See the Overview' }).click();
    await figuresDrawn(page);
    expect(await kpi('requests').textContent()).toBe(formatCount(after.requests));
    expect(await kpi('items').textContent()).toBe(formatCount(after.items));
    expect(errors).toEqual([]);
  });

  test('in Explore, the item records an outcome and an appeal, and its timeline shows them', async () => {
    await page.goto(`${world.base}/explore`);
    const open = page.locator('button[aria-label^="Open item item-2,"]').first();
    await open.click();
    const detail = page.locator('.item-detail[data-state="ready"]');
    await detail.waitFor();
    expect(await detail.textContent()).toContain(REQUEST_ID);
    expect(await detail.textContent()).toMatch(/Law on Entry Testing art\. 12/);
    await detail.locator('.item-history[data-state="ready"]').waitFor();
    expect(await detail.locator('[data-testid="history"] li').first().textContent()).toMatch(/Request recorded/);

    await detail.getByRole('button', { name: 'Record the outcome' }).click();
    const outcomeForm = detail.locator('form[data-form="outcome"]');
    await outcomeForm.getByLabel('Outcome').selectOption('removed_global');
    await outcomeForm.getByLabel('Date', { exact: true }).fill('2026-01-04');
    await noSeriousViolations('item detail, outcome form open');
    await detail.screenshot({ path: `${SHOTS}/entry-outcome-form.png` });
    await outcomeForm.getByRole('button', { name: 'Record the outcome' }).click();
    await detail.locator('.done').filter({ hasText: 'Outcome recorded: removed globally' }).waitFor();
    await detail.locator('[data-step^="Outcome recorded"]').waitFor();

    await detail.getByRole('button', { name: 'Record an appeal' }).click();
    const appealForm = detail.locator('form[data-form="appeal"]');
    await appealForm.getByLabel('Appellant').selectOption('content_author');
    await appealForm.getByLabel('Where it was filed').selectOption('internal_review');
    await appealForm
      .locator('fieldset.when')
      .filter({ hasText: 'Filed on' })
      .getByLabel('Date', { exact: true })
      .fill('2026-01-05');
    await appealForm.getByLabel('Decision').selectOption('reversed');
    await appealForm
      .locator('fieldset.when')
      .filter({ hasText: 'Decided on' })
      .getByLabel('Date', { exact: true })
      .fill('2026-01-20');
    await noSeriousViolations('item detail, appeal form open');
    await detail.screenshot({ path: `${SHOTS}/entry-appeal-form.png` });
    await appealForm.getByRole('button', { name: 'Record the appeal' }).click();
    await detail.locator('[data-step="Appeal appeal-1 recorded"]').waitFor();
    const timeline = await detail.locator('[data-testid="timeline"]').textContent();
    expect(timeline).toMatch(/Decided: .*Appealed by content author.*Appeal decided: Reversed/s);

    const toggles = detail.locator('.action-buttons');
    await toggles.getByRole('button', { name: 'Retract the request' }).click();
    await detail.locator('form[data-form="retract"]').waitFor();
    await noSeriousViolations('item detail, retract form open');
    await toggles.getByRole('button', { name: 'Retract the request' }).click();
    await detail.screenshot({ path: `${SHOTS}/entry-detail-history.png` });
    expect(errors).toEqual([]);
  });

  test('at phone width the outcome form is usable and nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${world.base}/explore`);
    await page.locator('button[aria-label^="Open item item-1,"]').first().click();
    const detail = page.locator('.item-detail[data-state="ready"]');
    await detail.waitFor();
    await detail.getByRole('button', { name: 'Record the outcome' }).click();
    const form = detail.locator('form[data-form="outcome"]');
    await form.getByLabel('Outcome').selectOption('no_action');
    await form.getByLabel('Basis of the decision').selectOption('platform_policy');
    expect(await sidewaysScroll()).toBeLessThanOrEqual(0);
    // The detail alone: the full page at 390 px is the whole item list above it.
    await detail.screenshot({ path: `${SHOTS}/entry-outcome-390.png` });
    await form.getByRole('button', { name: 'Record the outcome' }).click();
    await detail.locator('.done').filter({ hasText: 'Outcome recorded: no action' }).waitFor();
    await page.goto(`${world.base}/enter`);
    await page.locator('form.entry-form').waitFor();
    expect(await sidewaysScroll()).toBeLessThanOrEqual(0);
    await shot('empty-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  test('retracting the request with a reason takes it out of every figure; its submitter still sees it, retracted', async () => {
    const before = await overview();
    await page.goto(`${world.base}/explore`);
    await page.locator('button[aria-label^="Open item item-1,"]').first().click();
    const detail = page.locator('.item-detail[data-state="ready"]');
    await detail.waitFor();
    await detail.locator('.action-buttons').getByRole('button', { name: 'Retract the request' }).click();
    const form = detail.locator('form[data-form="retract"]');
    // No reason: refused at the field, nothing written.
    await form.getByRole('button', { name: 'Retract the request' }).click();
    expect(await form.getByLabel('Reason for the retraction').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Reason for the retraction').fill('Entered twice by mistake');
    await form.getByRole('button', { name: 'Retract the request' }).click();
    await detail.locator('[data-field="retraction"]').waitFor();
    expect(await detail.locator('[data-field="retraction"]').textContent()).toMatch(/Entered twice by mistake/);
    await detail.locator('[data-step="Request retracted"]').waitFor();
    // A retracted request takes no more writes from the form.
    expect(await detail.locator('.item-actions').count()).toBe(0);
    const after = await overview();
    expect(before.requests - after.requests).toBe(1);
    expect(before.items - after.items).toBe(2);
    await detail.screenshot({ path: `${SHOTS}/entry-retracted.png` });
    expect(errors).toEqual([]);
  });
});
