// An open edit form keeps what the editor typed when the list is drawn again around it (a decision
// on another relation, made by click or by key): nothing typed is lost.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

const ctx = useBrowser();
const article = readFileSync('data/article.txt', 'utf8');

test('a decision on another relation while a form is open keeps the form and what was typed in it', async () => {
  const page = await openMap(ctx.browser, ctx.baseUrl, { width: 1280, height: 800 });
  await page.getByRole('button', { name: 'New story from text' }).click();
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel('Published (optional)').fill('2024-06-21');
  await page.getByRole('button', { name: 'Draft relations' }).click();
  const drafts = page.locator('.review [data-review-state="draft"][data-relation-id]');
  await drafts.nth(1).waitFor();
  const first = drafts.first();
  const id = (await first.getAttribute('data-relation-id'))!;
  const other = (await drafts.nth(1).getAttribute('data-relation-id'))!;
  await first.focus();
  await page.keyboard.press('e');
  const summary = page.locator(`.review [data-relation-id="${id}"] .edit-form`).getByLabel('Summary (one line)');
  await summary.fill('Typed by hand, not yet applied');

  // Another relation is accepted: the list is drawn again.
  await page.locator(`.review [data-relation-id="${other}"]`).getByRole('button', { name: 'Accept' }).click();
  await expect.poll(() => page.locator(`.review [data-review-state="accepted"][data-relation-id="${other}"]`).count()).toBe(1);
  await expect.poll(() => page.locator(`.review [data-relation-id="${id}"] .edit-form`).getByLabel('Summary (one line)').inputValue()).toBe('Typed by hand, not yet applied');

  // Applying the form then keeps what was typed.
  await page.locator(`.review [data-relation-id="${id}"] .edit-form`).getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => page.locator(`.review [data-relation-id="${id}"]`).textContent()).toContain('Typed by hand, not yet applied');
  await page.close();
});
