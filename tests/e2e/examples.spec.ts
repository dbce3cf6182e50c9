// A new user with no files at hand loads the built-in examples and reads
// by speaker and by quote.
import { test, expect } from '@playwright/test';
import { loadExamples, card } from './helpers';

test('the example set shows speakers, utterances and their wordings', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('status')).toHaveText('No articles yet.');
  await loadExamples(page);
  const speakers = page.getByRole('navigation', { name: 'Speakers' });
  // The fullest form of her role: "Port Halden's mayor", not "Mayor".
  await expect(speakers.getByRole('button', { name: /Ilse Varga/ })).toContainText("Port Halden's mayor");
  // A translation variant and a fragment of one utterance: one card, three articles.
  const wall = card(page, 'rebuild the sea wall');
  await expect(wall).toHaveCount(1);
  await expect(wall).toContainText('3 articles');
  await wall.getByText(/wordings?,/).click();
  await expect(wall.locator('mark.differs').first()).toBeVisible();
  // The same words by two different people stay two cards.
  await expect(card(page, 'the worst in forty years')).toHaveCount(2);
  // Unmarked speech, a post, a pronoun resolved.
  // In the third person, speech without marks is the reporter's: reported.
  await expect(card(page, 'The wall was built to withstand')).toContainText('reported');
  await expect(card(page, 'Everyone in the lower town helped tonight')).toContainText('post');
  await expect(card(page, 'We warned about this wall')).toContainText('Piet Olsen');
});

test('choosing a speaker filters the quotes, and the speaker list is searchable', async ({ page }) => {
  await loadExamples(page);
  const speakers = page.getByRole('navigation', { name: 'Speakers' });
  await speakers.getByLabel('Search speakers').fill('olsen');
  await expect(speakers.getByRole('button', { name: /Ilse Varga/ })).toHaveCount(0);
  await speakers.getByRole('button', { name: /Piet Olsen/ }).click();
  // His quotation and his reported statement.
  await expect(page.locator('li.card')).toHaveCount(2);
  await speakers.getByRole('button', { name: 'All speakers' }).click();
  await expect(page.locator('li.card')).not.toHaveCount(2);
});
