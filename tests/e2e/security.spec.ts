// Article text is only ever rendered as text, and the page asks no other host for anything.
import { test, expect } from '@playwright/test';
import { analysisDone, card } from './helpers';

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '“<img src=x onerror="window.__pwned = 2">,” said Mallory Evans.',
  '“<svg onload="window.__pwned = 3"></svg> <a href="javascript:window.__pwned=4">x</a>,” said Mallory Evans again.',
].join('\n\n');

test('markup in an article is shown as text and never runs', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', () => { throw new Error('a dialog opened'); });
  await page.goto('./');
  await page.getByLabel('Choose article files').setInputFiles([{ name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE) }]);
  await analysisDone(page, 1);
  await expect(card(page, '<img src=x onerror')).toBeVisible();
  await card(page, '<img src=x onerror').getByText(/wordings?,/).click();
  await card(page, '<img src=x onerror').locator('button.occurrence').first().click();
  await expect(page.getByRole('dialog')).toContainText('<script>window.__pwned = 1</script>');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // The page draws one picture of its own (the overview); none comes from the text.
  expect(await page.locator('img, svg:not(.overview svg)').count()).toBe(0);
  expect(requests.every((url) => url.startsWith('http://127.0.0.1:4173/'))).toBe(true);
});

test('a Content-Security-Policy limits the page to its own origin', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
});
