// The benchmark: our map against Leaflet's own SVG and Canvas vector layers, side by side, in one run.
//
//   npm run bench                 full run: the article, 1k, 10k and 50k relations → bench/results.json
//   npm run bench -- --smoke      50 relations, one run of each page, in well under a minute
//   npm run bench -- --sizes article,10k --runs 3 --skip-profile
//
// Builds the app (vite build, the project's own config) and the baseline page (bench/baseline), serves
// them on 127.0.0.1 from bench/out/, drives headless Chromium (playwright-core, Debian's chromium) at
// 1280×800 and prints a markdown table. See bench/README.md for what each figure measures.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { launchChromium } from '../scripts/browser.mjs';
import countries110m from '../geo/countries-110m.json' with { type: 'json' };
import { basemapMarkup, basemapScene, storyMarkup, storyScene, storyView, THEMES, unmercator, type View } from '../src/core/index.ts';
import { loadStory, type Story } from '../src/data/index.ts';
import { basemapFromTopology, type CountriesTopology } from '../src/geo/basemap.ts';
import { writeStories, type WrittenStory } from './generate.ts';
import { benchDraft, benchDraftScaling, type DraftBench } from './draft.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const started = performance.now();

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    'skip-profile': { type: 'boolean', default: false },
    timeout: { type: 'string' },
    out: { type: 'string' },
  },
});

type Variant = 'ours' | 'svg' | 'canvas';
const VARIANTS: Variant[] = ['ours', 'svg', 'canvas'];
const VARIANT_NAMES: Record<Variant, string> = { ours: 'Ours', svg: 'Leaflet SVG', canvas: 'Leaflet Canvas' };
/**
 * Runs per page, and a time budget (seconds) for all three pages of a size: runs go round-robin
 * (ours, SVG, Canvas, ours, …) and a page stops early when its next run would overrun the budget, so a
 * slow page gets fewer runs (reported) instead of stretching the bench past ~10 minutes.
 */
interface SizePlan { name: string; count: number | null; runs: number; budget: number }
const ALL_SIZES: SizePlan[] = [
  { name: 'article', count: null, runs: 5, budget: 60 },
  { name: '1k', count: 1_000, runs: 5, budget: 90 },
  { name: '10k', count: 10_000, runs: 5, budget: 270 },
  { name: '50k', count: 50_000, runs: 3, budget: 160 },
];
const SMOKE_SIZES: SizePlan[] = [{ name: '50', count: 50, runs: 1, budget: 60 }];
const plan = (args.smoke ? SMOKE_SIZES : ALL_SIZES)
  .filter((s) => !args.sizes || args.sizes.split(',').includes(s.name))
  .map((s) => ({ ...s, runs: args.runs ? Number(args.runs) : s.runs }));
if (!plan.length) throw new Error(`no sizes match --sizes ${args.sizes}; known: ${ALL_SIZES.map((s) => s.name).join(', ')}`);
/** Per-step timeout; a page stuck longer records "timeout" and its run stops there. */
const STEP_TIMEOUT = Number(args.timeout ?? 60_000);
const resultsPath = args.out ?? (args.smoke ? join(OUT, 'results-smoke.json') : join(ROOT, 'bench/results.json'));
const VIEWPORT = { width: 1280, height: 800 };

const log = (...m: unknown[]) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...m);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

class Timeout extends Error {}
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Timeout(`${what}: no answer in ${ms} ms`)), ms); }),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Stories, builds, server

function makeStories(): WrittenStory[] {
  const synthetic = plan.filter((s) => s.count !== null).map((s) => ({ name: s.name, count: s.count! }));
  return writeStories(join(OUT, 'stories'), synthetic, plan.some((s) => s.name === 'article'));
}

interface ChunkInfo { file: string; name: string; bytes: number; gzip: number; initial: boolean }

async function viteBuild(config: InlineConfig): Promise<ChunkInfo[]> {
  const result = await build({ logLevel: 'warn', ...config });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; fileName: string; name?: string; code?: string; source?: string | Uint8Array; isEntry?: boolean; imports?: string[] }[] }[];
  const output = outputs.flatMap((o) => o.output);
  // Initial = the entry and what it imports statically; the rest (countries-50m) loads lazily.
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    output.find((o) => o.fileName === file)?.imports?.forEach(visit);
  };
  output.filter((o) => o.type === 'chunk' && o.isEntry).forEach((o) => visit(o.fileName));
  return output.filter((o) => o.type === 'chunk' || o.fileName.endsWith('.css')).map((o) => {
    const body = o.type === 'chunk' ? o.code! : typeof o.source === 'string' ? o.source : Buffer.from(o.source!);
    return { file: o.fileName, name: o.name ?? o.fileName, bytes: Buffer.byteLength(body), gzip: gz(body), initial: o.fileName.endsWith('.css') || initial.has(o.fileName) };
  });
}

/** Which bundle group a module belongs to, for the size breakdown build. */
function groupOf(id: string): string | null {
  if (/node_modules[\\/]leaflet[\\/]/.test(id)) return 'leaflet';
  if (/countries-110m\.json/.test(id)) return 'geometry-110m';
  if (/node_modules[\\/]zod[\\/]/.test(id)) return 'zod';
  if (/node_modules[\\/](d3-[a-z]+|internmap)[\\/]/.test(id)) return 'd3';
  if (/node_modules[\\/]topojson-client[\\/]/.test(id)) return 'topojson-client';
  if (/node_modules[\\/]jsonc-parser[\\/]/.test(id)) return 'jsonc-parser';
  if (/data[\\/]countries\.json/.test(id)) return 'countries-table';
  if (/data[\\/](relations\.json|article\.txt)/.test(id)) return 'built-in-story';
  return null;
}

