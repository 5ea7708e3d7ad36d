// Reviewing a long article in the browser: the longest main-thread tasks when the draft arrives and on
// the first Accept (issue 25, item 17), for articles of 1 to 10 MB.
//
//   npx tsx bench/review.ts --app dist            (a build served alone; the full bench runs it on its own build)
//
// The built-in article alone runs first, as a baseline: the steps a draft takes to be shown (the map
// built again, above all) cost the same for any article, so a long article's own cost is its excess.
// Absolute figures, reported and never asserted by a test: the target is no task over 200 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';

export interface ReviewRun {
  label: string;
  megabytes: number;
  relations: number;
  /** The worker's time: from the draft's start mark to its end mark. */
  draftMs: number;
  /** From the draft's end mark until the list holds every relation and the page is idle. */
  arriveMs: number;
  arriveLongestTaskMs: number;
  arriveTasksOver200: number;
  /** The five longest tasks, each with its start after the draft's end mark (ms). */
  arriveLongest: [number, number][];
  /** From the first Accept's click until the page is idle again. */
  acceptMs: number;
  acceptLongestTaskMs: number;
  acceptTasksOver200: number;
}

/**
 * The built-in article alone: the baseline, run beside the long ones. Its draft is drawn by the same
 * steps (the list, the map built again, the sentence shown), so what a long article adds to its longest
 * task is the difference; on a loaded machine both are inflated alike.
 */
export function reviewBaseline(root: string): { label: string; text: string } {
  return { label: 'the built-in article alone (baseline)', text: readFileSync(join(root, 'data/article.txt'), 'utf8') };
}

/** Long articles: the built-in one repeated (many relations, each restated), and one mostly of text that names no country. */
export function reviewArticles(root: string, sizes: readonly number[]): { label: string; text: string }[] {
  const one = readFileSync(join(root, 'data/article.txt'), 'utf8');
  const repeat = (megabytes: number, part: string) => {
    const parts: string[] = [];
    let length = 0;
    while (length < megabytes * 1e6) {
      parts.push(part);
      length += part.length + 2;
    }
    return parts.join('\n\n');
  };
  const filler = 'The committee met again and the minutes were read aloud without any comment from the floor. ';
  return sizes.flatMap((mb) => [
    { label: `${mb} MB, the article repeated`, text: repeat(mb, one) },
    { label: `${mb} MB, mostly filler`, text: `${one}\n\n${repeat(mb - one.length / 1e6 * 2, filler.repeat(20))}\n\n${one}` },
  ]);
}

/** Runs one long article through the review screen of the app at `appUrl`. */
export async function reviewRun(browser: Browser, appUrl: string, label: string, text: string): Promise<ReviewRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // tsx names the functions it compiles with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(() => {
      const w = window as unknown as { benchTasks: { start: number; duration: number }[] };
      w.benchTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.benchTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(appUrl);
    await page.waitForSelector('.drm-layer [data-relation-id]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'New story from text' }).click();
    await page.getByLabel('Article text').waitFor();
    await page.evaluate((t) => { (document.querySelector('#review-text') as HTMLTextAreaElement).value = t; }, text);
    await idle(page);
    await page.getByRole('button', { name: 'Draft relations' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('drm-draft-end').length > 0, null, { timeout: 600_000, polling: 200 });
    // Every relation in the list, then quiet.
    await page.waitForFunction(() => {
      const shown = document.querySelectorAll('.review [data-relation-id]').length;
      const counted = [...document.querySelectorAll('.review-group h3')].reduce((a, h) => a + Number(/\((\d+)\)/.exec(h.textContent ?? '')?.[1] ?? 0), 0);
      return counted > 0 && shown >= counted;
    }, null, { timeout: 600_000, polling: 100 });
    // The first relation selected: the review does it once the map is on screen (built a step at a time since issue 25's item 17).
    await page.waitForSelector('.review [data-relation-id].selected', { timeout: 600_000 });
    const arrived = await idle(page);
    const marks = await page.evaluate(() => ['drm-draft-start', 'drm-draft-end'].map((m) => performance.getEntriesByName(m).at(-1)!.startTime));
    const counts = await page.evaluate(() => {
      const items = document.querySelectorAll('.review [data-relation-id]').length;
      return { relations: items };
    });
    const clicked = await page.evaluate(() => performance.now());
    await page.locator('.review [data-review-state="draft"] .item-actions button', { hasText: /^Accept$/ }).first().click();
    await page.waitForSelector('.review [data-review-state="accepted"]', { timeout: 600_000 });
    const accepted = await idle(page);
    const tasks = await page.evaluate(() => (window as unknown as { benchTasks: { start: number; duration: number }[] }).benchTasks);
    const within = (from: number, to: number) => tasks.filter((t) => t.start + t.duration > from && t.start < to);
    const arrive = within(marks[1], arrived);
    const accept = within(clicked, accepted);
    const longest = (list: typeof tasks) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
    return {
      label, megabytes: +(text.length / 1e6).toFixed(2), relations: counts.relations,
      draftMs: Math.round(marks[1] - marks[0]),
      arriveMs: Math.round(Math.max(0, arrived - marks[1])), arriveLongestTaskMs: longest(arrive), arriveTasksOver200: arrive.filter((t) => t.duration > 200).length,
      arriveLongest: [...arrive].sort((a, b) => b.duration - a.duration).slice(0, 5).map((t) => [Math.round(t.start - marks[1]), Math.round(t.duration)]),
      acceptMs: Math.round(Math.max(0, accepted - clicked)), acceptLongestTaskMs: longest(accept), acceptTasksOver200: accept.filter((t) => t.duration > 200).length,
    };
  } finally {
    await context.close();
  }
}

/** Waits until the page has had 600 ms without a long task; returns when its last work ended (page time). */
async function idle(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    const w = window as unknown as { benchTasks: { start: number; duration: number }[] };
    const lastEnd = () => Math.max(0, ...w.benchTasks.map((t) => t.start + t.duration));
    let seen = w.benchTasks.length;
    const check = () => {
      requestAnimationFrame(() => setTimeout(() => {
        if (w.benchTasks.length === seen && performance.now() - lastEnd() > 600) resolve(Math.max(lastEnd(), performance.now() - 600));
        else {
          seen = w.benchTasks.length;
          setTimeout(check, 200);
        }
      }, 0));
    };
    check();
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { app: { type: 'string', default: 'dist' }, sizes: { type: 'string', default: '1,4,10' } } });
  const { launchChromium } = await import('../scripts/browser.mjs');
  const { serveStatic } = await import('../tests/browser/staticServer.ts');
  const root = join(import.meta.dirname, '..');
  const server = await serveStatic({ folder: join(root, values.app!) });
  const browser = await launchChromium();
  try {
    for (const { label, text } of [reviewBaseline(root), ...reviewArticles(root, values.sizes!.split(',').map(Number))]) {
      const load = loadavg()[0];
      const r = await reviewRun(browser, `${server.url}/`, label, text);
      console.log(JSON.stringify({ ...r, load: [+load.toFixed(1), +loadavg()[0].toFixed(1)] }));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
