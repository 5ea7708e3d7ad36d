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
});
