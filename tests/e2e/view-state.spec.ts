// Search, filters and sort live in the URL fragment: a reload or a shared link restores them.
import { test, expect } from '@playwright/test';
import { loadExamples, card, analysisDone } from './helpers';

test('search, kind, minimum articles and sort filter the cards and survive a reload', async ({ page }) => {
  await loadExamples(page);
  await page.getByLabel('Search quotes').fill('wall');
  await expect(page.locator('li.card')).toHaveCount(5);
  await page.getByLabel('Kind', { exact: true }).selectOption('unmarked');
  await expect(page.locator('li.card')).toHaveCount(1);
  // Reported speech is the reporter's words: its cards carry no quotation marks.
  await page.getByLabel('Kind', { exact: true }).selectOption('reported');
  await expect(page.locator('li.card')).toHaveCount(3);
  await expect(page.locator('li.card blockquote.reported')).toHaveCount(3);
  const opening = await page.locator('li.card blockquote.reported').first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(opening).toBe('none');
  await page.getByLabel('Kind', { exact: true }).selectOption('');
  await page.getByLabel('Minimum number of articles').fill('3');
  await expect(page.locator('li.card')).toHaveCount(1);
  await page.getByLabel('Sort by').selectOption('speaker');
  await expect(page).toHaveURL(/#q=wall&min=3&sort=speaker/);

  await page.reload();
  await expect(page.getByLabel('Search quotes')).toHaveValue('wall');
  await expect(page.getByLabel('Minimum number of articles')).toHaveValue('3');
  await expect(page.getByLabel('Sort by')).toHaveValue('speaker');
  await page.getByRole('button', { name: 'Load example articles' }).click();
  await analysisDone(page, 3);
  await expect(page.locator('li.card')).toHaveCount(1);
  await expect(card(page, 'rebuild the sea wall')).toBeVisible();
});
