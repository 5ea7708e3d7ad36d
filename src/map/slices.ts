/** A piece of work that runs a slice at a time; `cancel` stops it before its next slice. */
export interface Slices {
  cancel(): void;
  /** Whether the work has finished (or been cancelled). */
  readonly done: boolean;
}

/** How much work a slice does before it gives the page back: well under a long task's 50 ms. */
export const SLICE_MS = 12;

/**
 * Runs a generator a slice at a time, each slice its own task of about `budget` milliseconds, so
 * input, frames and other work go in between; `next(chunk)` is asked for until the budget is spent.
 * The first slice runs now, in the caller's task (unless `now` is false), so work that fits in one
 * slice ends at once.
 *
 * @example inSlices(storySceneSteps(story, view), 2000, (scene) => paint(scene))
 */
export function inSlices<T>(steps: Generator<unknown, T, number>, chunk: number, onDone: (value: T) => void, options: { budget?: number; now?: boolean } = {}): Slices {
  const { budget = SLICE_MS, now = true } = options;
  let cancelled = false;
  let finished = false;
  const slice = () => {
    if (cancelled) return;
    const started = performance.now();
    do {
      const step = steps.next(chunk);
      if (step.done) {
        finished = true;
        onDone(step.value);
        return;
      }
    } while (performance.now() - started < budget);
    nextTask(slice);
  };
  if (now) slice();
  else nextTask(slice);
  return {
    cancel() {
      cancelled = true;
    },
    get done() {
      return finished || cancelled;
    },
  };
}

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const queue: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => queue.shift()?.();

/** Runs `fn` in a task of its own, soon: after pending input and, when one is due, a frame. */
function nextTask(fn: () => void) {
  if (!channel) return void setTimeout(fn, 0);
  queue.push(fn);
  channel.port2.postMessage(0);
}
