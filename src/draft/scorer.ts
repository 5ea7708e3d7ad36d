import weights from './lexicon/scorer.json' with { type: 'json' };
import { FEATURES, featureVector, type CandidateFacts } from './features.ts';

/** A logistic model over `FEATURES`: one weight each. */
export interface ScorerWeights {
  features: readonly string[];
  weights: readonly number[];
}

/**
 * How likely a candidate is to be a relation an editor maps, from 0 to 1: the logistic model that
 * `npm run train:drafter` fits on the evaluation sets' hand-made gold. Pure.
 */
export function likelihood(facts: CandidateFacts, model: ScorerWeights = SCORER): number {
  const x = featureVector(facts);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i] * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The committed model. Its features must be today's, in today's order: a stale file is a build error, not a silent misreading. */
export const SCORER: ScorerWeights = checked(weights as ScorerWeights);

function checked(model: ScorerWeights): ScorerWeights {
  if (model.features.length !== FEATURES.length || model.features.some((f, i) => f !== FEATURES[i])) {
    throw new Error('src/draft/lexicon/scorer.json was trained on other features than src/draft/features.ts lists; run `npm run train:drafter` again');
  }
  return model;
}
