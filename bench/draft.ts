// The drafter's speed in Node: a long article (the built-in one, repeated to 1,500 words and more)
// drafted after warm-up, as medians of several runs; and the gzip size of the drafter's browser chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Seconds per megabyte of text, for each size drafted. */
  perMegabyte: { label: string; megabytes: number; seconds: number; secondsPerMegabyte: number }[];
  /** The largest time per megabyte over the smallest: 1 is linear, and the target is within 2. */
  spread: number;
}

/**
 * Whether drafting stays linear in the text's length: the built-in article repeated to 0.1, 1 and
 * 10 MB in paragraphs, and to 1 MB on one line with no break, each timed once after a warm-up.
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
  draftStory({ text: build(0.05, '\n\n'), published: '2024-06-21' });
  const cases = [
    ...sizes.map((mb) => ({ label: `${mb} MB in paragraphs`, text: build(mb, '\n\n') })),
    { label: '1 MB on one line', text: build(1, ' ').replace(/\n+/g, ' ') },
  ];
  const perMegabyte = cases.map(({ label, text }) => {
    const t0 = performance.now();
    draftStory({ text, published: '2024-06-21' });
    const seconds = (performance.now() - t0) / 1000;
    const megabytes = text.length / 1e6;
    return { label, megabytes: +megabytes.toFixed(2), seconds: +seconds.toFixed(3), secondsPerMegabyte: +(seconds / megabytes).toFixed(3) };
  });
  const rates = perMegabyte.map((p) => p.secondsPerMegabyte);
  return { perMegabyte, spread: +(Math.max(...rates) / Math.min(...rates)).toFixed(2) };
}
