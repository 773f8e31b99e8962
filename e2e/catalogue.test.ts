/**
 * Catalogue admin in a real browser: an admin reviews a provision first seen in a submission (by
 * keyboard alone) and merges a misspelt duplicate agency into the real one; the Agencies page,
 * the filters and the audit trail follow. axe reports no serious violation on the catalogue page.
 * Screenshots go to /tmp/shots/catalogue-*.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../server/services/auth/users.ts';
import { submitRequests } from '../server/services/ingest/index.ts';
import { exampleRequest } from '../server/test/fixtures.ts';
import { parseBatch } from '../server/test/ingest.ts';
import type { AgencyEntry, LegalBasisEntry } from '../shared/catalog.ts';
import { formatCount } from '../shared/format.ts';
import { seriousAxeViolations } from './axe.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';
import { collectPageErrors, shootAtBothWidths } from './page-checks.ts';

const SHOTS = '/tmp/shots';
const PASSWORD = 'correct horse battery staple';
const CLI = { kind: 'cli', name: 'cli:e2e', createMissingSources: { kind: 'monitor_entry' } } as const;
const KEPT = 'Roskomnadzor (Federal Service for Supervision of Communications, IT and Mass Media)';
const TYPO = 'Roscomnadzor';
const NEW_LAW = { jurisdiction: 'RU', instrument: 'Code of Administrative Offences', article: '13.41' };

let world: World;
let page: Page;
const errors: string[] = [];

async function shoot(name: string): Promise<void> {
  await shootAtBothWidths(page, `${SHOTS}/catalogue-${name}`, name);
}

async function expectNoSeriousAxeViolations(): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

const agencies = () => world.api<AgencyEntry[]>('catalog.agencies', {});

describe.skipIf(skipBrowserTests)('catalogue admin in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    world = await startWorld({
      prepare: async (db) => {
        await createUser(
          db,
          { email: 'adm@example.org', name: 'Adam Admin', role: 'admin', sources: [], password: PASSWORD },
          CLI,
        );
        await createUser(
          db,
          { email: 'ana@example.org', name: 'Ana Analyst', role: 'analyst', sources: [], password: PASSWORD },
          CLI,
        );
        // A monitor's records naming the regulator misspelt, one citing a provision not yet catalogued.
        const typo = (n: number) =>
          exampleRequest({
            externalId: `typo-${n}`,
            source: 'monitor-e2e',
            jurisdiction: 'RU',
            agency: { name: TYPO, kind: 'regulator' },
            platform: 'vk',
            submittedAt: `2023-0${n}-10T10:00:00Z`,
            legalBases: n === 1 ? [NEW_LAW] : [],
            items: [{ externalId: `typo-${n}-1`, contentType: 'post', outcome: 'removed_global' }],
          });
        await submitRequests(db, parseBatch([typo(1), typo(2), typo(3)]), CLI);
      },
    });
    page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Script errors and strict-CSP violations on these pages are failures.
    await collectPageErrors(page, errors);
    await page.goto(`${world.base}/catalogue`);
    await page.locator('[data-state="anonymous"] a', { hasText: 'Sign in' }).click();
    await page.getByLabel('E-mail address').fill('adm@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/catalogue$/);
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  test('an unreviewed provision is reviewed with the keyboard alone', async () => {
    await page.locator('section[aria-labelledby="review-title"][data-state="ready"]').waitFor();
    const bases = await world.api<LegalBasisEntry[]>('catalog.legalBases', {});
    const fresh = bases.find((b) => b.article === '13.41');
    expect(fresh).toMatchObject({ status: 'unreviewed', requests: 1 });
    const item = page.locator(`li[data-provision="${fresh?.id}"]`);
    await expectNoSeriousAxeViolations();
    await shoot('review');

    await item.getByLabel('Short title').focus();
    await page.keyboard.type('Dissemination of prohibited information');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Misinformation');
    expect(await item.getByLabel('Category').inputValue()).toBe('misinformation');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'as reviewed' }).waitFor();
    const after = (await world.api<LegalBasisEntry[]>('catalog.legalBases', {})).find((b) => b.id === fresh?.id);
    expect(after).toMatchObject({
      status: 'reviewed',
      category: 'misinformation',
      title: 'Dissemination of prohibited information',
    });
    expect(errors).toEqual([]);
  });

  test('merging the misspelt agency: the Agencies page, the filters and the audit trail follow', async () => {
    const before = await agencies();
    const kept = before.find((a) => a.name === KEPT) as AgencyEntry;
    const typo = before.find((a) => a.name === TYPO) as AgencyEntry;
    expect(typo).toMatchObject({ requests: 3, items: 3 });

    const merge = page.locator('section[aria-labelledby="merge-title"]');
    await merge.getByLabel('Keep this agency').selectOption(String(kept.id));
    await merge.getByLabel('Merge this duplicate into it').selectOption(String(typo.id));
    await merge.getByRole('button', { name: 'Review the merge…' }).click();
    const confirm = merge.locator('[data-merge-confirm]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`count ${formatCount(kept.requests + 3)} requests`);
    // Focus moved to the question, so a screen reader reads it next.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('merge-confirm-title');
    await expectNoSeriousAxeViolations();
    await shoot('merge-confirm');
    await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
    await merge.getByRole('status').filter({ hasText: 'moved (merge' }).waitFor();
    // The Merge button is gone: the focus is on the section's heading, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('merge-title');
    await page.locator('section[aria-labelledby="merges-title"][data-state="ready"]').waitFor();
    await expectNoSeriousAxeViolations();
    await shoot('merged');

    const after = await agencies();
    expect(after.find((a) => a.id === kept.id)).toMatchObject({
      requests: kept.requests + typo.requests,
      items: kept.items + typo.items,
    });
    expect(after.find((a) => a.name === TYPO)).toBeUndefined();

    await page.getByRole('link', { name: 'Agencies', exact: true }).click();
    await page.waitForURL(/\/agencies/);
    await page.getByRole('heading', { name: 'All agencies' }).waitFor();
    const table = page.locator('table.data-table', { has: page.getByRole('columnheader', { name: 'Removal rate' }) });
    const row = table.locator('tbody tr', { hasText: KEPT });
    await row.waitFor();
    expect(await row.locator('td.num').first().textContent()).toBe(formatCount(kept.items + typo.items));
    expect(await table.locator('tbody tr', { hasText: TYPO }).count()).toBe(0);
    const filter = page.locator('details[data-filter="Agency"]');
    await filter.locator('summary').click();
    const options = await filter.locator('fieldset label').allTextContents();
    expect(options.some((o) => o.includes('Roskomnadzor'))).toBe(true);
    expect(options.some((o) => o.includes(TYPO))).toBe(false);
    await shoot('agencies');

    await page.locator('.account').getByRole('link', { name: 'Audit' }).click();
    const entries = page.locator('section[aria-labelledby="audit-entries"][data-state="ready"]');
    await entries.waitFor();
    expect(await entries.locator('tr[data-audit="merge"]').count()).toBe(1);
    expect(await entries.locator('tr[data-audit="review"]').count()).toBe(1);
    expect(await entries.locator('tr[data-audit="merge"]').textContent()).toContain(`agency:${typo.id}`);
    await entries.getByRole('button', { name: `History of agency agency:${typo.id}` }).click();
    const history = page.locator('section.record-history[data-state="ready"]');
    await history.waitFor();
    const moved = history.locator('li[data-history="merge"] tr', { hasText: 'mergedInto' });
    expect(await moved.textContent()).toContain(`—→${kept.id}`);
    await shoot('audit');
    expect(errors).toEqual([]);
  });

  test('events and sources by keyboard, bad input named at its field; a split puts the figures back', async () => {
    await page.goto(`${world.base}/catalogue`);
    const events = page.locator('section[aria-labelledby="events-title"][data-state="ready"]');
    await events.waitFor();
    await events.getByRole('button', { name: 'Add an event' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-date');
    await page.getByLabel('Date').fill('2024-08-09');
    await page.getByLabel('Title').fill('Telegram throttled in Russia');
    await page.getByLabel('Jurisdiction (blank: all)').fill('ru');
    await page.getByLabel('Link (optional)').fill('ftp://example.org/throttle');
    await page.getByLabel('Link (optional)').press('Enter');
    // The refusal sits at the field and is read with it.
    const url = page.getByLabel('Link (optional)');
    await page.locator('#event-url-error').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await url.getAttribute('aria-describedby')).toContain('event-url-error');
    expect(await page.locator('#event-url-error').textContent()).toMatch(/http:\/\/ or https:\/\/ URL/);
    expect(await page.getByRole('alert').filter({ hasText: 'Not saved' }).textContent()).toBe(
      'Not saved: correct the field marked above.',
    );
    await expectNoSeriousAxeViolations();
    await shoot('event-error');
    await url.fill('https://example.org/throttle');
    await url.press('Enter');
    await events.getByRole('status').filter({ hasText: 'Event added.' }).waitFor();
    const row = events.locator('tr', { hasText: 'Telegram throttled in Russia' });
    await row.waitFor();
    expect(await row.textContent()).toContain('RU');
    await row.getByRole('button', { name: 'Delete event Telegram throttled in Russia…' }).click();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await events.getByRole('status').filter({ hasText: 'Event deleted.' }).waitFor();
    await expect.poll(() => events.locator('tr', { hasText: 'Telegram throttled in Russia' }).count()).toBe(0);

    const sources = page.locator('section[aria-labelledby="sources-title"][data-state="ready"]');
    await sources.getByRole('button', { name: 'Edit source monitor-e2e' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('source-kind');
    await page.getByLabel('Licence').fill('CC BY 4.0');
    await sources.getByRole('button', { name: 'Save source' }).click();
    await sources.getByRole('status').filter({ hasText: 'Source monitor-e2e saved.' }).waitFor();
    await expect.poll(() => sources.locator('tr[data-source="monitor-e2e"]').textContent()).toContain('CC BY 4.0');

    const before = await agencies();
    const history = page.locator('section[aria-labelledby="merges-title"][data-state="ready"]');
    await history.getByRole('button', { name: /^Split merge 1/ }).click();
    await history.getByRole('button', { name: 'Split', exact: true }).click();
    await history.getByRole('status').filter({ hasText: 'moved back' }).waitFor();
    await history.locator('tr[data-merge="1"][data-split="yes"]').waitFor();
    const after = await agencies();
    const kept = before.find((a) => a.name === KEPT) as AgencyEntry;
    expect(after.find((a) => a.name === TYPO)).toMatchObject({ requests: 3, items: 3 });
    expect(after.find((a) => a.id === kept.id)).toMatchObject({ requests: kept.requests - 3, items: kept.items - 3 });
    await expectNoSeriousAxeViolations();
    await shoot('split');

    await page.locator('.account').getByRole('link', { name: 'Audit' }).click();
    const entries = page.locator('section[aria-labelledby="audit-entries"][data-state="ready"]');
    await entries.waitFor();
    for (const action of ['split', 'delete', 'create', 'update']) {
      expect(await entries.locator(`tr[data-audit="${action}"]`).count(), action).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  test('merging a provision: its citations count under the kept one', async () => {
    await page.goto(`${world.base}/catalogue`);
    const bases = await world.api<LegalBasisEntry[]>('catalog.legalBases', {});
    const fresh = bases.find((b) => b.article === '13.41') as LegalBasisEntry;
    const kept = bases.find((b) => b.jurisdiction === 'RU' && b.id !== fresh.id) as LegalBasisEntry;
    const merge = page.locator('section[aria-labelledby="merge-title"]');
    await merge.getByLabel('Provisions').check();
    await merge.getByLabel('Keep this provision').selectOption(String(kept.id));
    await merge.getByLabel('Merge this duplicate into it').selectOption(String(fresh.id));
    await merge.getByRole('button', { name: 'Review the merge…' }).click();
    await merge.locator('[data-merge-confirm]').getByRole('button', { name: 'Merge', exact: true }).click();
    await merge.getByRole('status').filter({ hasText: '1 request moved' }).waitFor();
    const after = await world.api<LegalBasisEntry[]>('catalog.legalBases', {});
    expect(after.find((b) => b.id === fresh.id)).toBeUndefined();
    expect(after.find((b) => b.id === kept.id)).toMatchObject({ requests: kept.requests + 1, items: kept.items + 1 });
    expect(errors).toEqual([]);
  });

  test('an analyst reviews but does not merge; the history shows the merge without a split button', async () => {
    await page.locator('.account').getByRole('button', { name: 'Sign out' }).click();
    await page.locator('[data-account="anonymous"]').waitFor();
    await page.goto(`${world.base}/catalogue`);
    await page.locator('[data-state="anonymous"] a', { hasText: 'Sign in' }).click();
    await page.getByLabel('E-mail address').fill('ana@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const history = page.locator('section[aria-labelledby="merges-title"][data-state="ready"]');
    await history.waitFor();
    expect(await page.locator('section[aria-labelledby="merge-title"]').count()).toBe(0);
    expect(await history.locator('tr[data-merge]').count()).toBe(2);
    expect(await history.getByRole('button', { name: /^Split merge/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations();
    await shoot('analyst');
    expect(errors).toEqual([]);
  });
});
