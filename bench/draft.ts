// The drafter's speed in Node: a long article (the built-in one, repeated to 1,500 words and more)
// drafted after warm-up, as medians of several runs; and the gzip size of the drafter's browser chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { draftStory } from '../src/draft/index.ts';

export interface DraftBench {
  words: number;
  relations: number;
  runs: number;
  medianMs: number;
  samplesMs: number[];
  chunk: { file: string; bytes: number; gzip: number } | null;
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
