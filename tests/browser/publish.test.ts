import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';
import { serveStatic } from './staticServer.ts';

const ctx = useBrowser();

describe('publish', () => {
  test('the build works from any folder of any static host', async () => {
    const host = await serveStatic({ folder: 'dist', prefix: '/news/2024/maps/' });
    try {
      const page = await openMap(ctx.browser, `${host.url}/news/2024/maps/`);
      expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(17);
      const example = await openMap(ctx.browser, `${host.url}/news/2024/maps/?story=examples/red-sea-2024/relations.json`);
      expect(await example.locator('h1').textContent()).toBe('Red Sea, early 2024: sanctions, strikes and Omani messages');
      expect([...page.errors, ...example.errors]).toEqual([]);
      expect([...page.foreign, ...example.foreign]).toEqual([]);
      await page.context().close();
      await example.context().close();
    } finally {
      await host.close();
    }
  });

  test('embedded on a page of another site, the frame takes the height of the map, at 1280 and 390 px wide', async () => {
    const probe = await openMap(ctx.browser, ctx.baseUrl);
    await probe.getByRole('button', { name: 'Embed this map…' }).click();
    await expect.poll(() => probe.locator('.embed-code').inputValue()).not.toBe('');
    const code = await probe.locator('.embed-code').inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;childId=drm-map&amp;height=480&amp;theme=light&amp;timeline=on" id="drm-map"/);
    const parent = await serveStatic({ pages: { '/article.html': `<!doctype html><html><body style="margin:0"><h1>A newsroom page</h1>${code.replace(/&amp;/g, '&')}<p>After the map.</p></body></html>` } });
    try {
      for (const width of [1280, 390]) {
        const context = await ctx.browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${parent.url}/article.html`);
        const frame = page.frameLocator('#drm-map');
        await frame.locator('.drm-layer [data-relation-id]').first().waitFor();
        const inner = page.frames().find((f) => f.url().includes('embed'))!;
        await expect.poll(async () => {
          const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          const height = await page.locator('#drm-map').evaluate((el) => el.getBoundingClientRect().height);
          return Math.abs(height - content) <= 1 && height > 300;
        }, { timeout: 10_000 }).toBe(true);
        // No chrome in the frame: no masthead actions, no relations list.
        expect(await frame.locator('.masthead .actions').count()).toBe(0);
        expect(await frame.locator('.relations').isVisible()).toBe(false);
        expect(await frame.locator('.legend').isVisible()).toBe(true);
        await context.close();
      }
    } finally {
      await parent.close();
    }
  });
});

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; connect-src 'self' data: blob:; base-uri 'self'; form-action 'none'; object-src 'none'";

describe('one file, and a strict policy', () => {
  test('npm run export -- --html writes one file that works from file:// with no request: hover, keys, filters, SVG export', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { gzipSync } = await import('node:zlib');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'html-')), 'map.html');
    const out = execFileSync('npx', ['tsx', 'scripts/export.ts', '--html', file], { encoding: 'utf8' });
    expect(out).toMatch(/^export: wrote .*map\.html \([\d.]+ kB, [\d.]+ kB gzip\), one file that opens offline\n$/);
    expect(gzipSync(readFileSync(file)).length).toBeLessThan(250_000);
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${file}`);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    expect(await page.locator('.drm-layer [data-relation-id]').count()).toBe(17);
    // Keyboard: focus an edge, its tooltip holds the quote.
    await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
    // The tooltip's code loads after the map; the focus is handed on to it when it has.
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain('during a two-day visit to the pariah state');
    await page.keyboard.press('Escape');
    // Hover a country: its card.
    await page.locator('.country.actor[data-actor="RUS"]').dispatchEvent('pointerover', { clientX: 600, clientY: 200, buttons: 0 });
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain('Russia');
    // Filters.
    await page.locator('[data-legend-type="war"] input').uncheck();
    await expect.poll(() => page.locator('.drm-layer [data-relation-id]').count()).toBe(14);
    // SVG export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^<\?xml/);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  test('"Export interactive HTML" in the page gives the same kind of file, for the story on screen', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: '?story=examples/red-sea-2024/relations.json' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export interactive HTML' }).click()]);
    const { copyFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    expect(download.suggestedFilename()).toBe('red-sea-early-2024-sanctions-strikes-and-omani-messages.html');
    const path = join(mkdtempSync(join(tmpdir(), 'html-')), download.suggestedFilename());
    copyFileSync((await download.path())!, path);
    const opened = await page.context().newPage();
    const errors: string[] = [];
    opened.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await opened.goto(`file://${path}`);
    await opened.waitForSelector('.drm-layer [data-relation-id]');
    expect(await opened.locator('h1').textContent()).toBe('Red Sea, early 2024: sanctions, strikes and Omani messages');
    expect(await opened.locator('.drm-layer [data-relation-id]').count()).toBe(10);
    expect(errors).toEqual([]);
  });

  test('"Export interactive HTML" works under npm start too: the development server builds the one-file bundle when asked', async () => {
    const { createServer } = await import('vite');
    const server = await createServer({ server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false }, logLevel: 'warn' });
    await server.listen();
    try {
      const page = await openMap(ctx.browser, server.resolvedUrls!.local[0], { hash: '?story=examples/red-sea-2024/relations.json' });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Export interactive HTML' }).click()]);
      const { readFileSync } = await import('node:fs');
      const html = readFileSync((await download.path())!, 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<title>Red Sea, early 2024: sanctions, strikes and Omani messages</title>');
      expect(await page.locator('.publish .embed-status').textContent()).toMatch(/^Exported: one file of \d+ kB/);
      await page.context().close();
    } finally {
      await server.close();
    }
  }, 300_000);

  test('the built site, the embed and the review run under a strict Content Security Policy with no violation', async () => {
    const host = await serveStatic({ folder: 'dist', prefix: '/', headers: { 'Content-Security-Policy': CSP } });
    try {
      for (const path of ['/', '/?embed', '/?story=examples/red-sea-2024/relations.json']) {
        const context = await ctx.browser.newContext();
        await context.addInitScript(() => {
          (window as any).violations = [];
          document.addEventListener('securitypolicyviolation', (e) => (window as any).violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        await page.goto(`${host.url}${path}`);
        await page.waitForSelector('.drm-layer [data-relation-id]');
        if (path === '/') {
          // The review screen and the drafter's worker, under the same policy.
          await page.getByRole('button', { name: 'Draft from this article' }).click();
          await page.waitForSelector('.review [data-review-state="draft"]');
          await page.locator('[data-relation-id]').first().hover({ force: true });
        }
        expect(await page.evaluate(() => (window as any).violations), path).toEqual([]);
        expect(errors, path).toEqual([]);
        await context.close();
      }
    } finally {
      await host.close();
    }
  }, 60_000);
});

describe('the map before any script runs', () => {
  test('with JavaScript off the built page shows the map, with the edge contract, and every relation with its quotes', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    const edges = page.locator('svg.prerendered-map [data-relation-id]');
    expect(await edges.count()).toBe(17);
    expect(await edges.first().getAttribute('data-type')).toBeTruthy();
    expect(await page.locator('svg.prerendered-map [data-relation-id="rus-prk-state-visit"]').getAttribute('data-from')).toBe('RUS');
    expect(await page.locator('h1').textContent()).toBe('Will livid South Korean leaders ship arms to Kyiv?');
    const list = page.locator('.prerendered-list');
    expect(await list.isVisible()).toBe(true);
    expect(await list.locator('li').count()).toBe(17);
    expect(await list.textContent()).toContain('during a two-day visit to the pariah state');
    await context.close();
  });

  test('the live map takes over in place: no layout shift, at desktop and phone sizes', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      const context = await ctx.browser.newContext({ viewport: { width, height } });
      await context.addInitScript(() => {
        (window as any).shifts = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e: any) => { if (!e.hadRecentInput) (window as any).shifts.push(e.value); })).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(ctx.baseUrl);
      await page.waitForSelector('.drm-layer [data-relation-id]');
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as any).shifts.reduce((a: number, b: number) => a + b, 0));
      expect(cls, `${width}×${height}`).toBeLessThan(0.05);
      expect(await page.locator('svg.prerendered-map').count()).toBe(0);
      await context.close();
    }
  });
});
