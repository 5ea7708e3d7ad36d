import { describe, expect, test } from 'vitest';
import { draftStory, FEATURES, featureVector, likelihood, MIN_CONFIDENCE, SCORER } from '../../src/draft/index.ts';
import { factsOf, type ArticleView, type CandidateFacts } from '../../src/draft/features.ts';
import { auc, fit, predict } from '../../scripts/trainModel.ts';

const view = (sentences: [number, number, string[]][], mentions: Record<string, number>): ArticleView => ({
  sentences: new Map(sentences.map(([start, index, actors]) => [`|${start}`, { index, actors: new Set(actors) }])),
  mentions: new Map(Object.entries(mentions)),
  organisations: new Set(['NATO']),
});

describe('the facts the scorer weighs', () => {
  const relations = [
    { type: 'visit' as const, from: 'FRA', to: 'JPN', directed: true, certainty: 'stated' as const, evidence: [{ start: 40, draft: { confidence: 0.7 } }, { start: 0, draft: { confidence: 0.8 } }] },
    { type: 'tension' as const, from: 'FRA', to: 'JPN', directed: false, certainty: 'planned' as const, evidence: [{ start: 40, draft: { confidence: 0.6 } }] },
    { type: 'alliance' as const, from: 'FRA', to: 'NATO', directed: false, certainty: 'stated' as const, evidence: [{ start: 90, draft: { confidence: 0.9 } }] },
  ];
  const facts = factsOf(relations, view([[0, 0, ['FRA', 'JPN']], [40, 1, ['FRA']], [90, 2, ['FRA', 'NATO', 'DEU']]], { FRA: 5, JPN: 2, NATO: 1, DEU: 1 }));

  test('support, first sentence, best confidence and how each end is named', () => {
    expect(facts[0]).toMatchObject({ support: 2, firstSentence: 0, confidence: 0.8, actorsInSentence: 2, namedInSentence: [true, true], mentions: [5, 2], ranks: [0, 1] });
    // "They met again": Japan named only in the headline, not in the second sentence.
    expect(facts[1]).toMatchObject({ support: 1, firstSentence: 1, namedInSentence: [true, false], findingsInSentence: 2 });
  });
  test('a pair read two ways has a rival reading; an organisation is flagged', () => {
    expect(facts[0].rivalReadings).toBe(1);
    expect(facts[2]).toMatchObject({ rivalReadings: 0, organisation: true, actorsInSentence: 3 });
  });
  test('one number per feature, every one small', () => {
    for (const f of facts) {
      const x = featureVector(f);
      expect(x).toHaveLength(FEATURES.length);
      expect(x[0]).toBe(1);
      for (const v of x) expect(Math.abs(v)).toBeLessThan(8);
    }
  });
});

describe('the committed scorer', () => {
  test('was trained on the features listed today, in their order', () => {
    expect(SCORER.features).toEqual(FEATURES);
    expect(SCORER.weights).toHaveLength(FEATURES.length);
  });
  const base: CandidateFacts = {
    type: 'cooperation', certainty: 'stated', directed: false, confidence: 0.8, support: 1, firstSentence: 6,
    actorsInSentence: 4, findingsInSentence: 3, mentions: [1, 1], ranks: [5, 6], namedInSentence: [true, true], organisation: false, rivalReadings: 1,
  };
  test('finds a relation the article repeats between its main actors likelier than a passing one', () => {
    const central = { ...base, support: 4, firstSentence: 0, actorsInSentence: 2, findingsInSentence: 1, mentions: [9, 7] as [number, number], ranks: [0, 1] as [number, number], rivalReadings: 0 };
    const p = likelihood(central);
    const q = likelihood(base);
    expect(p).toBeGreaterThan(q);
    expect(p).toBeLessThanOrEqual(1);
    expect(q).toBeGreaterThanOrEqual(0);
  });
  test('each drafted quote carries the relation\'s likelihood beside the rule\'s confidence', () => {
    const story = draftStory({ text: 'Brazil and Argentina signed a trade agreement on Monday. Brazil will export wheat to Argentina.', published: '2025-03-04' });
    expect(story.relations.length).toBeGreaterThan(0);
    for (const r of story.relations) {
      for (const e of r.evidence) {
        expect(e.draft!.likelihood).toBeGreaterThanOrEqual(0);
        expect(e.draft!.likelihood).toBeLessThanOrEqual(1);
        expect(e.draft!.likelihood).toBe(r.evidence[0].draft!.likelihood);
        expect(e.draft!.confidence).toBeGreaterThan(0);
      }
      expect(Math.max(...r.evidence.map((e) => e.draft!.confidence))).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    }
  });
});

describe('training', () => {
  // Examples of our own: the second feature says which are good, with two mislabelled.
  const examples = Array.from({ length: 40 }, (_, i) => ({ x: [1, i % 2, (i % 5) / 5], good: (i % 2 === 1) !== (i === 7 || i === 12) }));
  test('fits weights that rank good examples first, the same every time', () => {
    const w = fit(examples, { steps: 500, rate: 0.5, l2: 0.01 });
    expect(w).toEqual(fit(examples, { steps: 500, rate: 0.5, l2: 0.01 }));
    expect(w[1]).toBeGreaterThan(1);
    expect(auc(examples.map((e) => ({ good: e.good, p: predict(w, e.x) })))).toBeGreaterThan(0.85);
  });
  test('AUC is one half for scores that say nothing, one for a perfect ranking', () => {
    expect(auc([{ good: true, p: 0.5 }, { good: false, p: 0.5 }])).toBe(0.5);
    expect(auc([{ good: true, p: 0.9 }, { good: false, p: 0.1 }, { good: true, p: 0.8 }])).toBe(1);
  });
});
