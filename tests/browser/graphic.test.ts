import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EDGE_STYLES } from '../../src/core/edgeStyles.ts';
import { THEMES } from '../../src/core/themes.ts';
import { openMap, useBrowser, axeViolations } from './harness.ts';

const ctx = useBrowser();

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** A colour as the browser computes it, for comparing with a hex value. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('the words around the map', () => {
  test('written in the Text section, they show at once, and go into the export and the saved story', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByText('Text', { exact: true }).click();
    const fill = async (label: string, value: string) => {
      await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel(label, { exact: true }).press('Tab');
    };
    // The defaults show as placeholders: the article's title stands for the headline.
    expect(await page.getByLabel('Headline', { exact: true }).getAttribute('placeholder')).toBe('Will livid South Korean leaders ship arms to Kyiv?');
    await fill('Headline', 'Seoul weighs arming Kyiv');
    await fill('Subtitle', 'What the article reports, June 2024');
    await fill('Byline', 'Graphic by A. Editor');
    await fill('Source name', 'Example Times');
    await fill('Source link', 'not a link');
    await expect.poll(() => page.locator('.text-problem').textContent()).toMatch(/is not a web address: write it as https:\/\//);
    await fill('Source link', 'https://example.com/seoul');
    await fill('Notes', 'Dashed casings mark relations not confirmed.');
    expect(await page.locator('.masthead h1').textContent()).toBe('Seoul weighs arming Kyiv');
    expect(await page.locator('.masthead .subtitle').textContent()).toBe('What the article reports, June 2024');
    expect(await page.locator('.graphic-footer .credit a').getAttribute('href')).toBe('https://example.com/seoul');

    const svg = await downloadText(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    for (const text of ['Seoul weighs arming Kyiv', 'What the article reports, June 2024', 'Graphic by A. Editor', 'Source: Example Times (example.com/seoul). Basemap: Natural Earth.', 'Dashed casings mark relations not confirmed.']) expect(svg).toContain(text);
    expect(svg).not.toContain('Exported');
    const saved = JSON.parse(await downloadText(page, () => page.getByRole('button', { name: 'Save story' }).click()));
    expect(saved.graphic).toEqual({ title: 'Seoul weighs arming Kyiv', subtitle: 'What the article reports, June 2024', byline: 'Graphic by A. Editor', sourceName: 'Example Times', sourceUrl: 'https://example.com/seoul', notes: 'Dashed casings mark relations not confirmed.' });
    expect(page.foreign).toEqual([]);
  });
});

describe('callouts', () => {
  test('two callouts added in the Text section are drawn on the map and in the export, and kept in the story', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByText('Text', { exact: true }).click();
    await page.getByLabel('Pinned to').selectOption('actor:KOR');
    await page.getByLabel('Note', { exact: true }).fill('Seoul weighs sending weapons');
    await page.getByRole('button', { name: 'Add callout' }).click();
    await page.getByLabel('Pinned to').selectOption('relation:rus-prk-defence-pact');
    await page.getByLabel('Note', { exact: true }).fill('Defence pact signed, 19 June');
    await page.getByRole('button', { name: 'Add callout' }).click();
    await expect.poll(() => page.locator('#map .callout').count()).toBe(2);
    expect(await page.locator('.callout-list li').count()).toBe(2);
    const svg = await downloadText(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    expect([...svg.matchAll(/<g class="callout"/g)]).toHaveLength(2);
    expect(svg).toContain('Seoul weighs sending');
    const saved = JSON.parse(await downloadText(page, () => page.getByRole('button', { name: 'Save story' }).click()));
    expect(saved.graphic.callouts).toEqual([{ text: 'Seoul weighs sending weapons', actor: 'KOR' }, { text: 'Defence pact signed, 19 June', relation: 'rus-prk-defence-pact' }]);
    await page.getByRole('button', { name: /Remove the callout “Seoul weighs/ }).click();
    await expect.poll(() => page.locator('#map .callout').count()).toBe(1);
  });

  test('a story opened with callouts draws them with its map (their code, not in the start, loads first)', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const story = { ...JSON.parse(readFileSync('data/relations.json', 'utf8')), graphic: { callouts: [{ text: 'Seoul weighs sending weapons', actor: 'KOR' }] } };
    await page.setInputFiles('#open-story', [{ name: 'relations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }, { name: 'article.txt', mimeType: 'text/plain', buffer: readFileSync('data/article.txt') }]);
    await expect.poll(() => page.locator('#map .callout').count()).toBe(1);
    expect(await page.locator('#map .callout text').textContent()).toContain('Seoul weighs sending');
    expect(await page.locator('#map .edge').count()).toBe(story.relations.length);
    await page.context().close();
  });
});

describe('a story whose callouts\' code does not load', () => {
  test('says so and why, and the story on screen stays', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.route('**/assets/placeCallouts-*.js', (route) => route.abort());
    const before = await page.locator('#map .edge').count();
    const story = { ...JSON.parse(readFileSync('data/relations.json', 'utf8')), title: 'A story with a callout', graphic: { callouts: [{ text: 'Seoul weighs sending weapons', actor: 'KOR' }] } };
    await page.setInputFiles('#open-story', [{ name: 'relations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }, { name: 'article.txt', mimeType: 'text/plain', buffer: readFileSync('data/article.txt') }]);
    await page.locator('.errors').waitFor({ state: 'visible' });
    const said = await page.locator('.errors').textContent();
    expect(said).toContain('“A story with a callout” could not be drawn');
    expect(said).toContain('code for callouts, which did not load; please reload the page');
    expect(await page.locator('#map .edge').count()).toBe(before);
    await page.context().close();
  });
});

describe('a callout dragged to its place', () => {
  test('follows the pointer, keeps its place in the story, the export and a redraw, and can find a free spot again; the map does not pan', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByText('Text', { exact: true }).click();
    await page.getByLabel('Pinned to').selectOption('actor:KOR');
    await page.getByLabel('Note', { exact: true }).fill('Seoul weighs sending weapons');
    await page.getByRole('button', { name: 'Add callout' }).click();
    const box = page.locator('#map .callout rect');
    await expect.poll(() => box.count()).toBe(1);
    const before = (await box.boundingBox())!;
    const centre = await page.evaluate(() => (window as any).drmMap.getCenter());
    const [x, y] = [before.x + before.width / 2, before.y + before.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 5; k++) await page.mouse.move(x + 12 * k, y + 9 * k);
    await page.mouse.up();

    // Drawn again where it was let go: 60 px right and 45 px down, and the map stayed put.
    await expect.poll(async () => Math.round((await box.boundingBox())!.x - before.x)).toBe(60);
    expect(Math.round((await box.boundingBox())!.y - before.y)).toBe(45);
    expect(await page.evaluate(() => (window as any).drmMap.getCenter())).toEqual(centre);
    await expect.poll(() => page.locator('.callout-list li').textContent()).toContain('placed by hand');

    // Kept in the story as an offset from Seoul's dot, which the export draws too.
    const saved = JSON.parse(await downloadText(page, () => page.getByRole('button', { name: 'Save story' }).click()));
    const [callout] = saved.graphic.callouts;
    expect(callout).toMatchObject({ text: 'Seoul weighs sending weapons', actor: 'KOR' });
    const anchor = (await page.locator('#map .anchor[data-anchor="KOR"]').boundingBox())!;
    const after = (await box.boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - (anchor.x + anchor.width / 2) - callout.dx)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.y + after.height / 2 - (anchor.y + anchor.height / 2) - callout.dy)).toBeLessThanOrEqual(1);
    const svg = await downloadText(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    const [, rx, ry, rw, rh] = /<g class="callout"[^>]*>.*?<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
    const [, ax, ay] = /data-anchor="KOR" cx="([-\d.]+)" cy="([-\d.]+)"/.exec(svg)!.map(Number);
    expect(Math.abs(rx + rw / 2 - ax - callout.dx)).toBeLessThanOrEqual(1);
    expect(Math.abs(ry + rh / 2 - ay - callout.dy)).toBeLessThanOrEqual(1);

    // A zoom draws it at the same offset from its dot.
    await page.evaluate(() => (window as any).drmMap.zoomIn(0.5, { animate: false }));
    await expect.poll(async () => {
      const [b, a] = [(await box.boundingBox())!, (await page.locator('#map .anchor[data-anchor="KOR"]').boundingBox())!];
      return [Math.round(b.x + b.width / 2 - a.x - a.width / 2), Math.round(b.y + b.height / 2 - a.y - a.height / 2)];
    }).toEqual([callout.dx, callout.dy]);

    await page.getByRole('button', { name: /Place the callout “Seoul weighs sending weapons” automatically/ }).click();
    const freed = JSON.parse(await downloadText(page, () => page.getByRole('button', { name: 'Save story' }).click()));
    expect(freed.graphic.callouts).toEqual([{ text: 'Seoul weighs sending weapons', actor: 'KOR' }]);
    expect(page.errors).toEqual([]);
  });
});

describe('a callout moved with the keys', () => {
  test('Tab reaches it by its name, arrows move it a step and Shift+arrow a larger one, kept in the story and the export; focus stays, the map does not pan', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByText('Text', { exact: true }).click();
    await page.getByLabel('Pinned to').selectOption('actor:KOR');
    await page.getByLabel('Note', { exact: true }).fill('Seoul weighs sending weapons');
    await page.getByRole('button', { name: 'Add callout' }).click();
    const callout = page.getByRole('button', { name: /^Callout “Seoul weighs sending weapons”: the arrow keys move it, Shift with an arrow moves it further$/ });
    await expect.poll(() => callout.count()).toBe(1);
    const box = page.locator('#map .callout rect');
    const before = (await box.boundingBox())!;
    const centre = await page.evaluate(() => (window as any).drmMap.getCenter());
    // Reached with the Tab key, after the map's edges.
    await page.locator('#map .edge').last().focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-callout'))).toBe('0');

    // The first press also rounds the place found for it (the story keeps whole pixels): 5 px, give or take the rounding.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.abs((await box.boundingBox())!.x - before.x - 5) < 1.5).toBe(true);
    const moved = (await box.boundingBox())!;
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => Math.round((await box.boundingBox())!.y - moved.y)).toBe(25);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => Math.round((await box.boundingBox())!.x - moved.x)).toBe(-25);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Math.round((await box.boundingBox())!.y - moved.y)).toBe(20);
    // Drawn again each time, and focus came back to it: the next press moves it on.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-callout'))).toBe('0');
    expect(await page.evaluate(() => (window as any).drmMap.getCenter())).toEqual(centre);
    await expect.poll(() => page.locator('.drm-callout-status').textContent()).toMatch(/^Callout moved: \d+ px (left|right), \d+ px (up|down) from its target\.$/);
    await expect.poll(() => page.locator('.callout-list li').textContent()).toContain('placed by hand');

    // Kept in the story as its offset from Seoul's dot, and the export draws it there.
    const saved = JSON.parse(await downloadText(page, () => page.getByRole('button', { name: 'Save story' }).click()));
    const [kept] = saved.graphic.callouts;
    const anchor = (await page.locator('#map .anchor[data-anchor="KOR"]').boundingBox())!;
    const after = (await box.boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - (anchor.x + anchor.width / 2) - kept.dx)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.y + after.height / 2 - (anchor.y + anchor.height / 2) - kept.dy)).toBeLessThanOrEqual(1);
    const svg = await downloadText(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    const [, rx, ry, rw, rh] = /<g class="callout"[^>]*>.*?<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
    const [, ax, ay] = /data-anchor="KOR" cx="([-\d.]+)" cy="([-\d.]+)"/.exec(svg)!.map(Number);
    expect(Math.abs(rx + rw / 2 - ax - kept.dx)).toBeLessThanOrEqual(1);
    expect(Math.abs(ry + rh / 2 - ay - kept.dy)).toBeLessThanOrEqual(1);
    // The file is no page: its callout is not a tab stop.
    expect(svg).not.toMatch(/<g class="callout"[^>]*tabindex/);
    expect(page.errors).toEqual([]);
  });
});

