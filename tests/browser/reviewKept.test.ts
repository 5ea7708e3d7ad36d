import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

// Nothing an editor decided is lost: several reviews are kept side by side, a new draft (in this tab or
// another) starts its own, and a browser without IndexedDB says so without an error.
const ctx = useBrowser();
const article = readFileSync('data/article.txt', 'utf8');
const second = readFileSync('data/examples/red-sea-2024/us-designation.txt', 'utf8');

const states = (page: Page) => page.$$eval('.review [data-relation-id]', (items) => Object.fromEntries(items.map((i) => [i.getAttribute('data-relation-id')!, i.getAttribute('data-review-state')!])));

/** Opens the review screen (from the map) and drafts a text, ignoring any kept review offered. */
async function draft(page: Page, text: string) {
  await page.getByRole('button', { name: 'New story from text' }).click();
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Draft relations' }).click();
  await page.waitForSelector('.review [data-review-state="draft"]');
}

async function decide(page: Page, id: string, state: 'Accept' | 'Reject') {
  await page.locator(`.review [data-relation-id="${id}"] .item-actions button`, { hasText: new RegExp(`^${state}$`) }).click();
  await expect.poll(() => states(page).then((s) => s[id])).toBe(state === 'Accept' ? 'accepted' : 'rejected');
}

async function reopen(page: Page) {
  await page.reload();
  await page.waitForSelector('.drm-layer [data-relation-id]');
  await page.getByRole('button', { name: 'New story from text' }).click();
  await page.getByLabel('Article text').waitFor();
}

interface Kept { id: string; title: string; accepted: number; states: Record<string, string>; sources: Record<string, string[]> }

/** The reviews kept in the page's IndexedDB, as stored. */
const kept = (page: Page): Promise<Kept[]> => page.evaluate(() => new Promise<Kept[]>((resolve, reject) => {
  const open = indexedDB.open('drm-review');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const store = open.result.transaction('work').objectStore('work');
    const all = store.getAll();
    const keys = store.getAllKeys();
    // Requests of one transaction answer in order: the keys come after the values.
    keys.onsuccess = () => {
      const byKey = new Map(keys.result.map((k, i) => [String(k), all.result[i]]));
      resolve([...byKey].filter(([k]) => k.startsWith('meta:')).map(([, meta]) => {
        const work = byKey.get(`work:${meta.id}`);
        const relations = work.story.relations as { id: string; review?: string; evidence: { source?: string }[] }[];
        return {
          id: meta.id, title: meta.title, accepted: meta.accepted,
          states: Object.fromEntries(relations.map((r) => [r.id, r.review ?? 'accepted'])),
          sources: Object.fromEntries(relations.map((r) => [r.id, [...new Set(r.evidence.map((e) => e.source ?? ''))]])),
        };
      }));
    };
  };
}));

