import { mkdirSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
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

/** Each actor's marker, as a box in the page, and the map's box. */
function markersAndMap(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const markers = [...document.querySelectorAll('.drm-layer [data-anchor]')].map((el) => ({ id: el.getAttribute('data-anchor')!, ...box(el) }));
    return { map: box(document.querySelector('#map')!), markers };
  });
}

/**
 * The basemap's borders as drawn, from the map's pixels with the story, the controls and the date
 * hidden: each border pixel (white, as the light theme draws them 0.9 px wide) with how thick its
 * line is there (the shorter of its white runs across and down). Thin borders are one or two pixels;
 * a copy of the world scaled with its strokes (a zoom of 2³) draws them seven or more.
 */
async function borderThickness(page: Page): Promise<{ border: number; thick: number }> {
  await page.addStyleTag({ content: '.drm-story, .leaflet-control-container, #map > :not(.leaflet-map-pane) { visibility: hidden !important }' });
  const png = (await page.locator('#map').screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const { data, width, height } = g.getImageData(0, 0, bitmap.width, bitmap.height);
    const white = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && data[4 * (y * width + x)] >= 250 && data[4 * (y * width + x) + 1] >= 250 && data[4 * (y * width + x) + 2] >= 250;
    const run = (x: number, y: number, dx: number, dy: number) => {
      let n = 1;
      for (let k = 1; white(x + k * dx, y + k * dy); k++) n++;
      for (let k = 1; white(x - k * dx, y - k * dy); k++) n++;
      return n;
    };
    let border = 0;
    let thick = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!white(x, y)) continue;
        border++;
        if (Math.min(run(x, y, 1, 0), run(x, y, 0, 1)) >= 3) thick++;
      }
    }
    return { border, thick };
  }, png);
}

const stories = [
  { name: 'the built-in article', query: '' },
  ...readdirSync('data/examples').sort().map((name) => ({ name, query: `?story=examples/${name}/relations.json` })),
];

describe('every story opens framed, in the copy of the world the map shows', () => {
  for (const { name, query } of stories) {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      test(`${name} at ${width}×${height}: every actor’s marker inside the map, the borders drawn thin`, async () => {
        const page = await openMap(ctx.browser, `${site.url}${query}`, { width, height });
        await settle(page);
        const { map, markers } = await markersAndMap(page);
        expect(markers.length).toBeGreaterThan(1);
        for (const m of markers) {
          expect(m.x0 >= map.x0 && m.x1 <= map.x1 && m.y0 >= map.y0 && m.y1 <= map.y1, `${m.id} at ${JSON.stringify(m)} in the map ${JSON.stringify(map)}`).toBe(true);
        }
        const { border, thick } = await borderThickness(page);
        expect(border, 'some border is drawn').toBeGreaterThan(0);
        expect(thick, `${thick} of ${border} border pixels in lines three or more pixels thick`).toBeLessThanOrEqual(5);
        expect(page.errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  test('a Pacific story opened from a file: centred on the Pacific, its actors in view, the world\'s copy past 180° drawn with thin borders', async () => {
    const sentence = 'Washington, Canberra, Wellington and Tokyo agreed to patrol the Pacific together.';
    const place = (id: string, lat: number, lon: number) => ({ id, kind: 'other', name: id, anchor: { name: id, lat, lon } });
    const patrol = (from: string, to: string) => ({ id: `${from}-${to}`.toLowerCase(), type: 'cooperation', from, to, directed: false, date: '2024-03-03', datePrecision: 'day',
      certainty: 'stated', summary: 'They patrol together.', evidence: [{ quote: sentence, start: 0, end: sentence.length }] });
    const story = {
      title: 'A Pacific patrol', article: 'article.txt', articleText: sentence, published: '2024-03-04', people: [],
      actors: [place('WASHINGTON', 38.9, -77), place('CANBERRA', -35.3, 149.1), place('WELLINGTON', -41.3, 174.8), place('TOKYO', 35.7, 139.7)],
      relations: [patrol('WASHINGTON', 'CANBERRA'), patrol('WASHINGTON', 'TOKYO'), patrol('CANBERRA', 'WELLINGTON')],
    };
    const page = await openMap(ctx.browser, site.url);
    await page.setInputFiles('#open-story', [{ name: 'pacific.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('A Pacific patrol');
    await settle(page);
    const centre = await page.evaluate(() => (window as unknown as { drmMap: { getCenter(): { lng: number } } }).drmMap.getCenter().lng);
    const east = ((centre % 360) + 360) % 360;
    expect(east > 150 && east < 250, `centre ${centre}`).toBe(true);
    const { map, markers } = await markersAndMap(page);
    expect(markers.map((m) => m.id).sort()).toEqual(['CANBERRA', 'TOKYO', 'WASHINGTON', 'WELLINGTON']);
    for (const m of markers) expect(m.x0 >= map.x0 && m.x1 <= map.x1 && m.y0 >= map.y0 && m.y1 <= map.y1, `${m.id} at ${JSON.stringify(m)}`).toBe(true);
    const { border, thick } = await borderThickness(page);
    expect(border).toBeGreaterThan(0);
    expect(thick, `${thick} of ${border} border pixels in thick lines`).toBeLessThanOrEqual(5);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('the Red Sea story embedded: every actor’s marker inside the map, the borders drawn thin', async () => {
    for (const [width, height] of [[640, 480], [1280, 800]]) {
      const page = await openMap(ctx.browser, `${site.url}?story=examples/red-sea-2024/relations.json&embed`, { width, height });
      await settle(page);
      const { map, markers } = await markersAndMap(page);
      expect(markers.map((m) => m.id).sort()).toEqual(['EU', 'GBR', 'HOUTHIS', 'ISR', 'OMN', 'UN', 'USA']);
      for (const m of markers) {
        expect(m.x0 >= map.x0 && m.x1 <= map.x1 && m.y0 >= map.y0 && m.y1 <= map.y1, `${width}: ${m.id} at ${JSON.stringify(m)} in the map ${JSON.stringify(map)}`).toBe(true);
      }
      const { thick } = await borderThickness(page);
      expect(thick, `${width}: border pixels in thick lines`).toBeLessThanOrEqual(5);
      expect(page.errors).toEqual([]);
      await page.context().close();
    }
  });
});
