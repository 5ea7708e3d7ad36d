import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

const ctx = useBrowser();
const example = 'data/examples/aukus-2021';

describe('hardening in the page', () => {
  test('a link filtered to one type shows it in the controls, and Show all gives whole totals ("3", never "1 of 0")', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: '#types=war' });
    const checked = await page.$$eval('.legend input[name="type"]', (boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
    expect(checked).toEqual(['war']);
    expect(await page.locator('[data-legend-type="alliance"] .count').textContent()).toBe('0 of 1');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator('[data-legend-type="alliance"] .count').textContent()).toBe('1');
    expect(await page.locator('[data-legend-type="war"] .count').textContent()).toBe('3');
  });

  test('an impossible month in a link is ignored: every edge shows', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: '#from=2024-13' });
    expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(17);
    expect(await page.locator('.timeline-label').textContent()).toBe('All dates');
  });

  test('a valid story with no relations draws its actors, and the next story opens as usual', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const story = JSON.parse(readFileSync(`${example}/relations.json`, 'utf8'));
    story.relations = [];
    story.articleText = readFileSync(`${example}/article.txt`, 'utf8');
    await page.setInputFiles('#open-story', [{ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
    expect(await page.locator('.dek').textContent()).not.toMatch(/Infinity/);
    expect(await page.locator('.drm-layer [data-anchor]').count()).toBe(5);
    await page.setInputFiles('#open-story', [{ name: 'r.json', mimeType: 'application/json', buffer: readFileSync(`${example}/relations.json`) }, { name: 'article.txt', mimeType: 'text/plain', buffer: readFileSync(`${example}/article.txt`) }]);
    await expect.poll(() => page.locator('.drm-layer [data-relation-id]').count()).toBe(9);
    expect(page.errors).toEqual([]);
  });
});

test('an article with Windows line endings: the page says so and offers to make them LF, then opens it', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl);
  const crlf = readFileSync(`${example}/article.txt`, 'utf8').replace(/\n/g, '\r\n');
  await page.setInputFiles('#open-story', [{ name: 'r.json', mimeType: 'application/json', buffer: readFileSync(`${example}/relations.json`) }, { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(crlf) }]);
  const errors = page.locator('.errors');
  await expect.poll(() => errors.textContent()).toContain('the article has Windows line endings (CRLF)');
  expect(await errors.locator('li').count()).toBe(1);
  await errors.getByRole('button', { name: 'Make the line endings LF and open' }).click();
  await expect.poll(() => page.locator('.drm-layer [data-relation-id]').count()).toBe(9);
});

test('?story=javascript:… is refused as no story file, not as "another site"', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl, { hash: '?story=javascript:alert(1)' });
  await expect.poll(() => page.locator('.errors').textContent()).toContain('a javascript: address is not a story file');
  expect(page.errors).toEqual([]);
});

test('keyboard: skip links, the panel before the edges, E with a filter focused, focus back to the edge after Show in article', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the legend and filters');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the map');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('map');
  // From the header, Export SVG is a few Tabs away, whatever the number of edges.
  await page.locator('h1').click();
  let presses = 0;
  while (presses < 40 && !(await page.evaluate(() => document.activeElement?.textContent === 'Export SVG'))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(presses).toBeLessThan(25);
  // No focus stop without a visible mark: the hidden file input is not one.
  expect(await page.locator('#open-story').getAttribute('tabindex')).toBe('-1');
  // E exports while a type filter has focus.
  await page.locator('.legend input[name="type"]').first().focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('e')]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  // Show in article, then Escape: back to the edge.
  await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[role="tooltip"] button.in-article').first().click();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'))).toBe('rus-prk-state-visit');
});

test('a PNG too large for the browser says so, instead of failing without a word', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl);
  const huge = JSON.parse(readFileSync('data/relations.json', 'utf8'));
  const quote = 'x '.repeat(120_000).trim();
  huge.articleText = `${readFileSync('data/article.txt', 'utf8')}\n${quote}`;
  huge.relations[0].evidence.push({ quote, start: huge.articleText.length - quote.length, end: huge.articleText.length });
  await page.setInputFiles('#open-story', [{ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) }]);
  // The huge story is on screen (its long article is shown as a window) before the export is asked for: on a
  // loaded machine, the built-in story may still be the one drawn for a while after the file is chosen.
  await page.waitForFunction(() => document.querySelector('.article-text')?.textContent?.includes('characters after'), null, { timeout: 60_000 });
  expect(await page.locator('.errors').isVisible()).toBe(false);
  await page.locator('label:has-text("Add the quotes as numbered footnotes") input').check();
  await page.getByRole('button', { name: 'Export PNG (2×)' }).click();
  await expect.poll(() => page.locator('.export-status').textContent(), { timeout: 30_000 }).toMatch(/^The PNG would be [\d,]+×[\d,]+ px, more than a browser can draw \(16,384 px a side\): export the SVG instead, or leave out the footnotes\.$/);
});

test('a story opened from a file is offered back after a reload', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl);
  await page.setInputFiles('#open-story', [{ name: 'r.json', mimeType: 'application/json', buffer: readFileSync(`${example}/relations.json`) }, { name: 'article.txt', mimeType: 'text/plain', buffer: readFileSync(`${example}/article.txt`) }]);
  await expect.poll(() => page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('.drm-layer [data-relation-id]');
  expect(await page.locator('h1').textContent()).toBe('Will livid South Korean leaders ship arms to Kyiv?');
  const notice = page.locator('.notice');
  await expect.poll(() => notice.textContent()).toContain('The story you opened from r.json and article.txt');
  await notice.getByRole('button', { name: 'Open it again' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('AUKUS: a submarine pact and a diplomatic rupture');
  expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(9);
});

test('a very long article: Show in article lays out a window around the quote at once, and offsets stay exact', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl);
  const story = JSON.parse(readFileSync('data/relations.json', 'utf8'));
  const filler = 'Filler sentence for a long article. '.repeat(150_000);
  story.articleText = filler + readFileSync('data/article.txt', 'utf8');
  for (const r of story.relations) for (const e of r.evidence) { e.start += filler.length; e.end += filler.length; }
  await page.setInputFiles('#open-story', [{ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }]);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Will livid') && document.querySelector('.article-text')?.textContent?.includes('characters after'));
  await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
  await page.keyboard.press('Enter');
  // Only a window around the quote is laid out (the bench times it): the article panel holds far fewer characters than the article.
  await page.evaluate(async () => {
    (document.querySelector('[role="tooltip"] button.in-article') as HTMLButtonElement).click();
    await new Promise(requestAnimationFrame);
  });
  expect(await page.locator('.article-text').evaluate((el) => el.textContent!.length)).toBeLessThan(story.articleText.length / 10);
  expect(await page.locator('.article-text mark').textContent()).toBe(story.relations[1].evidence[0].quote);
  expect(await page.locator('.article-text').textContent()).toMatch(/^… [\d,]+ characters before: show more/);
});
