// The drafter's speed in Node: a long article (the built-in one, repeated to 1,500 words and more)
// drafted after warm-up, as medians of several runs; and the gzip size of the drafter's browser chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { draftStory } from '../src/draft/index.ts';
import type { ReviewRun } from './review.ts';

export interface DraftBench {
  words: number;
  relations: number;
  runs: number;
  medianMs: number;
  samplesMs: number[];
  chunk: { file: string; bytes: number; gzip: number } | null;
  /** Time per megabyte over sizes (the full run only). */
  scaling?: DraftScaling;
  /** A long article reviewed in the browser: the longest tasks as the draft arrives and on the first Accept (the full run only). */
  review?: ReviewRun[];
}

export function benchDraft(root: string, appDir: string | undefined, runs: number): DraftBench {
  const one = readFileSync(join(root, 'data/article.txt'), 'utf8');
  const copies = Math.ceil(1500 / one.split(/\s+/).filter(Boolean).length);
  const text = Array.from({ length: copies }, () => one).join('\n\n');
  const input = { text, published: '2024-06-21' };
  for (let i = 0; i < 3; i++) draftStory(input);
  const samplesMs: number[] = [];
  let relations = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    relations = draftStory(input).relations.length;
    samplesMs.push(+(performance.now() - t0).toFixed(2));
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const file = appDir ? readdirSync(join(appDir, 'assets')).find((f) => /^worker-.*\.js$/.test(f)) : undefined;
  const chunk = appDir && file ? (() => {
    const bytes = readFileSync(join(appDir, 'assets', file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })() : null;
  return { words: text.split(/\s+/).filter(Boolean).length, relations, runs, medianMs: sorted[Math.floor(sorted.length / 2)], samplesMs, chunk };
}

export interface DraftScaling {
  /** Time per megabyte of text, for each size drafted: wall-clock seconds, and the process's CPU seconds (which other work on the machine does not inflate). */
  perMegabyte: { label: string; megabytes: number; seconds: number; secondsPerMegabyte: number; cpuSeconds: number; cpuSecondsPerMegabyte: number }[];
  /** The largest CPU time per megabyte over the smallest: 1 is linear, and the target is within 2. */
  spread: number;
  /** The same, of wall-clock time (on a loaded machine it says more of the load than of the drafter). */
  wallSpread: number;
  /** The machine's load average (1 minute) before and after. */
  load: [number, number];
}

/**
 * Whether drafting stays linear in the text's length: the built-in article repeated to 0.1, 1 and
 * 10 MB in paragraphs, and to 1 MB on one line with no break, each timed once after a warm-up (two
 * drafts of 0.1 MB, so the smallest size is not timed while the code is still being compiled).
 * CPU time is the measure: on a shared machine the wall clock mostly tells how busy the others are.
 *
 *   npx tsx bench/draft.ts [--sizes 0.1,1,10]      (this phase alone)
 */
export function benchDraftScaling(root: string, sizes: readonly number[] = [0.1, 1, 10]): DraftScaling {
  const one = readFileSync(join(root, 'data/article.txt'), 'utf8');
  const build = (megabytes: number, joiner: string) => {
    const parts: string[] = [];
    let length = 0;
    while (length < megabytes * 1e6) {
      parts.push(one);
      length += one.length + joiner.length;
    }
    return parts.join(joiner);
  };
  const load0 = loadavg()[0];
  for (let i = 0; i < 2; i++) draftStory({ text: build(0.1, '\n\n'), published: '2024-06-21' });
  const cases = [
    ...sizes.map((mb) => ({ label: `${mb} MB in paragraphs`, text: build(mb, '\n\n') })),
    { label: '1 MB on one line', text: build(1, ' ').replace(/\n+/g, ' ') },
  ];
  const perMegabyte = cases.map(({ label, text }) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    draftStory({ text, published: '2024-06-21' });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const megabytes = text.length / 1e6;
    return {
      label, megabytes: +megabytes.toFixed(2),
      seconds: +seconds.toFixed(3), secondsPerMegabyte: +(seconds / megabytes).toFixed(3),
      cpuSeconds: +cpuSeconds.toFixed(3), cpuSecondsPerMegabyte: +(cpuSeconds / megabytes).toFixed(3),
    };
  });
  const spreadOf = (rates: number[]) => +(Math.max(...rates) / Math.min(...rates)).toFixed(2);
  return {
    perMegabyte,
    spread: spreadOf(perMegabyte.map((p) => p.cpuSecondsPerMegabyte)),
    wallSpread: spreadOf(perMegabyte.map((p) => p.secondsPerMegabyte)),
    load: [+load0.toFixed(1), +loadavg()[0].toFixed(1)],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0.1,1,10' } } });
  console.log(JSON.stringify(benchDraftScaling(join(import.meta.dirname, '..'), values.sizes!.split(',').map(Number)), null, 1));
}
