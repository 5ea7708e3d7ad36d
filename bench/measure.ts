// One run of one page: opened with the hooks, then each phase in its order (bench/phases/).
import type { Browser } from 'playwright-core';
import type { PhaseRun } from './phases/phase.ts';
import { renderPhase } from './phases/render.ts';
import { statsPhase } from './phases/stats.ts';
import { hoverPhase } from './phases/hover.ts';
import { exportPhase } from './phases/export.ts';
import { panPhase } from './phases/pan.ts';
import { filterPhase } from './phases/filter.ts';
import { zoomPhase } from './phases/zoom.ts';
import { playbackPhase } from './phases/playback.ts';
import { longtasksPhase } from './phases/longtasks.ts';
import { HOOKS, type RunResult, STEP_TIMEOUT, Timeout, VIEWPORT, type Variant, type ViewInfo, sleep, withTimeout } from './common.ts';

/** The phases of a run, in order: name, function, ours only. */
const PHASES: [string, (run: PhaseRun) => Promise<void>, boolean][] = [
  ['render', renderPhase, false],
  ['stats', statsPhase, false],
  ['hover', hoverPhase, false],
  ['export', exportPhase, true],
  ['pan', panPhase, false],
  ['filter', filterPhase, true],
  ['zoom', zoomPhase, false],
  ['playback', playbackPhase, false],
  ['longtasks', longtasksPhase, false],
];

export function pageUrl(base: string, variant: Variant, size: string, view?: ViewInfo, app = 'app') {
  const story = `../stories/${size}/relations.json`;
  if (variant === 'ours') return `${base}/${app}/index.html?story=${encodeURIComponent(story)}`;
  const v = view!;
  return `${base}/baseline/index.html?story=${encodeURIComponent(story)}&renderer=${variant}&w=${v.width}&h=${v.height}&z=${v.zoom}&lat=${v.lat}&lon=${v.lon}`;
}

/** Opens a page with the hooks, waits until it has asked for the (held) story, and returns it. */
export async function openHeld(browser: Browser, url: string, variant: Variant, size: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', acceptDownloads: true });
  const prefetch = [`/stories/${size}/relations.json`, ...(variant === 'ours' ? [`/stories/${size}/article.txt`] : [])];
  await context.addInitScript({ content: `window.__BENCH_CONFIG = ${JSON.stringify({ prefetch })};\n${HOOKS}` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Our page must log no error; the baselines' own (a missing favicon) are not ours to judge.
  if (variant === 'ours') page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__bench && window.__bench.waiting && window.__bench.prefetched', null, { timeout: 60_000, polling: 50 });
  await page.evaluate('document.fonts.ready.then(() => window.__bench.raf2())');
  await sleep(150);
  return { context, page, cdp, errors };
}

export async function measureRun(browser: Browser, base: string, variant: Variant, size: string, view: ViewInfo | undefined, renderTimeout: number): Promise<RunResult> {
  const r: RunResult = { variant, size, errors: [], timeouts: [] };
  const { context, page, cdp, errors } = await openHeld(browser, pageUrl(base, variant, size, view), variant, size);
  const ev = <T>(expression: string, ms = STEP_TIMEOUT, what = expression) => withTimeout(page.evaluate(expression) as Promise<T>, ms, what);
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
      return true;
    } catch (e) {
      if (e instanceof Timeout) {
        r.timeouts.push(name);
        throw e;
      }
      r.errors.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
      return false;
    }
  };
  try {
    const run: PhaseRun = { browser, page, cdp, variant, r, ev, renderTimeout };
    // Playback comes after the zoom, which is measured on the whole story; long tasks last, over them all.
    for (const [name, phase, oursOnly] of PHASES) if (!oursOnly || variant === 'ours') await step(name, () => phase(run));
  } catch (e) {
    if (!(e instanceof Timeout)) r.errors.push(String(e));
  } finally {
    r.errors.push(...errors.map((e) => `page error: ${e.split('\n')[0]}`));
    await withTimeout(context.close(), 30_000, 'close').catch(() => r.errors.push('context did not close'));
  }
  return r;
}
