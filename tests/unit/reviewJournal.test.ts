import { describe, expect, test } from 'vitest';
import { bundledCountries, bundledOrganisations } from '../../src/data/index.ts';
import { draftStory } from '../../src/draft/index.ts';
import { BASE_LIMIT, draftBase, journal, orphanJournals, pendingSteps, replay, startOfReplay, type DraftBase, type Store } from '../../src/review/journal.ts';
import { fromKept, keptTexts, newReview, stateOf, toKeep, type Review } from '../../src/review/reviewModel.ts';
import { read } from './fixtures.ts';

// The journal keeps each review step synchronously until IndexedDB holds it (see reviewReload.test.ts in the browser).
const tables = { countries: bundledCountries, organisations: bundledOrganisations };
const text = read('data/article.txt');
const start = () => newReview(draftStory({ text, published: '2024-06-21', fileName: 'article.txt' }));

function memoryStore(): Store & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() { return map.size; },
  };
}
const states = (review: Review, ids: string[]) => ids.map((id) => stateOf(review.story.relations.find((r) => r.id === id)!));

describe('the review journal', () => {
  test('a step is written at once; a save that lands drops the steps it holds, and an empty journal leaves nothing behind', () => {
    const store = memoryStore();
    const j = journal('tab-a', store);
    const one = j.step('r1', 0, { kind: 'state', id: 'x', state: 'accepted' });
    const two = j.step('r1', 0, { kind: 'undo' });
    expect(JSON.parse(store.getItem('drm-review-journal:tab-a')!)).toEqual({ r1: { base: 0, steps: [{ seq: one, step: { kind: 'state', id: 'x', state: 'accepted' } }, { seq: two, step: { kind: 'undo' } }] } });
    j.saved('r1', 4, one);
    expect(JSON.parse(store.getItem('drm-review-journal:tab-a')!)).toEqual({ r1: { base: 4, steps: [{ seq: two, step: { kind: 'undo' } }] } });
    j.saved('r1', 5, two);
    expect([...store.map.keys()]).toEqual([]);
  });

  test('only the journals of tabs that are gone are replayed: a tab still open keeps its own', async () => {
    const store = memoryStore();
    const gone = journal('tab-gone', store);
    const open = journal('tab-open', store);
    gone.step('r1', 2, { kind: 'state', id: 'x', state: 'rejected' });
    open.step('r2', 1, { kind: 'state', id: 'y', state: 'accepted' });
    gone.hidden();
    expect((await orphanJournals('tab-self', store)).map((o) => o.tab)).toEqual(['tab-gone']);
    // A tab back from the back-forward cache is open again.
    gone.shown();
    expect(await orphanJournals('tab-self', store)).toEqual([]);
  });

  test('the steps a kept review lacks: after its tab\'s last save; all of them on the base; all of them apart when another tab saved since', () => {
    const entry = { base: 3, steps: [1, 2, 3].map((seq) => ({ seq, step: { kind: 'state' as const, id: `r${seq}`, state: 'accepted' as const } })) };
    expect(pendingSteps({ tab: 'a', rev: 5, seq: 2 }, 'a', entry)).toEqual({ steps: [entry.steps[2]], apart: false });
    expect(pendingSteps({ tab: 'old', rev: 3 }, 'a', entry)).toEqual({ steps: entry.steps, apart: false });
    expect(pendingSteps({ tab: 'b', rev: 4 }, 'a', entry)).toEqual({ steps: entry.steps, apart: true });
  });

  test('a draft is kept beside the journal as its base until a save that holds it lands; a gone tab\'s bases come with its journal', async () => {
    const store = memoryStore();
    const j = journal('tab-a', store);
    const review = start();
    const [a] = review.story.relations.map((r) => r.id);
    const drafted = j.step('r1', 0, { kind: 'draft' }, () => ({ work: toKeep(review), texts: keptTexts(review) }));
    const decided = j.step('r1', 0, { kind: 'state', id: a, state: 'accepted' });
    const base = JSON.parse(store.getItem('drm-review-base:tab-a')!).r1;
    expect(base.seq).toBe(drafted);
    expect(base.texts.texts).toEqual([text]);
    j.hidden();
    const [gone] = await orphanJournals('tab-self', store);
    expect(Object.keys(gone.bases)).toEqual(['r1']);
    // IndexedDB never had the review: the replay starts from the base, with the steps after it.
    const from = startOfReplay(undefined, gone.data.r1.steps, gone.bases.r1, (b) => fromKept(b.work, b.texts))!;
    expect(from.fromBase).toBe(true);
    expect(from.steps).toEqual([{ kind: 'state', id: a, state: 'accepted' }]);
    const { review: after } = replay(from.review, from.steps, tables);
    expect(states(after, [a])).toEqual(['accepted']);
    expect(after.story.articleText).toBe(text);
    // A save holding the draft but not the decision drops the base; one holding both drops the journal.
    j.saved('r1', 1, drafted);
    expect(store.getItem('drm-review-base:tab-a')).toBeNull();
    expect(store.getItem('drm-review-journal:tab-a')).not.toBeNull();
    j.saved('r1', 2, decided);
    expect([...store.map.keys()]).toEqual([]);
  });

  test('where a replay starts: the base when the last pending draft is its own, else the kept review, else nothing', () => {
    const kept = start();
    const later = start();
    const base = { seq: 2, work: toKeep(later), texts: keptTexts(later) };
    const fromBase = (b: DraftBase) => fromKept(b.work, b.texts);
    const steps = (...kinds: ('draft' | 'undo')[]) => kinds.map((kind, i) => ({ seq: i + 1, step: { kind } }));
    expect(startOfReplay(kept, steps('undo', 'draft', 'undo'), base, fromBase)).toMatchObject({ fromBase: true, steps: [{ kind: 'undo' }] });
    // No draft pending (the base's draft is already kept), or a later draft than the base's: the kept review, all steps.
    expect(startOfReplay(kept, steps('undo'), base, fromBase)).toMatchObject({ review: kept, fromBase: false, steps: [{ kind: 'undo' }] });
    expect(startOfReplay(kept, steps('undo', 'draft', 'draft'), base, fromBase)).toMatchObject({ review: kept, fromBase: false });
    expect(startOfReplay(undefined, steps('undo'), undefined, fromBase)).toBeUndefined();
  });

  test('a draft too long for the journal keeps no base (IndexedDB alone has it); a long undo history is left out first', () => {
    const review = start();
    const texts = keptTexts(review);
    expect(draftBase(1, toKeep(review), { ...texts, texts: ['x'.repeat(BASE_LIMIT + 1)] })).toBeUndefined();
    const long = { ...toKeep(review), past: Array.from({ length: 400 }, () => review.story) };
    expect(JSON.stringify(long).length).toBeGreaterThan(BASE_LIMIT);
    expect(draftBase(1, long, texts)?.work).toEqual({ story: long.story });
    // Storage that refuses the base still takes the step.
    const store = memoryStore();
    const full = { ...store, setItem: (k: string, v: string) => { if (k.startsWith('drm-review-base:')) throw new Error('QuotaExceededError'); store.setItem(k, v); } };
    const j = journal('tab-b', full);
    j.step('r1', 0, { kind: 'draft' }, () => ({ work: toKeep(review), texts }));
    expect(store.getItem('drm-review-base:tab-b')).toBeNull();
    expect(JSON.parse(store.getItem('drm-review-journal:tab-b')!).r1.steps).toHaveLength(1);
  });

  test('replay applies decisions, undo and redo in order, passes over a step that no longer applies, and stops at a draft', () => {
    const review = start();
    const [a, b, c] = review.story.relations.map((r) => r.id);
    const { review: after, applied } = replay(review, [
      { kind: 'state', id: a, state: 'accepted' },
      { kind: 'state', id: b, state: 'rejected' },
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'state', id: 'gone', state: 'accepted' },
      { kind: 'draft' },
      { kind: 'state', id: c, state: 'accepted' },
    ], tables);
    expect(applied).toBe(4);
    expect(states(after, [a, b, c])).toEqual(['accepted', 'rejected', 'draft']);
    expect(after.past.length).toBe(2);
  });
});

