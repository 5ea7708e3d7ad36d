import type { Page } from 'playwright-core';
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

  test('the live map is drawn from the start\'s chunks alone: the app\'s code in one, Leaflet in another; every other chunk loads later', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const refused: string[] = [];
    // Every chunk but the entry, the start's code, Leaflet and the bundler's runtime is refused.
    await page.route('**/assets/*.js', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      if (/^(index|start|leaflet|rolldown-runtime)-[\w-]{8}\.js$/.test(name)) return route.continue();
      refused.push(name);
      return route.abort();
    });
    await page.goto(ctx.baseUrl);
    await page.waitForFunction(() => !!(window as any).drmLayer);
    // Every edge, anchor label and the legend of the live map, and the list's place with its heading.
    expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(17);
    expect(await page.locator('.drm-layer .label').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('[data-legend-type]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'All relations' }).getByRole('heading', { name: 'All relations' }).count()).toBe(1);
    // What was refused is what loads after the map: the hover, the timeline, the list, …
    await expect.poll(() => refused.some((name) => /^relationsList-/.test(name))).toBe(true);
    expect(refused.some((name) => /^interactions-/.test(name))).toBe(true);
    await context.close();
  });

  test('the hover\'s code loads after the map is drawn, and a pointer that came before it gets its tooltip', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The tooltip's code held back until the pointer is on an edge.
    const release = await heldBack(page, '**/assets/interactions-*.js');
    await page.goto(ctx.baseUrl);
    await page.waitForFunction(() => !!(window as any).drmLayer);
    const edge = page.locator('.drm-layer [data-relation-id] .hit').first();
    await edge.hover({ force: true });
    const tooltip = page.locator('[role="tooltip"]');
    expect(await tooltip.count()).toBe(0);
    release();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    // The card of the edge under the pointer, with its quotes.
    expect(await tooltip.locator('blockquote').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('Enter pressed on a focused edge before the hover\'s code has loaded pins that edge once it has', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const release = await heldBack(page, '**/assets/interactions-*.js');
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('.drm-layer [data-relation-id="rus-prk-state-visit"]');
    await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
    await page.keyboard.press('Enter');
    const tooltip = page.locator('[role="tooltip"]');
    expect(await tooltip.count()).toBe(0);
    release();
    // The card of the focused edge, pinned (it stays when the focus moves on, and has its close button).
    await expect.poll(() => tooltip.evaluate((t) => t.classList.contains('pinned')).catch(() => false)).toBe(true);
    expect(await tooltip.locator('button.close').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await tooltip.isVisible()).toBe(true);
    await context.close();
  });

  test('the export buttons\' code loads when one is first used, and the article\'s text after the map, without holding it up', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()!));
    // The article panel's code held back: the live map is drawn all the same, its panel in place.
    const release = await heldBack(page, '**/assets/articlePanel-*.js');
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    await settle(page);
    const article = page.getByRole('region', { name: 'The article' });
    await expect.poll(() => requested.some((name) => /^articlePanel-.*\.js$/.test(name))).toBe(true);
    expect(await article.getByRole('heading', { name: 'The article' }).count()).toBe(1);
    expect(await article.locator('.article-text').count()).toBe(0);
    release();
    await expect.poll(() => article.locator('.article-text').textContent()).toMatch(/\w{3,}/);
    // The "Draft from this article" button stays where it was, above the text.
    expect(await article.locator('.draft-this + .article-title + .article-text').count()).toBe(1);

    // Nothing of the export's own code yet: the buttons are there, their code comes with the first click.
    expect(requested.filter((name) => /^(exportActions|exportView|download)-.*\.js$/.test(name))).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export SVG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expect(requested.filter((name) => /^(exportActions|exportView)-.*\.js$/.test(name))).toHaveLength(2);
    await context.close();
  });
});

/** Holds back the requests for a chunk until the returned function is called: code that arrives late, on any machine. */
async function heldBack(page: Page, glob: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
