// Keyboard-only use: the main controls are reached with Tab and work with Enter.
import { test, expect } from '@playwright/test';
import { analysisDone } from './helpers';

test('loading the examples and opening a card works from the keyboard', async ({ page }) => {
  await page.goto('./');
  // The page is drawn once its wasm has loaded.
  await expect(page.getByRole('button', { name: 'Load example articles' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to quotes' })).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.includes('Load example articles')) break;
  }
  await page.keyboard.press('Enter');
  await analysisDone(page, 3);
  const summary = page.locator('li.card summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('li.card details').first()).toHaveAttribute('open', '');
  const landmarks = await page.evaluate(() => ['header', 'main', 'nav'].map((t) => document.querySelectorAll(t).length));
  expect(landmarks.every((n) => n > 0)).toBe(true);
});
