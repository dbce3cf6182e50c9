// Shared steps for the browser tests: written in the user's words.
import { Page, expect } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

export const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
export const EXAMPLES = path.resolve(__dirname, '../../examples');

export function seedFiles(): string[] {
  return fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS, f));
}

export function exampleFiles(): string[] {
  return fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(EXAMPLES, f));
}

/** Waits until the one status line reports a finished analysis ("3 articles,
 * 12 quotes, …"), not the progress line ("Analysing: 3 of 3 articles…"). */
export async function analysisDone(page: Page, articles: number) {
  const finished = new RegExp(`^${articles} articles?, `);
  await expect(page.getByRole('status')).toHaveText(finished, { timeout: 30_000 });
}

export async function loadExamples(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Load example articles' }).click();
  await analysisDone(page, 3);
}

/** A quote card, found by words of its text. */
export function card(page: Page, words: string) {
  return page.locator('li.card').filter({ has: page.locator('blockquote', { hasText: words }) });
}
