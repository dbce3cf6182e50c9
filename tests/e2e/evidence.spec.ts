// What a fact-checker needs before publishing: the evidence for each
// speaker, articles known by their names, who reported an utterance how,
// and the coverage at a glance — on our own example articles.
import { test, expect, Page } from '@playwright/test';
import { loadExamples, card } from './helpers';

async function openArticle(page: Page, words: string, article: RegExp) {
  const c = card(page, words);
  await c.locator('summary', { hasText: /wordings?,/ }).click();
  await c.getByRole('button', { name: article }).first().click();
  return page.getByRole('dialog');
}

test('the article view marks each cue and speaker mention, and dims what was set aside', async ({ page }) => {
  await loadExamples(page);
  const dialog = await openArticle(page, 'Volunteers are welcome', /Harbor Gazette/);
  await expect(dialog.getByRole('heading')).toHaveText('Harbor Gazette: Port Halden mayor vows to rebuild sea wall after storm · 2031-03-14');
  await expect(dialog.locator('mark.quoted.current')).toContainText('Volunteers are welcome');
  await expect(dialog.locator('mark.cue.current')).toHaveText('added');
  await expect(dialog.locator('mark.mention.current')).toContainText('Varga');
  await expect(dialog.locator('mark.mention.current')).toHaveAttribute('title', 'Speaker named here: Ilse Varga');
  // "she said": the pronoun is marked, with the person it was taken to mean.
  await expect(dialog.locator('mark.mention', { hasText: /^she/ })).toHaveAttribute('title', 'Speaker named here: Ilse Varga');
  await expect(dialog.locator('.skipped', { hasText: 'Read more: How the 1998 flood' })).toBeVisible();
  await expect(dialog.locator('.skipped', { hasText: 'Read more' })).toHaveCSS('opacity', '0.55');
});

test('an article is named by outlet, title and date, and the reader can rename its outlet', async ({ page }) => {
  await loadExamples(page);
  const files = page.getByRole('list', { name: 'Files' });
  await expect(files).toContainText('nordic-wire.txt');
  const dialog = await openArticle(page, 'It is too early to name a cost', /Nordic Wire/);
  await expect(dialog.getByRole('heading')).toHaveText('Nordic Wire: Mayor: sea wall to be rebuilt higher · 2031-03-15');
  await dialog.getByLabel('Outlet').fill('Wire North');
  await dialog.getByRole('button', { name: 'Rename outlet' }).click();
  await expect(page.getByRole('dialog').getByRole('heading')).toHaveText(/^Wire North: Mayor: sea wall/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The card stayed open, and names the article anew.
  const cost = card(page, 'It is too early to name a cost');
  await expect(cost.getByRole('button', { name: /^Wire North: Mayor/ })).toBeVisible();
  await expect(page.locator('details.corrections summary')).toHaveText('Your corrections (1)');
});

test('who reported it how: each outlet with its cue and speaker, differences marked', async ({ page }) => {
  await loadExamples(page);
  const reyes = card(page, 'the worst in forty years').filter({ hasText: 'Tomas Reyes' });
  await reyes.locator('summary', { hasText: /wordings?,/ }).click();
  const rows = reyes.locator('.how-reported li');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveText(/^Coastal Herald: said · Tomas Reyes/);
  await expect(rows.nth(1)).toHaveText(/^Harbor Gazette: called · Tomas Reyes/);
  // "called" is not how the others reported it.
  await expect(rows.nth(1).locator('mark.differs')).toHaveText('called');
  await expect(rows.nth(0).locator('mark.differs')).toHaveCount(0);
});

test('the coverage picture filters by speaker and article, by mouse or keyboard, with a table beside it', async ({ page }) => {
  await loadExamples(page);
  const overview = page.locator('details.overview');
  await expect(overview.locator('svg').first()).toBeVisible();
  const cell = overview.getByRole('button', { name: /^Piet Olsen: 2 quotes in Coastal Herald/ });
  await cell.click();
  await expect(page.locator('li.card')).toHaveCount(2);
  await expect(page.locator('.filter-chip')).toContainText('Only quotes in Coastal Herald');
  await page.getByRole('button', { name: 'Show all articles' }).click();
  await page.getByRole('navigation', { name: 'Speakers' }).getByRole('button', { name: 'All speakers' }).click();
  // The same from the keyboard.
  const lind = overview.getByRole('button', { name: /^Maria Lind: 1 quote in Nordic Wire/ });
  await lind.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('li.card')).toHaveCount(1);
  await expect(card(page, 'It is too early to name a cost')).toHaveCount(1);
  // The share of quotes by kind; choosing a part filters that kind.
  await page.getByRole('button', { name: 'Show all articles' }).click();
  await page.getByRole('navigation', { name: 'Speakers' }).getByRole('button', { name: 'All speakers' }).click();
  await overview.getByRole('button', { name: /^post: 1 quote/ }).click();
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('post');
  await expect(page.locator('li.card')).toHaveCount(1);
  // The text alternative says the same.
  await overview.locator('summary', { hasText: 'The picture as a table' }).click();
  const row = overview.locator('table tr', { hasText: 'Piet Olsen' });
  await expect(row.locator('td').first()).toHaveText('2');
});

test('the page loads with its icon and manifest and no console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await loadExamples(page);
  const icon = await page.request.get('favicon.svg');
  expect(icon.ok()).toBe(true);
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest.short_name).toBe('whosaid');
  for (const entry of manifest.icons) expect((await page.request.get(entry.src)).ok()).toBe(true);
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', 'manifest.webmanifest');
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

test('keyboard: the corrections of an occurrence are reached and used with Tab and Enter', async ({ page }) => {
  await loadExamples(page);
  const c = card(page, 'Volunteers are welcome');
  await c.locator('summary', { hasText: /wordings?,/ }).focus();
  await page.keyboard.press('Enter');
  const fix = c.locator('details.fix summary').first();
  await fix.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(c.getByLabel('Speaker')).toBeFocused();
  await page.keyboard.type('Tomas Reyes');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Tomas Reyes');
});
