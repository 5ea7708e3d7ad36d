import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

// A decision is never lost to a reload, however soon it follows: the page does not wait for IndexedDB
// to take it. Here IndexedDB cannot take it at all before the reload (another transaction holds the
// store, as the write of a long article's text does), so the decision survives only if it was kept
// some other way as it was made.
const ctx = useBrowser();
const article = readFileSync('data/article.txt', 'utf8');

const states = (page: Page) => page.$$eval('.review [data-relation-id]', (items) => Object.fromEntries(items.map((i) => [i.getAttribute('data-relation-id')!, i.getAttribute('data-review-state')!])));

/** The keys of the page's IndexedDB review store. */
const keptKeys = (page: Page) => page.evaluate(() => new Promise<string[]>((resolve, reject) => {
  const open = indexedDB.open('drm-review');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const keys = open.result.transaction('work').objectStore('work').getAllKeys();
    keys.onsuccess = () => {
      resolve(keys.result.map(String));
      open.result.close();
    };
  };
}));
/** How many reviews the page's IndexedDB keeps (once the first save of a draft has landed, one). */
const keptCount = (page: Page) => keptKeys(page).then((keys) => keys.filter((k) => k.startsWith('meta:')).length);

/** Holds the review store in a transaction that never ends (until the page goes), so no save can land. */
const holdStore = (page: Page) => page.evaluate(() => new Promise<void>((resolve, reject) => {
  const open = indexedDB.open('drm-review');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const store = open.result.transaction('work', 'readwrite').objectStore('work');
    const again = () => { store.get('nothing').onsuccess = again; };
    again();
    resolve();
  };
}));

async function resumeAfterReload(page: Page) {
  await page.reload();
  await page.waitForSelector('.drm-layer [data-relation-id]');
  await page.getByRole('button', { name: 'New story from text' }).click();
  await page.getByRole('button', { name: /^Resume/ }).click();
  await page.waitForSelector('.review [data-review-state]');
}

describe('a decision and an instant reload', () => {
  test('accept, reject and undo, then reload before any of it reaches IndexedDB: all of it is there after the reload', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').fill(article);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await page.waitForSelector('.review [data-review-state="draft"]');
    // The draft itself is kept first (the review exists in the store); the decisions come after.
    await expect.poll(() => keptCount(page)).toBe(1);
    const ids = Object.keys(await states(page));
    await holdStore(page);
    const button = (id: string, name: string) => page.locator(`.review [data-relation-id="${id}"] .item-actions button`, { hasText: new RegExp(`^${name}$`) });
    await button(ids[0], 'Accept').click();
    await button(ids[1], 'Reject').click();
    await button(ids[2], 'Accept').click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await button(ids[3], 'Reject').click();
    const before = await states(page);
    expect([ids[0], ids[1], ids[2], ids[3]].map((id) => before[id])).toEqual(['accepted', 'rejected', 'draft', 'rejected']);

    await resumeAfterReload(page);
    await expect.poll(() => states(page)).toEqual(before);
    // Undo still takes back the last decision, as it would have before the reload.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => states(page).then((s) => s[ids[3]])).toBe('draft');
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('draft, decide and reload before IndexedDB has even the draft: the page offers the review, and it comes back with the decision', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').fill(article);
    // The store exists (the review screen has listed what it keeps), and is then held: not even the draft can land.
    await expect.poll(() => page.evaluate(() => indexedDB.databases().then((d) => d.some((x) => x.name === 'drm-review')))).toBe(true);
    await holdStore(page);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await page.waitForSelector('.review [data-review-state="draft"]');
    const ids = Object.keys(await states(page));
    await page.locator(`.review [data-relation-id="${ids[0]}"] .item-actions button`, { hasText: /^Accept$/ }).click();
    const before = await states(page);
    expect(before[ids[0]]).toBe('accepted');

    await page.reload();
    await page.waitForSelector('.drm-layer [data-relation-id]');
    await page.getByRole('button', { name: 'Continue review' }).click();
    await expect.poll(() => states(page)).toEqual(before);
    // Kept now, the article's text with it.
    expect(await keptCount(page)).toBe(1);
    expect((await keptKeys(page)).filter((k) => k.startsWith('text:'))).toHaveLength(1);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
