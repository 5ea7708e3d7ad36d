import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { relationsData } from '../unit/fixtures.ts';
import { moveHandle, openMap, settle, useBrowser } from './harness.ts';

const ctx = useBrowser();
const data = relationsData() as { actors: { id: string; anchor: { lat: number; lon: number } }[]; relations: { id: string; type: string; from: string; to: string; date: string }[] };

function countBy<T>(items: T[], key: (t: T) => string) {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** For each edge: its path's two ends on screen, and where Leaflet puts the two anchors. */
async function endpointErrors(page: Page) {
  return page.evaluate((actors) => {
    const map = (window as any).drmMap;
    const box = map.getContainer().getBoundingClientRect();
    const where = Object.fromEntries(actors.map((a: any) => [a.id, map.latLngToContainerPoint([a.anchor.lat, a.anchor.lon])]));
    return [...document.querySelectorAll<SVGGElement>('[data-relation-id]')].map((g) => {
      // The hit path runs anchor to anchor; a drawn line may stop short, where arrowheads arriving together are staggered.
      const path = g.querySelector<SVGPathElement>('path.hit') ?? g.querySelector<SVGPathElement>('path.line')!;
      const m = path.getScreenCTM()!;
      const end = (p: DOMPoint) => new DOMPoint(p.x, p.y).matrixTransform(m);
      const a = end(path.getPointAtLength(0));
      const b = end(path.getPointAtLength(path.getTotalLength()));
      const from = where[g.dataset.from!];
      const to = where[g.dataset.to!];
      return Math.max(Math.hypot(a.x - box.left - from.x, a.y - box.top - from.y), Math.hypot(b.x - box.left - to.x, b.y - box.top - to.y));
    });
  }, data.actors);
}

describe('the map of the article', () => {
  test('draws one edge per relation, by type, with every actor highlighted and nothing from outside', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const drawn = await page.$$eval('[data-relation-id]', (els) => els.map((e) => ({ type: e.getAttribute('data-type')!, from: e.getAttribute('data-from')!, to: e.getAttribute('data-to')!, id: e.getAttribute('data-relation-id')! })));
    expect(countBy(drawn, (d) => d.type)).toEqual(countBy(data.relations, (r) => r.type));
    expect(drawn.map((d) => `${d.id} ${d.from} ${d.to}`).sort()).toEqual(data.relations.map((r) => `${r.id} ${r.from} ${r.to}`).sort());
    const actors = await page.$$eval('[data-actor]', (els) => [...new Set(els.map((e) => e.getAttribute('data-actor')))].sort());
    expect(actors).toEqual(data.actors.map((a) => a.id).sort());
    expect(await page.locator('h1').textContent()).toBe('Will livid South Korean leaders ship arms to Kyiv?');
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, -300);
    await settle(page);
    expect(page.foreign).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  test('edge ends stay on their anchors at zooms 2 to 6, after animated zooms and pans', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    for (const zoom of [2, 3, 4, 5, 6]) {
      await page.evaluate((z) => (window as any).drmMap.setView([45, 100], z, { animate: true }), zoom);
      await settle(page);
      expect(await page.evaluate(() => (window as any).drmMap.getZoom())).toBe(zoom);
      expect(Math.max(...(await endpointErrors(page))), `zoom ${zoom}`).toBeLessThan(1);
      await page.evaluate(() => (window as any).drmMap.panBy([180, -120], { animate: true }));
      await settle(page);
      expect(Math.max(...(await endpointErrors(page))), `zoom ${zoom} after a pan`).toBeLessThan(1);
    }
    const drag = await page.evaluate(() => (window as any).drmMap.getCenter());
    await page.mouse.move(640, 450);
    await page.mouse.down();
    await page.mouse.move(500, 380, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    expect(await page.evaluate(() => (window as any).drmMap.getCenter())).not.toEqual(drag);
    expect(Math.max(...(await endpointErrors(page))), 'after a mouse drag').toBeLessThan(1);
  }, 240_000);

  test('during a zoom animation the edges move in step with Leaflet\'s own layers', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    // A Leaflet circle marker on Moscow is the reference: our anchor dot must stay on it frame by frame.
    const gaps = await page.evaluate(async () => {
      const w = window as any;
      const map = w.drmMap;
      const ref = w.L.circleMarker([55.7558, 37.6173], { radius: 4 }).addTo(map);
      const center = (el: Element) => { const r = el.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; };
      const gaps: number[] = [];
      await new Promise((r) => setTimeout(r, 100));
      map.setZoomAround([30, 60], map.getZoom() + 1, { animate: true });
      for (let i = 0; i < 24; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        const [ax, ay] = center(document.querySelector('[data-anchor="RUS"]')!);
        const [bx, by] = center(ref.getElement());
        gaps.push(Math.hypot(ax - bx, ay - by));
      }
      return gaps;
    });
    expect(gaps.length).toBe(24);
    expect(Math.max(...gaps)).toBeLessThan(1.5);
  });

  test('frames all six actors with their labels at desktop and phone sizes', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await openMap(ctx.browser, ctx.baseUrl, { width, height });
      const outside = await page.evaluate(() => {
        const box = (window as any).drmMap.getContainer().getBoundingClientRect();
        return [...document.querySelectorAll('[data-anchor], [data-label]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom;
        }).map((el) => el.getAttribute('data-anchor') ?? el.getAttribute('data-label'));
      });
      expect(outside, `${width}×${height}`).toEqual([]);
      expect(await page.locator('[data-anchor]').count()).toBe(6);
      await page.context().close();
    }
  });

  test('filters by type and date hide and show the right edges, and the legend counts them', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const ids = () => page.$$eval('[data-relation-id]', (els) => els.map((e) => e.getAttribute('data-relation-id')).sort());
    await page.getByRole('checkbox', { name: /Visit/ }).uncheck();
    expect(await ids()).toEqual(data.relations.filter((r) => r.type !== 'visit').map((r) => r.id).sort());
    expect(await page.locator('[data-legend-type="visit"] .count').textContent()).toBe('0 of 4');
    await page.getByRole('checkbox', { name: /Visit/ }).check();
    // The timeline's window, its ends moved by keyboard.
    await moveHandle(page, 'Window start', 'January 2024');
    expect(await ids()).toEqual(data.relations.filter((r) => r.date >= '2024').map((r) => r.id).sort());
    await page.getByRole('button', { name: 'All dates' }).click();
    await moveHandle(page, 'Window end', 'December 2023');
    expect(await ids()).toEqual(data.relations.filter((r) => r.date < '2024').map((r) => r.id).sort());
    await page.getByRole('button', { name: 'Show all' }).click();
    expect((await ids()).length).toBe(data.relations.length);
  });

  test('the URL keeps the view and filters, and a link restores them', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByRole('checkbox', { name: /Trade/ }).uncheck();
    await moveHandle(page, 'Window start', 'June 2024');
    await page.evaluate(() => (window as any).drmMap.setView([40, 120], 4, { animate: false }));
    await settle(page);
    const url = page.url();
    expect(url).toMatch(/#map=4\/40\.0+\/120\.0+&types=[a-z_,]+&from=2024-06&to=\d{4}-\d{2}/);
    const again = await openMap(ctx.browser, url.replace(/#.*/, ''), { hash: new URL(url).hash });
    expect(await again.evaluate(() => (window as any).drmMap.getZoom())).toBe(4);
    const c = await again.evaluate(() => (window as any).drmMap.getCenter());
    expect([+c.lat.toFixed(3), +c.lng.toFixed(3)]).toEqual([40, 120]);
    expect(await again.getByRole('checkbox', { name: /Trade/ }).isChecked()).toBe(false);
    expect(await again.getByRole('slider', { name: 'Window start' }).getAttribute('aria-valuetext')).toBe('June 2024');
    const ids = await again.$$eval('[data-relation-id]', (els) => els.map((e) => e.getAttribute('data-relation-id')).sort());
    // A relation dated only "2024" spans June 2024, so it stays.
    expect(ids).toEqual(data.relations.filter((r) => r.type !== 'trade' && (r.date >= '2024-06' || r.date === '2024')).map((r) => r.id).sort());
  });
});

test('a fresh start logs no error in the console, and opens the built-in story without loading the validator or the dense corridors\' code', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl);
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  await page.reload();
  await page.waitForSelector('.drm-layer [data-relation-id]');
  await page.waitForTimeout(300);
  expect(page.errors).toEqual([]);
  expect(scripts.filter((s) => /\/(data|fetchStory|openFiles|reviewScreen|reviewPage|corridorBadges|worker)-/.test(s))).toEqual([]);
});
