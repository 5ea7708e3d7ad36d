import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedCode } from '../../src/publish/embed.ts';
import { openMap, useBrowser, axeViolations } from './harness.ts';
import { serveStatic } from './staticServer.ts';

const ctx = useBrowser();
const KOREA = 'Will livid South Korean leaders ship arms to Kyiv?';
const AUKUS = 'AUKUS: a submarine pact and a diplomatic rupture';
const file = (path: string) => ({ name: path.split('/').pop()!, mimeType: 'text/plain', buffer: readFileSync(path) });

// The built site, copied so a test can put a story file on it as a desk would.
let site: { url: string; folder: string; close(): Promise<void> };
beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'site-'));
  cpSync('dist', folder, { recursive: true });
  const host = await serveStatic({ folder: folder + '/', prefix: '/' });
  site = { url: `${host.url}/`, folder, close: host.close };
});
afterAll(async () => {
  await site?.close();
  if (site) rmSync(site.folder, { recursive: true, force: true });
});

/** The code the dialog gives, opened from the page's Publish section. */
async function embedCodeOf(page: Page) {
  await page.getByRole('button', { name: 'Embed this map…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.waitFor();
  return { dialog, code: await dialog.locator('.embed-code').inputValue() };
}

/** A page of another origin (another loopback port) with the code pasted in, between tall paragraphs. */
async function articleWith(browser: Browser, code: string, options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; hasTouch?: boolean } = {}) {
  const filler = '<p style="height:900px;margin:0">Article text.</p>';
  const parent = await serveStatic({ pages: { '/article.html': `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;background:#fff"><h1>A newsroom page</h1>${filler}${code}${filler}${filler}</body></html>` } });
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, colorScheme: options.colorScheme ?? 'light', hasTouch: options.hasTouch ?? false, isMobile: options.hasTouch ?? false });
  const page = await context.newPage();
  await page.goto(`${parent.url}/article.html`);
  return { page, close: async () => { await context.close(); await parent.close(); } };
}

/** Until the page's (smooth) scroll has stopped: two reads a frame apart agree. */
const scrollEnded = (page: Page) => expect.poll(() => page.evaluate(() => new Promise<boolean>((resolve) => {
  const y = scrollY;
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(y === scrollY)));
})), { timeout: 30_000 }).toBe(true);

const frameOf = async (page: Page) => {
  const frame = page.frameLocator('#drm-map');
  await page.locator('#drm-map').scrollIntoViewIfNeeded();
  return frame;
};

