import { describe, expect, test } from 'vitest';
import { bundledCountries, bundledOrganisations, loadStory } from '../../src/data/index.ts';
import { draftStory } from '../../src/draft/index.ts';
import { actorName, apply, check, drawable, fromKept, inputsOf, mergeDraft, newReview, redo, stateOf, toKeep, toSave, undo, type Review } from '../../src/review/reviewModel.ts';
import { read } from './fixtures.ts';

const tables = { countries: bundledCountries, organisations: bundledOrganisations };
const text = read('data/article.txt');
const start = () => newReview(draftStory({ text, published: '2024-06-21', fileName: 'article.txt' }));
const ok = (result: ReturnType<typeof apply>): Review => {
  if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.review;
};

describe('the review model', () => {
  test('accept, reject, edit: each a step that undo takes back and redo puts again', () => {
    let review = start();
    const [a, b, c] = review.story.relations.map((r) => r.id);
    review = ok(apply(review, { kind: 'state', id: a, state: 'accepted' }, tables));
    review = ok(apply(review, { kind: 'state', id: b, state: 'rejected' }, tables));
    review = ok(apply(review, { kind: 'edit', id: c, patch: { type: 'tension', certainty: 'alleged', date: '2024-06-19', datePrecision: 'day', summary: 'Seoul is said to be at odds with Kyiv.' } }, tables));
    const states = (r: Review) => [a, b, c].map((id) => stateOf(r.story.relations.find((x) => x.id === id)!));
    expect(states(review)).toEqual(['accepted', 'rejected', 'draft']);
    expect(review.story.relations.find((x) => x.id === c)).toMatchObject({ type: 'tension', certainty: 'alleged', date: '2024-06-19', summary: 'Seoul is said to be at odds with Kyiv.' });
    review = undo(undo(review));
    expect(states(review)).toEqual(['accepted', 'draft', 'draft']);
    review = redo(review);
    expect(states(review)).toEqual(['accepted', 'rejected', 'draft']);
  });
  test('an edit the loader would refuse says why and changes nothing', () => {
    const review = start();
    const id = review.story.relations[0].id;
    const result = apply(review, { kind: 'edit', id, patch: { date: '2024-02-30', datePrecision: 'day' } }, tables);
    expect('errors' in result && result.errors[0].message).toBe('"2024-02-30" is not a real date');
    const itself = apply(review, { kind: 'edit', id, patch: { to: review.story.relations[0].from } }, tables);
    expect('errors' in itself && itself.errors[0].message).toMatch(/to itself/);
  });
  test('an edit to a country not in the story adds it as an actor', () => {
    const review = ok(apply(start(), { kind: 'edit', id: start().story.relations[0].id, patch: { to: 'JPN' } }, tables));
    expect(review.story.actors.some((a) => a.id === 'JPN')).toBe(true);
  });
  test('evidence added from a selection must be the text at its offsets', () => {
    const review = start();
    const id = review.story.relations[0].id;
    const at = text.indexOf('Furious political leaders');
    const good = ok(apply(review, { kind: 'evidence', id, evidence: { quote: 'Furious political leaders', start: at, end: at + 25 } }, tables));
    expect(good.story.relations[0].evidence.some((e) => e.start === at)).toBe(true);
    expect('errors' in apply(review, { kind: 'evidence', id, evidence: { quote: 'Furious political leaders', start: at + 1, end: at + 26 } }, tables)).toBe(true);
  });
  test('the map draws all but the rejected; the saved story keeps the accepted, and opens in the loader', () => {
    let review = start();
    const [a, b] = review.story.relations.map((r) => r.id);
    review = ok(apply(review, { kind: 'state', id: a, state: 'accepted' }, tables));
    review = ok(apply(review, { kind: 'state', id: b, state: 'rejected' }, tables));
    expect(drawable(review.story).relations.some((r) => r.id === b)).toBe(false);
    const saved = toSave(review.story);
    expect(saved.relations.map((r) => r.id)).toEqual([a]);
    expect(saved.relations[0]).not.toHaveProperty('review');
    expect(loadStory(undefined, saved).ok).toBe(true);
    expect(toSave(review.story, true).relations.length).toBe(review.story.relations.length);
  });
  test('every step shares the article texts, so a long history stays small; kept and back, undo and redo still work', () => {
    let review = start();
    const ids = review.story.relations.map((r) => r.id);
    for (const id of ids) review = ok(apply(review, { kind: 'state', id, state: 'accepted' }, tables));
    expect(review.past.length).toBe(ids.length);
    expect(review.past.every((step) => step.sources === review.story.sources)).toBe(true);
    // IndexedDB keeps a value as structuredClone does: shared objects once, and the steps come back whole.
    const back = fromKept(structuredClone(toKeep(undo(review))));
    expect(back.past.length).toBe(ids.length - 1);
    expect(back.future.length).toBe(1);
    expect(back.past[0].sources).toBe(back.story.sources);
    expect(stateOf(redo(back).story.relations.at(-1)!)).toBe('accepted');
    expect(stateOf(undo(back).story.relations.at(-2)!)).toBe('draft');
    expect(toKeep(review, 3).past.length).toBe(3);
    // A record kept before the steps were has none.
    expect(fromKept({ story: review.story })).toEqual({ story: review.story, past: [], future: [] });
  });
  test('actors are named for a person: the story\'s name, else the country\'s or the organisation\'s, else the code', () => {
    const story = start().story;
    expect(actorName(story, tables, 'KOR')).toBe('South Korea');
    expect(actorName(story, tables, 'NATO')).toBe(bundledOrganisations.get('NATO')!.name);
    expect(actorName(story, tables, 'XYZ')).toBe('XYZ');
    expect(actorName({ ...story, actors: [{ id: 'KOR', name: 'Korea (South)' }] }, tables, 'KOR')).toBe('Korea (South)');
  });
  test('a second article makes the story one of two sources: what was reviewed keeps its state, its quotes name the first article, and the whole passes the loader', () => {
    let review = start();
    const [a, b] = review.story.relations.map((r) => r.id);
    review = ok(apply(review, { kind: 'state', id: a, state: 'accepted' }, tables));
    review = ok(apply(review, { kind: 'state', id: b, state: 'rejected' }, tables));
    const at = text.indexOf('Furious political leaders');
    review = ok(apply(review, { kind: 'add', relation: { id: 'by-hand', type: 'tension', from: 'KOR', to: 'RUS', directed: true, certainty: 'stated', summary: 'By hand.', review: 'accepted', evidence: [{ quote: 'Furious political leaders', start: at, end: at + 25 }] } }, tables));
    const inputs = inputsOf(review.story);
    expect(inputs).toEqual([{ text, title: review.story.title, published: '2024-06-21', fileName: 'article.txt' }]);
    const second = { text: read('data/examples/red-sea-2024/us-designation.txt'), fileName: 'article-2.txt', publisher: 'Example desk' };
    const merged = mergeDraft(draftStory([...inputs, second]), review.story, undefined);
    const verdict = check(merged, tables);
    expect(verdict.ok ? [] : verdict.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    expect(merged.sources!.map((s) => s.id)).toEqual(['article', 'article-2']);
    const byId = new Map(merged.relations.map((r) => [r.id, r]));
    expect([a, b, 'by-hand'].map((id) => stateOf(byId.get(id)!))).toEqual(['accepted', 'rejected', 'accepted']);
    expect(byId.get('by-hand')!.evidence[0].source).toBe('article');
    expect(merged.relations.some((r) => r.evidence.some((e) => e.source === 'article-2'))).toBe(true);
    // Drafted again from its sources, the story gives back the same articles.
    expect(inputsOf(merged).map((i) => i.fileName)).toEqual(['article.txt', 'article-2.txt']);
  });
});
