// Clicking an occurrence opens its article with every quote highlighted and labelled.
import { test, expect } from '@playwright/test';
import { loadExamples, card } from './helpers';

test('an occurrence opens its article at that quote, Escape closes it', async ({ page }) => {
  await loadExamples(page);
  const wall = card(page, 'rebuild the sea wall');
  await wall.getByText(/wordings?,/).click();
  await wall.getByRole('button', { name: /Nordic Wire/ }).click();
  const dialog = page.getByRole('dialog', { name: /Nordic Wire/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark.quoted.current')).toContainText('We shall rebuild the sea wall');
  await expect(dialog.locator('mark.quoted.current .who')).toHaveText('Ilse Varga');
  expect(await dialog.locator('mark.quoted').count()).toBeGreaterThan(2);
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