describe('the embed code publishes the story on screen, or says why it cannot', () => {
  test('after a story is opened from files, the code never shows another story: it names the file to host, and shows the story once it is there', async () => {
    const page = await openMap(ctx.browser, site.url);
    await page.setInputFiles('#open-story', [file('data/examples/aukus-2021/relations.json'), file('data/examples/aukus-2021/article.txt')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe(AUKUS);
    const { dialog, code } = await embedCodeOf(page);
    expect(await dialog.locator('.hosting').textContent()).toContain('This story is not on the site yet');
    const path = 'stories/aukus-a-submarine-pact-and-a-diplomatic-rupture.json';
    expect(await dialog.textContent()).toContain(`${site.url}${path}`);
    expect(code).toContain(`?story=${path}&amp;embed`);
    expect(code).toContain(`title="${AUKUS}"`);
    // Until the file is on the site, the frame says so and shows no map: never the built-in one.
    const before = await articleWith(ctx.browser, code.replace(/&amp;/g, '&'));
    const frame = await frameOf(before.page);
    await frame.locator('.errors').waitFor();
    expect(await frame.locator('.errors h2').textContent()).toContain(path);
    expect(await frame.locator('h1').allTextContents()).not.toContain(KOREA);
    expect(await frame.locator('[data-relation-id]').count()).toBe(0);
    await before.close();
    // Saved from the dialog and put where it says, the same code shows the story.
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Save / }).click()]);
    expect(download.suggestedFilename()).toBe('aukus-a-submarine-pact-and-a-diplomatic-rupture.json');
    mkdirSync(join(site.folder, 'stories'), { recursive: true });
    writeFileSync(join(site.folder, path), readFileSync((await download.path())!));
    const after = await articleWith(ctx.browser, code.replace(/&amp;/g, '&'));
    const hosted = await frameOf(after.page);
    await hosted.locator('.drm-layer [data-relation-id]').first().waitFor();
    expect(await hosted.locator('h1').textContent()).toBe(AUKUS);
    expect(await hosted.locator('.drm-layer [data-relation-id]').count()).toBe(9);
    await after.close();
    // The story by link: served with the site, the dialog gives its path and no warning.
    const linked = await openMap(ctx.browser, `${site.url}?story=${path}`);
    const served = await embedCodeOf(linked);
    expect(await served.dialog.locator('.hosting').count()).toBe(0);
    expect(served.code).toContain(`?story=${path}&amp;embed`);
    await linked.context().close();
    await page.context().close();
  });

  test('after a review, the code never shows another story', async () => {
    const page = await openMap(ctx.browser, site.url);
    await page.getByRole('button', { name: 'Draft from this article' }).click();
    await page.waitForSelector('.review [data-review-state="draft"]');
    const { dialog, code } = await embedCodeOf(page);
    expect(await dialog.locator('.hosting').textContent()).toContain('made in a review');
    expect(code).toMatch(/\?story=stories\/[a-z0-9-]+\.json&amp;embed/);
    // The one-file HTML is offered as the alternative.
    expect(await dialog.getByRole('button', { name: 'Export interactive HTML' }).isVisible()).toBe(true);
    await page.context().close();
  });

  test('the site\'s own story is linked with no warning; the dialog passes axe at 1280 and 390 px, and Escape gives focus back', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await openMap(ctx.browser, site.url, { width, height });
      const { dialog, code } = await embedCodeOf(page);
      expect(await dialog.locator('.hosting').count()).toBe(0);
      expect(code).not.toContain('story=');
      await dialog.getByLabel('Dark').check();
      await dialog.getByLabel('Filters: relation types').check();
      await dialog.getByLabel('Map height').selectOption('360');
      expect(await dialog.locator('.embed-code').inputValue()).toContain('height=360&amp;theme=dark&amp;controls=filters');
      const violations = await axeViolations(page, 'dialog');
      expect(violations, `${width}×${height}`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Embed this map…');
      await page.context().close();
    }
  });
});

