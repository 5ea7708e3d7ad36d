import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { relationsData } from '../unit/fixtures.ts';
import { openMap, settle, useBrowser, axeViolations } from './harness.ts';

const ctx = useBrowser();
const data = relationsData() as {
  people: { id: string; name: string; role: string | null }[];
  relations: { id: string; evidence: { quote: string; speaker?: string }[] }[];
};
const speakerOf = (id?: string) => {
  const p = data.people.find((person) => person.id === id);
  return p ? (p.role ? `${p.name}, ${p.role}` : p.name) : 'the article';
};

/** A point on the edge where the edge itself is the topmost thing under the pointer, if any. */
async function pointOnEdge(page: Page, id: string, clear = 0) {
  return page.evaluate(({ id, clear }) => {
    const edge = document.querySelector(`[data-relation-id="${id}"]`)!;
    const path = edge.querySelector<SVGPathElement>('path.line')!;
    const m = path.getScreenCTM()!;
    const length = path.getTotalLength();
    const map = document.getElementById('map')!.getBoundingClientRect();
    for (let i = 1; i < 200; i++) {
      const t = ((i * 0.618034) % 1) * 0.9 + 0.05;
      const p = new DOMPoint(path.getPointAtLength(t * length).x, path.getPointAtLength(t * length).y).matrixTransform(m);
      if (p.x < map.left + 2 || p.y < map.top + 2 || p.x > map.right - 2 || p.y > map.bottom - 2) continue;
      // With `clear`, the edge is also the one under the pointer and the nearest to it up to `clear`
      // pixels down and right: no other edge's hit area or line lies there, before or after the hover index loads.
      const w = window as any;
      // No other edge's hit area anywhere within `clear` pixels either way, so nothing else can take the pointer.
      const alone = (x: number, y: number) => document.elementsFromPoint(x, y).every((el) => { const other = el.closest('[data-relation-id]'); return !other || other === edge; });
      const mine = (dx: number) => document.elementFromPoint(p.x + dx, p.y + dx)?.closest('[data-relation-id]') === edge
        && (!clear || (w.drmLayer.edgeAt([p.x + dx - map.left, p.y + dx - map.top]) === id && alone(p.x + dx + clear, p.y + dx - clear) && alone(p.x + dx - clear, p.y + dx + clear)));
      const steps = clear ? Array.from({ length: Math.ceil(clear * 4) + 1 }, (_, k) => k / 4) : [0];
      if (steps.every(mine)) return { x: p.x, y: p.y };
    }
    return null;
  }, { id, clear });
}

const tooltipText = (page: Page) => page.locator('[role="tooltip"]').textContent();

