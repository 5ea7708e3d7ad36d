import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

const ctx = useBrowser();
const article = readFileSync('data/article.txt', 'utf8');

describe('the drafter in the browser', () => {
  test('loads only when asked, runs in a Web Worker and drafts the built-in article with exact quotes', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await page.waitForTimeout(300);
    expect(scripts.filter((s) => /worker|draftClient/.test(s))).toEqual([]);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const story = await page.evaluate((text) => (window as unknown as { drmDraft(input: unknown): Promise<any> }).drmDraft({ text, published: '2024-06-21', fileName: 'article.txt' }), article);
    expect(workers.length).toBe(1);
    expect(scripts.some((s) => /draftClient/.test(s))).toBe(true);
    expect(story.relations.length).toBeGreaterThanOrEqual(5);
    for (const relation of story.relations) {
      expect(relation.review).toBe('draft');
      for (const e of relation.evidence) expect(article.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(story.relations.map((r: { from: string; to: string; type: string }) => `${r.from}-${r.to}-${r.type}`)).toContain('PRK-RUS-alliance');
    expect(page.foreign).toEqual([]);
  });

  test('warms up in its worker once an editor starts to give an article, and a draft asked for meanwhile is answered', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByRole('button', { name: 'New story from text' }).click();
    const box = page.getByLabel('Article text');
    await box.waitFor();
    // Opening the screen starts nothing: the page that never drafts never loads the drafter.
    expect(workers.filter((w) => /worker/.test(w))).toEqual([]);
    await box.focus();
    await expect.poll(() => workers.filter((w) => /worker/.test(w)).length).toBe(1);
    // The article is pasted and drafted at once, while the worker is still warming: it is drafted, with its own quotes.
    await box.fill(article);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await page.waitForSelector('.review [data-review-state="draft"]');
    expect(await page.locator('.review [data-review-state="draft"]').count()).toBeGreaterThanOrEqual(5);
    expect(workers.filter((w) => /worker/.test(w))).toHaveLength(1);
    // Asked again, the warm-up is not repeated, and a draft after it is the same as any.
    await page.evaluate(() => (window as unknown as { drmWarmDrafter(): Promise<void> }).drmWarmDrafter());
    const story = await page.evaluate((text) => (window as unknown as { drmDraft(input: unknown): Promise<any> }).drmDraft({ text, published: '2024-06-21', fileName: 'article.txt' }), article);
    for (const relation of story.relations) for (const e of relation.evidence) expect(article.slice(e.start, e.end)).toBe(e.quote);
    expect(page.foreign).toEqual([]);
  });
});