describe('labels', () => {
  test('the editor renames one label and hides another, on the map and in the export', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByText('Text', { exact: true }).click();
    await page.getByLabel('Label of North Korea', { exact: true }).fill('Pyongyang');
    await page.getByLabel('Label of North Korea', { exact: true }).press('Tab');
    await page.getByLabel('Hide the label of Vietnam').check();
    await expect.poll(() => page.locator('#map .label[data-label="PRK"]').textContent()).toBe('Pyongyang');
    await expect.poll(() => page.locator('#map .label[data-label="VNM"]').count()).toBe(0);
    const svg = await downloadText(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    expect(svg).toMatch(/data-label="PRK"[^>]*>Pyongyang</);
    expect(svg).not.toContain('data-label="VNM"');
  });
});

describe('export presets and the file\'s theme', () => {
  test('a phone preset in the dark theme, chosen in the dialog on a light page', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByLabel('Size').selectOption('640');
    await page.getByLabel('Shape').selectOption('9:16');
    await page.getByLabel('Theme').selectOption('dark');
    const svg = await downloadText(page, () => page.getByRole('button', { name: /Export SVG/ }).click());
    const root = /<svg\b[^>]*>/.exec(svg)![0];
    expect(root).toContain('width="640"');
    expect(Number(/ height="([\d.]+)"/.exec(root)![1])).toBe(1138);
    expect(root).toMatch(/viewBox="0 0 400 /);
    expect(svg).toContain(`<rect class="water" width="400"`);
    expect(svg).toContain(`fill="${THEMES.dark.water}"`);
  });
});

