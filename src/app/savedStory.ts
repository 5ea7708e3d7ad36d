import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** The last story opened from files, kept in the browser so a reload or a link away does not lose it. */
export interface SavedStory {
  name: string;
  json: string;
  savedAt: string;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('drm-opened', 'stories'));

// Async, so a browser without IndexedDB (or one that throws on opening it) rejects, never throws where called.
export const loadOpened = async () => get<SavedStory>('last', db());
export const saveOpened = async (story: SavedStory) => set('last', story, db());
// Nothing kept where the browser keeps nothing: forgetting cannot fail.
export const forgetOpened = async () => del('last', db()).catch(() => undefined);
