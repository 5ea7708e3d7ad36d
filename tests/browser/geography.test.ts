import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openMap, settle, useBrowser } from './harness.ts';
import { serveStatic } from './staticServer.ts';

const ctx = useBrowser();
let site: { url: string; close(): Promise<void> };
beforeAll(async () => {
  const host = await serveStatic({ folder: 'dist/', prefix: '/' });
  site = { url: `${host.url}/`, close: host.close };
});
afterAll(async () => {
  await site?.close();
});

/** Screen x of a relation's drawn line, sampled along it, with the screen x of its two anchors. */
async function lineOnScreen(page: Awaited<ReturnType<typeof openMap>>, id: string, from: string, to: string) {
  return page.evaluate(({ id, from, to }) => {
    const line = document.querySelector<SVGPathElement>(`.drm-layer [data-relation-id="${id}"] path.line`)!;
    const screenX = (el: SVGGraphicsElement, x: number, y: number) => {
      const m = el.getScreenCTM()!;
      return new DOMPoint(x, y).matrixTransform(m).x;
    };
    const length = line.getTotalLength();
    const xs = Array.from({ length: 101 }, (_, k) => {
      const p = line.getPointAtLength((length * k) / 100);
      return screenX(line, p.x, p.y);
    });
    const anchor = (actor: string) => {
      const dot = document.querySelector<SVGCircleElement>(`.drm-layer [data-anchor="${actor}"]`)!;
      return screenX(dot, dot.cx.baseVal.value, dot.cy.baseVal.value);
    };
    return { d: line.getAttribute('d')!, xs, from: anchor(from), to: anchor(to) };
  }, { id, from, to });
}

describe('geography on the map', () => {
  test('AUKUS: the United States–Australia edges cross the Pacific, not Africa', async () => {
    const page = await openMap(ctx.browser, `${site.url}?story=examples/aukus-2021/relations.json`);
    await expect.poll(() => page.locator('.drm-layer [data-relation-id]').count()).toBe(9);
    await settle(page);
    for (const id of ['aukus-aus-usa', 'usa-aus-submarines']) {
      const [from, to] = id === 'aukus-aus-usa' ? ['AUS', 'USA'] : ['USA', 'AUS'];
      const { d, xs, from: a, to: b } = await lineOnScreen(page, id, from, to);
      const [west, east] = [Math.min(a, b), Math.max(a, b)];
      // Washington is west of Canberra on this map: the line leaves westward from Washington and
      // comes back from the east to Canberra, so no point of it lies between them (over the Atlantic, Africa, the Indian Ocean).
      expect(d.match(/M/g), `${id}: two pieces`).toHaveLength(2);
      for (const x of xs) expect(x <= west + 2 || x >= east - 2, `${id} at x ${x} between ${west} and ${east}`).toBe(true);
    }
    mkdirSync('docs/issue-23', { recursive: true });
    await page.screenshot({ path: 'docs/issue-23/geo-aukus-app-after.png' });
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('the built-in story keeps both ends of Washington–Seoul on the map, the world repeated either side', async () => {
    const page = await openMap(ctx.browser, site.url);
    await settle(page);
    const { d } = await lineOnScreen(page, 'usa-kor-arms-calls', 'USA', 'KOR');
    expect(d.match(/M/g)).toHaveLength(1);
    // The coarse world is drawn three times: the map's own and a copy either side.
    expect(await page.locator('.drm-coarse > use[aria-hidden="true"]').count()).toBe(2);
    expect(await page.locator('.drm-coarse [data-actor="KOR"]').count()).toBe(1);
    await page.context().close();
  });
});