describe('the timeline in the embed, as the dialog\'s code asks', () => {
  test('the copied code with the timeline on shows it in the embed, and off leaves it out, at 1280 and 390 px', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await openMap(ctx.browser, site.url, { width, height });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
      await page.getByRole('button', { name: 'Embed this map…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this map' });
      const choice = dialog.getByRole('checkbox', { name: /The timeline under the map/ });
      expect(await choice.isChecked(), 'on by default for a story with dates').toBe(true);
      const copied = async () => {
        await dialog.getByRole('button', { name: 'Copy code' }).click();
        await expect.poll(() => dialog.locator('.embed-status').textContent()).toContain('Copied');
        return page.evaluate(() => navigator.clipboard.readText());
      };
      const on = await copied();
      expect(on).toContain('timeline=on');
      await choice.uncheck();
      const off = await copied();
      expect(off).toContain('timeline=off');
      await page.context().close();

      const shown = await articleWith(ctx.browser, on, { width, height });
      const frame = await frameOf(shown.page);
      await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
      await frame.locator('.timeline').waitFor();
      expect(await frame.getByRole('button', { name: 'Play' }).isVisible(), `${width}×${height}`).toBe(true);
      await shown.close();

      const left = await articleWith(ctx.browser, off, { width, height });
      const bare = await frameOf(left.page);
      await bare.locator('.drm-layer [data-relation-id]').first().waitFor();
      // The timeline's place is kept under the map as the map is built, before its code loads: none is kept.
      expect(await bare.locator('.timeline, .timeline-slot').count(), `${width}×${height}`).toBe(0);
      expect(await bare.locator('.drm-layer [data-relation-id]').count()).toBeGreaterThan(0);
      await left.close();
    }
  });

  test('a story without dates offers no timeline choice, and its code carries none', async () => {
    const page = await openMap(ctx.browser, site.url);
    const undated = JSON.parse(readFileSync('data/examples/aukus-2021/relations.json', 'utf8'));
    for (const r of undated.relations) {
      delete r.date;
      delete r.datePrecision;
    }
    await page.setInputFiles('#open-story', [{ name: 'relations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(undated)) }, file('data/examples/aukus-2021/article.txt')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe(AUKUS);
    expect(await page.locator('.timeline, .timeline-slot').count()).toBe(0);
    const { dialog, code } = await embedCodeOf(page);
    expect(await dialog.getByRole('checkbox', { name: /timeline/ }).count()).toBe(0);
    expect(code).not.toContain('timeline=');
    await page.context().close();
  });
});

describe('the embed in an article page of another site', () => {
  // The embed code as the dialog writes it, with the options of each test.
  const src = (query: string) => embedCode(`${site.url}?embed&childId=drm-map${query}`, 'drm-map', 'Map').replace(/&amp;/g, '&');

  test('the wheel scrolls the page, not the map; Ctrl + wheel zooms it', async () => {
    const { page, close } = await articleWith(ctx.browser, src('&theme=light'));
    const frame = await frameOf(page);
    await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
    const inner = page.frames().find((f) => f.url().includes('embed'))!;
    const zoom = () => inner.evaluate(() => (window as any).drmMap.getZoom() as number);
    const start = await zoom();
    const box = (await page.locator('#drm-map').boundingBox())!;
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + 250);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 30_000 }).toBeGreaterThan(scrolled);
    expect(await zoom()).toBe(start);
    expect(await frame.locator('.gesture-hint').textContent()).toBe('Use Ctrl + scroll to zoom the map');
    // Ctrl + wheel zooms the map, and the page stays (once its smooth scroll has ended).
    await scrollEnded(page);
    // The whole map in view, so a click's focus moves nothing.
    await page.evaluate(() => scrollTo(0, document.getElementById('drm-map')!.getBoundingClientRect().top + scrollY));
    await scrollEnded(page);
    const box2 = (await frame.locator('.map').boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    const still = await page.evaluate(() => scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(zoom, { timeout: 30_000 }).toBeGreaterThan(start);
    expect(await page.evaluate(() => scrollY)).toBe(still);
    await close();
  });

  test('on a phone one finger scrolls the page over the map, which stays where it was', async () => {
    const { page, close } = await articleWith(ctx.browser, src('&theme=light'), { width: 390, height: 844, hasTouch: true });
    const frame = await frameOf(page);
    await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
    const inner = page.frames().find((f) => f.url().includes('embed'))!;
    const center = () => inner.evaluate(() => { const c = (window as any).drmMap.getCenter(); return `${c.lat.toFixed(3)},${c.lng.toFixed(3)}`; });
    const before = await center();
    await page.evaluate(() => scrollTo(0, document.getElementById('drm-map')!.getBoundingClientRect().top + scrollY - 100));
    await scrollEnded(page);
    const scrolled = await page.evaluate(() => scrollY);
    const box = (await frame.locator('.map').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height - 20;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: string, at?: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at === undefined ? [] : [{ x, y: at }] } as never);
    await touch('touchStart', y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', y - i * 25);
    await touch('touchEnd');
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 30_000 }).toBeGreaterThan(scrolled);
    expect(await center()).toBe(before);
    await close();
  });

  test('by default readers get the map, legend and quotes: no downloads, filters or list; the tooltip shows each quote in its sentence', async () => {
    const { page, close } = await articleWith(ctx.browser, src('&theme=light&height=360'));
    const frame = await frameOf(page);
    await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
    expect(await frame.locator('.map').evaluate((e) => e.getBoundingClientRect().height)).toBe(360);
    expect(await frame.locator('.legend').isVisible()).toBe(true);
    expect(await frame.locator('.export').isVisible()).toBe(false);
    expect(await frame.locator('.relations').isVisible()).toBe(false);
    expect(await frame.locator('.legend input[type="checkbox"]').first().isVisible()).toBe(false);
    expect(await frame.locator('.legend .dates').isVisible()).toBe(false);
    await frame.locator('[data-relation-id="rus-prk-state-visit"]').focus();
    const tooltip = frame.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.textContent()).toContain('during a two-day visit to the pariah state');
    expect(await tooltip.locator('.in-article').count()).toBe(0);
    expect(await tooltip.getByRole('button', { name: 'Show in article' }).count()).toBe(0);
    const quote = await tooltip.locator('blockquote').first();
    expect(await quote.locator('mark').textContent()).toContain('during a two-day visit to the pariah state');
    expect((await quote.textContent())!.length).toBeGreaterThan((await quote.locator('mark').textContent())!.length);
    await close();
  });

  test('the controls and the theme the code asks for: dark in a light page, light in a dark system', async () => {
    const dark = await articleWith(ctx.browser, src('&theme=dark&controls=filters,downloads,list'));
    const frame = await frameOf(dark.page);
    await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
    expect(await frame.locator('.export').isVisible()).toBe(true);
    expect(await frame.locator('.relations').isVisible()).toBe(true);
    expect(await frame.locator('.legend input[type="checkbox"]').first().isVisible()).toBe(true);
    expect(await frame.locator('html').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(17, 20, 24)');
    await dark.close();
    const light = await articleWith(ctx.browser, src('&theme=light'), { colorScheme: 'dark' });
    const lightFrame = await frameOf(light.page);
    await lightFrame.locator('.drm-layer [data-relation-id]').first().waitFor();
    expect(await lightFrame.locator('html').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(251, 250, 247)');
    await light.close();
  });
});

