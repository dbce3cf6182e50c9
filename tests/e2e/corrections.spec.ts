// A reader corrects the machine: each kind of correction applies at once
// (the engine recomputes speakers and clusters), is listed and undone one
// by one, survives a reload, goes into the JSON export and comes back from
// it, and the command line gives the same corrected report.
import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadExamples, exampleFiles, card, analysisDone } from './helpers';

const speakers = (page: Page) => page.getByRole('navigation', { name: 'Speakers' });

/** Opens a card's wordings and the corrections of its first occurrence
 * (or the one whose article name matches `article`). */
async function fixesOf(page: Page, words: string, article?: RegExp) {
  const c = card(page, words);
  await c.locator('summary', { hasText: /wordings?,/ }).click();
  const occurrence = article ? c.locator('.occurrences li', { hasText: article }) : c.locator('.occurrences li').first();
  await occurrence.locator('summary', { hasText: 'Correct' }).click();
  return occurrence;
}

async function undoAll(page: Page) {
  const panel = page.locator('details.corrections');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  while ((await panel.getByRole('button', { name: 'Undo' }).count()) > 0) {
    await panel.getByRole('button', { name: 'Undo' }).first().click();
  }
}

test('a quote reassigned to another speaker, kept over a reload, then undone', async ({ page }) => {
  await loadExamples(page);
  const fixes = await fixesOf(page, 'Volunteers are welcome');
  await fixes.getByLabel('Speaker').fill('Tomas Reyes');
  await fixes.getByRole('button', { name: 'Set speaker' }).click();
  await expect(card(page, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Tomas Reyes');
  await expect(page.locator('details.corrections summary')).toHaveText('Your corrections (1)');
  // The card the reader was correcting stays open.
  await expect(card(page, 'Volunteers are welcome').locator('details').first()).toHaveAttribute('open', '');

  await page.reload();
  await page.getByRole('button', { name: 'Load example articles' }).click();
  await analysisDone(page, 3);
  await expect(card(page, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Tomas Reyes');
  const panel = page.locator('details.corrections');
  await panel.locator('summary').click();
  await expect(panel.locator('.correction-text')).toHaveText(/“Volunteers are welcome.*” \(harbor-gazette\.txt\) was said by Tomas Reyes/);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Ilse Varga');
  await expect(panel.locator('summary')).toHaveText('Your corrections (0)');
});

test('two speakers merged, one speaker split by article, each undone', async ({ page }) => {
  await loadExamples(page);
  const olsen = speakers(page).locator('li', { has: page.getByRole('button', { name: /Piet Olsen/ }) });
  await olsen.locator('summary').click();
  await olsen.getByLabel('Same as').selectOption('Maria Lind');
  await olsen.getByRole('button', { name: 'Merge' }).click();
  await expect(speakers(page).getByRole('button', { name: /Piet Olsen/ })).toHaveCount(0);
  await expect(card(page, 'We warned about this wall').locator('.meta .speaker')).toHaveText('Maria Lind');
  await undoAll(page);
  await expect(card(page, 'We warned about this wall').locator('.meta .speaker')).toHaveText('Piet Olsen');

  const varga = speakers(page).locator('li', { has: page.getByRole('button', { name: /Ilse Varga/ }) });
  await varga.locator('summary').click();
  await varga.locator('label.split-article', { hasText: 'Nordic Wire' }).getByRole('checkbox').check();
  await varga.getByLabel('Their name').fill('Ilse Varga-Holm');
  await varga.getByRole('button', { name: 'Split' }).click();
  await expect(speakers(page).getByRole('button', { name: /Ilse Varga-Holm/ })).toContainText('2 quotes · 1 article');
  await expect(card(page, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Ilse Varga');
  await undoAll(page);
  await expect(speakers(page).getByRole('button', { name: /Ilse Varga-Holm/ })).toHaveCount(0);
});

test('a quote moved out of its utterance and back in, and one marked as no quote', async ({ page }) => {
  await loadExamples(page);
  const wall = 'rebuild the sea wall';
  await expect(card(page, wall)).toHaveCount(1);
  const fixes = await fixesOf(page, wall, /Nordic Wire/);
  await fixes.getByRole('button', { name: 'Move out of this utterance' }).click();
  await expect(card(page, wall)).toHaveCount(2);
  await expect(card(page, 'We shall rebuild the sea wall')).toContainText('1 article');

  const alone = await fixesOf(page, 'We shall rebuild the sea wall');
  await alone.getByRole('button', { name: 'Move to another utterance…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moving a quote' })).toBeVisible();
  await card(page, 'We will rebuild the sea wall').getByRole('button', { name: 'Move the quote here' }).click();
  await expect(card(page, wall)).toHaveCount(1);
  await expect(card(page, wall)).toContainText('3 articles');
  await expect(page.locator('details.corrections summary')).toHaveText('Your corrections (2)');

  const cost = await fixesOf(page, 'It is too early to name a cost');
  await cost.getByRole('button', { name: 'Not a quote' }).click();
  await expect(card(page, 'It is too early to name a cost')).toHaveCount(0);
  await expect(page.getByRole('status').first()).toHaveText(/^3 articles, 17 quotes, /);
  await undoAll(page);
  await expect(card(page, 'It is too early to name a cost')).toHaveCount(1);
});

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return fs.readFileSync(await file.path(), 'utf-8');
}

test('corrections go into the export, come back from it, and the command line agrees', async ({ page, browser }, testInfo) => {
  await loadExamples(page);
  const fixes = await fixesOf(page, 'Volunteers are welcome');
  await fixes.getByLabel('Speaker').fill('Tomas Reyes');
  await fixes.getByRole('button', { name: 'Set speaker' }).click();
  await expect(card(page, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Tomas Reyes');
  const cost = await fixesOf(page, 'It is too early to name a cost');
  await cost.getByRole('button', { name: 'Not a quote' }).click();
  await expect(card(page, 'It is too early to name a cost')).toHaveCount(0);
  const exported = await download(page, 'Export JSON');
  expect(JSON.parse(exported).corrections.map((c) => c.action)).toEqual(['reassign', 'not_a_quote']);

  const file = testInfo.outputPath('corrected.json');
  fs.writeFileSync(file, exported);
  const root = path.resolve(__dirname, '../..');
  const fromCli = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'whosaid-cli', '--', '--format', 'json', '--corrections', file, ...exampleFiles()], { cwd: root, encoding: 'utf-8' });
  expect(exported).toBe(fromCli);

  // A fresh browser (nothing stored): the articles and the export dropped together.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('./');
  await fresh.getByLabel('Choose article files').setInputFiles([...exampleFiles(), file]);
  await analysisDone(fresh, 3);
  await expect(card(fresh, 'Volunteers are welcome').locator('.meta .speaker')).toHaveText('Tomas Reyes');
  await expect(card(fresh, 'It is too early to name a cost')).toHaveCount(0);
  await expect(fresh.locator('details.corrections summary')).toHaveText('Your corrections (2)');
  expect(await download(fresh, 'Export JSON')).toBe(exported);
  await context.close();
});

test('corrections load from the panel, and a file without them is refused with a message', async ({ page }, testInfo) => {
  await loadExamples(page);
  const list = [{ action: 'merge_speakers', into: 'Maria Lind', from: 'Piet Olsen' }];
  const good = testInfo.outputPath('list.json');
  fs.writeFileSync(good, JSON.stringify(list));
  const bad = testInfo.outputPath('bad.json');
  fs.writeFileSync(bad, '{"corrections": [{"action": "shout"}]}');
  await page.locator('details.corrections summary').click();
  await page.getByLabel('Load corrections from an exported report').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('bad.json holds no corrections');
  await page.getByLabel('Load corrections from an exported report').setInputFiles(good);
  await expect(card(page, 'We warned about this wall').locator('.meta .speaker')).toHaveText('Maria Lind');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
