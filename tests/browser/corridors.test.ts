import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser, axeViolations } from './harness.ts';
import { denseRelationsData } from '../unit/fixtures.ts';
import { DENSE_CORRIDOR } from '../../src/core/corridorBadges.ts';

const ctx = useBrowser();

/** Opens the built-in story with eight more Russia–North Korea relations: one dense corridor. */
async function openDense(page: Page) {
  await page.setInputFiles('#open-story', [
    { name: 'dense.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(denseRelationsData())) },
    { name: 'article.txt', mimeType: 'text/plain', buffer: readFileSync('data/article.txt') },
  ]);
  await page.waitForSelector('.drm-layer .corridor-badge');
}

const corridorEdges = (page: Page) => page.locator('.drm-layer .corridor .edge');
// Drawn or not: an SVG element's checkVisibility() does not see `display: none`.
const shown = (page: Page) => corridorEdges(page).evaluateAll((edges) => edges.filter((e) => getComputedStyle(e).display !== 'none').length);

describe('a dense corridor', () => {
  test('rests as a count badge, opens on hover, and its edges show their tooltips', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await openDense(page);
    const count = await corridorEdges(page).count();
    expect(count).toBeGreaterThanOrEqual(DENSE_CORRIDOR);
    expect(await page.locator('.drm-layer .corridor-badge text').textContent()).toBe(String(count));
    expect(await shown(page)).toBe(0);
    // Every other edge is drawn as before.
    expect(await page.locator('.drm-layer .edges > .edge').evaluateAll((edges) => edges.every((e) => getComputedStyle(e).display !== 'none'))).toBe(true);

    const badge = (await page.locator('.drm-layer .corridor-badge circle').boundingBox())!;
    await page.mouse.move(badge.x + badge.width / 2, badge.y + badge.height / 2);
    await expect.poll(() => shown(page)).toBe(count);
    // From the badge to an edge of the corridor: it stays open and the edge's tooltip shows.
    const onEdge = await page.locator('.drm-layer .corridor .edge .line').first().evaluate((line: SVGPathElement) => {
      const p = line.getPointAtLength(line.getTotalLength() / 2);
      const m = line.getScreenCTM()!;
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
    });
    await page.mouse.move(onEdge.x, onEdge.y, { steps: 8 });
    await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
    expect(await shown(page)).toBe(count);
    const ids = await corridorEdges(page).evaluateAll((edges) => edges.map((e) => e.getAttribute('data-relation-id')));
    expect(ids).toContain(await page.locator('.drm-layer .edge.is-active').first().getAttribute('data-relation-id'));

    // Away from it, it closes again.
    await page.mouse.move(5, 400);
    await expect.poll(() => shown(page)).toBe(0);
    expect(page.errors).toEqual([]);
  });

  test('the keyboard opens it: Tab reaches the badge by its name, then each of its edges with its tooltip', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await openDense(page);
    const count = await corridorEdges(page).count();
    const badge = page.getByRole('button', { name: new RegExp(`^${count} relations between .*Moscow.*: shown one by one on hover, or with Tab from here$`) });
    await badge.focus();
    await expect.poll(() => shown(page)).toBe(count);
    // A zoom draws the map again: the badge keeps focus.
    const before = await page.locator('.drm-layer .corridor-badge').elementHandle();
    await page.evaluate(() => (window as any).drmMap.zoomIn(0.5, { animate: false }));
    await expect.poll(() => before!.evaluate((e) => e.isConnected)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('corridor-badge'))).toBe(true);
    await page.keyboard.press('Tab');
    const ids = await corridorEdges(page).evaluateAll((edges) => edges.map((e) => e.getAttribute('data-relation-id')));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'))).toBe(ids[0]);
    await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'))).toBe(ids[1]);
    expect(await shown(page)).toBe(count);
    // Out of it, it closes.
    await page.locator('[data-legend-type] input').first().focus();
    await expect.poll(() => shown(page)).toBe(0);
  });

  test('on a phone a tap on the badge opens it, and a tap on one of its edges shows that edge\'s quotes', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { width: 390, height: 844, hasTouch: true });
    await openDense(page);
    const count = await corridorEdges(page).count();
    const badge = (await page.locator('.drm-layer .corridor-badge circle').boundingBox())!;
    await page.touchscreen.tap(badge.x + badge.width / 2, badge.y + badge.height / 2);
    await expect.poll(() => shown(page)).toBe(count);
    const outer = await page.locator('.drm-layer .corridor .edge .line').last().evaluate((line: SVGPathElement) => {
      const p = line.getPointAtLength(line.getTotalLength() / 2);
      const m = line.getScreenCTM()!;
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
    });
    await page.touchscreen.tap(outer.x, outer.y);
    await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
    const ids = await corridorEdges(page).evaluateAll((edges) => edges.map((e) => e.getAttribute('data-relation-id')));
    expect(ids).toContain(await page.locator('.drm-layer .edge.is-active').first().getAttribute('data-relation-id'));
    expect(await shown(page)).toBe(count);
  });

  test('a relation chosen in the list opens its corridor; the export draws every edge and no badge', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await openDense(page);
    await page.locator('button[data-relation="rus-prk-extra-trade"]').click();
    await expect.poll(() => page.locator('.drm-layer .edge[data-relation-id="rus-prk-extra-trade"]').evaluate((e) => getComputedStyle(e).display)).not.toBe('none');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export SVG/ }).click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).not.toContain('corridor');
    expect(svg).toContain('data-relation-id="rus-prk-extra-trade"');
    expect([...svg.matchAll(/<g class="edge(?: draft)?"/g)]).toHaveLength(await page.locator('.drm-layer .edge').count());
  });

  test('passes axe-core with the badge, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openMap(ctx.browser, ctx.baseUrl, { colorScheme });
      await openDense(page);
      const violations = await axeViolations(page);
      expect(violations, colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});
