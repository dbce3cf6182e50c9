// With 1,000 articles dropped at once the page stays responsive: the engine
// works in a Web Worker, and no task on the main thread takes over 100 ms.
// The files are made in the page and dropped as a user would drop them
// (Playwright's own setInputFiles for 1,000 files is a long task by itself).
import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { exampleFiles, analysisDone } from './helpers';

test('1,000 dropped articles: results within seconds, no long task on the main thread', async ({ page }) => {
  const texts = exampleFiles().map((f) => fs.readFileSync(f, 'utf-8'));
  await page.goto('./');
  await page.evaluate((texts) => {
    const transfer = new DataTransfer();
    for (let i = 0; i < 1000; i++) {
      const text = texts[i % texts.length].replace(/Port Halden/g, `Port Halden ${i}`);
      transfer.items.add(new File([text], `article-${String(i).padStart(4, '0')}.txt`, { type: 'text/plain' }));
    }
    (window as any).__transfer = transfer;
  }, texts);
  await page.evaluate(() => {
    (window as any).__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as any).__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await page.evaluate(() => {
    const zone = document.querySelector('.drop-zone')!;
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: (window as any).__transfer, bubbles: true, cancelable: true }));
  });
  await analysisDone(page, 1000);
  await page.waitForTimeout(300);
  const seconds = (Date.now() - started) / 1000;
  const longTasks: number[] = await page.evaluate(() => (window as any).__longTasks);
  console.log(`1,000 articles in ${seconds.toFixed(1)} s; long tasks (ms): ${JSON.stringify(longTasks)}`);
  expect(seconds).toBeLessThan(20);
  expect(Math.max(0, ...longTasks)).toBeLessThan(100);
});
