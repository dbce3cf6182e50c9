// Bringing articles: several ways in, more later, one removed, bad files reported.
import { test, expect } from '@playwright/test';
import { analysisDone, card, EXAMPLES } from './helpers';

test('files, pasted text and later files add up; a file can be removed', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Choose article files').setInputFiles([
    { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('“The bridge is open,” Mayor Ana Ruiz said.') },
  ]);
  await analysisDone(page, 1);
  await page.getByLabel('Or paste an article').fill('“We will repair the road,” said Governor Tom Lee.');
  await page.getByRole('button', { name: 'Add pasted text' }).click();
  await analysisDone(page, 2);
  await expect(card(page, 'We will repair the road')).toContainText('Tom Lee');
  await page.getByRole('button', { name: 'Remove one.txt' }).click();
  await analysisDone(page, 1);
  await expect(card(page, 'The bridge is open')).toHaveCount(0);
});

test('a binary or empty file gets a clear message while the others are read', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Choose article files').setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('“The bridge is open,” Mayor Ana Ruiz said.') },
  ]);
  await analysisDone(page, 3);
  const files = page.getByRole('list', { name: 'Files' });
  await expect(files.locator('li', { hasText: 'photo.txt' })).toContainText('binary');
  await expect(files.locator('li', { hasText: 'empty.txt' })).toContainText('empty');
  await expect(card(page, 'The bridge is open')).toContainText('Ana Ruiz');
});

test('a whole folder can be chosen; only its text files are read', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Choose a folder of articles').setInputFiles(EXAMPLES);
  await analysisDone(page, 3);
  await expect(card(page, 'We warned about this wall')).toContainText('Piet Olsen');
});

test('when outlets name different speakers for one quote, the card says so', async ({ page }) => {
  await page.goto('./');
  const words = 'We will not close the harbour before the end of the winter season';
  await page.getByLabel('Choose article files').setInputFiles([
    { name: 'first.txt', mimeType: 'text/plain', buffer: Buffer.from(`“${words},” Mayor Ilse Varga said.`) },
    { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from(`“${words},” harbour master Tomas Reyes said.`) },
  ]);
  await analysisDone(page, 2);
  await expect(card(page, 'We will not close the harbour')).toContainText('Outlets name different speakers');
});