async function buildAll(profile: boolean) {
  const t0 = performance.now();
  const app = await viteBuild({ root: ROOT, build: { outDir: join(OUT, 'app'), emptyOutDir: true } });
  await viteBuild({
    configFile: false, root: join(ROOT, 'bench/baseline'), base: './',
    build: { outDir: join(OUT, 'baseline'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  // The same app, split into chunks by package, only to weigh its parts (vite.config.ts is untouched).
  const split = await viteBuild({
    root: ROOT,
    build: {
      outDir: join(OUT, 'app-split'), emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: (id: string) => groupOf(id), debugName: 'by-package' }] } } },
    } as InlineConfig['build'],
  });
  if (profile) {
    // Unminified, so a CPU profile names the app's functions.
    await viteBuild({ root: ROOT, build: { outDir: join(OUT, 'app-debug'), emptyOutDir: true, minify: false } });
  }
  log(`builds done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { app, split };
}

interface FileInfo { file: string; kind: 'js' | 'css' | 'geometry' | 'data' | 'html'; bytes: number; gzip: number; atStart: boolean }

/** Every file of a build folder (the public data copied in too), with gzip size and whether the page fetched it at start. */
function buildFiles(dir: string, fetchedAtStart: ReadonlySet<string>): FileInfo[] {
  const out: FileInfo[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else {
        const body = readFileSync(join(dir, rel));
        const kind = rel.endsWith('.js') ? 'js' : rel.endsWith('.css') ? 'css' : rel.endsWith('.html') ? 'html' : /countries-\d+m/.test(rel) ? 'geometry' : 'data';
        out.push({ file: rel, kind, bytes: body.length, gzip: gz(body), atStart: fetchedAtStart.has(rel) });
      }
    }
  };
  walk('');
  return out;
}

/** The app's files the page requests when it opens with its built-in story (no ?story=), until drawn. */
async function probeStart(browser: Browser, base: string): Promise<Set<string>> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/app/')) paths.add(path.slice('/app/'.length) || 'index.html');
  });
  try {
    await page.goto(`${base}/app/index.html`);
    await page.waitForFunction('!!window.drmLayer', null, { timeout: STEP_TIMEOUT });
    await sleep(500);
  } finally {
    await context.close();
  }
  return paths;
}

/**
 * The built app's start as a reader sees it, at 1280×800 and 390×844: when the map is first painted
 * (the page's first contentful paint, which carries the prerendered map), when the live map has its
 * edges, and the cumulative layout shift until then (medians of `runs` fresh pages).
 */
async function probePaint(browser: Browser, base: string, runs: number): Promise<Record<string, { firstPaintMs: number; liveMapMs: number; cls: number }>> {
  const out: Record<string, { firstPaintMs: number; liveMapMs: number; cls: number }> = {};
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    const samples: { firstPaintMs: number; liveMapMs: number; cls: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript(() => {
        const w = window as unknown as { benchShifts: number; benchLive?: number };
        w.benchShifts = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => { const s = e as unknown as { value: number; hadRecentInput: boolean }; if (!s.hadRecentInput) w.benchShifts += s.value; })).observe({ type: 'layout-shift', buffered: true });
        new MutationObserver(() => { if (w.benchLive === undefined && document.querySelector('.drm-layer [data-relation-id]')) w.benchLive = performance.now(); }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/app/index.html`);
        await page.waitForFunction('!!window.drmLayer', null, { timeout: STEP_TIMEOUT });
        await sleep(300);
        samples.push(await page.evaluate(() => {
          const w = window as unknown as { benchShifts: number; benchLive?: number };
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          return { firstPaintMs: +fcp.toFixed(1), liveMapMs: +(w.benchLive ?? NaN).toFixed(1), cls: +w.benchShifts.toFixed(4) };
        }));
      } finally {
        await context.close();
      }
    }
    const median = (k: 'firstPaintMs' | 'liveMapMs' | 'cls') => [...samples].map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    out[`${width}×${height}`] = { firstPaintMs: median('firstPaintMs'), liveMapMs: median('liveMapMs'), cls: median('cls') };
  }
  return out;
}

function bundleReport(appDir: string, split: ChunkInfo[], fetchedAtStart: ReadonlySet<string>) {
  const files = buildFiles(appDir, fetchedAtStart).filter((f) => !/^(README\.md|examples\/)/.test(f.file));
  const total = (list: FileInfo[]) => ({ bytes: list.reduce((a, f) => a + f.bytes, 0), gzip: list.reduce((a, f) => a + f.gzip, 0), files: list.map((f) => f.file) });
  const start = files.filter((f) => f.atStart);
  const splitJs = split.filter((c) => c.file.endsWith('.js') && c.initial);
  const groups: Record<string, { bytes: number; gzip: number }> = {};
  for (const c of splitJs) {
    const g = ['leaflet', 'geometry-110m', 'zod', 'd3', 'topojson-client', 'jsonc-parser', 'countries-table', 'built-in-story'].find((n) => c.name === n || basename(c.file).startsWith(`${n}-`)) ?? 'app code (src/) and runtime';
    groups[g] = { bytes: (groups[g]?.bytes ?? 0) + c.bytes, gzip: (groups[g]?.gzip ?? 0) + c.gzip };
  }
  const without = (names: string[]) => Object.entries(groups).filter(([k]) => !names.includes(k)).reduce((a, [, v]) => a + v.gzip, 0);
  return {
    note: 'gzip level 9. "At start" = requested by the page opening with its built-in story (no ?story=) until drawn. The split build has one chunk per package (build.rolldownOptions.output.codeSplitting, inline), counting the chunks the entry imports statically; chunk overhead makes its sum slightly larger.',
    productionBuild: {
      files,
      jsAtStart: total(start.filter((f) => f.kind === 'js')),
      cssAtStart: total(start.filter((f) => f.kind === 'css')),
      geometryAtStart: total(start.filter((f) => f.kind === 'geometry')),
      dataAtStart: total(start.filter((f) => f.kind === 'data')),
      jsLater: total(files.filter((f) => f.kind === 'js' && !f.atStart)),
      geometryLater: total(files.filter((f) => f.kind === 'geometry' && !f.atStart)),
    },
    splitBuild: {
      groups,
      totalGzip: Object.values(groups).reduce((a, v) => a + v.gzip, 0),
      appJsWithoutLeafletGzip: without(['leaflet']),
      appJsWithoutLeafletAndGeometryGzip: without(['leaflet', 'geometry-110m']),
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A tiny static server for bench/out on loopback only. */
function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(OUT, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(OUT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
  }));
}

// ---------------------------------------------------------------------------------------------------
// One run of one page

interface ViewInfo { zoom: number; lat: number; lon: number; width: number; height: number }

interface RunResult {
  variant: Variant;
  size: string;
  renderMs?: number; mountMs?: number;
  renderBusyMs?: number; renderJsMs?: number; renderParseMs?: number; renderStyleMs?: number; renderLayoutMs?: number; renderPaintMs?: number; renderCanvasMs?: number; renderGcMs?: number;
  elements?: number; svgElements?: number; nodes?: number; heapMB?: number; edges?: number; edgeElements?: number; canvasMode?: boolean;
  hoverHitTestMs?: number; hoverSyncMs?: number; hoverPaintMs?: number; hoverOk?: boolean; hoverSamples?: number;
  exportMs?: number; exportWallMs?: number; exportBytes?: number; exportGzipBytes?: number; exportOk?: boolean;
  panP95Ms?: number; panMaxMs?: number; panFrames?: number;
  zoomMs?: number; zoomSyncMs?: number; zoomFrom?: number; zoomTo?: number; filterMs?: number;
  zoomBusyMs?: number; zoomJsMs?: number; zoomParseMs?: number; zoomStyleMs?: number; zoomLayoutMs?: number; zoomPaintMs?: number; zoomCanvasMs?: number; zoomGcMs?: number;
  durationS?: number;
  longtaskMaxMs?: number; longtasksOver200?: number; longtaskMaxPhase?: string; longtasksByPhase?: Record<string, number>;
  view?: ViewInfo;
  errors: string[];
  timeouts: string[];
}

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
// Main-thread busy time comes from a Chromium trace, not from CDP Performance.getMetrics: its
// TaskDuration misses the 2D canvas flush (CanvasRenderingContext2D::FinalizeFrame), which ran 1.2 s
// for 0.26 s of reported tasks in a 10k zoom step here.
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink'];
/** Kinds of main-thread work, by trace event name; time goes to the first kind that covers it. */
const WORK_KINDS: [kind: 'Canvas' | 'Gc' | 'Parse' | 'Style' | 'Layout' | 'Paint', names: string[]][] = [
  ['Canvas', ['CanvasRenderingContext2D::FinalizeFrame']],
  ['Gc', ['MinorGC', 'MajorGC']],
  ['Parse', ['ParseHTML']],
  ['Style', ['UpdateLayoutTree']],
  ['Layout', ['Layout']],
  ['Paint', ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage']],
];
interface TraceEvent { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } }

/** Total length (ms) of the union of [ts, ts + dur) intervals (µs). */
function unionMs(list: [number, number][]): number {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [s0, e0] = [-Infinity, -Infinity];
  for (const [s, e] of sorted) {
    if (s > e0) {
      if (e0 > s0) total += e0 - s0;
      [s0, e0] = [s, e];
    } else e0 = Math.max(e0, e);
  }
  if (e0 > s0) total += e0 - s0;
  return total / 1000;
}

/**
 * The busy time of the page's renderer main thread over a trace (the union of its complete events:
 * nothing is counted twice), split into kinds; "Js" is the rest (scripts, and whatever the trace
 * names otherwise). The page's thread is the busiest CrRendererMain.
 */
function traceBusy(buffer: Buffer) {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !e.dur || !mains.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(e);
  }
  let best: { busy: number; list: TraceEvent[] } = { busy: 0, list: [] };
  for (const list of byThread.values()) {
    const busy = unionMs(list.map((e) => [e.ts, e.ts + e.dur!]));
    if (busy > best.busy) best = { busy, list };
  }
  const out: Record<string, number> = { Busy: best.busy };
  const covered: [number, number][] = [];
  let before = 0;
  for (const [kind, names] of WORK_KINDS) {
    const wanted = new Set(names);
    covered.push(...best.list.filter((e) => wanted.has(e.name)).map((e): [number, number] => [e.ts, e.ts + e.dur!]));
    const now = unionMs(covered);
    out[kind] = now - before;
    before = now;
  }
  out.Js = best.busy - before;
  return out as Record<'Busy' | 'Js' | (typeof WORK_KINDS)[number][0], number>;
}

