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
