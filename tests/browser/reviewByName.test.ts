import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser, axeViolations } from './harness.ts';

const ctx = useBrowser();
const article = readFileSync('data/article.txt', 'utf8');
const SIZES = [[1280, 800], [390, 844]] as const;

async function draftArticle(page: Page) {
  await page.getByRole('button', { name: 'New story from text' }).click();
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel('Published (optional)').fill('2024-06-21');
  await page.getByRole('button', { name: 'Draft relations' }).click();
  await page.waitForSelector('.review [data-review-state="draft"][data-relation-id]');
}

/** Selects characters [at, at + length) of the article in its panel, as a person drags over them. */
async function selectInArticle(page: Page, at: number, length: number) {
  // The article's text loads after the map: a person selects once it is there.
  await page.waitForFunction((n) => (document.querySelector('.article-text')?.textContent?.length ?? 0) >= n, at + length);
  await page.evaluate(({ at, length }) => {
    const walker = document.createTreeWalker(document.querySelector('.article-text')!, NodeFilter.SHOW_TEXT);
    const spots: [Node, number][] = [];
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      for (const target of [at, at + length]) if (target >= seen && target <= seen + len && spots.length < 2 && !(spots.length === 1 && target === at)) spots.push([n, target - seen]);
      seen += len;
    }
    const range = document.createRange();
    range.setStart(spots[0][0], spots[0][1]);
    range.setEnd(spots[1][0], spots[1][1]);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, { at, length });
}

const focused = (page: Page) => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), role: document.activeElement?.getAttribute('role'), invalid: document.activeElement?.getAttribute('aria-invalid') }));
/** Whether an element is wholly inside the viewport. */
const onScreen = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => {
  const r = e.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
});

