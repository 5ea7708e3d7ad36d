import { describe, expect, test } from 'vitest';
import { draftStory } from '../../src/draft/draftStory.ts';
import { TRIGGERS } from '../../src/draft/lexicon/triggers.ts';
import { warmSteps } from '../../src/draft/warm.ts';

describe('the drafter\'s warm-up', () => {
  test('is a list of short steps: the sample drafted twice, then every trigger in slices', () => {
    const steps = warmSteps(10);
    expect(steps).toHaveLength(2 + Math.ceil(TRIGGERS.length / 10));
  });
  test('runs without error, and its triggers\' steps leave every pattern as they found it', () => {
    const steps = warmSteps();
    for (const step of steps.slice(0, 2)) step();
    TRIGGERS[0].pattern.lastIndex = 3;
    for (const step of steps.slice(2)) step();
    expect(TRIGGERS[0].pattern.lastIndex).toBe(3);
    TRIGGERS[0].pattern.lastIndex = 0;
    expect(TRIGGERS.filter((t) => t.pattern.lastIndex !== 0).map((t) => t.rule)).toEqual([]);
  });
  test('changes nothing a later draft finds', () => {
    const text = 'Talks\n\nGhana and Togo signed a trade deal on Monday. Peru expelled two Chilean diplomats.';
    const before = draftStory({ text, published: '2024-06-21' });
    for (const step of warmSteps()) step();
    expect(draftStory({ text, published: '2024-06-21' })).toEqual(before);
  });
});
