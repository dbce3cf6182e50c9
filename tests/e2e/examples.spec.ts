// A new user with no files at hand loads the built-in examples.
import { test, expect } from '@playwright/test';

test('the example button shows quotes with speakers', async ({ page }, testInfo) => {
  await page.goto('./');
  await expect(page.getByRole('status')).toHaveText('No articles yet.');
  await page.getByRole('button', { name: 'Load example articles' }).click();
  await expect(page.getByRole('status')).toContainText('3 article(s)');
  const quote = page.getByRole('listitem').filter({ hasText: 'We warned about this wall' });
  await expect(quote).toContainText('Piet Olsen');
  await page.screenshot({ path: testInfo.outputPath('examples.png'), fullPage: true });
});

test('a binary file is reported while the other files are read', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Choose article files').setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
    { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('“The bridge is open,” Mayor Ana Ruiz said.') },
  ]);
  await expect(page.getByRole('status')).toContainText('2 article(s)');
  await expect(page.getByRole('listitem').filter({ hasText: 'The bridge is open' })).toContainText('Ana Ruiz');
});
