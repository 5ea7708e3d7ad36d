/** Runs a generator's steps to its end, in this task, and gives back what it returns. */
export function allAtOnce<T>(steps: Iterator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a generator a step at a time, `pause()` awaited between steps so that frames, input and other
 * work go in between; `onStep` hears of each step as it starts. Gives back what the generator returns,
 * or undefined once `signal` has aborted (no step runs after that).
 *
 * @example const mounted = await stepByStep(mountMapSteps(stage, story, options), nextTask, signal);
 */
export async function stepByStep<T>(steps: Iterator<unknown, T, void>, pause: () => Promise<void>, signal: AbortSignal, onStep?: (index: number) => void): Promise<T | undefined> {
  for (let index = 0; ; index++) {
    if (index) await pause();
    if (signal.aborted) return undefined;
    onStep?.(index);
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Gives the page back until a task of its own (after a frame when one is due, and pending input). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
