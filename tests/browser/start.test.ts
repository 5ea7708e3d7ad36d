import { describe, expect, test } from 'vitest';
import { openMap, settle, useBrowser } from './harness.ts';

const ctx = useBrowser();

describe('the start of the map', () => {
  test('draws the world projected when the app was built; the shapes and d3-geo load only to zoom in or export', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()!));
    await settle(page);
    // The page's own requests before the map was drawn, from the Resource Timing of the page.
    const atStart = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!));
    expect(atStart.filter((name) => /^countries-110m-world-.*\.json$/.test(name))).toHaveLength(1);
    expect(atStart.filter((name) => /^(countries-110m-[\w-]{8}\.json|countries-50m-.*|shapes-.*|scene-.*|exportSvg-.*)$/.test(name))).toEqual([]);
    // The coarse world: every country once, the story's actors marked.
    expect(await page.locator('.drm-coarse .country').count()).toBeGreaterThan(170);
    expect(await page.locator('.drm-coarse .country.actor').count()).toBe(6);

    // Zoomed in: the 1:50m shapes load, with the code that reads and projects them, and cover the coarse world.
    await page.evaluate(() => (window as unknown as { drmMap: { setView(c: [number, number], z: number, o: object): void } }).drmMap.setView([38.5, 127], 5, { animate: false }));
    await page.waitForSelector('.drm-basemap .country');
    expect(requested.some((name) => /^countries-50m-.*\.json$/.test(name))).toBe(true);
    expect(requested.some((name) => /^shapes-.*\.js$/.test(name))).toBe(true);

    // Zoomed out again, an export loads the 1:110m shapes it clips to the view.
    await page.evaluate(() => (window as unknown as { drmMap: { setZoom(z: number, o: object): void } }).drmMap.setZoom(2, { animate: false }));
    await settle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export SVG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expect(requested.some((name) => /^countries-110m-[\w-]{8}\.json$/.test(name))).toBe(true);
    expect(page.errors).toEqual([]);
    expect(page.foreign).toEqual([]);
    await page.context().close();
  });
});
