import { joinDraft } from '../draft/draftParts.ts';
import type { DraftInput } from '../draft/draftStory.ts';
import type { DraftRequest, DraftResponse } from '../draft/worker.ts';
import type { StoryData } from '../data/schema.ts';

let worker: Worker | undefined;
let next = 0;
let warmed = false;

const drafter = () => (worker ??= new Worker(new URL('../draft/worker.ts', import.meta.url), { type: 'module', name: 'drafter' }));

/**
 * Starts the drafter's worker and has it warm up (`src/draft/warm.ts`), once: called when an editor
 * begins to give an article, so the first draft does not wait for its patterns to be compiled.
 * Resolves when the warm-up has ended (or at once, if it was asked for before).
 */
export function warmDrafter(): Promise<void> {
  if (warmed) return Promise.resolve();
  warmed = true;
  const id = ++next;
  const w = drafter();
  return new Promise((resolve) => {
    const listen = (event: MessageEvent<DraftResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', listen);
      resolve();
    };
    w.addEventListener('message', listen);
    w.postMessage({ id, warm: true } satisfies DraftRequest);
  });
}

/**
 * Drafts a story in a Web Worker, which is made (and its code loaded, as a chunk of its own) on the
 * first call: the page that never drafts never downloads the drafter. `onProgress` hears when the
 * worker starts, so a page can show progress if drafting takes longer than a moment.
 *
 * @example const story = await draftInWorker({ text, published: '2024-06-21' });
 */
export function draftInWorker(input: DraftInput | DraftInput[], onProgress?: (phase: 'started') => void): Promise<StoryData> {
  const id = ++next;
  const w = drafter();
  // The quotes come first, in parts, each read in a task of its own; then the story they belong to, which
  // takes back the texts sent (the worker does not post them back: the page holds them already).
  const parts = joinDraft();
  const texts = (Array.isArray(input) ? input : [input]).map((i) => i.text);
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent<DraftResponse>) => {
      const answer = event.data;
      if (answer.id !== id) return;
      if (answer.kind === 'progress') return onProgress?.(answer.phase);
      if (answer.kind === 'quotes') return parts.add(answer);
      if (answer.kind === 'warm') return;
      w.removeEventListener('message', listen);
      w.removeEventListener('error', fail);
      if (answer.kind === 'done') resolve(parts.story(answer.story, texts));
      else reject(new Error(`the drafter failed: ${answer.message}`));
    };
    const fail = (event: ErrorEvent) => {
      w.removeEventListener('message', listen);
      reject(new Error(`the drafter could not start: ${event.message}`));
    };
    w.addEventListener('message', listen);
    w.addEventListener('error', fail);
    w.postMessage({ id, input } satisfies DraftRequest);
  });
}
