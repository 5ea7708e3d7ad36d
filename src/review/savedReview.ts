import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { StoryData } from '../data/schema.ts';

/** A review kept in the browser: the working story, its revision, when and by which tab it was saved. */
export interface SavedReview {
  story: StoryData;
  /** The steps undo and redo can take (absent in a record kept before they were). */
  past?: StoryData[];
  future?: StoryData[];
  rev: number;
  savedAt: string;
  tab: string;
}

const KEY = 'review';
let store: UseStore | undefined;
const db = () => (store ??= createStore('drm-review', 'work'));

/** This tab's name, so a save can tell another tab's work from its own. */
export const TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function loadSaved(): Promise<SavedReview | undefined> {
  return get<SavedReview>(KEY, db());
}

/**
 * Saves the working story as revision `rev + 1`, unless another tab saved since this one read
 * revision `rev`: then nothing is written and the other tab's work comes back, to be offered.
 */
export async function saveReview(story: StoryData, rev: number, history: { past: StoryData[]; future: StoryData[] } = { past: [], future: [] }): Promise<{ ok: true; rev: number } | { ok: false; theirs: SavedReview }> {
  const stored = await get<SavedReview>(KEY, db());
  if (stored && stored.rev > rev && stored.tab !== TAB) return { ok: false, theirs: stored };
  const next = Math.max(rev, stored?.rev ?? 0) + 1;
  await set(KEY, { story, ...history, rev: next, savedAt: new Date().toISOString(), tab: TAB } satisfies SavedReview, db());
  channel()?.postMessage({ rev: next, tab: TAB });
  return { ok: true, rev: next };
}

export function discardSaved(): Promise<void> {
  channel()?.postMessage({ rev: -1, tab: TAB });
  return del(KEY, db());
}

let bc: BroadcastChannel | undefined | null;
function channel(): BroadcastChannel | undefined {
  if (bc === undefined) bc = typeof BroadcastChannel === 'function' ? new BroadcastChannel('drm-review') : null;
  return bc ?? undefined;
}

/** Calls back when another tab saves or discards the review. */
export function onOtherTab(listener: (rev: number) => void): () => void {
  const c = channel();
  if (!c) return () => {};
  const handle = (event: MessageEvent<{ rev: number; tab: string }>) => event.data.tab !== TAB && listener(event.data.rev);
  c.addEventListener('message', handle);
  return () => c.removeEventListener('message', handle);
}
