// The arithmetic of `npm run train:drafter`, pure and deterministic: logistic regression by plain
// gradient descent from zero weights, and the area under the ROC curve to say how well it ranks.

export interface Labelled {
  x: readonly number[];
  good: boolean;
}

/** The logistic function of w·x. */
export function predict(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Weights that fit the examples: full-batch gradient descent on the log loss, with an L2 penalty on
 * every weight but the first (the bias, whose feature is always 1). The same examples in the same
 * order give the same weights.
 */
export function fit(examples: readonly Labelled[], { steps, rate, l2 }: { steps: number; rate: number; l2: number }): number[] {
  const size = examples[0]?.x.length ?? 0;
  const w = new Array<number>(size).fill(0);
  const n = Math.max(1, examples.length);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(size).fill(0);
    for (const e of examples) {
      const err = predict(w, e.x) - (e.good ? 1 : 0);
      for (let i = 0; i < size; i++) grad[i] += err * e.x[i];
    }
    for (let i = 0; i < size; i++) w[i] -= rate * (grad[i] / n + (i === 0 ? 0 : l2 * w[i]));
  }
  return w;
}

/** The chance that a good example scores above a wrong one (area under the ROC curve), ties counting half; 0.5 is chance. */
export function auc(scored: readonly { good: boolean; p: number }[]): number {
  const good = scored.filter((s) => s.good).map((s) => s.p);
  const bad = scored.filter((s) => !s.good).map((s) => s.p);
  let wins = 0;
  for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0;
  return good.length && bad.length ? wins / (good.length * bad.length) : 0.5;
}
