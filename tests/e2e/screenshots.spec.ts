// Screenshots of each main view, light and dark, desktop and phone: test
// artefacts to look at (target/playwright), not kept in git.
import { test } from '@playwright/test';
import { loadExamples, card } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    test(`screenshots: ${colorScheme} ${device}`, async ({ browser }, testInfo) => {
      const page = await browser.newPage({ colorScheme, viewport });
      await loadExamples(page);
      await page.screenshot({ path: testInfo.outputPath(`quotes-${colorScheme}-${device}.png`), fullPage: true });
      const wall = card(page, 'rebuild the sea wall');
      await wall.getByText(/wordings?,/).click();
      await wall.screenshot({ path: testInfo.outputPath(`variants-${colorScheme}-${device}.png`) });
      await wall.getByRole('button', { name: /Harbor Gazette/ }).click();
      await page.screenshot({ path: testInfo.outputPath(`article-${colorScheme}-${device}.png`) });
      await page.keyboard.press('Escape');
      await page.locator('details.overview').screenshot({ path: testInfo.outputPath(`overview-${colorScheme}-${device}.png`) });
      await wall.locator('details.fix summary').first().click();
      await wall.screenshot({ path: testInfo.outputPath(`corrections-${colorScheme}-${device}.png`) });
      await page.close();
    });
  }
}
