import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

const ctx = useBrowser();

interface Box { top: number; bottom: number; left: number; right: number }
const boxOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((e): Box => {
  const r = e.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
});
/** The middle of a relation's edge on screen (client pixels), as the map computes it. */
const edgeMid = (page: Page, id: string) => page.evaluate((id) => {
  const w = window as unknown as { drmLayer: { edgeMid(id: string): [number, number] | undefined }; drmMap: { getPixelOrigin(): { x: number; y: number }; layerPointToContainerPoint(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } };
  const mid = w.drmLayer.edgeMid(id)!;
  const origin = w.drmMap.getPixelOrigin();
  const p = w.drmMap.layerPointToContainerPoint([mid[0] - origin.x, mid[1] - origin.y]);
  const box = w.drmMap.getContainer().getBoundingClientRect();
  return { x: box.left + p.x, y: box.top + p.y };
}, id);

describe('on a phone (390×844)', () => {
  test('a tap on a relation in the list brings the map into view and pins its edge, with its tooltip as a sheet at the bottom that leaves the edge in sight', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { width: 390, height: 844, hasTouch: true });
    const buttons = page.locator('.relations-list button');
    // The list's items come once its code has loaded, after the map.
    await expect.poll(() => buttons.count()).toBeGreaterThan(8);
    // Relations late in the list, of edges in different parts of the map: each tap must end with its edge visible.
    for (const n of [5, 12, 0]) {
      const item = buttons.nth(n);
      const id = (await item.getAttribute('data-relation'))!;
      await item.scrollIntoViewIfNeeded();
      // Down in the list, the map is off the screen.
      expect((await boxOf(page, '#map')).bottom).toBeLessThan(100);
      await item.tap();
      const sheet = page.locator('[role="tooltip"].pinned');
      await expect.poll(() => sheet.isVisible()).toBe(true);
      expect(await page.locator(`.drm-layer .edge.is-active`).getAttribute('data-relation-id')).toBe(id);
      const summary = await item.locator('xpath=..').locator('.summary').textContent();
      expect(await sheet.textContent()).toContain(summary);
      // The sheet spans the screen's width at its bottom; the map is on screen above it, with the edge's middle in it.
      const s = await boxOf(page, '[role="tooltip"]');
      expect([Math.round(s.left), Math.round(s.right), Math.round(s.bottom)]).toEqual([0, 390, 844]);
      expect(s.bottom - s.top).toBeLessThanOrEqual(844 * 0.4 + 1);
      const map = await boxOf(page, '#map');
      expect(map.top).toBeGreaterThanOrEqual(-1);
      expect(map.top).toBeLessThan(s.top - 200);
      const mid = await edgeMid(page, id);
      expect(mid.y, `edge ${id}`).toBeGreaterThan(Math.max(0, map.top));
      expect(mid.y, `edge ${id}`).toBeLessThan(Math.min(map.bottom, s.top));
      expect(mid.x).toBeGreaterThan(map.left);
      expect(mid.x).toBeLessThan(map.right);
      // The header has folded away: the map has the top of the screen.
      expect((await boxOf(page, '.masthead')).bottom).toBeLessThanOrEqual(1);
      if (n === 12) await page.screenshot({ path: 'tests/output/phone-sheet-390.png' });
    }
    // "Show in article" in the sheet scrolls the quote into the part of the screen the sheet leaves.
    await page.locator('[role="tooltip"] button', { hasText: 'Show in article' }).first().tap();
    await expect.poll(() => page.locator('.article-text mark').count()).toBeGreaterThan(0);
    const sheetTop = (await boxOf(page, '[role="tooltip"]')).top;
    await expect.poll(() => boxOf(page, '.article-text mark').then((m) => m.top >= 0 && m.bottom <= sheetTop)).toBe(true);
    // One × closes the sheet.
    expect(await page.locator('[role="tooltip"] button.close').count()).toBe(1);
    await page.locator('[role="tooltip"] button.close').tap();
    await expect.poll(() => page.locator('[role="tooltip"]').isHidden()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('the header folds away as the page scrolls, and comes back at the top', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { width: 390, height: 844, hasTouch: true });
    const header = await boxOf(page, '.masthead');
    expect(header.top).toBe(0);
    expect(header.bottom).toBeGreaterThan(100);
    // Scrolled over the panel below the map (the map itself takes the wheel to zoom).
    await page.mouse.move(200, 780);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => boxOf(page, '.masthead').then((b) => b.bottom)).toBeLessThanOrEqual(0);
    await page.mouse.wheel(0, -2000);
    await expect.poll(() => boxOf(page, '.masthead').then((b) => b.top)).toBe(0);
    await page.context().close();
  });
});

test('on a desktop (1280×800) the tooltip stays beside its edge, and a click in the list pins it on screen', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl, { width: 1280, height: 800 });
  const item = page.locator('.relations-list button').nth(5);
  const id = (await item.getAttribute('data-relation'))!;
  await item.scrollIntoViewIfNeeded();
  await item.click();
  await expect.poll(() => page.locator('[role="tooltip"].pinned').isVisible()).toBe(true);
  const s = await boxOf(page, '[role="tooltip"]');
  expect(s.right - s.left).toBeLessThanOrEqual(380);
  expect(s.top).toBeGreaterThanOrEqual(0);
  expect(s.bottom).toBeLessThanOrEqual(800);
  const mid = await edgeMid(page, id);
  const map = await boxOf(page, '#map');
  expect(mid.y).toBeGreaterThan(map.top);
  expect(mid.y).toBeLessThan(map.bottom);
  // The header stays: the desktop page does not scroll.
  expect((await boxOf(page, '.masthead')).top).toBe(0);
  await page.context().close();
});
