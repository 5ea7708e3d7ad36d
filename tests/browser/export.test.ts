import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { relationsData } from '../unit/fixtures.ts';
import { openMap, settle, useBrowser } from './harness.ts';

const ctx = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'drm-export-'));
/** The share of map pixels allowed to differ clearly (any channel by more than 64 of 255): measured 0.3%; a 6 px shift gives 3.4%. */
const THRESHOLD = 0.015;

async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** What share of pixels differ clearly between two PNGs of one size, compared in the page's canvas. */
async function differingShare(page: Page, a: Buffer, b: Buffer, skip: { x: number; y: number; width: number; height: number }) {
  return page.evaluate(async ({ a, b, skip }) => {
    const load = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const c = canvas.getContext('2d')!;
      c.drawImage(img, 0, 0);
      return c.getImageData(0, 0, canvas.width, canvas.height);
    };
    const [p, q] = await Promise.all([load(a), load(b)]);
    if (p.width !== q.width || p.height !== q.height) return { share: 1, size: [p.width, p.height, q.width, q.height] };
    let differ = 0;
    let counted = 0;
    for (let y = 0; y < p.height; y++) for (let x = 0; x < p.width; x++) {
      if (x >= skip.x && x < skip.x + skip.width && y >= skip.y && y < skip.y + skip.height) continue;
      const i = (y * p.width + x) * 4;
      counted++;
      if (Math.max(Math.abs(p.data[i] - q.data[i]), Math.abs(p.data[i + 1] - q.data[i + 1]), Math.abs(p.data[i + 2] - q.data[i + 2])) > 64) differ++;
    }
    return { share: differ / counted, size: [p.width, p.height] };
  }, { a: a.toString('base64'), b: b.toString('base64'), skip });
}