describe('review edits by name', () => {
  for (const [width, height] of SIZES) {
    test(`actors are picked by name from a combobox, a new actor with its anchor; errors sit at their field, which takes the focus (${width}×${height})`, async () => {
      const page = await openMap(ctx.browser, ctx.baseUrl, { width, height });
      await draftArticle(page);
      const item = page.locator('.review [data-review-state="draft"][data-relation-id]').first();
      const id = (await item.getAttribute('data-relation-id'))!;
      await item.focus();
      await page.keyboard.press('e');
      const form = item.locator('.edit-form');
      await form.waitFor();

      // From: a combobox whose list follows what is typed, by name.
      const from = form.getByRole('combobox', { name: 'From' });
      expect(await from.getAttribute('aria-expanded')).toBe('false');
      await from.fill('');
      await from.pressSequentially('north kor');
      await expect.poll(() => from.getAttribute('aria-expanded')).toBe('true');
      const list = form.locator(`#${await from.getAttribute('aria-controls')}`);
      expect(await list.getAttribute('role')).toBe('listbox');
      const active = () => from.getAttribute('aria-activedescendant').then((o) => page.locator(`[id="${o}"]`).textContent());
      expect(await active()).toMatch(/^North Korea \(PRK/);
      await page.keyboard.press('ArrowDown');
      expect(await active()).not.toMatch(/^North Korea \(PRK/);
      await page.keyboard.press('ArrowUp');
      if (width === 1280) await page.screenshot({ path: 'tests/output/review-picker-1280.png' });
      await page.keyboard.press('Enter');
      expect(await from.inputValue()).toBe('North Korea');
      expect(await from.getAttribute('aria-expanded')).toBe('false');

      // To: a new actor, which asks where its edges meet before it can be applied.
      const to = form.getByRole('combobox', { name: 'To' });
      await to.fill('');
      await to.pressSequentially('Wagner Group');
      const toList = form.locator(`#${await to.getAttribute('aria-controls')}`);
      await expect.poll(() => toList.locator('[role="option"]').last().textContent()).toBe('New actor “Wagner Group”…');
      await page.keyboard.press('ArrowUp'); // from the first option up to the last
      await page.keyboard.press('Enter');
      const anchor = form.getByRole('combobox', { name: 'Place of the new actor (To)' });
      await expect.poll(() => focused(page).then((f) => f.label)).toBe('Place of the new actor (To)');
      await form.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => focused(page)).toEqual({ label: 'Place of the new actor (To)', role: 'combobox', invalid: 'true' });
      expect(await form.locator('.field-error:not(.form-error)').textContent()).toMatch(/Where do the edges of Wagner Group meet/);
      expect(await onScreen(page, '.review .edit-form .field-error:not(.form-error)')).toBe(true);
      await anchor.pressSequentially('Mali');
      await page.keyboard.press('Enter');
      expect(await anchor.inputValue()).toBe('Bamako (Mali)');
      await form.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => item.locator('.what').textContent()).toMatch(/^North Korea → Wagner Group: /);
      await expect.poll(() => page.locator(`.drm-layer .edge[data-relation-id="${id}"]`).first().evaluate((e) => [e.getAttribute('data-from'), e.getAttribute('data-to')])).toEqual(['PRK', 'WAGNER-GROUP']);
      // The new actor is found by name in the next form.
      await item.focus();
      await page.keyboard.press('e');
      await form.waitFor();
      await form.getByRole('combobox', { name: 'From' }).fill('wag');
      await expect.poll(() => form.locator('[role="option"]').first().textContent()).toMatch(/^Wagner Group \(WAGNER-GROUP, in this story, Bamako\)/);

      // An unknown name and a wrong date: each error at its field, on screen, the focus on the first; nothing at the top.
      await form.getByRole('combobox', { name: 'From' }).fill('Atlantis');
      await form.getByLabel(/^Date/).fill('2024-02-30');
      await form.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => focused(page)).toEqual({ label: 'From', role: 'combobox', invalid: 'true' });
      const errors = await form.locator('.field-error:not(.form-error)').allTextContents();
      expect(errors).toEqual([expect.stringMatching(/^“Atlantis” is not an actor of the list/), expect.stringMatching(/^"2024-02-30" is not a real date/)]);
      expect(await onScreen(page, '.review .edit-form [aria-invalid="true"]')).toBe(true);
      expect(await page.locator('.review-alert').textContent()).toBe('');
      if (width === 390) await page.screenshot({ path: 'tests/output/review-errors-390.png' });
      // The form passes axe-core with its errors shown and the From list open.
      await form.getByRole('combobox', { name: 'From' }).pressSequentially('a');
      await expect.poll(() => form.getByRole('combobox', { name: 'From' }).getAttribute('aria-expanded')).toBe('true');
      const violations = await axeViolations(page, '.review .edit-form');
      expect(violations).toEqual([]);
      await page.keyboard.press('Escape'); // closes the list, not the form
      expect(await form.count()).toBe(1);
      // Each error is tied to its field for a screen reader.
      const described = await form.getByLabel(/^Date/).getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/not a real date/);
      // Fixed, the errors go.
      await form.getByRole('combobox', { name: 'From' }).fill('');
      await form.getByRole('combobox', { name: 'From' }).pressSequentially('Russia');
      await page.keyboard.press('Enter');
      await form.getByLabel(/^Date/).fill('2024-06-19');
      await form.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => item.locator('.what').textContent()).toMatch(/^Russia → Wagner Group: /);
      expect(page.errors).toEqual([]);
      expect(page.foreign).toEqual([]);
      await page.context().close();
    });

    test(`"New relation" from a selection is a draft with no type until one is picked, dated from its sentence (${width}×${height})`, async () => {
      const page = await openMap(ctx.browser, ctx.baseUrl, { width, height });
      await draftArticle(page);
      const before = await page.locator('.review [data-relation-id]').count();
      const accepted = await page.locator('.review [data-review-state="accepted"]').count();
      const words = 'Putin driving North Korean leader Kim Jong Un';
      await selectInArticle(page, article.indexOf(words), words.length);
      await page.getByRole('button', { name: 'New relation' }).click();
      const fresh = page.locator('.review .review-new');
      await fresh.waitFor();
      expect(await fresh.getByLabel('Type').inputValue()).toBe('');
      expect(await fresh.getByRole('combobox', { name: 'From' }).inputValue()).toBe('Russia');
      expect(await fresh.getByRole('combobox', { name: 'To' }).inputValue()).toBe('North Korea');
      // The caption's "19 June 2024", as the drafter reads it.
      expect(await fresh.getByLabel(/^Date/).inputValue()).toBe('2024-06-19');
      expect(await page.locator('.review [data-relation-id]').count()).toBe(before);
      await fresh.getByRole('button', { name: 'Add as draft' }).click();
      await expect.poll(() => focused(page)).toEqual({ label: 'Type', role: null, invalid: 'true' });
      expect(await fresh.locator('.field-error:not(.form-error)').textContent()).toMatch(/^Choose the type/);
      expect(await onScreen(page, '.review .review-new [aria-invalid="true"]')).toBe(true);
      await fresh.getByLabel('Type').selectOption('visit');
      await fresh.getByRole('button', { name: 'Add as draft' }).click();
      const added = page.locator('.review [data-relation-id="rus-prk-visit"]');
      await added.waitFor();
      expect(await added.getAttribute('data-review-state')).toBe('draft');
      expect(await added.locator('.meta').textContent()).toBe(' · stated · 19 June 2024');
      expect(await page.locator('.review [data-review-state="accepted"]').count()).toBe(accepted);
      expect(await page.locator('.review .review-new').count()).toBe(0);
      expect(page.errors).toEqual([]);
      await page.context().close();
    });

    test(`"Draft from this article": drafts that repeat an accepted relation join it as quotes; no tooltip over the narrow map (${width}×${height})`, async () => {
      const page = await openMap(ctx.browser, ctx.baseUrl, { width, height });
      await page.getByRole('button', { name: 'Draft from this article' }).click();
      await page.waitForSelector('.review [data-review-state="draft"]');
      await page.waitForSelector('.drm-layer .edge[data-review="draft"]');
      const edges = await page.$$eval('.drm-layer .edge', (els) => els.map((e) => ({ key: ['from', 'to', 'type', 'certainty'].map((k) => e.getAttribute(`data-${k}`)).join(' '), draft: e.getAttribute('data-review') === 'draft' })));
      const accepted = new Set(edges.filter((e) => !e.draft).map((e) => e.key));
      expect(accepted.size).toBeGreaterThan(5);
      expect(edges.filter((e) => e.draft && accepted.has(e.key)).map((e) => e.key)).toEqual([]);
      // Some accepted relation gained the drafted quotes.
      expect(await page.locator('.review [data-review-state="accepted"] .more').count()).toBeGreaterThan(0);
      // Selecting relations in review highlights their edges; the map beside the list is under 600 px wide: no tooltip is pinned over it.
      expect(await page.evaluate(() => (window as unknown as { drmMap: { getSize(): { x: number } } }).drmMap.getSize().x)).toBeLessThan(600);
      const first = page.locator('.review [data-review-state="draft"][data-relation-id]').first();
      await first.focus();
      await page.keyboard.press('j');
      const second = await page.evaluate(() => document.activeElement?.closest('[data-relation-id]')?.getAttribute('data-relation-id'));
      await expect.poll(() => page.locator('.drm-layer .edge.is-active').getAttribute('data-relation-id')).toBe(second);
      expect(await page.locator('[role="tooltip"]').isHidden()).toBe(true);
      await page.screenshot({ path: `tests/output/review-${width}.png` });
      await page.context().close();
    });
  }

  test('a review map 600 px wide or more pins the selected relation\'s tooltip; the article\'s text, however late, leaves the keyboard in the list', async () => {
    // The article panel's code is held back until the reviewer has stepped on: its text then arrives late,
    // as on a busy machine, and must not take the keyboard away from the list.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const page = await openMap(ctx.browser, ctx.baseUrl, {
      width: 1920, height: 1080,
      before: (context) => context.route(/\/articlePanel-[^/]*\.js$/, async (route) => { await held; await route.continue(); }),
    });
    await draftArticle(page);
    expect(await page.evaluate(() => (window as unknown as { drmMap: { getSize(): { x: number } } }).drmMap.getSize().x)).toBeGreaterThanOrEqual(600);
    const item = page.locator('.review [data-review-state="draft"][data-relation-id]').first();
    await item.focus();
    await page.keyboard.press('j');
    // As a reader would, wait for the next relation's tooltip before going back.
    const second = page.locator('.review [data-relation-id].selected');
    await expect.poll(async () => (await page.locator('[role="tooltip"]').textContent() ?? '').includes((await second.locator('.sentence').textContent()) ?? '\u0000')).toBe(true);
    release();
    // The article's text shows the sentence too, but the keyboard stays in the list: k steps back.
    await expect.poll(() => page.locator('.article-text mark').textContent()).toBe(await second.locator('.sentence').textContent());
    expect(await page.evaluate(() => document.activeElement?.closest('[data-relation-id]')?.classList.contains('selected') ?? false)).toBe(true);
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain(await item.locator('.sentence').textContent());
    expect(await page.locator('[role="tooltip"].pinned').count()).toBe(1);
    // "Show in article" is asked for: the focus goes to the article's text.
    await item.getByRole('button', { name: 'Show in article' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('article-text') ?? false)).toBe(true);
    await page.context().close();
  });

  test('a reviewer who moves through the list before the map is drawn keeps their place, and their next key acts there', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { width: 1280, height: 800 });
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').fill(article);
    // Frames are held back, as on a machine too busy to draw: the list is there, the map is not yet.
    await page.evaluate(() => {
      const w = window as unknown as { releaseFrames(): void };
      const held: FrameRequestCallback[] = [];
      const request = window.requestAnimationFrame.bind(window);
      let holding = true;
      window.requestAnimationFrame = (callback) => (holding ? (held.push(callback), 0) : request(callback));
      w.releaseFrames = () => {
        holding = false;
        for (const callback of held.splice(0)) request(callback);
      };
    });
    await page.getByRole('button', { name: 'Draft relations' }).click();
    const items = page.locator('.review [data-review-state="draft"][data-relation-id]');
    await items.first().waitFor();
    expect(await page.evaluate(() => performance.getEntriesByName('drm-draft-shown').length)).toBe(0);
    await items.first().focus();
    await page.keyboard.press('j');
    const chosen = (await items.nth(1).getAttribute('data-relation-id'))!;
    await page.evaluate(() => (window as unknown as { releaseFrames(): void }).releaseFrames());
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('drm-draft-shown').length)).toBe(1);
    // The map, drawn late, shows the reviewer's relation: the list did not move on without them.
    await expect.poll(() => page.locator('.review [data-relation-id].selected').getAttribute('data-relation-id')).toBe(chosen);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-relation-id'))).toBe(chosen);
    await page.keyboard.press('e');
    await page.locator(`.review [data-relation-id="${chosen}"] .edit-form`).waitFor();
    await page.context().close();
  });
});