describe('reviews kept in the browser', () => {
  test('one tab: reload, ignore the offer, draft another article; the kept review is still there with its decisions, and can be resumed', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await draft(page, article);
    const ids = Object.keys(await states(page));
    for (const id of ids.slice(0, 3)) await decide(page, id, 'Accept');
    const first = await states(page);
    // The three decisions are written (a save is a task of its own; the reload comes after it lands).
    await expect.poll(async () => (await kept(page))[0]?.accepted).toBe(3);

    await reopen(page);
    // The kept review is offered in a list (read from the browser's store once the screen opens); the person goes on to draft another article instead.
    await expect.poll(() => page.locator('.review-kept li').count()).toBe(1);
    await page.getByLabel('Article text').fill(second);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await page.waitForSelector('.review [data-review-state="draft"]');
    await expect.poll(async () => (await kept(page)).length).toBe(2);

    await reopen(page);
    const items = page.locator('.review-kept li');
    await expect.poll(() => items.count()).toBe(2);
    // Each is named by its title and when it was saved, with how far it has gone.
    const titles = await items.locator('.kept-title').allTextContents();
    expect(titles.some((t) => t.includes(article.split('\n')[0].slice(0, 30)))).toBe(true);
    expect(await items.locator('.meta').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^saved .+ · \d+ relations: 3 accepted, 0 rejected$/)]));
    await page.screenshot({ path: 'tests/output/review-kept.png' });
    const older = items.filter({ hasText: '3 accepted' });
    await older.getByRole('button', { name: /^Resume/ }).click();
    await expect.poll(() => states(page)).toEqual(first);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  test('two tabs: tab B drafting a new article never replaces tab A\'s work, and A is not told to reload', async () => {
    const a = await openMap(ctx.browser, ctx.baseUrl);
    await draft(a, article);
    const ids = Object.keys(await states(a));
    await decide(a, ids[0], 'Accept');
    await decide(a, ids[1], 'Accept');
    const b = await a.context().newPage();
    await b.goto(ctx.baseUrl);
    await b.waitForSelector('.drm-layer [data-relation-id]');
    await draft(b, second);
    const bIds = Object.keys(await states(b));
    await decide(b, bIds[0], 'Reject');
    await decide(a, ids[2], 'Accept');
    await expect.poll(async () => (await kept(a)).map((k) => k.accepted).sort()).toEqual([0, 3].sort());
    const reviews = await kept(a);
    const mine = reviews.find((k) => ids[0] in k.states)!;
    expect([ids[0], ids[1], ids[2]].map((id) => mine.states[id])).toEqual(['accepted', 'accepted', 'accepted']);
    const theirs = reviews.find((k) => k !== mine)!;
    expect(theirs.states[bIds[0]]).toBe('rejected');
    expect(await a.locator('.review-alert').textContent()).not.toMatch(/reload|another tab/i);
    // After a reload, A is offered both, its own among them.
    await reopen(a);
    await expect.poll(() => a.locator('.review-kept li').count()).toBe(2);
    await a.context().close();
  }, 90_000);

  test('two tabs on the same review: the later change does not overwrite the other\'s; it is kept as a review of its own', async () => {
    const a = await openMap(ctx.browser, ctx.baseUrl);
    await draft(a, article);
    const ids = Object.keys(await states(a));
    await decide(a, ids[0], 'Accept');
    const b = await a.context().newPage();
    await b.goto(ctx.baseUrl);
    await b.waitForSelector('.drm-layer [data-relation-id]');
    await b.getByRole('button', { name: 'New story from text' }).click();
    await b.getByRole('button', { name: /^Resume/ }).click();
    await b.waitForSelector('.review [data-review-state]');
    await decide(a, ids[1], 'Accept');
    await expect.poll(() => b.locator('.review-alert').textContent()).toContain('Another tab has changed this review');
    await decide(b, ids[2], 'Reject');
    await expect.poll(() => b.locator('.review-alert').textContent()).toContain('kept as a review of its own');
    await expect.poll(async () => (await kept(a)).length).toBe(2);
    const both = (await kept(a)).map((k) => [ids[0], ids[1], ids[2]].map((id) => k.states[id])).sort();
    expect(both).toEqual([['accepted', 'accepted', 'draft'], ['accepted', 'draft', 'rejected']].sort());
    // B goes on with its own copy: its next change lands there, not on A's.
    await decide(b, ids[3], 'Accept');
    await expect.poll(async () => (await kept(a)).some((k) => k.states[ids[2]] === 'rejected' && k.states[ids[3]] === 'accepted')).toBe(true);
    expect((await kept(a)).find((k) => k.states[ids[2]] === 'draft')!.states[ids[3]]).toBe('draft');
    expect(a.errors).toEqual([]);
    await a.context().close();
  }, 90_000);

  test('a kept review is deleted only after a confirmation', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await draft(page, article);
    await decide(page, Object.keys(await states(page))[0], 'Accept');
    await expect.poll(async () => (await kept(page))[0]?.accepted).toBe(1);
    await reopen(page);
    const asked: string[] = [];
    let answer = false;
    page.on('dialog', (dialog) => { asked.push(dialog.message()); void (answer ? dialog.accept() : dialog.dismiss()); });
    await page.locator('.review-kept li').getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^Delete your review of “.+” \(saved .+, 1 accepted\) from this browser\?/);
    expect(await page.locator('.review-kept li').count()).toBe(1);
    expect((await kept(page)).length).toBe(1);
    answer = true;
    await page.locator('.review-kept li').getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => page.locator('.review-kept li').count()).toBe(0);
    expect((await kept(page)).length).toBe(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('another article that restates relations adds its quotes to them, whatever their state', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await draft(page, article);
    const ids = Object.keys(await states(page));
    await decide(page, ids[0], 'Accept');
    await decide(page, ids[1], 'Reject');
    const before = await states(page);
    await page.getByText(/^Add another article/).click();
    await page.getByLabel('Article text').fill(`Another outlet carries the same report.\n\n${article}`);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await expect.poll(async () => Object.values((await kept(page))[0]?.sources ?? {}).some((s) => s.length === 2)).toBe(true);
    expect(await states(page)).toEqual(before);
    const [review] = await kept(page);
    for (const id of ids.slice(0, 3)) expect(review.sources[id].length, id).toBe(2);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('a draft with no relation says so plainly, and the article is there to add relations by hand', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByRole('button', { name: 'New story from text' }).click();
    const text = 'The weather was fine today. Nobody said anything of note at the market.';
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await expect.poll(() => page.locator('.review-alert').textContent()).toBe('No relation found in this article. You can add relations by hand.');
    await expect.poll(() => page.locator('.article-text').textContent()).toBe(text);
    expect(await page.locator('.review [data-relation-id]').count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  for (const [name, script] of [
    ['missing', 'delete window.indexedDB; Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });'],
    ['throwing', 'IDBFactory.prototype.open = function () { throw new DOMException("The user denied storage", "SecurityError"); };'],
  ] as const) {
    test(`with IndexedDB ${name}: no uncaught error; the review says its work is not kept`, async () => {
      const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(script);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(ctx.baseUrl);
      await page.waitForSelector('.drm-layer [data-relation-id]');
      // A story opened from a file is kept too: that fails quietly as well.
      await page.setInputFiles('#open-story', [{ name: 'story.json', mimeType: 'application/json', buffer: readFileSync('data/relations.json') }, { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(article) }]);
      await draft(page, article);
      await expect.poll(() => page.locator('.review-alert').textContent()).toMatch(/could not be kept in this browser/);
      const id = Object.keys(await states(page))[0];
      await decide(page, id, 'Accept');
      await page.getByRole('button', { name: 'Discard', exact: true }).click();
      await expect.poll(() => page.locator('.review [data-relation-id]').count()).toBe(0);
      await page.getByRole('button', { name: 'New story from text' }).click();
      await page.getByLabel('Article text').waitFor();
      // Idle callbacks and late rejections have their chance to surface.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);
  }
});

describe('one × per pinned tooltip', () => {
  test('however often the edge is selected or clicked', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const id = 'kor-rus-warning';
    for (let i = 0; i < 3; i++) await page.locator(`.relations-list button[data-relation="${id}"]`).click();
    await expect.poll(() => page.locator('[role="tooltip"] .relation-card').count()).toBe(1);
    expect(await page.locator('[role="tooltip"] button.close').count()).toBe(1);
    const edge = page.locator(`.drm-layer .edge[data-relation-id="${id}"]`).first();
    for (let i = 0; i < 2; i++) {
      await edge.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Enter');
    expect(await page.locator('[role="tooltip"] button.close').count()).toBe(1);
    // In review, selecting the same relation again and again.
    await draft(page, article);
    const first = Object.keys(await states(page))[0];
    for (let i = 0; i < 3; i++) await page.locator(`.review [data-relation-id="${first}"] button`, { hasText: 'Show in article' }).click();
    // The map beside the review is under 600 px wide: selecting highlights the edge and pins no tooltip over it.
    await expect.poll(() => page.locator('.drm-layer .edge.is-active').getAttribute('data-relation-id')).toBe(first);
    expect(await page.locator('[role="tooltip"]').isHidden()).toBe(true);
    // Pinned from the map, however often it was selected before: one ×.
    await page.locator(`.drm-layer .edge[data-relation-id="${first}"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="tooltip"] .relation-card').count()).toBe(1);
    expect(await page.locator('[role="tooltip"] button.close').count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('a long article in review', () => {
  test('decisions write the work alone: the 1 MB text is written once, never with a decision, and a card shows its first quotes only', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Every value written to IndexedDB: its key, and its longest string (walked as the browser would clone it).
    await context.addInitScript(() => {
      const writes: { key: string; longest: number }[] = [];
      (window as unknown as { drmWrites: typeof writes }).drmWrites = writes;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        let longest = 0;
        const seen = new Set<object>();
        const walk = (v: unknown) => {
          if (typeof v === 'string') longest = Math.max(longest, v.length);
          else if (v && typeof v === 'object' && !seen.has(v)) {
            seen.add(v);
            for (const x of Object.values(v)) walk(x);
          }
        };
        walk(value);
        writes.push({ key: String(key), longest });
        return put.call(this, value, key);
      };
    });
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    const long = `${article}\n${'Filler that names no country at all. '.repeat(Math.ceil(1e6 / 37))}\n${article}`;
    await draft(page, long);
    const ids = Object.keys(await states(page));
    for (const [i, id] of ids.slice(0, 5).entries()) await decide(page, id, i % 2 ? 'Reject' : 'Accept');
    await page.locator(`.review [data-relation-id="${ids[0]}"] button`, { hasText: 'Show in article' }).click();
    const writes = await page.evaluate(() => (window as unknown as { drmWrites: { key: string; longest: number }[] }).drmWrites.filter((w) => /^(work|texts?):/.test(w.key)));
    // The text is written once, in parts of at most 250,000 characters, each a write of its own.
    expect(writes.filter((w) => w.key.startsWith('texts:')).length).toBe(1);
    const parts = writes.filter((w) => w.key.startsWith('text:')).map((w) => w.longest);
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts)).toBeLessThanOrEqual(250_000);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(long.length);
    const work = writes.filter((w) => w.key.startsWith('work:'));
    expect(work.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...work.map((w) => w.longest))).toBeLessThan(10_000);
    expect(await page.locator('[role="tooltip"] .relation-card .quote').count()).toBeLessThanOrEqual(12);
    await context.close();
  }, 90_000);

  test('a 10 MB article in review (issue 25, item 17): the text leaves the box as it goes to the drafter, and each quote is shown in the text around it at its exact offsets', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    // Three articles, far apart in ten megabytes of text that names no country: relations first stated at the start, the middle and the end.
    const paragraph = 'The committee met again and the minutes were read aloud without any comment from the floor. '.repeat(20);
    const filler = (megabytes: number) => Array.from({ length: Math.ceil(megabytes * 1e6 / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
    const third = readFileSync('data/examples/gulf-rift-2017/article.txt', 'utf8');
    const text = [article, filler(5), second, filler(5), third].join('\n\n');
    expect(text.length).toBeGreaterThan(10e6);
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').waitFor();
    await page.evaluate((t) => { (document.querySelector('#review-text') as HTMLTextAreaElement).value = t; }, text);
    // (Ten megabytes in a text box take the page a while to lay out on a busy machine: wait for the button as long as for the draft.)
    await page.getByRole('button', { name: 'Draft relations' }).click({ timeout: 180_000 });
    // The text went with the draft: the box is empty at once, not when the draft is back.
    expect(await page.locator('#review-text').inputValue()).toBe('');
    await page.waitForSelector('.review [data-review-state="draft"]', { timeout: 180_000 });
    // No box and no panel on the page holds the whole text.
    expect(await page.evaluate(() => Math.max(...[...document.querySelectorAll('textarea')].map((t) => t.value.length)))).toBe(0);
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeLessThan(500_000);

    /** The article panel's text as shown: where its window starts (from "N characters before"), the text, and the mark. */
    const shown = () => page.locator('.article-text').evaluate((body) => {
      const before = body.querySelector('.more-text');
      const from = before && /characters before/.test(before.textContent!) ? Number(/… ([\d,]+) characters before/.exec(before.textContent!)![1].replace(/,/g, '')) : 0;
      let words = '';
      for (const node of body.childNodes) if (node.nodeType === Node.TEXT_NODE || node.nodeName === 'MARK') words += node.textContent;
      const mark = body.querySelector('mark')!;
      return { from, words, start: Number(mark.dataset.start), end: Number(mark.dataset.end), quote: mark.textContent! };
    });
    const ids = Object.keys(await states(page));
    const starts: number[] = [];
    for (const id of ids) {
      await page.locator(`.review [data-relation-id="${id}"] .item-actions button`, { hasText: /^Show in article$/ }).click();
      await expect.poll(async () => (await shown()).start).toBeGreaterThanOrEqual(0);
      const quote = (await page.locator(`.review [data-relation-id="${id}"] blockquote.sentence`).textContent())!;
      const s = await shown();
      // The mark is the quote, at its exact offsets in the very text; the panel is the text from its window's start, character for character.
      expect(s.quote).toBe(quote);
      expect(text.slice(s.start, s.end)).toBe(quote);
      expect(s.words).toBe(text.slice(s.from, s.from + s.words.length));
      expect(s.words.slice(s.start - s.from, s.end - s.from)).toBe(quote);
      // The text around the quote is there, both sides (as far as the article goes).
      expect(s.start - s.from).toBeGreaterThanOrEqual(Math.min(s.start, 5000));
      expect(s.from + s.words.length - s.end).toBeGreaterThanOrEqual(Math.min(text.length - s.end, 5000));
      starts.push(s.start);
    }
    // Quotes from the start, the middle and the end of the ten megabytes.
    expect(Math.min(...starts)).toBeLessThan(article.length);
    expect(starts.some((x) => x > 5e6 && x < 5.3e6)).toBe(true);
    expect(Math.max(...starts)).toBeGreaterThan(10e6);
    // "Show more" before the window reaches further back, still exact.
    const at = await shown();
    await page.locator('.article-text .more-text', { hasText: 'characters before' }).click();
    const more = await shown();
    expect(more.from).toBeLessThan(at.from);
    expect(more.words).toBe(text.slice(more.from, more.from + more.words.length));
    expect(more.words.length).toBeGreaterThan(at.words.length);
    await context.close();
  }, 300_000);

  test('a draft that fails gives the text back to its box', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A drafter that cannot start.
    await context.addInitScript(() => {
      window.Worker = class extends EventTarget {
        postMessage() { setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'no drafter here' })), 50); }
        terminate() {}
      } as unknown as typeof Worker;
    });
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').fill(article);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await expect.poll(() => page.locator('.review-alert').textContent()).toContain('no drafter here');
    expect(await page.getByLabel('Article text').inputValue()).toBe(article);
    await context.close();
  });

  test('an article restated thousands of times (issue 25, item 17): every quote reaches the list, is written once, and a decision writes none again', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Every key written to IndexedDB, and how many quotes each value holds.
    await context.addInitScript(() => {
      const writes: { key: string; quotes: number }[] = [];
      (window as unknown as { drmWrites: typeof writes }).drmWrites = writes;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        let quotes = 0;
        const seen = new Set<object>();
        const walk = (v: unknown) => {
          if (!v || typeof v !== 'object' || seen.has(v)) return;
          seen.add(v);
          if ('quote' in v && 'start' in v) quotes++;
          for (const x of Object.values(v)) walk(x);
        };
        walk(value);
        writes.push({ key: String(key), quotes });
        return put.call(this, value, key);
      };
    });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(ctx.baseUrl);
    await page.waitForSelector('.drm-layer [data-relation-id]');
    const copies = 150;
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').waitFor();
    // Set as a paste would leave it (typing a megabyte through the keyboard would take minutes).
    await page.evaluate((t) => { (document.querySelector('#review-text') as HTMLTextAreaElement).value = t; }, Array.from({ length: copies }, () => article).join('\n\n'));
    await page.getByRole('button', { name: 'Draft relations' }).click({ timeout: 120_000 });
    await page.waitForSelector('.review [data-review-state="draft"]', { timeout: 120_000 });
    expect(workers.length).toBe(1);
    const ids = Object.keys(await states(page));
    // Each relation's card says how many quotes it has: every restatement is there.
    const more = await page.$$eval('.review [data-relation-id] .more', (ps) => ps.map((p) => Number(/and (\d+) more/.exec(p.textContent ?? '')?.[1] ?? 0)));
    expect(Math.max(...more)).toBeGreaterThanOrEqual(copies - 1);
    const quotesWritten = () => page.evaluate(() => (window as unknown as { drmWrites: { key: string; quotes: number }[] }).drmWrites.reduce((n, w) => n + w.quotes, 0));
    await expect.poll(async () => (await kept(page)).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(quotesWritten, { timeout: 30_000 }).toBeGreaterThanOrEqual(more.reduce((a, b) => a + b + 1, 0));
    const once = await quotesWritten();
    await decide(page, ids[0], 'Accept');
    await decide(page, ids[1], 'Reject');
    await expect.poll(async () => (await kept(page))[0]?.accepted).toBe(1);
    // The decisions wrote the work, naming the quotes already kept; no quote a second time (bar the few kept inside short lists).
    expect(await quotesWritten() - once).toBeLessThan(200);
    // And after a reload the review comes back whole, every quote in its place.
    await page.reload();
    await page.waitForSelector('.drm-layer [data-relation-id]');
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.locator('.review-kept li').getByRole('button', { name: /^Resume/ }).click();
    await page.waitForSelector('.review [data-review-state="accepted"]', { timeout: 60_000 });
    const again = await page.$$eval('.review [data-relation-id] .more', (ps) => ps.map((p) => Number(/and (\d+) more/.exec(p.textContent ?? '')?.[1] ?? 0)));
    expect(again.sort()).toEqual([...more].sort());
    expect((await states(page))[ids[0]]).toBe('accepted');
    await context.close();
  }, 240_000);
});
