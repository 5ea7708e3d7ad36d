import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** The last story opened from files, kept in the browser so a reload or a link away does not lose it. */
export interface SavedStory {
  name: string;
  json: string;
  savedAt: string;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('drm-opened', 'stories'));

export const loadOpened = () => get<SavedStory>('last', db());
export const saveOpened = (story: SavedStory) => set('last', story, db());
export const forgetOpened = () => del('last', db());
