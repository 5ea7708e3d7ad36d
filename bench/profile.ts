// Profile: where our time goes (unminified build, CPU profiler, and the core's parts timed in Node).
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import countries110m from '../geo/countries-110m.json' with { type: 'json' };
import { basemapMarkup, basemapScene, storyMarkup, storyScene, THEMES, type View } from '../src/core/index.ts';
import { type Story } from '../src/data/index.ts';
import { basemapFromTopology, type CountriesTopology } from '../src/geo/basemap.ts';
import { OUT, sleep, withTimeout } from './common.ts';
import { openHeld, pageUrl } from './measure.ts';

// ---------------------------------------------------------------------------------------------------
// Profile: where our time goes (unminified build, CPU profiler, and the core's parts timed in Node)

export interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export type ProfileSummary = ReturnType<typeof summarize>;

export function summarize(profile: CpuProfile, top = 14) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? `${basename(f.url.split('?')[0])}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    sum += dt;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = key(byId.get(n)!);
      if (!seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    }
  });
  // Leave out the profile's root and the bench's own frames (its hooks and the DevTools evaluate).
  const ours = (k: string) => !/^(\(root\)|\(anonymous\)$|evaluate$|bench\.)/.test(k);
  const list = (m: Map<string, number>) => [...m.entries()].filter(([k]) => ours(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: +ms.toFixed(1) }));
  return { sampledMs: +sum.toFixed(1), self: list(self), inclusive: list(total) };
}

/**
 * Profiles our page at one size with the CPU profiler, phase by phase (render; and unless renderOnly:
 * one hover, a short drag, one zoom step), then times a few parts alone. The .cpuprofile files land in
 * bench/out/ for Chrome DevTools (Performance panel → Load profile).
 */
export async function profileOurs(browser: Browser, base: string, size: string, story: Story, renderOnly: boolean) {
  const url = pageUrl(base, 'ours', size, undefined, 'app-debug');
  const { context, page, cdp } = await openHeld(browser, url, 'ours', size);
  const out: Record<string, unknown> = { size, build: 'app-debug (unminified)' };
  const profiled = async <T>(name: string, fn: () => Promise<T>) => {
    await cdp.send('Profiler.start');
    const value = await withTimeout(fn(), 120_000, `profile ${name}`);
    const profile = (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
    writeFileSync(join(OUT, `profile-${size}-${name}.cpuprofile`), JSON.stringify(profile));
    out[name] = { ...summarize(profile), ...(value && typeof value === 'object' ? { measured: value } : {}) };
    await withTimeout(page.evaluate('window.__bench.settle()'), 120_000, 'settle');
  };
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiled('render', async () => {
      await page.evaluate('setTimeout(() => window.__bench.release(), 0)');
      await page.evaluate('window.__bench.renderedPromise');
      return page.evaluate('({ mountMs: __bench.mounted - __bench.released, renderMs: __bench.rendered - __bench.released })');
    });
    if (renderOnly) return out;
    await sleep(300);
    const points = await page.evaluate('window.__bench.hoverPoints(1)') as { x: number; y: number }[];
    if (points[0]) await profiled('hover', () => page.evaluate((p) => (window as any).__bench.hover(p), points[0]));
    await profiled('pan', async () => {
      const c = await page.evaluate('(() => { const r = window.drmMap.getContainer().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()') as { x: number; y: number };
      await page.mouse.move(c.x, c.y);
      await page.mouse.down();
      const t0 = performance.now();
      for (let i = 1; i <= 10 && performance.now() - t0 < 10_000; i++) {
        await page.mouse.move(c.x - 10 * i, c.y - 5 * i);
        await sleep(16);
      }
      await page.mouse.up();
      await page.keyboard.press('Escape');
    });
    await profiled('zoom', () => page.evaluate('window.__bench.zoomStep()'));
    // Parts of a redraw, each alone (skipped where the app's DOM no longer has them).
    out.browserParts = await withTimeout(page.evaluate(`(async () => {
      const parts = {};
      const layer = window.drmLayer;
      const svg = layer.getContainer && layer.getContainer();
      const time = (name, fn) => { const t0 = performance.now(); fn(); parts[name] = performance.now() - t0; };
      const story = svg && svg.querySelector('.drm-story');
      const basemap = svg && svg.querySelector('.drm-basemap');
      if (story) { const html = story.innerHTML; parts.storyMarkupChars = html.length; parts.storyElements = story.getElementsByTagName('*').length; time('storyInnerHTMLMs', () => { story.innerHTML = html; }); }
      if (basemap) { const html = basemap.innerHTML; parts.basemapMarkupChars = html.length; time('basemapInnerHTMLMs', () => { basemap.innerHTML = html; }); }
      time('styleAndLayoutMs', () => { document.body.getBoundingClientRect(); document.body.offsetHeight; });
      parts.pageElements = document.getElementsByTagName('*').length;
      parts.listItems = document.querySelectorAll('.relations-list li').length;
      if (layer.fire && layer.currentScene) time('drawListenersMs', () => layer.fire('draw', { scene: layer.currentScene() }));
      return parts;
    })()`), 120_000, 'profile parts');
    // The pure core's share of a redraw at the zoomed-in level, in Node (same V8): scene and markup.
    const z = await page.evaluate('window.drmMap.getZoom()') as number;
    const view: View = { zoom: z, origin: [0, 0], width: 0, height: 0 };
    const basemap = basemapFromTopology(countries110m as unknown as CountriesTopology);
    const time = <T>(fn: () => T): [T, number] => {
      const t = performance.now();
      const v = fn();
      return [v, performance.now() - t];
    };
    const [base, basemapSceneMs] = time(() => basemapScene(basemap, view, story.actors.map((a) => a.id)));
    const [, basemapMarkupMs] = time(() => basemapMarkup({ ...base, view }, THEMES.light));
    const [part, storySceneMs] = time(() => storyScene(story, view));
    const [markup, storyMarkupMs] = time(() => storyMarkup(part, { theme: THEMES.light, interactive: true }));
    out.coreInNode = { zoom: z, basemapSceneMs, basemapMarkupMs, storySceneMs, storyMarkupMs, storyMarkupChars: markup.length };
  } finally {
    await withTimeout(context.close(), 30_000, 'close').catch(() => undefined);
  }
  return out;
}
