// Colour contrast passes (WCAG AA, 4.5:1 for text) in the light and the dark theme.
import { test, expect } from '@playwright/test';
import { loadExamples, card } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`text has enough contrast in the ${colorScheme} theme`, async ({ browser }) => {
    const page = await browser.newPage({ colorScheme });
    await loadExamples(page);
    await card(page, 'rebuild the sea wall').getByText(/wordings?,/).click();
    const failures = await page.evaluate(() => {
      const parse = (c: string) => (c.match(/[\d.]+/g) || []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const f = (v: number) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = parse(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
        }
        return parse(getComputedStyle(document.body).backgroundColor).slice(0, 3);
      };
      const selectors = ['h1', '.tagline', '.status p', 'blockquote', '.meta .speaker', '.meta .role', '.kind',
        'summary', 'mark.differs', '.occurrence', '.occurrence-meta', '.speaker-name', '.speaker-role',
        '.speaker-counts', 'button', 'label', '.file-note'];
      const out: string[] = [];
      for (const selector of selectors) {
        for (const el of Array.from(document.querySelectorAll(selector)).slice(0, 5)) {
          const fg = parse(getComputedStyle(el).color).slice(0, 3);
          const [a, b] = [luminance(fg), luminance(background(el))].sort((x, y) => y - x);
          const ratio = (a + 0.05) / (b + 0.05);
          if (ratio < 4.5) out.push(`${selector}: ${ratio.toFixed(2)}`);
        }
      }
      return out;
    });
    expect(failures).toEqual([]);
    await page.close();
  });
}