describe('accessibility', () => {
  test('the Text section, a callout and the export choices pass axe-core, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openMap(ctx.browser, ctx.baseUrl, { colorScheme });
      await page.getByText('Text', { exact: true }).click();
      await page.getByLabel('Note', { exact: true }).fill('A note');
      await page.getByRole('button', { name: 'Add callout' }).click();
      await page.getByLabel('Size').selectOption('960');
      // The callout's fields stay inside the side panel: a long name in "Pinned to" once pushed them past it.
      await page.locator('.callout-list li').first().waitFor();
      expect(await page.evaluate(() => {
        const panel = document.querySelector('.graphic-text')!.getBoundingClientRect();
        return [...document.querySelectorAll('.graphic-text *')].filter((e) => e.getBoundingClientRect().right > panel.right + 1).map((e) => e.tagName);
      })).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, colorScheme).toEqual([]);
      await page.context().close();
    }
  });
});

describe('dark mode', () => {
  test('the legend\'s, the list\'s and the tooltip\'s swatches are the map\'s dark colours', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { colorScheme: 'dark' });
    const dark = rgb(EDGE_STYLES.war.darkStroke!);
    const mapStroke = await page.locator('.edge[data-type="war"] path.line').first().getAttribute('stroke');
    expect(mapStroke).toBe(EDGE_STYLES.war.darkStroke);
    const legend = await page.locator('[data-legend-type="war"] svg path').first().evaluate((p) => getComputedStyle(p).stroke);
    expect(legend).toBe(dark);
    // The list's items come once its code has loaded, after the map.
    await page.locator('.relations .type-swatch').first().waitFor();
    const list = await page.locator('.relations .type-swatch').evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    expect(list).toContain(dark);
    expect(list).not.toContain(rgb(EDGE_STYLES.war.stroke));
    await page.locator('.edge[data-type="war"]').first().focus();
    const tip = await page.locator('[role="tooltip"] .type-swatch').first().evaluate((s) => getComputedStyle(s).backgroundColor);
    expect(tip).toBe(dark);
  });
});
