// Served from any sub-path of a static host; after the first visit it works offline.
import { test, expect } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config';
import { analysisDone, card } from './helpers';

test('the page works from a sub-path, and offline after the first visit', async ({ page, context }) => {
  await page.goto(SUBPATH_URL);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.getByRole('button', { name: 'Load example articles' }).click();
  await analysisDone(page, 3);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Load example articles' }).click();
  await analysisDone(page, 3);
  await expect(card(page, 'We warned about this wall')).toContainText('Piet Olsen');
  await context.setOffline(false);
});
