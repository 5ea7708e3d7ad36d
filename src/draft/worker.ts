// The drafter in a Web Worker: the page posts an article (or several) and gets the drafted story
// back, so drafting never holds up the page. One message in, progress and the answer out: the quotes
// in parts (each read by the page in a task of its own), then the story without them and without the
// texts, which the page sent and keeps.
import { splitDraft, type DraftPart } from './draftParts.ts';
import { draftStory, type DraftInput } from './draftStory.ts';

export type DraftRequest = { id: number; input: DraftInput | DraftInput[] };
export type DraftResponse =
  | { id: number; kind: 'progress'; phase: 'started' }
  | ({ id: number } & DraftPart)
  /** The story, its quotes and texts taken out: the quotes came before it, in parts; the texts are the page's own. */
  | { id: number; kind: 'done'; story: ReturnType<typeof draftStory>; ms: number }
  | { id: number; kind: 'error'; message: string };

// The worker's global, typed as the little of it this file uses (the DOM and worker libraries clash).
const scope = self as unknown as { onmessage: ((event: MessageEvent<DraftRequest>) => void) | null; postMessage(message: DraftResponse): void };
scope.onmessage = (event: MessageEvent<DraftRequest>) => {
  const { id, input } = event.data;
  scope.postMessage({ id, kind: 'progress', phase: 'started' } satisfies DraftResponse);
  const t0 = performance.now();
  try {
    const { parts, bare } = splitDraft(draftStory(input));
    for (const part of parts) scope.postMessage({ id, ...part } satisfies DraftResponse);
    scope.postMessage({ id, kind: 'done', story: bare, ms: performance.now() - t0 } satisfies DraftResponse);
  } catch (error) {
    scope.postMessage({ id, kind: 'error', message: (error as Error).message } satisfies DraftResponse);
  }
};
