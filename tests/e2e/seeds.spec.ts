// A reader drops the five seed articles and sees named quotes with speakers.
import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { SEEDS, seedFiles, analysisDone, card } from './helpers';

test.describe('seed articles', () => {
  test.skip(!fs.existsSync(SEEDS), `../shared/seeds is absent (${SEEDS}); seed tests skipped`);

  test('dropping the seed files lists quotes with their speakers', async ({ page }, testInfo) => {
    await page.goto('./');
    await page.getByLabel('Choose article files').setInputFiles(seedFiles());
    await analysisDone(page, 5);
    await expect(card(page, 'The enemy understands strength')).toContainText('Andriy Yermak');
    await expect(card(page, 'Images are a serious thing')).toContainText('Vladimir Putin');
    await expect(card(page, 'Images are a serious thing')).toContainText('2 articles');
    await expect(card(page, 'dangerous expansion')).toContainText('Mark Rutte');
    await expect(page.getByRole('navigation', { name: 'Speakers' })).toContainText('Yoon Suk Yeol');
    await page.screenshot({ path: testInfo.outputPath('seeds.png'), fullPage: true });
  });

  test('seed articles are named by title and date, roles are the fullest, and a correction holds', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Choose article files').setInputFiles(seedFiles());
    await analysisDone(page, 5);
    const putin = card(page, 'Images are a serious thing');
    await expect(putin.locator('.role')).toHaveText('Russian President');
    await putin.locator('summary', { hasText: /wordings?,/ }).click();
    const names = await putin.locator('button.occurrence').allTextContents();
    expect(names.length).toBe(2);
    for (const name of names) expect(name).not.toMatch(/\.txt/);
    await expect(putin.locator('.how-reported li')).toHaveCount(2);
    await expect(page.locator('details.overview svg').first()).toBeVisible();
    const fix = putin.locator('.occurrences li').first();
    await fix.locator('summary', { hasText: 'Correct' }).click();
    await fix.getByRole('button', { name: 'Move out of this utterance' }).click();
    await expect(card(page, 'Images are a serious thing')).toHaveCount(2);
  });
});
