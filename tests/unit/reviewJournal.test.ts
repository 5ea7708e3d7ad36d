import { describe, expect, test } from 'vitest';
import { bundledCountries, bundledOrganisations } from '../../src/data/index.ts';
import { draftStory } from '../../src/draft/index.ts';
import { journal, orphanJournals, pendingSteps, replay, type Store } from '../../src/review/journal.ts';
import { newReview, stateOf, type Review } from '../../src/review/reviewModel.ts';
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
    expect(pendingSteps({ tab: 'a', rev: 5, seq: 2 }, 'a', entry)).toEqual({ steps: [entry.steps[2].step], apart: false });
    expect(pendingSteps({ tab: 'old', rev: 3 }, 'a', entry)).toEqual({ steps: entry.steps.map((s) => s.step), apart: false });
    expect(pendingSteps({ tab: 'b', rev: 4 }, 'a', entry)).toEqual({ steps: entry.steps.map((s) => s.step), apart: true });
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