/** Runs `fn` under a Chromium trace of the page and returns its value and the main thread's busy time. */
async function traced<T>(browser: Browser, page: Page, fn: () => Promise<T>) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const value = await fn().catch(async (e) => {
    await withTimeout(browser.stopTracing(), STEP_TIMEOUT, 'trace').catch(() => undefined);
    throw e;
  });
  const buffer = await withTimeout(browser.stopTracing(), STEP_TIMEOUT, 'trace');
  return { value, busy: traceBusy(buffer) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

const HOOKS = readFileSync(join(ROOT, 'bench/pageHooks.js'), 'utf8');

function pageUrl(base: string, variant: Variant, size: string, view?: ViewInfo, app = 'app') {
  const story = `../stories/${size}/relations.json`;
  if (variant === 'ours') return `${base}/${app}/index.html?story=${encodeURIComponent(story)}`;
  const v = view!;
  return `${base}/baseline/index.html?story=${encodeURIComponent(story)}&renderer=${variant}&w=${v.width}&h=${v.height}&z=${v.zoom}&lat=${v.lat}&lon=${v.lon}`;
}

/** Opens a page with the hooks, waits until it has asked for the (held) story, and returns it. */
async function openHeld(browser: Browser, url: string, variant: Variant, size: string) {
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

async function measureRun(browser: Browser, base: string, variant: Variant, size: string, view: ViewInfo | undefined, renderTimeout: number): Promise<RunResult> {
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
    await step('render', async () => {
      const { busy } = await traced(browser, page, async () => {
        // Released from a timer task, so the page's work runs in its own tasks, not inside a DevTools command.
        await page.evaluate('setTimeout(() => window.__bench.release(), 0)');
        await ev('window.__bench.renderedPromise', renderTimeout, 'render');
      });
      const t = await ev<{ released: number; mounted: number; rendered: number }>('({ released: __bench.released, mounted: __bench.mounted, rendered: __bench.rendered })');
      Object.assign(r, { renderMs: t.rendered - t.released, mountMs: t.mounted - t.released, ...Object.fromEntries(Object.entries(busy).map(([k, v]) => [`render${k}Ms`, v])) });
    });
    await step('stats', async () => {
      await sleep(300);
      await ev('window.__bench.settle()');
      r.view = await ev<ViewInfo>('window.__bench.view()');
      const s = await ev<{ elements: number; svgElements: number; edges: number; edgeElements: number; canvasMode: boolean; errors: number }>('window.__bench.stats()');
      if (s.errors) r.errors.push('the page shows story errors');
      Object.assign(r, { edgeElements: s.edgeElements, canvasMode: s.canvasMode });
      await withTimeout(cdp.send('HeapProfiler.collectGarbage'), STEP_TIMEOUT, 'gc');
      const m = await withTimeout(metrics(cdp), STEP_TIMEOUT, 'metrics');
      Object.assign(r, { elements: s.elements, svgElements: s.svgElements, edges: s.edges, nodes: m.Nodes, heapMB: m.JSHeapUsedSize / 2 ** 20 });
    });
    await step('hover', async () => {
      await ev("window.__bench.phase('hover')");
      const points = await ev<{ x: number; y: number; id: string }[]>('window.__bench.hoverPoints(5)');
      if (!points.length) {
        r.hoverOk = false;
        r.errors.push('hover: no point on an edge found in the view');
        return;
      }
      const samples: { hitTest: number; sync: number; painted: number; ok: boolean; closed: boolean }[] = [];
      const t0 = performance.now();
      for (let i = 0; i < Math.max(5, points.length) && (i === 0 || performance.now() - t0 < 6000); i++) {
        samples.push(await withTimeout(page.evaluate((p) => (window as any).__bench.hover(p), points[i % points.length]), STEP_TIMEOUT, 'hover'));
      }
      Object.assign(r, {
        hoverHitTestMs: median(samples.map((s) => s.hitTest)), hoverSyncMs: median(samples.map((s) => s.sync)), hoverPaintMs: median(samples.map((s) => s.painted)),
        hoverOk: samples.every((s) => s.ok && s.closed), hoverSamples: samples.length,
      });
      const bad = samples.find((s) => !s.ok || !s.closed);
      if (bad) r.errors.push(`hover: ${JSON.stringify(bad)}`);
    });
    if (variant === 'ours') {
      await step('export', async () => {
        await ev("window.__bench.phase('export')");
        const button = page.getByRole('button', { name: 'Export SVG', exact: true });
        await withTimeout(button.scrollIntoViewIfNeeded(), STEP_TIMEOUT, 'export');
        const t0 = performance.now();
        const [download] = await withTimeout(Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), button.click({ timeout: STEP_TIMEOUT })]), STEP_TIMEOUT, 'export');
        r.exportWallMs = performance.now() - t0;
        const file = await withTimeout(download.path(), STEP_TIMEOUT, 'export');
        const bytes = readFileSync(file);
        const t = await ev<{ click: number; done: number }>('({ click: __bench.exportClick, done: __bench.exportDone })');
        const text = bytes.toString('utf8');
        Object.assign(r, {
          exportMs: t.done && t.click ? t.done - t.click : undefined, exportBytes: bytes.length, exportGzipBytes: gz(bytes),
          exportOk: download.suggestedFilename().endsWith('.svg') && text.includes('<svg') && text.trimEnd().endsWith('</svg>') && (r.edges ?? 0) > 0,
        });
      });
    }
    await step('pan', async () => {
      await ev("window.__bench.phase('pan')");
      const c = await ev<{ x: number; y: number }>('(() => { const r = (window.drmMap || window.benchMap).getContainer().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()');
      await ev('window.__bench.startFrames()');
      await page.mouse.move(c.x, c.y);
      await page.mouse.down();
      // 30 moves 16 ms apart; a page whose frames take seconds gets fewer (at most ~6 s of dragging).
      const t0 = performance.now();
      for (let i = 1; i <= 30 && performance.now() - t0 < 6_000; i++) {
        await withTimeout(page.mouse.move(c.x - 10 * i, c.y - 5 * i), STEP_TIMEOUT, 'pan');
        await sleep(16);
      }
      await withTimeout(page.mouse.up(), STEP_TIMEOUT, 'pan');
      const frames = await ev<number[]>('window.__bench.stopFrames()');
      const intervals = frames.slice(1).map((t, i) => t - frames[i]);
      Object.assign(r, { panP95Ms: percentile(intervals, 95), panMaxMs: Math.max(...intervals), panFrames: frames.length });
      // A drag that ends on an edge clicks it and pins its tooltip: unpin before the zoom.
      await page.keyboard.press('Escape');
      await ev('window.__bench.settle()');
    });
    if (variant === 'ours') {
      await step('filter', async () => {
        await ev("window.__bench.phase('filter')");
        const f = await ev<{ ms: number }>('window.__bench.filterTwice()');
        Object.assign(r, { filterMs: f.ms });
        await ev('window.__bench.settle()');
      });
    }
    await step('zoom', async () => {
      await ev("window.__bench.phase('zoom')");
      const { value: z, busy } = await traced(browser, page, () => ev<{ from: number; to: number; sync: number; total: number }>('window.__bench.zoomStep()'));
      Object.assign(r, { zoomMs: z.total, zoomSyncMs: z.sync, zoomFrom: z.from, zoomTo: z.to, ...Object.fromEntries(Object.entries(busy).map(([k, v]) => [`zoom${k}Ms`, v])) });
      await ev('window.__bench.settle()');
      await sleep(200);
    });
    await step('longtasks', async () => {
      const t = await ev<{ rendered: number; longtasks: { start: number; duration: number }[]; phases: { name: string; t: number }[] }>('({ rendered: __bench.rendered, longtasks: __bench.longtasks, phases: __bench.phases })');
      const after = t.longtasks.filter((l) => l.start >= t.rendered);
      const phaseOf = (start: number) => [...t.phases].reverse().find((p) => p.t <= start)?.name ?? 'after render';
      const byPhase: Record<string, number> = {};
      for (const l of after) byPhase[phaseOf(l.start)] = Math.max(byPhase[phaseOf(l.start)] ?? 0, l.duration);
      const max = after.reduce((a, l) => (l.duration > a.duration ? l : a), { start: 0, duration: 0 });
      Object.assign(r, { longtaskMaxMs: max.duration, longtasksOver200: after.filter((l) => l.duration > 200).length, longtaskMaxPhase: max.duration ? phaseOf(max.start) : undefined, longtasksByPhase: byPhase });
    });
  } catch (e) {
    if (!(e instanceof Timeout)) r.errors.push(String(e));
  } finally {
    r.errors.push(...errors.map((e) => `page error: ${e.split('\n')[0]}`));
    await withTimeout(context.close(), 30_000, 'close').catch(() => r.errors.push('context did not close'));
  }
  return r;
}

