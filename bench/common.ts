// The bench's configuration (command line, sizes, runs) and its measuring tools: timeouts, CDP metrics, traces, statistics.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'bench/out');
export const started = performance.now();

export const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    'skip-profile': { type: 'boolean', default: false },
    // Leaves out drafting per megabyte and the long-article review, for a quick run of the map's phases.
    'skip-review': { type: 'boolean', default: false },
    timeout: { type: 'string' },
    out: { type: 'string' },
  },
});

export type Variant = 'ours' | 'svg' | 'canvas';
export const VARIANTS: Variant[] = ['ours', 'svg', 'canvas'];
export const VARIANT_NAMES: Record<Variant, string> = { ours: 'Ours', svg: 'Leaflet SVG', canvas: 'Leaflet Canvas' };
/**
 * Runs per page, and a time budget (seconds) for all three pages of a size: runs go round-robin
 * (ours, SVG, Canvas, ours, …) and a page stops early when its next run would overrun the budget, so a
 * slow page gets fewer runs (reported) instead of stretching the bench past ~10 minutes.
 */
export interface SizePlan { name: string; count: number | null; runs: number; budget: number }
export const ALL_SIZES: SizePlan[] = [
  { name: 'article', count: null, runs: 5, budget: 60 },
  { name: '1k', count: 1_000, runs: 5, budget: 90 },
  { name: '10k', count: 10_000, runs: 5, budget: 270 },
  { name: '50k', count: 50_000, runs: 3, budget: 160 },
];
export const SMOKE_SIZES: SizePlan[] = [{ name: '50', count: 50, runs: 1, budget: 60 }];
export const plan = (args.smoke ? SMOKE_SIZES : ALL_SIZES)
  .filter((s) => !args.sizes || args.sizes.split(',').includes(s.name))
  .map((s) => ({ ...s, runs: args.runs ? Number(args.runs) : s.runs }));
if (!plan.length) throw new Error(`no sizes match --sizes ${args.sizes}; known: ${ALL_SIZES.map((s) => s.name).join(', ')}`);
/** Per-step timeout; a page stuck longer records "timeout" and its run stops there. */
export const STEP_TIMEOUT = Number(args.timeout ?? 60_000);
export const resultsPath = args.out ?? (args.smoke ? join(OUT, 'results-smoke.json') : join(ROOT, 'bench/results.json'));
export const VIEWPORT = { width: 1280, height: 800 };

export const log = (...m: unknown[]) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...m);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export class Timeout extends Error {}
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Timeout(`${what}: no answer in ${ms} ms`)), ms); }),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// One run of one page

export interface ViewInfo { zoom: number; lat: number; lon: number; width: number; height: number }

export interface RunResult {
  variant: Variant;
  size: string;
  renderMs?: number; mountMs?: number;
  renderBusyMs?: number; renderJsMs?: number; renderParseMs?: number; renderStyleMs?: number; renderLayoutMs?: number; renderPaintMs?: number; renderCanvasMs?: number; renderGcMs?: number;
  elements?: number; svgElements?: number; nodes?: number; heapMB?: number; edges?: number; edgeElements?: number; canvasMode?: boolean;
  hoverHitTestMs?: number; hoverSyncMs?: number; hoverPaintMs?: number; hoverOk?: boolean; hoverSamples?: number;
  exportMs?: number; exportWallMs?: number; exportBytes?: number; exportGzipBytes?: number; exportOk?: boolean;
  panP95Ms?: number; panMaxMs?: number; panFrames?: number;
  zoomMs?: number; zoomSyncMs?: number; zoomFrom?: number; zoomTo?: number; filterMs?: number;
  playbackStepMs?: number; playbackStepP95Ms?: number; playbackFrameP95Ms?: number; playbackLongtaskMaxMs?: number; playbackSteps?: number;
  zoomBusyMs?: number; zoomJsMs?: number; zoomParseMs?: number; zoomStyleMs?: number; zoomLayoutMs?: number; zoomPaintMs?: number; zoomCanvasMs?: number; zoomGcMs?: number;
  durationS?: number;
  longtaskMaxMs?: number; longtasksOver200?: number; longtaskMaxPhase?: string; longtasksByPhase?: Record<string, number>;
  view?: ViewInfo;
  errors: string[];
  timeouts: string[];
}

export type Metrics = Record<string, number>;
export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
// Main-thread busy time comes from a Chromium trace, not from CDP Performance.getMetrics: its
// TaskDuration misses the 2D canvas flush (CanvasRenderingContext2D::FinalizeFrame), which ran 1.2 s
// for 0.26 s of reported tasks in a 10k zoom step here.
export const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink'];
/** Kinds of main-thread work, by trace event name; time goes to the first kind that covers it. */
export const WORK_KINDS: [kind: 'Canvas' | 'Gc' | 'Parse' | 'Style' | 'Layout' | 'Paint', names: string[]][] = [
  ['Canvas', ['CanvasRenderingContext2D::FinalizeFrame']],
  ['Gc', ['MinorGC', 'MajorGC']],
  ['Parse', ['ParseHTML']],
  ['Style', ['UpdateLayoutTree']],
  ['Layout', ['Layout']],
  ['Paint', ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage']],
];
export interface TraceEvent { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } }

/** Total length (ms) of the union of [ts, ts + dur) intervals (µs). */
export function unionMs(list: [number, number][]): number {
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
export function traceBusy(buffer: Buffer) {
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
export async function traced<T>(browser: Browser, page: Page, fn: () => Promise<T>) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const value = await fn().catch(async (e) => {
    await withTimeout(browser.stopTracing(), STEP_TIMEOUT, 'trace').catch(() => undefined);
    throw e;
  });
  const buffer = await withTimeout(browser.stopTracing(), STEP_TIMEOUT, 'trace');
  return { value, busy: traceBusy(buffer) };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

export const HOOKS = readFileSync(join(ROOT, 'bench/pageHooks.js'), 'utf8');
/** Playback: one-month windows, January 2023 to December 2024 (the generated stories' span). */
export const PLAYBACK_STEPS = 24;
