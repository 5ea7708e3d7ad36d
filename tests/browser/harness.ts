import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/browser.mjs';

/** One Chromium for a test file; every page it opens records requests that leave the app's origin. */
export function useBrowser() {
  const ctx = { browser: undefined as unknown as Browser, baseUrl: inject('baseUrl') };
  beforeAll(async () => {
    ctx.browser = await launchChromium();
  });
  afterAll(async () => {
    await ctx.browser?.close();
  });
  return ctx;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  hash?: string;
  colorScheme?: 'light' | 'dark';
  hasTouch?: boolean;
  /** Runs on the new context before the page loads, for instance to hold back one of the app's files (`context.route`). */
  before?: (context: BrowserContext) => Promise<unknown>;
}

/** Opens the app and waits for its edges; `page.foreign` lists requests to any other origin. */
export async function openMap(browser: Browser, baseUrl: string, options: OpenOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
  });
  // Waits for what the page does (a worker that loads and drafts, a map that draws) get two minutes, not Playwright's 30 s:
  // the machines are shared, and a wait that fails because the machine is busy says nothing of the product. Nothing here
  // asserts a duration; a test that waits for something that never comes still fails, only later.
  context.setDefaultTimeout(120_000);
  await options.before?.(context);
  const page = (await context.newPage()) as Page & { foreign: string[]; errors: string[] };
  page.foreign = [];
  page.errors = [];
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) page.foreign.push(url);
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  // A console error is an error too (a missing favicon once logged a 404 on every start).
  page.on('console', (message) => { if (message.type() === 'error') page.errors.push(`console: ${message.text()}`); });
  await page.goto(baseUrl + (options.hash ?? ''));
  // The live map's edges: the built page shows prerendered ones (with the same attributes) before it.
  await page.waitForSelector('.drm-layer [data-relation-id]');
  return page;
}

/** Waits until Leaflet has finished moving and the layer has drawn two more frames. */
export async function settle(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { drmMap: { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } } }).drmMap;
    const wait = () => (map._animatingZoom || map._panAnim?._inProgress ? setTimeout(wait, 30) : requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    wait();
  }));
}

/**
 * The main thread's tasks while `fn` runs, as CPU time (a Chrome trace's thread time): unlike a
 * PerformanceObserver's wall time, it does not grow when other processes share the machine.
 */
export async function mainThreadTasks(page: Page, fn: () => Promise<void>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ph: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }[] = [];
  // The session's typings know no Tracing events: the listener is typed by hand.
  const session = cdp as unknown as { on(event: string, listener: (e: { value: typeof events }) => void): void; once(event: string, listener: () => void): void };
  session.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline'] } } as never);
  await fn();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The browser may hold other renderers (a page closed a moment ago, a frame): the page's own main thread
  // is the renderer main thread that ran the most tasks while `fn` ran, not the first one the trace names.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!mains.length) throw new Error('no renderer main thread in the trace');
  const tasksOf = (main: { pid: number; tid: number }) => events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask');
  const busiest = mains.map(tasksOf).reduce((a, b) => (b.length > a.length ? b : a));
  return busiest.map((e) => (e.tdur ?? 0) / 1000);
}

/** Moves an end of the timeline's window by arrow keys until it says `text` ("January 2024"). */
export async function moveHandle(page: Page, name: string, text: string) {
  const handle = page.getByRole('slider', { name });
  await handle.focus();
  const target = new Date(`1 ${text} UTC`).getTime();
  for (let i = 0; i < 240; i++) {
    const now = await handle.getAttribute('aria-valuetext');
    if (now === text) return;
    const at = new Date(`1 ${now} UTC`).getTime();
    // A year at a time while more than a year away (PageUp and PageDown step a year).
    const far = Math.abs(target - at) > 366 * 864e5;
    await page.keyboard.press(at < target ? (far ? 'PageUp' : 'ArrowRight') : (far ? 'PageDown' : 'ArrowLeft'));
  }
  throw new Error(`the ${name} handle did not reach ${text}`);
}

/** The serious and critical axe-core violations in the page, or inside the first element `selector` finds. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  return page.evaluate(async (selector) => {
    type Result = { violations: { id: string; help: string; impact: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(scope: Element | Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(selector ? document.querySelector(selector)! : document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  }, selector);
}
