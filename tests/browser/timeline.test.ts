import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser, axeViolations } from './harness.ts';

// The timeline under the map, on the example with spans: ties cut and restored, a blockade lifted.
const ctx = useBrowser();
const STORY = '?story=examples/gulf-rift-2017/relations.json';

const edges = (page: Page) => page.locator('.drm-layer [data-relation-id]').count();
const label = (page: Page) => page.locator('.timeline-label').textContent();
const said = (page: Page) => page.locator('.timeline [aria-live]').textContent();
const hash = (page: Page) => new URL(page.url()).hash;

/** Drags across the strip from one share of its width to another: by mouse, or by a finger through CDP. */
async function dragStrip(page: Page, from: number, to: number, touch: boolean) {
  const box = (await page.locator('.timeline-strip').boundingBox())!;
  const y = box.y + box.height / 2;
  const x = (share: number) => box.x + box.width * share;
  if (!touch) {
    await page.mouse.move(x(from), y);
    await page.mouse.down();
    await page.mouse.move((x(from) + x(to)) / 2, y, { steps: 3 });
    await page.mouse.move(x(to), y, { steps: 3 });
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  const point = (share: number) => [{ x: x(share), y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from + ((to - from) * i) / 6) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

for (const [width, height, name] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
  describe(`the timeline at ${width}×${height}`, () => {
    const touch = name === 'phone';
    const open = (extra = '') => openMap(ctx.browser, ctx.baseUrl + STORY, { width, height, hasTouch: touch, hash: extra });

    test('replaces the month pickers: a strip of relations per year, stacked by family in the type colours, and every date to start', async () => {
      const page = await open();
      expect(await page.locator('input[type="month"]').count()).toBe(0);
      expect(await label(page)).toBe('All dates');
      expect(await edges(page)).toBe(10);
      // 2017 to 2023, by year: seven bins; the types of three families.
      const fills = await page.$$eval('.timeline-bars rect', (rects) => [...new Set(rects.map((r) => r.getAttribute('data-type')))]);
      expect(fills.sort()).toEqual(['alliance', 'mediation', 'sanction', 'tension', 'visit']);
      expect(await page.locator('.timeline-axis span').allTextContents()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
      expect(page.errors).toEqual([]);
    });

    test(`the brush, dragged by ${touch ? 'a finger' : 'the mouse'}, sets the window; the map, the corner, the URL and the live region follow`, async () => {
      const page = await open();
      // About 2019 to mid-2020: every rupture and both blockades active, not the visit.
      await dragStrip(page, 0.34, 0.5, touch);
      await expect.poll(() => hash(page)).toMatch(/from=2019-\d\d&to=2020-\d\d/);
      expect(await edges(page)).toBe(9);
      expect(await page.locator('.drm-layer [data-relation-id="qat-sau-visit"]').count()).toBe(0);
      expect(await page.locator('.time-corner-date').textContent()).toBe(await label(page));
      await expect.poll(() => said(page)).toBe(`${await label(page)}: 9 relations`);
      // Its end dragged alone.
      const end = (await page.locator('.timeline-handle.to').boundingBox())!;
      const strip = (await page.locator('.timeline-strip').boundingBox())!;
      await dragStrip(page, (end.x + end.width / 2 - strip.x) / strip.width, 0.99, touch);
      await expect.poll(() => hash(page)).toMatch(/from=2019-\d\d&to=2023-\d\d/);
      expect(await edges(page)).toBe(10);
    });

    test('steps and modes: a month forward, a year back, as of a date', async () => {
      const page = await open('#from=2019-03&to=2019-03');
      expect(await label(page)).toBe('March 2019');
      await page.getByRole('button', { name: 'Forward a month' }).click();
      expect(await label(page)).toBe('April 2019');
      await page.getByRole('button', { name: 'Back a year' }).click();
      expect(await label(page)).toBe('April 2018');
      // The URL follows a moment after the timeline stops.
      await expect.poll(() => hash(page)).toContain('from=2018-04&to=2018-04');
      await page.getByRole('radio', { name: 'As of' }).check();
      expect(await label(page)).toBe('As of April 2018');
      await expect.poll(() => hash(page)).toContain('t=2018-04');
      await page.getByRole('button', { name: 'Forward a year' }).click();
      await page.getByRole('button', { name: 'Forward a year' }).click();
      await page.getByRole('button', { name: 'Forward a year' }).click();
      // As of April 2021: Saudi Arabia, Egypt and the Emirates have made up; Bahrain has not; the visit has happened.
      expect(await label(page)).toBe('As of April 2021');
      const ids = await page.$$eval('.drm-layer [data-relation-id]', (els) => els.map((e) => e.getAttribute('data-relation-id')).sort());
      expect(ids).toEqual(['bhr-qat-rupture', 'qat-sau-visit', 'tur-qat-troops']);
      expect(await page.locator('.time-corner-mode').textContent()).toBe('as of');
    });

    test('Play and Pause by mouse: the map plays from the first year to the last, then stops', async () => {
      const page = await open();
      await page.getByLabel('Speed').selectOption('4');
      await recordLabels(page);
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => page.locator('.timeline .play').getAttribute('aria-pressed'), { interval: 60, timeout: 30_000 }).toBe('false');
      const seen = await recorded(page);
      expect(seen).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
      expect(await label(page)).toBe('2023');
      // Paused part way, it stays where it is.
      await page.getByLabel('Speed').selectOption('1');
      await page.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => label(page)).toBe('2018');
      await page.getByRole('button', { name: 'Pause' }).click();
      const at = await label(page);
      await page.waitForTimeout(1500);
      expect(await label(page)).toBe(at);
      expect(page.errors).toEqual([]);
    });

    test('the keyboard: arrows step, Space plays and pauses, Home and End jump', async () => {
      const page = await open('#from=2019-06&to=2019-06');
      await page.getByRole('slider', { name: 'Window end' }).focus();
      await page.keyboard.press('Home');
      expect(await label(page)).toBe('June 2019');
      // On the timeline's own buttons the arrows step the window.
      await page.getByRole('button', { name: 'Forward a month' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await label(page)).toBe('July 2019');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await label(page)).toBe('May 2019');
      // The strip counts by year, so it ends with 2023.
      await page.keyboard.press('End');
      expect(await label(page)).toBe('December 2023');
      await page.keyboard.press('Home');
      expect(await label(page)).toBe('January 2017');
      // Space on a handle plays, and again pauses.
      await page.getByRole('slider', { name: 'Window start' }).focus();
      await page.keyboard.press(' ');
      expect(await page.locator('.timeline .play').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => label(page)).not.toBe('January 2017');
      await page.keyboard.press(' ');
      expect(await page.locator('.timeline .play').getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => said(page)).toMatch(/^[A-Z][a-z]+ 20\d\d: \d+ relations?$/);
    });

    test('the URL round trip: #t= is a moment, from, to and mode a window or a moment, and a link reopens it', async () => {
      const page = await open('#t=2019-06');
      expect(await label(page)).toBe('As of June 2019');
      expect(await page.getByRole('radio', { name: 'As of' }).isChecked()).toBe(true);
      expect(await edges(page)).toBe(9);
      const again = await open('#from=2021-01&to=2021-03&mode=asof');
      expect(await label(again)).toBe('As of March 2021');
      await again.getByRole('radio', { name: 'Window' }).check();
      expect(await label(again)).toBe('January 2021 – March 2021');
      await expect.poll(() => hash(again)).toMatch(/&from=2021-01&to=2021-03$/);
      const url = again.url();
      const third = await openMap(ctx.browser, url.replace(/#.*/, ''), { width, height, hash: new URL(url).hash });
      expect(await label(third)).toBe('January 2021 – March 2021');
      expect(await edges(third)).toBe(await edges(again));
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`a screenshot in ${scheme}`, async () => {
        const page = await openMap(ctx.browser, ctx.baseUrl + STORY, { width, height, hasTouch: touch, colorScheme: scheme, hash: '#from=2019-01&to=2019-12' });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `tests/output/timeline-${name}-${scheme}.png` });
      });
    }
  });
}

/** Plays a page's timeline at 4× from every date to the end, and says what it showed (recorded in the page: a loaded machine polls slowly). */
async function playThrough(page: Page) {
  await page.getByLabel('Speed').selectOption('4');
  await recordLabels(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => page.locator('.timeline .play').getAttribute('aria-pressed'), { interval: 60, timeout: 30_000 }).toBe('false');
  return new Set(await recorded(page));
}

/** Records every text the timeline's label shows from now on. */
async function recordLabels(page: Page) {
  await page.evaluate(() => {
    const label = document.querySelector('.timeline-label')!;
    const seen: string[] = [];
    (window as any).__labels = seen;
    new MutationObserver(() => { if (seen.at(-1) !== label.textContent) seen.push(label.textContent!); }).observe(label, { childList: true, characterData: true, subtree: true });
  });
}
const recorded = (page: Page) => page.evaluate(() => (window as any).__labels as string[]);

describe('readers can play the embed and the one-file HTML', () => {
  test('the embed has the timeline and plays from the first year to the last', async () => {
    const page = await openMap(ctx.browser, `${ctx.baseUrl}?embed&story=examples/gulf-rift-2017/relations.json`, { width: 390, height: 844, hasTouch: true });
    const seen = await playThrough(page);
    expect(seen.has('2017') && seen.has('2023')).toBe(true);
    expect(await page.locator('.timeline-label').textContent()).toBe('2023');
    expect(page.errors).toEqual([]);
  });

  test('npm run export -- --html of the story plays from file://, with no request', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'html-')), 'gulf.html');
    execFileSync('npx', ['tsx', 'scripts/export.ts', '--html', file, '--data', 'data/examples/gulf-rift-2017/relations.json'], { encoding: 'utf8' });
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${file}`);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    const seen = await playThrough(page);
    expect(seen.has('2017') && seen.has('2023')).toBe(true);
    expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(2);
    expect([outside, errors]).toEqual([[], []]);
    await context.close();
  }, 90_000);

  test('an accessibility scan of the timeline with axe-core finds no serious or critical violation', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await openMap(ctx.browser, ctx.baseUrl + STORY, { width, height, hash: '#t=2019-06' });
      await page.getByRole('slider', { name: 'Date' }).focus();
      const violations = await axeViolations(page);
      expect(violations, `${width}×${height}`).toEqual([]);
      await page.context().close();
    }
  });
});

test('Export SVG of a moment writes the moment: its date on the map, only what the timeline shows', async () => {
  const { readFileSync } = await import('node:fs');
  const page = await openMap(ctx.browser, ctx.baseUrl + STORY, { hash: '#t=2022-06' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/<g class="moment"[^>]*>.*>AS OF<\/text>.*>June 2022<\/text><\/g>/);
  expect([...new Set([...svg.matchAll(/data-relation-id="([^"]+)"/g)].map((m) => m[1]))].sort()).toEqual(['bhr-qat-rupture', 'qat-sau-visit', 'tur-qat-troops']);
});