function checkClean(svg: string) {
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toMatch(/<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
  expect(svg).not.toMatch(/<script|foreignObject|\son[a-z]+=|javascript:|<link|@import|url\((?!#)|href="(?!#)/i);
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(svg).not.toMatch(/\d\.\d{3,}/);
}

describe('export', () => {
  test('"Export SVG" downloads a clean standalone file of the view on screen, and it rasterises like the screen', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const { name, path, bytes } = await downloadOf(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    expect(name).toMatch(/^relations-map-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    checkClean(svg);
    execFileSync('xmllint', ['--noout', path]);
    execFileSync('rsvg-convert', ['-o', join(dir, 'rsvg.png'), path]);
    const data = relationsData();
    expect([...svg.matchAll(/data-relation-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(data.relations.map((r: { id: string }) => r.id).sort());
    expect(svg).toContain('Will livid South Korean leaders ship arms to Kyiv?');
    expect(svg).toContain('Natural Earth');
    expect(svg).toMatch(/<dc:date>\d{4}-\d{2}-\d{2}<\/dc:date>/);
    expect(svg).not.toContain('Exported');
    const HEADER = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]);

    // The same picture: the export's map area rasterised by resvg against a screenshot of the map.
    await page.addStyleTag({ content: '.leaflet-control-container { display: none !important; }' });
    const map = (await page.locator('#map').boundingBox())!;
    const shot = await page.screenshot({ clip: map });
    const [width, height] = [Math.round(map.width), Math.round(map.height)];
    const raster = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
    const full = Buffer.from(raster.asPng());
    // Crop the export's map area (below its title) through a data URL'd canvas in the page.
    const cropped = await page.evaluate(async ({ png, top, width, height }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')!.drawImage(img, 0, -top);
      return canvas.toDataURL('image/png').split(',')[1];
    }, { png: full.toString('base64'), top: HEADER, width, height });
    // The legend is the export's own: in a corner it covers nothing (left out of the comparison), or it is under the map, outside the crop.
    const legend = svg.match(/<g class="legend" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*><rect width="([\d.]+)" height="([\d.]+)"/)!;
    const legendTop = Number(legend[2]) - HEADER;
    const result = await differingShare(page, shot, Buffer.from(cropped, 'base64'), { x: Number(legend[1]), y: legendTop, width: Number(legend[3]), height: Number(legend[4]) });
    writeFileSync(join(dir, 'screen.png'), shot);
    expect(result.size).toEqual([width, height]);
    expect(result.share, `differing share ${result.share}; files in ${dir}`).toBeLessThan(THRESHOLD);
  });

  test('the export follows the view, the filters and the selection, and the same view gives the same bytes', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: '#map=4/40/120&types=alliance,visit,tension' });
    await settle(page);
    await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
    await page.keyboard.press('Enter');
    // The reader sees the edge's card pinned before exporting (the hover's code loads after the map; a busy machine is slow to it).
    await expect.poll(() => page.locator('[role="tooltip"].pinned').count()).toBe(1);
    const first = await downloadOf(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    const second = await downloadOf(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const svg = first.bytes.toString('utf8');
    const types = new Set([...svg.matchAll(/data-type="([a-z_]+)"/g)].map((m) => m[1]));
    expect([...types].every((t) => ['alliance', 'visit', 'tension'].includes(t))).toBe(true);
    expect(svg).toMatch(/data-relation-id="rus-prk-state-visit"[^>]*opacity="1"/);
    expect(svg).toMatch(/data-relation-id="rus-prk-defence-pact"[^>]*opacity="0.2"/);
    const size = await page.evaluate(() => (window as any).drmMap.getSize());
    // The map is clipped to the view's size (an editor shows what runs past it): the clip's rectangle is the water's.
    expect(svg).toMatch(new RegExp(`<g class="map" transform="translate\\(0,[\\d.]+\\)" clip-path="url\\(#drm-map-clip\\)"><rect class="water" width="${size.x}" height="${size.y}"`));
    expect(svg).toContain(`<clipPath id="drm-map-clip"><rect width="${size.x}" height="${size.y}"/></clipPath>`);
    checkClean(svg);
  });

  test('footnotes carry the visible edges\' quotes, and the E shortcut exports', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByLabel('Add the quotes as numbered footnotes').check();
    await page.locator('h1').click();
    const { bytes } = await downloadOf(page, () => page.keyboard.press('e'));
    const svg = bytes.toString('utf8');
    expect(svg).toContain('class="footnotes"');
    expect(svg).toContain('Chang Ho-jin, national security adviser');
    expect(svg).toContain('planning to reconsider the issue of providing weapons support to Ukraine');
    expect([...svg.matchAll(/data-footnote="(\d+)"/g)].length).toBe(relationsData().relations.length);
    checkClean(svg);
  });

  test('a preset\'s file has exactly the preset\'s size, the legend\'s band (when the legend goes under the map) taken from the map', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    let bands = 0;
    for (const [width, shape, height, viewBox] of [['960', '16:9', 540, '0 0 960 540'], ['640', '9:16', 1138, '0 0 400 711'], ['640', '4:3', 480, '0 0 640 480'], ['1200', '1:1', 1200, '0 0 1200 1200']] as const) {
      await page.getByLabel('Size').selectOption(width);
      await page.getByLabel('Shape').selectOption(shape);
      const svg = (await downloadOf(page, () => page.getByRole('button', { name: /Export SVG/ }).click())).bytes.toString('utf8');
      expect(/<svg\b[^>]*>/.exec(svg)![0], `${shape} ${width}`).toContain(`width="${width}" height="${height}" viewBox="${viewBox}"`);
      checkClean(svg);
      const band = /<g class="legend" transform="translate\(0,([\d.]+)\)"[^>]*><rect width="[\d.]+" height="([\d.]+)"/.exec(svg);
      if (!band) continue;
      bands++;
      // The band stands right under the map, whose water is that much shorter than the frame leaves it.
      const [top, water] = [Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]), Number(/<rect class="water" width="[\d.]+" height="([\d.]+)"/.exec(svg)![1])];
      expect(Number(band[1]), `${shape} ${width}`).toBe(top + water);
    }
    // The built-in story's legend covers something in every corner of the wide map: at least that export has the band.
    expect(bands).toBeGreaterThan(0);
  });

  test('"Export PNG (2×)" downloads a PNG twice the size of the SVG', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const svg = (await downloadOf(page, () => page.getByRole('button', { name: /Export SVG/ }).click())).bytes.toString('utf8');
    const { name, bytes } = await downloadOf(page, () => page.getByRole('button', { name: /Export PNG/ }).click());
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [, w, h] = svg.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" version="1.1" width="(\d+)" height="(\d+)"/)!;
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * Number(w), 2 * Number(h)]);
  });
});
