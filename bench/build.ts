// What the bench measures against: the stories, the builds (app, split, profile, baseline), the bundle and the start of the page, and the server.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { writeStories, type WrittenStory } from './generate.ts';
import { OUT, ROOT, STEP_TIMEOUT, VIEWPORT, gz, log,  plan, sleep } from './common.ts';

// ---------------------------------------------------------------------------------------------------
// Stories, builds, server

export function makeStories(): WrittenStory[] {
  const synthetic = plan.filter((s) => s.count !== null).map((s) => ({ name: s.name, count: s.count! }));
  return writeStories(join(OUT, 'stories'), synthetic, plan.some((s) => s.name === 'article'));
}

export interface ChunkInfo { file: string; name: string; bytes: number; gzip: number; initial: boolean }

export async function viteBuild(config: InlineConfig): Promise<ChunkInfo[]> {
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
export function groupOf(id: string): string | null {
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

export async function buildAll(profile: boolean) {
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

export interface FileInfo { file: string; kind: 'js' | 'css' | 'geometry' | 'data' | 'html'; bytes: number; gzip: number; atStart: boolean }

/** Every file of a build folder (the public data copied in too), with gzip size and whether the page fetched it at start. */
export function buildFiles(dir: string, fetchedAtStart: ReadonlySet<string>): FileInfo[] {
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
export async function probeStart(browser: Browser, base: string): Promise<Set<string>> {
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
export async function probePaint(browser: Browser, base: string, runs: number): Promise<Record<string, { firstPaintMs: number; liveMapMs: number; cls: number }>> {
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

export function bundleReport(appDir: string, split: ChunkInfo[], fetchedAtStart: ReadonlySet<string>) {
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

export const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A tiny static server for bench/out on loopback only. */
export function serve(): Promise<{ url: string; close: () => Promise<void> }> {
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
