/**
 * Accounts in a real browser: signing in and out changes the header and what an item shows;
 * an admin creates a token (its secret shown once), revokes it, and reads both in the audit trail.
 * Screenshots of the account pages at desktop and phone widths go to /tmp/shots-g/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../server/services/auth/users.ts';
import { skipBrowserTests, startWorld, type World } from './harness.ts';
import { collectPageErrors, shootAtBothWidths } from './page-checks.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-g';
const PASSWORD = 'correct horse battery staple';
const CLI = { kind: 'cli', name: 'cli:user-create' } as const;

let world: World;
let page: Page;
const errors: string[] = [];

/** Screenshots at desktop and phone width; neither may scroll sideways. */
async function shoot(name: string): Promise<void> {
  await shootAtBothWidths(page, `${SHOTS}/${name}`, name);
}

/** Signs in through the header's link, and waits until the header names the account. */
async function signIn(email: string, role: string): Promise<void> {
  await page.locator('[data-account="anonymous"] a', { hasText: 'Sign in' }).click();
  await page.waitForURL(/\/login$/);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator(`[data-account="${role}"]`).waitFor();
  // The header names the account before the app navigates back from /login: wait for both.
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Ends the browser's session from outside (another tab, the idle limit): the browser keeps the dead cookie. */
async function endSessionElsewhere(): Promise<void> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'tm_session');
  const logout = await fetch(`${world.base}/trpc/auth.logout`, {
    method: 'POST',
    headers: { cookie: `tm_session=${cookie?.value}`, 'content-type': 'application/json' },
    body: 'null',
  });
  expect(await logout.json()).toEqual({ result: { data: { loggedOut: true } } });
}

async function signOut(): Promise<void> {
  await page.locator('.account').getByRole('button', { name: 'Sign out' }).click();
  await page.locator('[data-account="anonymous"]').waitFor();
}

