// The drafter in a Web Worker: the page posts an article (or several) and gets the drafted story
// back, so drafting never holds up the page. One message in, progress and the answer out: the quotes
// in parts (each read by the page in a task of its own), then the story without them and without the
// texts, which the page sent and keeps.
import { splitDraft, type DraftPart } from './draftParts.ts';
import { draftStory, type DraftInput } from './draftStory.ts';
import { warmSteps } from './warm.ts';

/** An article (or several) to draft; or, with `warm`, a warm-up before the first (`warm.ts`). */
export type DraftRequest = { id: number; input: DraftInput | DraftInput[] } | { id: number; warm: true };
export type DraftResponse =
  | { id: number; kind: 'progress'; phase: 'started' }
  | ({ id: number } & DraftPart)
  /** The story, its quotes and texts taken out: the quotes came before it, in parts; the texts are the page's own. */
  | { id: number; kind: 'done'; story: ReturnType<typeof draftStory>; ms: number }
  | { id: number; kind: 'error'; message: string }
  /** A warm-up ended: all its steps done, or cut short by an article that came (`steps` says how many ran). */
  | { id: number; kind: 'warm'; steps: number; ms: number };

// The worker's global, typed as the little of it this file uses (the DOM and worker libraries clash).
const scope = self as unknown as { onmessage: ((event: MessageEvent<DraftRequest>) => void) | null; postMessage(message: DraftResponse): void };
// A warm-up runs a step a task, so an article posted meanwhile is drafted at the next step's end;
// after an article the warm-up stops (drafting it compiled what it needed).
let warming: { id: number; steps: (() => void)[]; done: number; t0: number } | undefined;
const endWarm = () => {
  if (!warming) return;
  scope.postMessage({ id: warming.id, kind: 'warm', steps: warming.done, ms: performance.now() - warming.t0 } satisfies DraftResponse);
  warming = undefined;
};
const warmStep = () => {
  if (!warming) return;
  if (warming.done === warming.steps.length) return endWarm();
  try {
    warming.steps[warming.done++]();
  } catch {
    // A warm-up that fails costs the first article its time, nothing more.
    return endWarm();
  }
  setTimeout(warmStep, 0);
};

scope.onmessage = (event: MessageEvent<DraftRequest>) => {
  const request = event.data;
  if ('warm' in request) {
    if (!warming) {
      warming = { id: request.id, steps: warmSteps(), done: 0, t0: performance.now() };
      setTimeout(warmStep, 0);
    }
    return;
  }
  endWarm();
  const { id, input } = request;
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