describe('a spreadsheet by link', () => {
  test('?story=…/relations.csv opens as it does from files', async () => {
    const page = await openMap(ctx.browser, `${site.url}?story=examples/aukus-2021/relations.csv`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(AUKUS);
    expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(9);
    expect(await page.locator('.errors').isVisible()).toBe(false);
    const several = await openMap(ctx.browser, `${site.url}?story=examples/red-sea-2024/relations.csv`);
    await expect.poll(() => several.locator('.drm-layer [data-relation-id]').count()).toBe(10);
    expect([...page.errors, ...several.errors]).toEqual([]);
    await page.context().close();
    await several.context().close();
  });

  test('with the same located errors as from files', async () => {
    mkdirSync(join(site.folder, 'broken'), { recursive: true });
    const csv = readFileSync('data/examples/aukus-2021/relations.csv', 'utf8').split('\n');
    csv[2] = csv[2].replace(',alliance,', ',aliance,');
    writeFileSync(join(site.folder, 'broken/relations.csv'), csv.join('\n'));
    writeFileSync(join(site.folder, 'broken/article.txt'), readFileSync('data/examples/aukus-2021/article.txt'));
    const page = await openMap(ctx.browser, `${site.url}?story=broken/relations.csv`);
    await page.locator('.errors').waitFor();
    expect(await page.locator('.errors li').first().textContent()).toMatch(/broken\/relations\.csv: row 3, column "type": unknown type "aliance"/);
    // Its article missing: said, with the file it looked for.
    rmSync(join(site.folder, 'broken/article.txt'));
    const bare = await openMap(ctx.browser, `${site.url}?story=broken/relations.csv`);
    await bare.locator('.errors').waitFor();
    expect(await bare.locator('.errors li').first().textContent()).toContain('broken/article.txt');
    await page.context().close();
    await bare.context().close();
  });
});
