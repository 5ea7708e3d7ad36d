import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';
import { serveStatic } from './staticServer.ts';

const ctx = useBrowser();

describe('publish', () => {
  test('the build works from any folder of any static host', async () => {
    const host = await serveStatic({ folder: 'dist', prefix: '/news/2024/maps/' });
    try {
      const page = await openMap(ctx.browser, `${host.url}/news/2024/maps/`);
      expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(17);
      const example = await openMap(ctx.browser, `${host.url}/news/2024/maps/?story=examples/red-sea-2024/relations.json`);
      expect(await example.locator('h1').textContent()).toBe('Red Sea, early 2024: sanctions, strikes and Omani messages');
      expect([...page.errors, ...example.errors]).toEqual([]);
      expect([...page.foreign, ...example.foreign]).toEqual([]);
    } finally {
      await host.close();
    }
  });

  test('embedded on a page of another site, the frame takes the height of the map, at 1280 and 390 px wide', async () => {
    const probe = await openMap(ctx.browser, ctx.baseUrl);
    await probe.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await probe.locator('.embed-code').inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;childId=drm-map" id="drm-map"/);
    const parent = await serveStatic({ pages: { '/article.html': `<!doctype html><html><body style="margin:0"><h1>A newsroom page</h1>${code.replace(/&amp;/g, '&')}<p>After the map.</p></body></html>` } });
    try {
      for (const width of [1280, 390]) {
        const context = await ctx.browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${parent.url}/article.html`);
        const frame = page.frameLocator('#drm-map');
        await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
        const inner = page.frames().find((f) => f.url().includes('embed'))!;
        await expect.poll(async () => {
          const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          const height = await page.locator('#drm-map').evaluate((el) => el.getBoundingClientRect().height);
          return Math.abs(height - content) <= 1 && height > 300;
        }, { timeout: 10_000 }).toBe(true);
        // No chrome in the frame: no masthead actions, no relations list.
        expect(await frame.locator('.masthead .actions').count()).toBe(0);
        expect(await frame.locator('.relations').isVisible()).toBe(false);
        expect(await frame.locator('.legend').isVisible()).toBe(true);
        await context.close();
      }
    } finally {
      await parent.close();
    }
  });
});
