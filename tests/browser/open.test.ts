import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

const ctx = useBrowser();
const example = 'data/examples/aukus-2021';
const edgeIds = (page: Page) => page.$$eval('[data-relation-id]', (els) => els.map((e) => e.getAttribute('data-relation-id')).sort());
const file = (path: string, name = path.split('/').pop()!) => ({ name, mimeType: 'text/plain', buffer: readFileSync(path) });

describe('open another story', () => {
  test('a story JSON with its article opens from the file picker and is drawn', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.setInputFiles('#open-story', [file(`${example}/relations.json`), file(`${example}/article.txt`)]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
    expect((await edgeIds(page)).length).toBe(9);
    expect(await page.$$eval('[data-actor]', (els) => [...new Set(els.map((e) => e.getAttribute('data-actor')))].sort())).toEqual(['AUS', 'CHN', 'FRA', 'GBR', 'USA']);
    expect(await page.locator('.errors').isVisible()).toBe(false);
    expect(page.foreign).toEqual([]);
  });

  test('a CSV with its article opens, its quotes found in the text', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.setInputFiles('#open-story', [file(`${example}/relations.csv`), file(`${example}/article.txt`)]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
    expect(await edgeIds(page)).toEqual(['aukus-aus-gbr', 'aukus-aus-usa', 'aukus-gbr-usa', 'chn-aus-criticism', 'fra-aus-contract', 'fra-aus-rupture', 'fra-usa-recall', 'gbr-aus-submarines', 'usa-aus-submarines']);
    await page.locator('[data-relation-id="fra-aus-rupture"]').focus();
    // The tooltip's code loads after the map; the focus is handed on to it when it has.
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain('— Jean-Yves Le Drian, foreign minister');
  });

  test('a broken JSON is not drawn: its errors show in the page and the story on screen stays', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const before = await edgeIds(page);
    const broken = readFileSync(`${example}/relations.json`, 'utf8').replace('"type": "tension"', '"type": "rivalry"').replace('"from": "CHN"', '"from": "ZZZ"');
    await page.setInputFiles('#open-story', [{ name: 'summit.json', mimeType: 'application/json', buffer: Buffer.from(broken) }, file(`${example}/article.txt`)]);
    const errors = page.locator('.errors');
    await expect.poll(() => errors.isVisible()).toBe(true);
    const text = (await errors.textContent())!;
    expect(text).toContain('summit.json and article.txt cannot be drawn');
    expect(text).toMatch(/summit\.json: relations\[\d\]\.type: unknown value "rivalry"; expected one of "alliance"/);
    expect(text).toMatch(/summit\.json: relations\[\d\]\.from: unknown actor "ZZZ"/);
    expect(text).toContain('“Will livid South Korean leaders ship arms to Kyiv?” stays on screen');
    expect(await edgeIds(page)).toEqual(before);
    await page.setInputFiles('#open-story', [{ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(broken.slice(0, 200)) }]);
    await expect.poll(() => errors.textContent()).toContain('cut.json: line ');
    expect(await edgeIds(page)).toEqual(before);
    // Files in another encoding are named for it, as the command line names them.
    const story = readFileSync(`${example}/relations.json`, 'utf8');
    await page.setInputFiles('#open-story', [{ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]) }, file(`${example}/article.txt`)]);
    await expect.poll(() => errors.textContent()).toContain('wide.json: is UTF-16 (little-endian) text, not UTF-8');
    await page.setInputFiles('#open-story', [file(`${example}/relations.json`), { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 society met in Paris.', 'latin1') }]);
    await expect.poll(() => errors.textContent()).toContain('article.txt: is not UTF-8 text: it looks like Latin-1');
    expect(await edgeIds(page)).toEqual(before);
  });

  test('a broken CSV names its rows and columns, and a CSV without its article says what to add', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const before = await edgeIds(page);
    const broken = readFileSync(`${example}/relations.csv`, 'utf8').replace('a stab in the back', 'a knife in the back').replace('chn-aus-criticism,diplomatic_pressure', 'chn-aus-criticism,pressure');
    await page.setInputFiles('#open-story', [{ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) }, file(`${example}/article.txt`)]);
    const errors = page.locator('.errors');
    await expect.poll(() => errors.isVisible()).toBe(true);
    const text = (await errors.textContent())!;
    expect(text).toContain('sheet.csv: row 8, column "quote": the quote is not found verbatim in article.txt: the article has “called the decision “a ” but then not “knife in the back”');
    expect(text).toContain('sheet.csv: row 11, column "type": unknown type "pressure"');
    expect(await edgeIds(page)).toEqual(before);
    await page.setInputFiles('#open-story', [file(`${example}/relations.csv`)]);
    await expect.poll(() => errors.textContent()).toContain('relations.csv: a spreadsheet needs its article to find the quotes in; expected relations.csv chosen or dropped together with the article\'s .txt file');
  });

  test('files dropped on the page open; "Save story" writes one file that opens again', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const json = readFileSync(`${example}/relations.json`, 'utf8');
    const article = readFileSync(`${example}/article.txt`, 'utf8');
    await page.evaluate(({ json, article }) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'relations.json', { type: 'application/json' }));
      data.items.add(new File([article], 'article.txt', { type: 'text/plain' }));
      const target = document.getElementById('map')!;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, { json, article });
    await expect.poll(() => page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save story' }).click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved).articleText).toBe(article);
    const fresh = await openMap(ctx.browser, ctx.baseUrl);
    await fresh.setInputFiles('#open-story', [{ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(saved) }]);
    await expect.poll(() => fresh.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
    expect((await edgeIds(fresh)).length).toBe(9);
  });

  test('a link opens a story from this site, and a broken link shows its error over the built-in story', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: '' });
    await page.goto(`${ctx.baseUrl}?story=examples/aukus-2021/relations.json`);
    await page.waitForSelector('[data-relation-id="fra-usa-recall"]');
    expect(await page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
    await page.goto(`${ctx.baseUrl}?story=examples/none.json`);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    // The built page shows its prerendered map at once; the error comes when the request has failed.
    await expect.poll(() => page.locator('.errors').textContent()).toMatch(/examples\/none\.json (could not be loaded \(HTTP 404\)|was not found)/);
    await page.goto(`${ctx.baseUrl}?story=${encodeURIComponent('http://example.invalid/story.json')}`);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    await expect.poll(() => page.locator('.errors').textContent()).toContain('http://example.invalid is another site; stories load only from this one');
    expect(page.foreign).toEqual([]);
  });

  test('the review\'s article picker names a Latin-1, UTF-16 or binary file for what it is, and reads a UTF-8 one', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByRole('button', { name: 'New story from text' }).click();
    const picker = page.getByLabel('Open an article (.txt)');
    const box = page.getByLabel('Article text');
    const status = page.locator('.review-status');
    await picker.setInputFiles({ name: 'latin.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 society met in Paris.', 'latin1') });
    await expect.poll(() => status.textContent()).toContain('latin.txt is not UTF-8 text: it looks like Latin-1');
    expect(await box.inputValue()).toBe('');
    await picker.setInputFiles({ name: 'wide.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Peru and Chile met.', 'utf16le')]) });
    await expect.poll(() => status.textContent()).toContain('wide.txt is UTF-16 (little-endian) text, not UTF-8');
    expect(await box.inputValue()).toBe('');
    await picker.setInputFiles({ name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]) });
    await expect.poll(() => status.textContent()).toContain('image.txt is not a text file');
    expect(await box.inputValue()).toBe('');
    await picker.setInputFiles({ name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('Café society: Peru and Chile met in Lima.', 'utf8') });
    await expect.poll(() => box.inputValue()).toBe('Café society: Peru and Chile met in Lima.');
  });
});