describe('hover, focus and touch', () => {
  test('every edge of the built-in story, hovered at its own middle, shows its own tooltip (the nearest edge wins, not the one drawn last)', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const wrong: string[] = [];
    for (const relation of data.relations) {
      await page.mouse.move(5, 5);
      const at = await page.evaluate((id) => {
        const w = window as any;
        const mid = w.drmLayer.edgeMid(id);
        const origin = w.drmMap.getPixelOrigin();
        const point = w.drmMap.layerPointToContainerPoint([mid[0] - origin.x, mid[1] - origin.y]);
        const box = document.getElementById('map')!.getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      }, relation.id);
      await page.mouse.move(at.x, at.y);
      const card = page.locator('[role="tooltip"] [data-card-relation]').first();
      await expect.poll(() => card.isVisible()).toBe(true);
      const shown = await card.getAttribute('data-card-relation');
      if (shown !== relation.id) wrong.push(`${relation.id} showed ${shown}`);
    }
    expect(wrong).toEqual([]);
  });

  test('hovering each relation\'s edge shows every quote verbatim with its speaker', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const covered: string[] = [];
    for (const relation of data.relations) {
      await page.mouse.move(5, 5);
      let point = await pointOnEdge(page, relation.id);
      if (!point) {
        // Edges that share a bundle at the article's scale: select it from the list, which zooms nowhere but pins it.
        covered.push(relation.id);
        await page.evaluate((id) => (window as any).drmMap.fitBounds((window as any).drmLayer.edgeBounds(id), { animate: false, padding: [120, 120] }), relation.id);
        await settle(page);
        point = await pointOnEdge(page, relation.id);
      }
      expect(point, `no free point on ${relation.id}`).not.toBeNull();
      await page.mouse.move(point!.x, point!.y);
      const tooltip = page.locator('[role="tooltip"]');
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      const text = (await tooltipText(page))!;
      for (const evidence of relation.evidence) {
        expect(text, relation.id).toContain(evidence.quote);
        expect(text).toContain(`— ${speakerOf(evidence.speaker)}`);
      }
      const quotes = await tooltip.locator('blockquote').allTextContents();
      expect(quotes).toEqual(relation.evidence.map((e) => e.quote));
      expect(await page.locator(`[data-relation-id="${relation.id}"]`).getAttribute('class')).toContain('is-active');
      if (covered.at(-1) === relation.id) {
        await page.goto(ctx.baseUrl);
        await page.waitForSelector('.drm-layer [data-relation-id]');
      }
    }
  });

  test('the tooltip appears in the same frame as the pointer arrives, and does not flicker along the edge', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    // The hover index's code loads when the page is first idle (on a busy machine, after the edges
    // are drawn): the point is sought once the index answers, or none would pass its check.
    await expect.poll(() => page.evaluate((id) => {
      const w = window as any;
      const mid = w.drmLayer.edgeMid(id);
      const origin = w.drmMap.getPixelOrigin();
      return w.drmLayer.edgeAt(w.drmMap.layerPointToContainerPoint([mid[0] - origin.x, mid[1] - origin.y])) !== undefined;
    }, 'rus-vnm-state-visit')).toBe(true);
    // A point where no other edge lies within the few pixels the pointer moves along.
    const point = (await pointOnEdge(page, 'rus-vnm-state-visit', 3.5))!;
    expect(point, 'a point on the edge clear of the others').not.toBeNull();
    const shown = await page.evaluate(({ x, y }) => new Promise<boolean>((resolve) => {
      const target = document.elementFromPoint(x, y)!;
      target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, clientX: x, clientY: y }));
      // Checked synchronously after the event: no frame passes in between.
      resolve(!document.querySelector<HTMLElement>('[role="tooltip"]')!.hidden);
    }), point);
    expect(shown).toBe(true);
    await page.mouse.move(point.x, point.y);
    const changes = await page.evaluate(() => {
      let n = 0;
      new MutationObserver((records) => (n += records.filter((r) => r.type === 'childList' || r.attributeName === 'hidden').length))
        .observe(document.querySelector('[role="tooltip"]')!, { childList: true, attributes: true });
      (window as any).tooltipChanges = () => n;
    });
    void changes;
    for (let i = 1; i <= 5; i++) await page.mouse.move(point.x + i * 0.5, point.y + i * 0.5);
    expect(await page.evaluate(() => (window as any).tooltipChanges())).toBe(0);
  });

  test('a country shows its relations, each with its first quote', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const point = await page.evaluate(() => {
      const box = document.querySelector('[data-actor="VNM"]')!.getBoundingClientRect();
      for (let i = 0; i < 400; i++) {
        const x = box.left + box.width * ((i * 0.618034) % 1);
        const y = box.top + box.height * ((i * 0.4142136) % 1);
        if (document.elementFromPoint(x, y)?.getAttribute('data-actor') === 'VNM') return { x, y };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => page.locator('[role="tooltip"] [data-actor-card="VNM"]').count()).toBe(1);
    const items = await page.locator('[role="tooltip"] li').count();
    expect(items).toBe(data.relations.filter((r: any) => r.from === 'VNM' || r.to === 'VNM').length);
    expect(await tooltipText(page)).toContain('Putin was treated to a fresh round of red-carpet treatment yesterday in Communist-led Vietnam');
  });

  test('keyboard: Tab reaches the edges in date order, focus shows the tooltip, Enter pins it, Escape closes it', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const order: string[] = [];
    for (let i = 0; i < 120 && order.length < data.relations.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'));
      if (id) order.push(id);
    }
    expect(order.length).toBe(data.relations.length);
    expect(order[0]).toBe('prk-kor-korean-war');
    const names = await page.$$eval('[data-relation-id]', (els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toContain('Russia to North Korea: visit, 19 June 2024');
    await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
    const tooltip = page.locator('[role="tooltip"]');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltipText(page)).toContain('during a two-day visit to the pariah state');
    expect(await page.locator('[data-relation-id="rus-prk-state-visit"]').getAttribute('aria-describedby')).toBe('drm-tooltip');
    await page.keyboard.press('Enter');
    expect(await tooltip.getAttribute('class')).toContain('pinned');
    expect(page.url()).toContain('relation=rus-prk-state-visit');
    await page.mouse.move(50, 700);
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
    expect(page.url()).not.toContain('relation=');
    // A zoom redraws the edges; the focused one keeps the focus.
    await page.locator('[data-relation-id="rus-vnm-state-visit"]').focus();
    await page.evaluate(() => (window as any).drmMap.setZoom((window as any).drmMap.getZoom() + 1, { animate: false }));
    await settle(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'))).toBe('rus-vnm-state-visit');
  });

  test('touch: a tap shows the tooltip, a tap elsewhere closes it', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { width: 390, height: 844, hasTouch: true });
    const point = (await pointOnEdge(page, 'usa-vnm-biden-visit'))!;
    await page.touchscreen.tap(point.x, point.y);
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltipText(page)).toContain('Last year, US President Joe Biden made a state visit to Vietnam');
    // A tap on the map where the tooltip is not closes it.
    const map = (await page.locator('#map').boundingBox())!;
    const card = (await tooltip.boundingBox())!;
    const y = card.y > map.y + map.height / 2 ? map.y + 60 : map.y + map.height - 60;
    await page.touchscreen.tap(map.x + map.width - 40, y);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    // And so does its close button, which a pinned tooltip has for touch. (The edge is found again
    // first: a person taps where it is now, and the page may have moved since the first tap.)
    await settle(page);
    const again = (await pointOnEdge(page, 'usa-vnm-biden-visit'))!;
    await page.touchscreen.tap(again.x, again.y);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await tooltip.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });

  test('"Show in article" highlights the exact span and the list selects an edge', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.locator('.relations-list button[data-relation="kor-rus-warning"]').click();
    const tooltip = page.locator('[role="tooltip"]');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'))).toBe('kor-rus-warning');
    await tooltip.getByRole('button', { name: 'Show in article' }).click();
    const quote = data.relations.find((r) => r.id === 'kor-rus-warning')!.evidence[0].quote;
    expect(await page.locator('.article-text mark').textContent()).toBe(quote);
    expect(await page.locator('.article-text mark').isVisible()).toBe(true);
    await page.locator('select[aria-label="Sort relations by"]').selectOption('type');
    expect(await page.locator('.relations-list button').first().getAttribute('data-relation')).toBe('rus-prk-defence-pact');
  });

  test('the tooltip stays inside the viewport near each corner, at desktop and phone sizes', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await openMap(ctx.browser, ctx.baseUrl, { width, height });
      const map = (await page.locator('#map').boundingBox())!;
      for (const [cx, cy] of [[map.x + 12, map.y + 12], [map.x + map.width - 12, map.y + 12], [map.x + 12, map.y + map.height - 12], [map.x + map.width - 12, map.y + map.height - 12]]) {
        // Move the pact edge's middle to the corner, then focus it: the tooltip opens at the middle.
        await page.evaluate(({ cx, cy }) => {
          const w = window as any;
          const mid = w.drmLayer.edgeMid('rus-prk-defence-pact');
          const box = w.drmMap.getContainer().getBoundingClientRect();
          const at = w.drmMap.layerPointToContainerPoint(w.L.point(mid).subtract(w.drmMap.getPixelOrigin()));
          w.drmMap.panBy([at.x - (cx - box.left), at.y - (cy - box.top)], { animate: false });
        }, { cx, cy });
        await settle(page);
        await page.locator('[data-relation-id="rus-prk-defence-pact"]').focus();
        const box = (await page.locator('[role="tooltip"]').boundingBox())!;
        expect(box.x, `${width}: corner ${cx},${cy}`).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        await page.locator('h1').click();
      }
      await page.context().close();
    }
  });

  test('hostile text in a story is shown as text: no element is made and nothing runs', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const article = `Leaders met. ${hostile} was said. <script>alert(2)</script> too.`;
    const start = article.indexOf(hostile);
    const story = {
      title: 'A <b>bold</b> test', article: 'hostile.txt', published: '2024-01-02',
      actors: [
        { id: 'FRA', name: '<svg onload=alert(3)>', anchor: { name: 'Paris', lat: 48.8566, lon: 2.3522 } },
        { id: 'DEU', name: 'Germany', anchor: { name: 'Berlin', lat: 52.52, lon: 13.405 } },
      ],
      people: [{ id: 'x', name: '<iframe src=javascript:alert(4)>', role: '<u>role</u>', actor: 'FRA' }],
      relations: [{
        id: 'r1', type: 'tension', from: 'FRA', to: 'DEU', directed: true, date: '2024-01-01', datePrecision: 'day', certainty: 'stated',
        summary: '<a href=javascript:alert(5)>x</a>',
        evidence: [{ quote: hostile, start, end: start + hostile.length, speaker: 'x' }],
      }],
    };
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.route('**/stories/hostile.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }));
    await page.route('**/stories/hostile.txt', (route) => route.fulfill({ contentType: 'text/plain', body: article }));
    await page.goto(`${ctx.baseUrl}?story=stories/hostile.json`);
    await page.waitForSelector('[data-relation-id="r1"]');
    await page.locator('[data-relation-id="r1"]').focus();
    expect(await page.locator('[role="tooltip"] blockquote').textContent()).toBe(hostile);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="tooltip"].pinned').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show in article');
    expect(await tooltipText(page)).toContain('<iframe src=javascript:alert(4)>, <u>role</u>');
    await page.locator('[role="tooltip"]').getByRole('button', { name: 'Show in article' }).click();
    expect(await page.locator('.article-text mark').textContent()).toBe(hostile);
    expect(await page.locator('h1').textContent()).toBe('A <b>bold</b> test');
    expect(await page.locator('img, iframe, script:not([type="module"]), b, u, a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('svg[onload], [onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('an accessibility scan with axe-core finds no serious or critical violation', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const page = await openMap(ctx.browser, ctx.baseUrl, { width, height });
      await page.locator('[data-relation-id="rus-prk-state-visit"]').focus();
      const violations = await axeViolations(page);
      expect(violations, `${width}×${height}`).toEqual([]);
      await page.context().close();
    }
  });
});
