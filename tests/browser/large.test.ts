import { describe, expect, test } from 'vitest';
import table from '../../data/countries.json' with { type: 'json' };
import { settle, useBrowser } from './harness.ts';

const ctx = useBrowser();
const TYPES = ['alliance', 'tension', 'visit', 'arms_support', 'trade', 'war', 'diplomatic_pressure'];

/** A story of `n` relations among the countries of the table, each quoting its own sentence. */
function largeStory(n: number) {
  const codes = table.countries.filter((c) => c.capital && Math.abs(c.lat) < 80).map((c) => c.iso3).slice(0, 120);
  let article = '';
  const relations = Array.from({ length: n }, (_, i) => {
    const from = codes[(i * 7) % codes.length];
    const to = codes[(i * 13 + 5) % codes.length] === from ? codes[(i * 13 + 6) % codes.length] : codes[(i * 13 + 5) % codes.length];
    const quote = `Sentence ${i} says ${from} and ${to} met.`;
    const start = article.length;
    article += `${quote} `;
    return { id: `r${i}`, type: TYPES[i % 7], from, to, directed: i % 2 === 0, date: `2024-0${1 + (i % 9)}-1${i % 10}`, datePrecision: 'day', certainty: 'stated', summary: `Relation ${i}`, evidence: [{ quote, start, end: start + quote.length }] };
  });
  const actors = [...new Set(relations.flatMap((r) => [r.from, r.to]))].map((id) => ({ id }));
  return { article, story: { title: `${n} relations`, article: 'large.txt', published: '2024-09-30', actors, people: [], relations } };
}

describe('a large story', () => {
  test('draws its edges on a canvas, and hover, tap and export still work', async () => {
    const { article, story } = largeStory(3000);
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.route('**/stories/large.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }));
    await page.route('**/stories/large.txt', (route) => route.fulfill({ contentType: 'text/plain', body: article }));
    await page.goto(`${ctx.baseUrl}?story=stories/large.json`);
    await page.waitForFunction(() => (window as any).drmLayer?.usesCanvas());
    await settle(page);
    expect(await page.locator('[data-relation-id]').count()).toBe(0);
    expect(await page.locator('canvas.drm-canvas:not(.drm-canvas-top)').isVisible()).toBe(true);

    // Hover the middle of some edge: the tooltip names the edge the layer finds there.
    const probe = await page.evaluate(() => {
      const w = window as any;
      const box = w.drmMap.getContainer().getBoundingClientRect();
      for (const edge of w.drmLayer.currentScene().edges) {
        const at = w.drmMap.layerPointToContainerPoint(w.L.point(edge.mid).subtract(w.drmMap.getPixelOrigin()));
        if (at.x > 20 && at.y > 20 && at.x < box.width - 20 && at.y < box.height - 20) {
          // Whole client pixels, as the mouse event will report them.
          const x = Math.round(box.left + at.x);
          const y = Math.round(box.top + at.y);
          const id = w.drmLayer.edgeAt(w.drmMap.mouseEventToContainerPoint({ clientX: x, clientY: y }));
          if (id) return { x, y, id };
        }
      }
      return null;
    });
    expect(probe).not.toBeNull();
    await page.mouse.move(probe!.x, probe!.y);
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const quote = story.relations.find((r) => r.id === probe!.id)!.evidence[0].quote;
    expect(await tooltip.locator('blockquote').first().textContent()).toBe(quote);
    // The hovered edge is drawn alone on the top canvas, over the faded base.
    await expect.poll(() => page.locator('canvas.drm-canvas-top').isVisible()).toBe(true);
    expect(await page.locator('canvas.drm-canvas.faded').count()).toBe(1);
    await page.mouse.click(probe!.x, probe!.y);
    expect(await tooltip.getAttribute('class')).toContain('pinned');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export SVG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expect(await page.locator('.relations-list li').count()).toBe(200);
    await context.close();
  });
});