describe('a decision drawn in place (issue 25)', () => {
  test('stateChanges finds the relations whose review state alone changed, and nothing when anything else did', async () => {
    const { apply, stateChanges, undo } = await import('../../src/review/reviewModel.ts');
    const review = start();
    const [a, b] = review.story.relations.map((r) => r.id);
    const ok = (r: ReturnType<typeof apply>) => ('review' in r ? r.review : expect.fail(JSON.stringify(r.errors)));
    const accepted = ok(apply(review, { kind: 'state', id: a, state: 'accepted' }, tables));
    const rejected = ok(apply(accepted, { kind: 'state', id: b, state: 'rejected' }, tables));
    expect(stateChanges(review.story, accepted.story)).toEqual(new Map([[a, 'accepted']]));
    expect(stateChanges(review.story, rejected.story)).toEqual(new Map([[a, 'accepted'], [b, 'rejected']]));
    expect(stateChanges(rejected.story, undo(rejected).story)).toEqual(new Map([[b, 'draft']]));
    expect(stateChanges(review.story, review.story)).toEqual(new Map());
    const edited = ok(apply(review, { kind: 'edit', id: a, patch: { summary: 'Another summary.' } }, tables));
    expect(stateChanges(review.story, edited.story)).toBeUndefined();
    const removed = ok(apply(review, { kind: 'remove', id: a }, tables));
    expect(stateChanges(review.story, removed.story)).toBeUndefined();
    expect(stateChanges(review.story, { ...review.story, title: 'Another title' })).toBeUndefined();
  });

  test('hidden relations leave the scene as dates do: the others keep their lanes, and the legend counts what is drawn', async () => {
    const { storyScene } = await import('../../src/core/storyScene.ts');
    const { builtInStory } = await import('./fixtures.ts');
    const story = builtInStory();
    const view = { zoom: 3, origin: [0, 0] as [number, number], width: 0, height: 0 };
    const all = storyScene(story, view);
    const hiddenId = all.edges[0].id;
    const some = storyScene(story, view, { hidden: new Set([hiddenId]) });
    expect(some.edges.map((e) => e.id)).toEqual(all.edges.slice(1).map((e) => e.id));
    expect(some.edges.map((e) => e.d)).toEqual(all.edges.slice(1).map((e) => e.d));
    const type = all.edges[0].relation.type;
    expect(some.legend.find((e) => e.type === type)!.count).toBe(all.legend.find((e) => e.type === type)!.count - 1);
  });
});
