// The benchmark: our map against Leaflet's own SVG and Canvas vector layers, side by side, in one run.
//
//   npm run bench                 full run: the article, 1k, 10k and 50k relations → bench/results.json
//   npm run bench -- --smoke      50 relations, one run of each page, in well under a minute
//   npm run bench -- --sizes article,10k --runs 3 --skip-profile
//   npm run bench -- --sizes 10k --runs 2 --skip-profile --skip-review   the map's phases alone
//
// Builds the app (vite build, the project's own config) and the baseline page (bench/baseline), serves
// them on 127.0.0.1 from bench/out/, drives headless Chromium (playwright-core, Debian's chromium) at
// 1280×800 and prints a markdown table. See bench/README.md for what each figure measures.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/browser.mjs';
import { storyView, unmercator } from '../src/core/index.ts';
import { loadStory } from '../src/data/index.ts';
import { benchDraft, benchDraftScaling } from './draft.ts';
import { reviewArticles, reviewBaseline, reviewRun } from './review.ts';
import { OUT, ROOT, type RunResult, STEP_TIMEOUT, VARIANTS, type Variant, type ViewInfo, args, log,  plan } from './common.ts';
import { buildAll, bundleReport, makeStories, probePaint, probeStart, serve } from './build.ts';
import { measureRun } from './measure.ts';
import { profileOurs } from './profile.ts';
import { fmt, git, report } from './report.ts';

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
  if (!args.smoke && !args['skip-review']) {
    drafting.scaling = benchDraftScaling(ROOT);
    log(`drafting per MB (CPU): ${drafting.scaling.perMegabyte.map((p) => `${p.label} ${p.cpuSecondsPerMegabyte} s/MB`).join('; ')}; spread ${drafting.scaling.spread}× (wall clock ${drafting.scaling.wallSpread}×)`);
  }
  const paint = await probePaint(browser, server.url, args.smoke ? 1 : 5);
  log(`start: ${Object.entries(paint).map(([size, p]) => `${size} map painted at ${p.firstPaintMs} ms, live at ${p.liveMapMs} ms, layout shift ${p.cls}`).join('; ')}`);
  // A long article in review, 1 to 10 MB: the longest main-thread tasks as its draft arrives and on the first Accept.
  if (!args.smoke && !args['skip-review']) {
    drafting.review = [];
    for (const { label, text } of [reviewBaseline(ROOT), ...reviewArticles(ROOT, [1, 4, 10])]) {
      const r = await reviewRun(browser, `${server.url}/app/`, label, text);
      drafting.review.push(r);
      log(`review, ${label}: longest task ${r.arriveLongestTaskMs} ms as the draft arrives, ${r.acceptLongestTaskMs} ms on the first Accept`);
    }
  }
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

await main();
