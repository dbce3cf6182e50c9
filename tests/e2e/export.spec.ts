// Exports are made in the browser; the JSON is exactly the CLI's report.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadExamples, exampleFiles } from './helpers';

async function download(page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return fs.readFileSync(await file.path(), 'utf-8');
}

test('Export JSON is byte for byte the report of the command line for the same files', async ({ page }) => {
  await loadExamples(page);
  const fromPage = await download(page, 'Export JSON');
  const root = path.resolve(__dirname, '../..');
  const fromCli = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'whosaid-cli', '--', '--format', 'json', ...exampleFiles()], { cwd: root, encoding: 'utf-8' });
  expect(fromPage).toBe(fromCli);
});

test('CSV and Markdown export what is shown', async ({ page }) => {
  await loadExamples(page);
  await page.getByLabel('Search quotes').fill('budget');
  const csv = await download(page, 'Export CSV');
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('quote,cluster,document,article,date,speaker,role,kind,text,mention,cue');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('Piet Olsen');
  // Articles by the names a reader knows, beside their file names.
  expect(lines[1]).toContain('coastal-herald.txt,Coastal Herald: Storm damage in Port Halden: council promises help,');
  const markdown = await download(page, 'Export Markdown');
  expect(markdown).toContain('## Piet Olsen');
  expect(markdown).toContain('— Coastal Herald: Storm damage in Port Halden');
  expect(markdown).not.toContain('Ilse Varga');
});
