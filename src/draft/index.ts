export { articleView, draftCandidates, draftStory, MIN_CONFIDENCE, type Candidate, type DraftInput } from './draftStory.ts';
export { likelihood, SCORER, type ScorerWeights } from './scorer.ts';
export { FEATURES, featureVector, type CandidateFacts } from './features.ts';
export { gazetteer, type Mention, type Via } from './mentions.ts';
export { newDiscourse, relateSentence, type Discourse, type Finding } from './relate.ts';
export { clauses, sentences, type Span } from './sentences.ts';
export { dateOf, type DraftDate } from './dates.ts';
export { TRIGGERS, type Trigger, type Frame } from './lexicon/triggers.ts';