describe.skipIf(skipBrowserTests)('accounts in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    world = await startWorld({
      // Accounts made the way `npm run user:create` makes them, before the server starts.
      prepare: async (db) => {
        const account = (email: string, name: string, role: string, sources: string[] = []) =>
          createUser(db, { email, name, role, sources, password: PASSWORD }, CLI);
        await account('ana@example.org', 'Ana Analyst', 'analyst');
        await account('adm@example.org', 'Adam Admin', 'admin');
        await account('sub@example.org', 'Sam Submitter', 'submitter', ['monitor-y', 'monitor-x']);
      },
    });
    page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Script errors and strict-CSP violations on these pages are failures.
    await collectPageErrors(page, errors);
  }, 180_000);
  afterAll(async () => {
    await world?.close();
  });

  test('the sign-in page names wrong fields at the field and in a sentence', async () => {
    await page.goto(`${world.base}/login`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Correct the fields marked below.');
    expect(await page.getByLabel('E-mail address').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('E-mail address').fill('ana@example.org');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong e-mail address or password' }).waitFor();
    expect(await page.locator('.field-error').textContent()).toMatch(/Wrong e-mail address or password/);
    await shoot('login');
  });

  test('an analyst sees the content URL; signed out, the item is redacted and has none', async () => {
    await page.goto(`${world.base}/explore`);
    await page.locator('[data-account="anonymous"]').waitFor();
    await signIn('ana@example.org', 'analyst');
    // Back where the sign-in started.
    expect(new URL(page.url()).pathname).toBe('/explore');
    expect(await page.locator('.account-name').textContent()).toBe('Ana Analyst analyst');
    await page.locator('button[aria-label^="Open item"]').first().click();
    await page.waitForURL(/[?&]item=\d+/);
    const detail = page.locator('.item-detail');
    await detail.locator('[data-field="content-url"] a').waitFor();
    expect(await detail.locator('[data-field="content-url"]').textContent()).toMatch(/^https:\/\/\S+\.example\/demo\//);
    expect(await detail.textContent()).toContain('Stated reason (as written)');
    await page.screenshot({ path: `${SHOTS}/item-analyst-1280.png` });

    await signOut();
    expect(await page.locator('.account').textContent()).toBe('Sign in');
    await detail.getByText('Stated reason (personal data redacted)').waitFor();
    expect(await detail.locator('[data-field="content-url"]').count()).toBe(0);
    expect(await detail.textContent()).not.toMatch(/\.example\/demo\//);
    await page.screenshot({ path: `${SHOTS}/item-public-1280.png` });
  });

  test('an admin creates a token, sees its secret once, revokes it, and finds both in the audit trail', async () => {
    await signIn('adm@example.org', 'admin');
    await page.locator('.account').getByRole('link', { name: 'Tokens' }).click();
    await page.locator('section[data-state="empty"]').waitFor();
    await page.getByLabel('Label (what uses it)').fill('e2e uploader');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    const token = (await secret.textContent()) ?? '';
    expect(token).toMatch(/^tm_\S{20,}$/);
    expect(await page.locator('.token-secret').textContent()).toMatch(/it will not be shown again/);
    const id = await page.locator('.token-secret').getAttribute('data-token-id');
    const row = page.locator(`tr[data-token="${id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/e2e uploader.*demo-synthetic/);
    await shoot('tokens-secret');

    await page.getByRole('button', { name: 'Done, I have stored it' }).click();
    expect(await page.content()).not.toContain(token);
    await row.getByRole('button', { name: `Revoke token ${id}` }).click();
    await shoot('tokens-confirm');
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.locator(`tr[data-token="${id}"][data-status="revoked"]`).waitFor();
    expect(await row.textContent()).toMatch(/revoked \d{4}-\d{2}-\d{2}/);
    await page.reload();
    await page.locator('section[data-state="ready"]').waitFor();
    expect(await page.content()).not.toContain(token);

    await page.locator('.account').getByRole('link', { name: 'Audit' }).click();
    const entries = page.locator('section[aria-labelledby="audit-entries"][data-state="ready"]');
    await entries.waitFor();
    for (const action of ['login', 'logout', 'token_create', 'token_revoke']) {
      expect(await entries.locator(`tr[data-audit="${action}"]`).count(), action).toBeGreaterThan(0);
    }
    // Filtered to token creations: only ours.
    await page.getByLabel('Action').selectOption('token_create');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => entries.locator('tbody tr').count()).toBe(1);
    await entries.getByRole('button', { name: `History of api_token token:${id}` }).click();
    const history = page.locator('section.record-history[data-state="ready"]');
    await history.waitFor();
    expect(await history.locator('li[data-history]').evaluateAll((li) => li.map((l) => l.dataset.history))).toEqual([
      'token_create',
      'token_revoke',
    ]);
    const label = history.locator('li[data-history="token_create"] tr[data-change="added"]', { hasText: 'label' });
    expect(await label.textContent()).toBe('label+ added—→e2e uploader');
    expect(await history.locator('li[data-history="token_revoke"]').textContent()).toMatch(
      /revokedAt\+ added—→\d{4}-\d{2}-\d{2}T/,
    );
    await shoot('audit');
    expect(errors).toEqual([]);
  });

  test('a call refused because the session ended says so, and the header offers sign-in again', async () => {
    await page.locator('.account').getByRole('link', { name: 'Tokens' }).click();
    await page.locator('section[data-state="ready"]').waitFor();
    await endSessionElsewhere();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('.session-notice').waitFor();
    expect(await page.locator('.session-notice').textContent()).toMatch(/Your session has ended/);
    await page.locator('[data-account="anonymous"]').waitFor();
    await page.screenshot({ path: `${SHOTS}/session-ended-1280.png` });
    await signIn('adm@example.org', 'admin');
    expect(await page.locator('.session-notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a submitter may create tokens for its own sources only, and has no audit page', async () => {
    await signOut();
    await signIn('sub@example.org', 'submitter');
    await page.locator('.account').getByRole('link', { name: 'Tokens' }).click();
    await page.locator('section[data-state="empty"]').waitFor();
    const options = await page.getByLabel('Source').locator('option').allTextContents();
    expect(options).toEqual(['monitor-x', 'monitor-y']);
    expect(await page.locator('.account').getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await page.goto(`${world.base}/audit`);
    expect(await page.locator('[data-state="forbidden"]').textContent()).toMatch(/role admin.*submitter/);
    expect(errors).toEqual([]);
  });

  test('an analyst whose session ended meanwhile is told so on coming back to the tab, and sees the public view', async () => {
    await signOut();
    await page.goto(`${world.base}/explore`);
    await signIn('ana@example.org', 'analyst');
    await page.locator('button[aria-label^="Open item"]').first().click();
    const detail = page.locator('.item-detail');
    await detail.locator('[data-field="content-url"]').waitFor();
    await endSessionElsewhere();
    // Public reads still answer (as for any visitor), so only auth.me, asked again on focus, can tell.
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await page.locator('.session-notice').waitFor();
    await page.locator('[data-account="anonymous"]').waitFor();
    await detail.getByText('Stated reason (personal data redacted)').waitFor();
    expect(await detail.locator('[data-field="content-url"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