// ---------------------------------------------------------------------------------------------------
// Profile: where our time goes (unminified build, CPU profiler, and the core's parts timed in Node)

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

type ProfileSummary = ReturnType<typeof summarize>;

function summarize(profile: CpuProfile, top = 14) {
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
async function profileOurs(browser: Browser, base: string, size: string, story: Story, renderOnly: boolean) {
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

// ---------------------------------------------------------------------------------------------------
// Aggregation, targets and the table

type Numeric = { [K in keyof RunResult]-?: RunResult[K] extends number | undefined ? K : never }[keyof RunResult];
interface Stat { median: number | null; min: number | null; max: number | null; samples: number[]; completed: number; of: number; status: 'ok' | 'timeout' | 'error' | 'n/a' }

function stat(runs: RunResult[], key: Numeric): Stat {
  const samples = runs.map((r) => r[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const timedOut = runs.some((r) => r.timeouts.length);
  return {
    median: samples.length ? median(samples) : null,
    min: samples.length ? Math.min(...samples) : null,
    max: samples.length ? Math.max(...samples) : null,
    samples: samples.map((v) => +v.toFixed(3)),
    completed: samples.length,
    of: runs.length,
    status: samples.length ? 'ok' : timedOut ? 'timeout' : runs.length ? 'error' : 'n/a',
  };
}

interface Row { key: Numeric; label: string; unit: 'ms' | 'B' | 'MB' | 'n' | ''; oursOnly?: boolean }
const ROWS: Row[] = [
  { key: 'renderMs', label: 'Data → first full render, wall (release of in-memory story → page mounted + 2 rAF)', unit: 'ms' },
  { key: 'mountMs', label: '↳ of which JS until mounted (decode, parse, validate, build, draw)', unit: 'ms' },
  { key: 'renderBusyMs', label: '↳ main-thread busy after data until rendered (trace)', unit: 'ms' },
  { key: 'renderJsMs', label: '   ↳ JS and other', unit: 'ms' },
  { key: 'renderParseMs', label: '   ↳ HTML parsing', unit: 'ms' },
  { key: 'renderStyleMs', label: '   ↳ style recalc', unit: 'ms' },
  { key: 'renderLayoutMs', label: '   ↳ layout', unit: 'ms' },
  { key: 'renderPaintMs', label: '   ↳ paint (pre-paint, paint, layerize, commit)', unit: 'ms' },
  { key: 'renderCanvasMs', label: '   ↳ 2D canvas flush (raster)', unit: 'ms' },
  { key: 'renderGcMs', label: '   ↳ garbage collection', unit: 'ms' },
  { key: 'zoomMs', label: 'Zoom step, wall (setZoom(z+1, {animate:false}) → the new level\'s edges all drawn → 2 rAF)', unit: 'ms' },
  { key: 'zoomSyncMs', label: '↳ setZoom call itself (synchronous JS)', unit: 'ms' },
  { key: 'zoomBusyMs', label: '↳ main-thread busy (trace)', unit: 'ms' },
  { key: 'zoomJsMs', label: '   ↳ JS and other', unit: 'ms' },
  { key: 'zoomParseMs', label: '   ↳ HTML parsing', unit: 'ms' },
  { key: 'zoomStyleMs', label: '   ↳ style recalc', unit: 'ms' },
  { key: 'zoomLayoutMs', label: '   ↳ layout', unit: 'ms' },
  { key: 'zoomPaintMs', label: '   ↳ paint (pre-paint, paint, layerize, commit)', unit: 'ms' },
  { key: 'zoomCanvasMs', label: '   ↳ 2D canvas flush (raster)', unit: 'ms' },
  { key: 'zoomGcMs', label: '   ↳ garbage collection', unit: 'ms' },
  { key: 'panP95Ms', label: 'Pan drag: p95 frame interval (rAF, drag + inertia + moveend redraw)', unit: 'ms' },
  { key: 'panMaxMs', label: 'Pan drag: longest frame interval', unit: 'ms' },
  { key: 'hoverHitTestMs', label: 'Hover: hit test (elementFromPoint)', unit: 'ms' },
  { key: 'hoverSyncMs', label: 'Hover: hit test + pointer event → tooltip shown (sync)', unit: 'ms' },
  { key: 'hoverPaintMs', label: 'Hover: → tooltip painted (2 rAF)', unit: 'ms' },
  { key: 'filterMs', label: 'Filter: a type off or on → the edges all drawn → 2 rAF', unit: 'ms', oursOnly: true },
  { key: 'exportMs', label: 'Export SVG: click → download started (in page)', unit: 'ms', oursOnly: true },
  { key: 'exportWallMs', label: 'Export SVG: click → download event (driver, incl. CDP)', unit: 'ms', oursOnly: true },
  { key: 'exportBytes', label: 'Export SVG: file size raw', unit: 'B', oursOnly: true },
  { key: 'exportGzipBytes', label: 'Export SVG: file size gzip', unit: 'B', oursOnly: true },
  { key: 'elements', label: 'DOM elements (whole page)', unit: 'n' },
  { key: 'svgElements', label: 'SVG elements', unit: 'n' },
  { key: 'nodes', label: 'DOM nodes (CDP, incl. text)', unit: 'n' },
  { key: 'heapMB', label: 'JS heap used after GC', unit: 'MB' },
  { key: 'longtaskMaxMs', label: 'Longest task after first render (hover, export, pan, zoom)', unit: 'ms' },
  { key: 'longtasksOver200', label: 'Tasks over 200 ms after first render', unit: 'n' },
];

function fmt(v: number | null, unit: Row['unit']): string {
  if (v === null || !Number.isFinite(v)) return '–';
  if (unit === 'B') return v >= 1e6 ? `${(v / 1e6).toFixed(2)} MB` : `${(v / 1e3).toFixed(1)} KB`;
  if (unit === 'MB') return `${v.toFixed(1)} MB`;
  if (unit === 'n') return Math.round(v).toLocaleString('en');
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}
function cell(s: Stat | undefined, unit: Row['unit']): string {
  if (!s || s.status === 'n/a') return 'none';
  if (s.status === 'timeout') return 'timeout';
  if (s.status === 'error') return 'error';
  return fmt(s.median, unit) + (s.completed < s.of ? ` (${s.completed}/${s.of})` : '');
}
function ratio(a: Stat | undefined, b: Stat | undefined): string {
  // No ratio against (or of) a figure that is next to nothing: 766 ms ÷ 0.004 ms says nothing.
  if (a?.median == null || b?.median == null || a.status !== 'ok' || b.status !== 'ok' || a.median < 0.05 || b.median < 0.05) return '–';
  const q = a.median / b.median;
  return `${q >= 10 ? q.toFixed(0) : q >= 1 ? q.toFixed(1) : q.toFixed(2)}×`;
}

interface Target { target: string; size: string; value: string; pass: boolean | null; margin?: string }

// ---------------------------------------------------------------------------------------------------

async function main() {
  log(`plan: ${plan.map((s) => `${s.name}×${s.runs}`).join(', ')}${args.smoke ? ' (smoke)' : ''}`);
  const load = { atStart: os.loadavg().map((v) => +v.toFixed(2)), atEnd: [] as number[] };
  if (os.loadavg()[0] > os.cpus().length * 0.75) log(`warning: the machine is busy (load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs): figures will be noisy`);
  const app = { commit: git(['rev-parse', '--short', 'HEAD']), uncommittedFilesInSrc: git(['status', '--porcelain', 'src']).split('\n').filter(Boolean).length };
  log(`app at ${app.commit}${app.uncommittedFilesInSrc ? ` with ${app.uncommittedFilesInSrc} uncommitted file(s) in src/` : ''}`);
  const stories = makeStories();
  log(`stories: ${stories.map((s) => `${s.name} (${s.relations} relations, loadStory in Node ${s.validateMs.toFixed(0)} ms)`).join(', ')}`);
  const profile = !args.smoke && !args['skip-profile'];
  const builds = await buildAll(profile);
  const server = await serve();
  const browser = await launchChromium();
  const chromium = browser.version();
  const bundle = bundleReport(join(OUT, 'app'), builds.split, await probeStart(browser, server.url));
  const drafting = benchDraft(ROOT, join(OUT, 'app'), args.smoke ? 3 : 20);
  // Linear drafting: seconds per megabyte at 0.1, 1 and 10 MB and on one long line (not in the smoke run: 10 MB takes a while).
  if (!args.smoke) {
    drafting.scaling = benchDraftScaling(ROOT);
    log(`drafting per MB: ${drafting.scaling.perMegabyte.map((p) => `${p.label} ${p.secondsPerMegabyte} s/MB`).join('; ')}; spread ${drafting.scaling.spread}×`);
  }
  const paint = await probePaint(browser, server.url, args.smoke ? 1 : 5);
  log(`start: ${Object.entries(paint).map(([size, p]) => `${size} map painted at ${p.firstPaintMs} ms, live at ${p.liveMapMs} ms, layout shift ${p.cls}`).join('; ')}`);
  log(`drafting: ${drafting.words} words, ${drafting.relations} relations, median ${drafting.medianMs} ms over ${drafting.runs} runs; worker chunk ${drafting.chunk ? `${(drafting.chunk.gzip / 1e3).toFixed(1)} KB gzip` : 'not found'}`);
  const all: Record<string, Record<Variant, RunResult[]>> = {};
  let knownSize = { width: 959, height: 700 };
  try {
    for (const size of plan) {
      const runs: Record<Variant, RunResult[]> = { ours: [], svg: [], canvas: [] };
      all[size.name] = runs;
      // 50k renders take long: give the first render room, the rest the step timeout.
      const renderTimeout = Math.max(STEP_TIMEOUT, size.count && size.count >= 50_000 ? 120_000 : 0);
      let view: ViewInfo | undefined;
      const sizeStart = performance.now();
      const stopped = new Set<Variant>();
      for (let i = 0; i < size.runs; i++) {
        for (const variant of VARIANTS) {
          if (stopped.has(variant)) continue;
          const last = runs[variant].at(-1)?.durationS ?? 0;
          const spent = (performance.now() - sizeStart) / 1000;
          if (i > 0 && spent + last > size.budget) {
            log(`${size.name} ${variant}: stopping after ${i} run(s) (${spent.toFixed(0)} s of the size's ${size.budget} s budget spent, a run takes ${last.toFixed(0)} s)`);
            stopped.add(variant);
            continue;
          }
          if (variant !== 'ours' && !view) view = fallbackView(size.name, knownSize);
          const t0 = performance.now();
          const r = await measureRun(browser, server.url, variant, size.name, view, renderTimeout);
          r.durationS = (performance.now() - t0) / 1000;
          runs[variant].push(r);
          // A page that timed out would only time out again.
          if (r.timeouts.length) stopped.add(variant);
          if (variant === 'ours' && r.view && !view) {
            view = r.view;
            knownSize = { width: r.view.width, height: r.view.height };
          }
          log(`${size.name} ${variant} run ${i + 1}/${size.runs}: render ${fmt(r.renderMs ?? null, 'ms')} ms, zoom ${fmt(r.zoomMs ?? null, 'ms')} ms, pan p95 ${fmt(r.panP95Ms ?? null, 'ms')} ms, hover ${fmt(r.hoverSyncMs ?? null, 'ms')} ms${variant === 'ours' ? `, export ${fmt(r.exportMs ?? null, 'ms')} ms` : ''}`
            + `${r.timeouts.length ? `, TIMEOUT ${r.timeouts.join(',')}` : ''}${r.errors.length ? `, errors: ${r.errors.join(' | ')}` : ''} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        }
      }
    }
    const profileResult: Record<string, unknown> = {};
    if (profile) {
      for (const [name, renderOnly] of [['article', true], ['1k', false], ['10k', false]] as const) {
        if (!plan.some((s) => s.name === name)) continue;
        log(`profiling ours at ${name}`);
        const dir = join(OUT, 'stories', name);
        const loaded = loadStory(readFileSync(join(dir, 'article.txt'), 'utf8'), readFileSync(join(dir, 'relations.json'), 'utf8'));
        if (!loaded.ok) throw new Error(`story ${name} does not load`);
        profileResult[name] = await profileOurs(browser, server.url, name, loaded.story, renderOnly).catch((e) => ({ error: String(e) }));
      }
    }
    load.atEnd = os.loadavg().map((v) => +v.toFixed(2));
    report(all, stories, bundle, chromium, profileResult, app, load, drafting, paint);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The app's own framing (as mountMap's frameActors), for baselines when our page gave no view. */
function fallbackView(size: string, px: { width: number; height: number }): ViewInfo {
  const dir = join(OUT, 'stories', size);
  const loaded = loadStory(readFileSync(join(dir, 'article.txt'), 'utf8'), readFileSync(join(dir, 'relations.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`story ${size} does not load`);
  const v = storyView(loaded.story, px.width, px.height);
  const [lat, lon] = unmercator(v.origin[0] + px.width / 2, v.origin[1] + px.height / 2, v.zoom);
  return { zoom: Math.max(0.5, v.zoom), lat, lon, ...px };
}

function report(all: Record<string, Record<Variant, RunResult[]>>, stories: WrittenStory[], bundle: ReturnType<typeof bundleReport>, chromium: string, profile: unknown, app: { commit: string; uncommittedFilesInSrc: number }, load: { atStart: number[]; atEnd: number[] }, drafting: DraftBench, paint: Awaited<ReturnType<typeof probePaint>>) {
  const stats: Record<string, Record<Variant, Record<string, Stat>>> = {};
  const lines: string[] = [];
  const targets: Target[] = [];
  const sizes = Object.keys(all);
  const cpu = os.cpus();
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`, cpus: cpu.length, cpuModel: cpu[0]?.model ?? '?', memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverage: load, node: process.version, chromium, vite: pkgVersion('vite'), leaflet: pkgVersion('leaflet'), playwrightCore: pkgVersion('playwright-core'),
  };
  lines.push(`# Benchmark: our map vs Leaflet's own vector layers`, '');
  lines.push(`App at ${app.commit}${app.uncommittedFilesInSrc ? ` (+${app.uncommittedFilesInSrc} uncommitted files in src/)` : ''}. `
    + `${new Date().toISOString()} · ${machine.os} · ${machine.cpus}× ${machine.cpuModel} · Node ${machine.node} · Chromium ${chromium} (headless, --disable-gpu) · viewport ${VIEWPORT.width}×${VIEWPORT.height} · load average ${load.atStart[0]} at start, ${load.atEnd[0]} at end`, '');
  lines.push('Medians over the runs shown; every run is a fresh page. Ratios are ours ÷ baseline (below 1× = ours is smaller/faster). Baselines: the same edges as plain `L.polyline` (25 points on the same curve) with the same basemap (Natural Earth 1:110m via `L.geoJSON`), anchors and labels, over the same view and map size. "none" = the baseline has no such feature.', '');

  for (const size of sizes) {
    const runs = all[size];
    stats[size] = { ours: {}, svg: {}, canvas: {} };
    for (const v of VARIANTS) for (const row of ROWS) stats[size][v][row.key] = stat(row.oursOnly && v !== 'ours' ? [] : runs[v], row.key);
    const s = stories.find((x) => x.name === size);
    const n = (v: Variant) => runs[v].length;
    const view = runs.ours.find((r) => r.view)?.view;
    lines.push(`## ${size === 'article' ? 'The article (data/relations.json)' : `${size} relations`}: ${s?.relations ?? '?'} relations, runs: ours ${n('ours')}, SVG ${n('svg')}, Canvas ${n('canvas')}${view ? ` · view z${view.zoom} at ${view.lat.toFixed(1)}, ${view.lon.toFixed(1)}, map ${view.width}×${view.height}` : ''}`, '');
    lines.push('| Figure | Ours | Leaflet SVG | Leaflet Canvas | Ours ÷ SVG | Ours ÷ Canvas |', '| --- | --: | --: | --: | --: | --: |');
    for (const row of ROWS) {
      const [o, sv, cv] = VARIANTS.map((v) => stats[size][v][row.key]);
      lines.push(`| ${row.label}${row.unit && row.unit !== 'n' && row.unit !== 'B' && row.unit !== 'MB' ? ` (${row.unit})` : ''} | ${cell(o, row.unit)} | ${cell(sv, row.unit)} | ${cell(cv, row.unit)} | ${ratio(o, sv)} | ${ratio(o, cv)} |`);
    }
    const works = (v: Variant, key: 'hoverOk' | 'exportOk') => (v !== 'ours' && key === 'exportOk' ? 'none' : runs[v].length ? (runs[v].every((r) => r[key] === true) ? 'yes' : `NO (${runs[v].filter((r) => r[key] === true).length}/${runs[v].length})`) : '–');
    lines.push(`| Hover works (tooltip with the edge's quote, every run) | ${works('ours', 'hoverOk')} | ${works('svg', 'hoverOk')} | ${works('canvas', 'hoverOk')} | | |`);
    lines.push(`| Export works (an SVG file downloads, every run) | ${works('ours', 'exportOk')} | none | none | | |`);
    const problems = VARIANTS.flatMap((v) => runs[v].flatMap((r, i) => [...r.timeouts.map((t) => `${v} run ${i + 1}: timeout in ${t}`), ...r.errors.map((e) => `${v} run ${i + 1}: ${e}`)]));
    if (problems.length) lines.push('', ...[...new Set(problems)].slice(0, 12).map((p) => `- ${p}`));
    const phases = runs.ours.map((r) => r.longtaskMaxPhase).filter(Boolean);
    if (phases.length) lines.push('', `Longest task after first render (ours) was in: ${[...new Set(phases)].join(', ')}.`);
    lines.push('');
  }

  // Targets from issue 14, each with its margin: how far under (PASS) or over (FAIL) the target the median is.
  const med = (size: string, v: Variant, key: Numeric) => stats[size]?.[v]?.[key];
  const ms = (m: number) => `${fmt(m, 'ms')} ms`;
  const by = (value: number, limit: number, show: (m: number) => string) => (value <= limit ? `${show(limit - value)} under` : `${show(value - limit)} over`);
  const judge = (target: string, size: string, s: Stat | undefined, limit: number, show: (m: number) => string) => {
    if (!s) return;
    targets.push(s.status === 'ok' && s.median !== null
      ? { target, size, value: show(s.median), pass: s.median < limit, margin: by(s.median, limit, show) }
      : { target, size, value: s.status, pass: s.status === 'timeout' ? false : null });
  };
  if (stats.article) judge('Article: main-thread work from data to first full render ≤ 64.5 ms (half of 129 ms)', 'article', med('article', 'ours', 'renderBusyMs'), 64.5, ms);
  const zoomSize = stats['10k'] ? '10k' : undefined;
  if (zoomSize) {
    const o = med(zoomSize, 'ours', 'zoomMs');
    judge('10k: zoom step (until the new edges are all drawn) < 33 ms', zoomSize, o, 33, ms);
    for (const [v, k] of [['svg', 10], ['canvas', 20]] as const) {
      const b = med(zoomSize, v, 'zoomMs');
      const target = `10k: zoom step ≥ ${k}× faster than ${VARIANT_NAMES[v]} (same run)`;
      if (o?.median && b?.median) {
        const times = b.median / o.median;
        targets.push({ target, size: zoomSize, value: `${times.toFixed(2)}× (${ms(o.median)} vs ${ms(b.median)})`, pass: times >= k, margin: times >= k ? `${(times / k).toFixed(2)}× the target` : `${(k / times).toFixed(2)}× short` });
      } else targets.push({ target, size: zoomSize, value: o?.status === 'timeout' ? 'timeout' : '–', pass: o?.status === 'timeout' ? false : null });
    }
  }
  // rAF timestamps jitter by a few tenths of a millisecond around the 16.67 ms vsync: allow 0.5 ms.
  for (const size of sizes) judge('Pan frames p95 < 16.7 ms (+0.5 ms timer jitter)', size, med(size, 'ours', 'panP95Ms'), 16.7 + 0.5, ms);
  for (const size of sizes) judge('Hover: pointer event → tooltip shown < 2 ms', size, med(size, 'ours', 'hoverSyncMs'), 2, ms);
  if (stats['50k']) {
    judge('50k: export < 150 ms', '50k', med('50k', 'ours', 'exportMs'), 150, ms);
    judge('50k: export < 1 MB', '50k', med('50k', 'ours', 'exportBytes'), 1_000_000, (m) => fmt(m, 'B'));
    judge('50k: no main-thread task over 50 ms after load (hover, export, pan, filter, zoom)', '50k', med('50k', 'ours', 'longtaskMaxMs'), 50.001, (m) => `longest ${ms(m)}`);
  }
  for (const size of sizes) {
    const errors = all[size].ours.reduce((n, r) => n + r.errors.filter((e) => e.startsWith('page error') || e.startsWith('console')).length, 0);
    targets.push({ target: 'No error in the browser console or the page', size, value: String(errors), pass: errors === 0 });
  }
  const appJs = bundle.splitBuild.appJsWithoutLeafletAndGeometryGzip;
  const withGeometry = bundle.splitBuild.appJsWithoutLeafletGzip;
  targets.push({ target: 'App JavaScript at start excluding Leaflet (and any geometry bundled as JS) < 30 KB gzip', size: 'bundle', value: `${(appJs / 1e3).toFixed(1)} KB${Math.abs(withGeometry - appJs) > 1000 ? ` (with the geometry ${(withGeometry / 1e3).toFixed(1)} KB)` : ''}`, pass: appJs < 30_000, margin: by(appJs / 1e3, 30, (m) => `${m.toFixed(1)} KB`) });

  targets.push({ target: 'Drafting a 1,500-word article in Node after warm-up < 100 ms', size: `${drafting.words} words`, value: `${drafting.medianMs.toFixed(1)} ms (median of ${drafting.runs})`, pass: drafting.medianMs < 100 });
  if (drafting.scaling) targets.push({ target: 'Drafting time per megabyte at 0.1, 1, 10 MB and one long line within 2× of each other', size: drafting.scaling.perMegabyte.map((p) => p.label).join(', '), value: `${drafting.scaling.spread}× (${drafting.scaling.perMegabyte.map((p) => `${p.secondsPerMegabyte} s/MB`).join(', ')})`, pass: drafting.scaling.spread <= 2 });
  targets.push({ target: 'The drafter\'s browser chunk < 150 KB gzip', size: 'bundle', value: drafting.chunk ? `${(drafting.chunk.gzip / 1e3).toFixed(1)} KB` : 'not found', pass: drafting.chunk ? drafting.chunk.gzip < 150_000 : false });
  lines.push('## Start of the built app (prerendered map, then the live one)', '');
  lines.push('| Viewport | Map first painted (first contentful paint) | Live map drawn | Layout shift until then |', '| --- | --: | --: | --: |');
  for (const [size, p] of Object.entries(paint)) {
    lines.push(`| ${size} | ${p.firstPaintMs} ms | ${p.liveMapMs} ms | ${p.cls} |`);
    targets.push({ target: 'Layout shift from the prerendered map to the live one < 0.1', size, value: String(p.cls), pass: p.cls < 0.1 });
  }
  lines.push('', 'Before the prerender (commit 3443108) the page was blank until the live map was drawn: the map\'s first paint was the live map\'s.', '');
  lines.push('## Drafting (Node, after warm-up)', '');
  lines.push(`The built-in article repeated to ${drafting.words} words: ${drafting.relations} draft relations, median ${drafting.medianMs.toFixed(1)} ms over ${drafting.runs} runs (samples: ${drafting.samplesMs.join(', ')} ms). The drafter's worker chunk: ${drafting.chunk ? `${drafting.chunk.file}, ${fmt(drafting.chunk.bytes, 'B')}, ${fmt(drafting.chunk.gzip, 'B')} gzip` : 'not found'}.`, '');
  lines.push('## Bundle (production build, gzip -9)', '');
  const p = bundle.productionBuild;
  lines.push('| Part | files | raw | gzip |', '| --- | --- | --: | --: |');
  const part = (label: string, t: { bytes: number; gzip: number; files: string[] }) => lines.push(`| ${label} | ${t.files.map((f) => basename(f)).join(', ') || '–'} | ${fmt(t.bytes, 'B')} | ${fmt(t.gzip, 'B')} |`);
  part('JS at start', p.jsAtStart);
  part('CSS at start', p.cssAtStart);
  part('Geometry at start', p.geometryAtStart);
  part('Data at start (country table, built-in story)', p.dataAtStart);
  part('JS loaded later (on demand)', p.jsLater);
  part('Geometry loaded later (zoomed in)', p.geometryLater);
  for (const [name, g] of Object.entries(bundle.splitBuild.groups).sort((a, b) => b[1].gzip - a[1].gzip)) lines.push(`| ↳ JS at start, split build: ${name} | | ${fmt(g.bytes, 'B')} | ${fmt(g.gzip, 'B')} |`);
  lines.push(`| App JS at start without Leaflet (split build) | | | ${fmt(bundle.splitBuild.appJsWithoutLeafletGzip, 'B')} |`);
  if (Math.abs(bundle.splitBuild.appJsWithoutLeafletGzip - appJs) > 1000) lines.push(`| App JS at start without Leaflet and bundled 1:110m geometry (split build) | | | ${fmt(appJs, 'B')} |`);
  lines.push('');

  const profiles = (profile ?? {}) as Record<string, Record<string, unknown> & { error?: string }>;
  for (const [size, prof] of Object.entries(profiles)) {
    if (prof.error) {
      lines.push(`Profile at ${size} failed: ${prof.error}`, '');
      continue;
    }
    lines.push(`## Where our time goes: ${size} (unminified build, CPU profile sampled every 0.2 ms; ms)`, '');
    for (const phase of ['render', 'hover', 'pan', 'zoom']) {
      const p = prof[phase] as ProfileSummary | undefined;
      if (!p) continue;
      lines.push(`**${phase}** (${p.sampledMs} ms sampled, idle excluded). Inclusive: ${p.inclusive.slice(0, 10).map((f) => `\`${f.fn}\` ${f.ms}`).join(', ')}.`, '');
      lines.push(`Self: ${p.self.slice(0, 10).map((f) => `\`${f.fn}\` ${f.ms}`).join(', ')}.`, '');
    }
    const parts = (label: string, o: unknown) => {
      if (o && typeof o === 'object') lines.push(`${label}: ${Object.entries(o).map(([k, v]) => `${k} ${typeof v === 'number' ? +v.toFixed(1) : v}`).join(', ')}.`, '');
    };
    parts('Parts alone, in the page (ms, chars, counts)', prof.browserParts);
    parts('The pure core in Node at the zoomed-in level (ms, chars)', prof.coreInNode);
  }

  lines.push('## Targets (issue 14)', '', '| Target | Size | Measured | Verdict | By how much |', '| --- | --- | --- | --- | --- |');
  for (const t of targets) lines.push(`| ${t.target} | ${t.size} | ${t.value} | ${t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL'} | ${t.margin ?? ''} |`);
  lines.push('');
  const markdown = lines.join('\n');
  console.log(markdown);

  const runsPerSize = Object.fromEntries(sizes.map((s) => [s, Object.fromEntries(VARIANTS.map((v) => [v, all[s][v].length]))]));
  const results = {
    date: new Date().toISOString(), machine, app, smoke: args.smoke,
    config: { viewport: VIEWPORT, stepTimeoutMs: STEP_TIMEOUT, runs: runsPerSize, hoverSamplesPerRun: 5, panDrag: '30 mouse moves of (-10, -5) px, 16 ms apart, then release (inertia)', gzipLevel: 9 },
    stories, bundle, targets, drafting, paint,
    results: Object.fromEntries(sizes.map((s) => [s, Object.fromEntries(VARIANTS.map((v) => [v, {
      runs: all[s][v].length,
      metrics: stats[s][v],
      hoverWorks: all[s][v].length ? all[s][v].every((r) => r.hoverOk === true) : null,
      exportWorks: v === 'ours' ? all[s][v].every((r) => r.exportOk === true) : 'none',
      runDetails: all[s][v],
    }]))])),
    profile: profile ?? null,
    elapsedSeconds: +((performance.now() - started) / 1000).toFixed(1),
  };
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(resultsPath.replace(/\.json$/, '.md'), `${markdown}\n`);
  log(`wrote ${resultsPath} in ${results.elapsedSeconds} s`);

  if (args.smoke) {
    // The smoke run fails on anything broken (not on targets): a page error, a timeout, hover or export not working.
    const broken = sizes.flatMap((s) => VARIANTS.flatMap((v) => all[s][v].flatMap((r) => [
      ...r.timeouts.map((t) => `${s} ${v}: timeout in ${t}`),
      ...r.errors.map((e) => `${s} ${v}: ${e}`),
      ...(r.hoverOk !== true ? [`${s} ${v}: hover does not work`] : []),
      ...(v === 'ours' && r.exportOk !== true ? [`${s} ${v}: export does not work`] : []),
      ...(r.renderMs === undefined || r.zoomMs === undefined || r.panP95Ms === undefined ? [`${s} ${v}: a figure is missing`] : []),
    ])));
    if (broken.length) {
      console.error(`bench smoke FAILED:\n${broken.join('\n')}`);
      process.exitCode = 1;
    } else console.error('bench smoke passed');
  }
}

function git(argv: string[]): string {
  try {
    return execFileSync('git', argv, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

function pkgVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

await main();
