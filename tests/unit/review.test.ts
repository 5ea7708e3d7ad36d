import { serialize } from 'node:v8';
import { describe, expect, test, vi } from 'vitest';
import { bundledCountries, bundledOrganisations, loadStory } from '../../src/data/index.ts';
import { validateStory } from '../../src/data/validateStory.ts';
import { isIsoDate } from '../../src/data/isoDate.ts';
import { draftStory } from '../../src/draft/index.ts';
import { actorName, apply, check, drawable, fromKept, inputsOf, keptTexts, mergeDraft, newReview, redo, stateOf, toKeep, toSave, toStory, undo, type Review, type ReviewAction } from '../../src/review/reviewModel.ts';
import { builtInStory, read } from './fixtures.ts';

// The loader's full check, watched: a decision must not run it (it reads every text and every quote).
vi.mock('../../src/data/validateStory.ts', async (original) => {
  const m = await original<typeof import('../../src/data/validateStory.ts')>();
  return { ...m, validateStory: vi.fn(m.validateStory) };
});

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
  test('an edit sets an end, marks a relation ongoing, clears either, and refuses an end before the start', () => {
    let review = start();
    const id = review.story.relations.find((r) => r.date)!.id;
    const date = { date: '2024-06-19', datePrecision: 'day' as const };
    review = ok(apply(review, { kind: 'edit', id, patch: { ...date, end: '2025-03', endPrecision: 'month' } }, tables));
    expect(review.story.relations.find((r) => r.id === id)).toMatchObject({ end: '2025-03', endPrecision: 'month' });
    review = ok(apply(review, { kind: 'edit', id, patch: { end: undefined, endPrecision: undefined, ongoing: true } }, tables));
    const ongoing = review.story.relations.find((r) => r.id === id)!;
    expect([ongoing.ongoing, 'end' in ongoing, 'endPrecision' in ongoing]).toEqual([true, false, false]);
    review = ok(apply(review, { kind: 'edit', id, patch: { ongoing: undefined } }, tables));
    expect('ongoing' in review.story.relations.find((r) => r.id === id)!).toBe(false);
    const before = apply(review, { kind: 'edit', id, patch: { end: '2023', endPrecision: 'year' } }, tables);
    expect('errors' in before && before.errors[0].message).toBe('the end "2023" is before the start "2024-06-19"');
  });
  test('year 0 is refused by the edit form\'s own check and by the edit itself (issue 25, item 10)', () => {
    expect(isIsoDate('0000', 'year')).toBe(false);
    expect(isIsoDate('0000-06-21', 'day')).toBe(false);
    const review = start();
    const result = apply(review, { kind: 'edit', id: review.story.relations[0].id, patch: { date: '0000', datePrecision: 'year' } }, tables);
    expect('errors' in result && result.errors.map((e) => e.path)).toEqual(['relations[0].date']);
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
  test('steps share what a change does not touch; kept and back (texts apart), undo and redo still work', () => {
    let review = start();
    const ids = review.story.relations.map((r) => r.id);
    for (const id of ids) review = ok(apply(review, { kind: 'state', id, state: 'accepted' }, tables));
    expect(review.past.length).toBe(ids.length);
    // The relation a step did not change is the same object in both.
    expect(review.past.at(-1)!.relations[0]).toBe(review.story.relations[0]);
    // IndexedDB keeps a value as structuredClone does: shared objects once, and the steps come back whole.
    const kept = toKeep(undo(review));
    const back = fromKept(structuredClone(kept), structuredClone(keptTexts(undo(review))));
    expect(back.past.length).toBe(ids.length - 1);
    expect(back.future.length).toBe(1);
    expect(back.story.articleText).toBe(text);
    expect(back.past[0].articleText).toBe(text);
    expect(check(back.story, tables).ok).toBe(true);
    expect(stateOf(redo(back).story.relations.at(-1)!)).toBe('accepted');
    expect(stateOf(undo(back).story.relations.at(-2)!)).toBe('draft');
    expect(toKeep(review, 3).past.length).toBe(3);
    // A record kept before the steps were has none; one kept before the texts were apart has them inside.
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

  test('"Add another article": relations it restates gain its quotes and keep their decision (accepted, rejected or draft)', () => {
    let review = start();
    const [a, b, c] = review.story.relations.map((r) => r.id);
    review = ok(apply(review, { kind: 'state', id: a, state: 'accepted' }, tables));
    review = ok(apply(review, { kind: 'state', id: b, state: 'rejected' }, tables));
    review = ok(apply(review, { kind: 'edit', id: c, patch: { certainty: 'alleged' } }, tables));
    // The second article restates the first (another outlet's copy of the same wire story).
    const second = { text: `Another outlet reports.\n\n${text}`, fileName: 'article-2.txt', publisher: 'Second desk' };
    const merged = mergeDraft(draftStory([...inputsOf(review.story), second]), review.story, undefined);
    const verdict = check(merged, tables);
    expect(verdict.ok ? [] : verdict.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    const byId = new Map(merged.relations.map((r) => [r.id, r]));
    expect([a, b, c].map((id) => stateOf(byId.get(id)!))).toEqual(['accepted', 'rejected', 'draft']);
    expect(byId.get(c)!.certainty).toBe('alleged');
    for (const id of [a, b, c]) {
      const sources = byId.get(id)!.evidence.map((e) => e.source);
      expect(sources, id).toContain('article');
      expect(sources, id).toContain('article-2');
    }
    // Its first quote is still the one reviewed.
    expect(byId.get(a)!.evidence[0]).toEqual({ ...review.story.relations.find((r) => r.id === a)!.evidence[0], source: 'article' });
  });

  test('the kept work holds no article text: after 50 decisions on a 2 MB article it is the size it was after one, and the texts are kept once', () => {
    const long = `${text}\n${'Filler that names no country at all. '.repeat(Math.ceil(2e6 / 37))}`;
    let review = newReview(draftStory({ text: long, published: '2024-06-21', fileName: 'article.txt' }));
    const ids = review.story.relations.map((r) => r.id);
    const states = ['accepted', 'rejected', 'draft'] as const;
    const decide = (n: number) => ok(apply(review, { kind: 'state', id: ids[n % ids.length], state: states[n % 3] }, tables));
    review = decide(0);
    // What a decision writes (IndexedDB serialises as v8 does: shared objects once, strings each time).
    const afterOne = serialize(toKeep(review)).length;
    const textsSize = serialize(keptTexts(review)).length;
    for (let n = 1; n < 50; n++) review = decide(n);
    const afterFifty = serialize(toKeep(review)).length;
    expect(review.past.length).toBe(50);
    expect(afterOne).toBeLessThan(long.length / 10);
    expect(afterFifty).toBeLessThan(long.length / 10);
    expect(afterFifty + textsSize).toBeLessThan(1.1 * (afterOne + textsSize));
    expect(keptTexts(review).texts).toEqual([long]);
    // A one-article story that becomes one of two sources: each text still once.
    const second = { text: read('data/examples/red-sea-2024/us-designation.txt'), fileName: 'article-2.txt' };
    const both = mergeDraft(draftStory([...inputsOf(review.story), second]), review.story, undefined);
    const grown: Review = { story: both, past: [...review.past, review.story], future: [] };
    const texts = keptTexts(grown);
    expect(texts.texts.length).toBe(2);
    expect(Object.keys(texts.refs).sort()).toEqual(['', 'article', 'article-2']);
    const back = fromKept(structuredClone(toKeep(grown)), structuredClone(texts));
    expect(back.story.sources!.map((s) => s.articleText!.length)).toEqual([long.length, second.text.length]);
    expect(back.past[0].articleText!.length).toBe(long.length);
  }, 300_000); // Drafts 2 MB twice: on a loaded machine that is slow, and slowness is the bench's business, not a failure here.

  test('a decision is checked for the relation it changes, not by the full loader (which reads every text and quote again)', () => {
    let review = start();
    const ids = review.story.relations.map((r) => r.id);
    vi.mocked(validateStory).mockClear();
    for (let n = 0; n < 30; n++) review = ok(apply(review, { kind: 'state', id: ids[n % ids.length], state: n % 2 ? 'accepted' : 'rejected' }, tables));
    review = ok(apply(review, { kind: 'edit', id: ids[0], patch: { certainty: 'alleged' } }, tables));
    expect(vi.mocked(validateStory)).not.toHaveBeenCalled();
    // The map takes the story as it is, the same as the loader would give it.
    const full = check(drawable(review.story), tables);
    expect(full.ok && toStory(drawable(review.story), tables)).toEqual(full.ok && full.story);
  });

  test('the check of one relation refuses what the loader refuses', () => {
    const review = start();
    const r = review.story.relations[0];
    const refused = (action: ReviewAction) => {
      const result = apply(review, action, tables);
      return 'errors' in result ? result.errors.map((e) => `${e.path}: ${e.message}`) : [];
    };
    expect(refused({ kind: 'edit', id: r.id, patch: { summary: 'A bell \u0007 rings.' } })[0]).toMatch(/^relations\[0\]\.summary: a control character/);
    expect(refused({ kind: 'edit', id: r.id, patch: { to: 'XYZ' } })[0]).toMatch(/^relations\[0\]\.to: unknown actor "XYZ"/);
    expect(refused({ kind: 'edit', id: r.id, patch: { type: 'nonsense' as never } })[0]).toMatch(/^relations\[0\]\.type: unknown value/);
    expect(refused({ kind: 'add', relation: { ...r } })).toContain(`relations[${review.story.relations.length}].id: duplicate relation id "${r.id}"`);
    expect(refused({ kind: 'evidence', id: r.id, evidence: { quote: 'not in the text', start: 0, end: 15 } })[0]).toMatch(/^relations\[0\]\.evidence\[\d\]\.quote: the quote is not a verbatim span/);
  });

  test('"Draft from this article": every hand-made relation comes in accepted, one the draft restates too (with the drafted quotes it lacks)', () => {
    const beside = builtInStory();
    const drafted = draftStory({ text: beside.articleText, title: beside.title, published: beside.published, fileName: beside.article });
    const merged = mergeDraft(drafted, undefined, beside);
    const byId = new Map(merged.relations.map((r) => [r.id, r]));
    expect(beside.relations.map((r) => stateOf(byId.get(r.id)!))).toEqual(beside.relations.map(() => 'accepted'));
    for (const r of beside.relations) expect(byId.get(r.id)!.evidence.slice(0, r.evidence.length)).toEqual(r.evidence);
    expect(merged.relations.filter((r) => stateOf(r) === 'draft').length).toBeGreaterThan(0);
    const verdict = check(merged, tables);
    expect(verdict.ok ? [] : verdict.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });
});

test('a draft that restates a hand-made relation beside it joins it as evidence, which stays accepted', () => {
  const loaded = loadStory(text, read('data/relations.json'));
  if (!loaded.ok) throw new Error('the built-in story does not load');
  const drafted = draftStory({ text, published: '2024-06-21', fileName: 'article.txt' });
  const hand = loaded.story.relations[0];
  // A drafted relation with a hand-made relation's id (the same pair, type and certainty), quoting another sentence.
  const restated = { ...drafted.relations[0], id: hand.id, evidence: [{ quote: text.slice(0, 10), start: 0, end: 10 }] };
  const merged = mergeDraft({ ...drafted, relations: [restated, ...drafted.relations.slice(1)] }, undefined, loaded.story);
  const joined = merged.relations.filter((r) => r.id === hand.id);
  expect(joined).toHaveLength(1);
  expect(joined[0].review).toBe('accepted');
  expect(joined[0].evidence.length).toBe(hand.evidence.length + (hand.evidence.some((e) => e.start < 10) ? 0 : 1));
  expect(merged.relations.filter((r) => r.review === 'accepted')).toHaveLength(loaded.story.relations.length);
});
