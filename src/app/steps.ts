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
 * @example const mounted = await stepByStep(mountMapSteps(stage, story, options), afterFrame, signal);
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

/**
 * Gives the page back until a frame has been drawn (its style, layout and paint a task of their own,
 * not the next step's), then a task after it; at most 100 ms when no frame comes (a hidden page).
 */
export const afterFrame = () => new Promise<void>((resolve) => {
  const late = setTimeout(resolve, 100);
  requestAnimationFrame(() => {
    clearTimeout(late);
    setTimeout(resolve, 0);
  });
});
