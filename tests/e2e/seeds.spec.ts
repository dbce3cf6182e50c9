// A reader drops the five seed articles and sees named quotes with speakers.
import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seedsPresent = fs.existsSync(SEEDS);

test.describe('seed articles', () => {
  test.skip(!seedsPresent, `../shared/seeds is absent (${SEEDS}); seed tests skipped`);

  test('dropping the seed files lists quotes with their speakers', async ({ page }, testInfo) => {
    await page.goto('./');
    const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS, f));
    await page.getByLabel('Choose article files').setInputFiles(files);

    await expect(page.getByRole('status')).toContainText('5 article(s)');
    const quote = (words: string) => page.getByRole('listitem').filter({ hasText: words });
    await expect(quote('The enemy understands strength').first()).toContainText('Andriy Yermak');
    await expect(quote('Images are a serious thing').first()).toContainText('Putin');
    await expect(quote('dangerous expansion').first()).toContainText('Mark Rutte');

    await page.screenshot({ path: testInfo.outputPath('seeds.png'), fullPage: true });
  });
});
