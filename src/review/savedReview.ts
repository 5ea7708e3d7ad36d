import { createStore, type UseStore } from 'idb-keyval';
import type { StoryData } from '../data/schema.ts';
import { keysIn, quotePacker } from './keptQuotes.ts';
import type { Tables } from './reviewModel.ts';

/**
 * A review kept in the browser, as the list of kept reviews shows it: its title, when and by which
 * tab it was last saved, its revision, and how far it has gone.
 */
export interface ReviewSummary {
  id: string;
  title: string;
  savedAt: string;
  rev: number;
  tab: string;
  relations: number;
  accepted: number;
  rejected: number;
  articles: number;
  /** The last of the saving tab's journal steps this save holds (see journal.ts). */
  seq?: number;
}

/** A review's work: the story and the steps to undo and redo, without the articles' texts. */
export interface KeptWork {
  story: StoryData;
  past?: StoryData[];
  future?: StoryData[];
}

/** The articles' texts of a review, each once ('' is a one-article story's, else a source's id). */
export interface KeptTexts {
  texts: string[];
  refs: Record<string, number>;
  /** As written: each text in parts under keys of their own (then `texts` is empty). */
  parts?: string[][];
}

// Several reviews, each under three keys: what the list shows, the work (written at each decision)
// and the texts (written when an article joins). A record from before there were several is kept
// under LEGACY whole, texts inside; it is listed and resumed like the others, and moves on its first save.
const LEGACY = 'review';
const META = 'meta:';
const key = (kind: 'meta' | 'work' | 'texts', id: string) => `${kind}:${id}`;
// A relation's long list of quotes is kept under keys of its own (`quotes:<review>:<tab>-<n>`), written
// once, so that a decision on an article of ten megabytes writes a few kilobytes, not every quote again.
const QUOTES = (id: string) => `quotes:${id}:`;
const quoteRange = (id: string) => IDBKeyRange.bound(QUOTES(id), `${QUOTES(id)}\uffff`);
const packers = new Map<string, ReturnType<typeof quotePacker>>();
// An article's text is written in parts of 250,000 characters, each a short task, never one long one.
const TEXT = (id: string) => `text:${id}:`;
const textRange = (id: string) => IDBKeyRange.bound(TEXT(id), `${TEXT(id)}\uffff`);
const TEXT_PART = 250_000;
let textParts = 0;
const packerOf = (id: string) => packers.get(id) ?? packers.set(id, quotePacker((n) => `${QUOTES(id)}${TAB}-${n}`)).get(id)!;

let store: UseStore | undefined;
const db = () => (store ??= createStore('drm-review', 'work'));

/** This tab's name, so a save can tell another tab's work from its own. */
export const TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A name for a new review, unique across tabs. */
export const newReviewId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Runs one transaction on the store; its answer comes once the browser has committed it. */
function transaction<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore, answer: (value: T) => void) => void): Promise<T> {
  // A browser without IndexedDB, or one that refuses it, rejects here, never throws where it is called.
  return Promise.resolve().then(() => db()(mode, (s) => new Promise<T>((resolve, reject) => {
    let value: T;
    const t = s.transaction;
    t.oncomplete = () => resolve(value);
    t.onabort = t.onerror = () => reject(t.error ?? new Error('the browser did not keep it'));
    body(s, (v) => (value = v));
  })));
}

const request = <T>(r: IDBRequest<T>, then: (value: T) => void) => {
  r.onsuccess = () => then(r.result);
};

/** The reviews kept in this browser, the last saved first. */
export function listReviews(): Promise<ReviewSummary[]> {
  return transaction<ReviewSummary[]>('readonly', (s, answer) => {
    request(s.getAll(IDBKeyRange.bound(META, `${META}\uffff`)), (metas: ReviewSummary[]) => {
      const list = [...metas];
      request(s.get(LEGACY), (legacy: (KeptWork & { savedAt: string; rev: number; tab: string }) | undefined) => {
        if (legacy && !list.some((m) => m.id === LEGACY)) list.push({ ...summaryOf(LEGACY, legacy.story), savedAt: legacy.savedAt, rev: legacy.rev, tab: legacy.tab });
        answer(list.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
      });
    });
  });
}

/** One kept review: its work, and its texts (undefined for a record that holds them inside). */
export function loadReview(id: string): Promise<{ summary: ReviewSummary; work: KeptWork; texts?: KeptTexts } | undefined> {
  return transaction('readonly', (s, answer) => {
    request(s.get(key('meta', id)), (summary: ReviewSummary | undefined) => {
      if (!summary && id === LEGACY) {
        return request(s.get(LEGACY), (legacy: (KeptWork & { savedAt: string; rev: number; tab: string }) | undefined) => {
          answer(legacy ? { summary: { ...summaryOf(LEGACY, legacy.story), savedAt: legacy.savedAt, rev: legacy.rev, tab: legacy.tab }, work: legacy } : undefined);
        });
      }
      if (!summary) return answer(undefined);
      request(s.get(key('work', id)), (work: KeptWork | undefined) => {
        request(s.get(key('texts', id)), (kept: KeptTexts | undefined) => {
          if (!work) return answer(undefined);
          const wanted = [...keysIn(work), ...(kept?.parts ?? []).flat()];
          const values = new Map<string, unknown>();
          const done = () => {
            const quotes = values as Map<string, StoryData['relations'][number]['evidence']>;
            const texts = kept?.parts ? { texts: kept.parts.map((keys) => keys.map((k) => values.get(k) ?? '').join('')), refs: kept.refs } : kept;
            answer({ summary, work: packerOf(id).unpack(work, quotes), texts });
          };
          if (!wanted.length) return done();
          for (const k of wanted) {
            request(s.get(k), (value: unknown) => {
              values.set(k, value ?? []);
              if (values.size === wanted.length) done();
            });
          }
        });
      });
    });
  });
}

/**
 * Saves a review's work as revision `rev + 1` (and its texts, when given), unless another tab saved
 * this review since this one read revision `rev`: then nothing is written and the other tab's
 * summary comes back. Reading and writing are one transaction, so two tabs cannot both pass the check.
 */
export function saveReview(id: string, work: KeptWork, rev: number, texts?: KeptTexts, seq?: number): Promise<{ ok: true; rev: number; summary: ReviewSummary } | { ok: false; theirs: ReviewSummary }> {
  // One save at a time in a tab, in the order they were asked for: a later decision is never overwritten by an earlier one.
  const done = saving.then(() => saveNow(id, work, rev, texts, seq));
  saving = done.catch(() => undefined);
  return done;
}
let saving: Promise<unknown> = Promise.resolve();

async function saveNow(id: string, work: KeptWork, rev: number, texts?: KeptTexts, seq?: number): Promise<{ ok: true; rev: number; summary: ReviewSummary } | { ok: false; theirs: ReviewSummary }> {
  // Quotes not written yet go first, a part to a transaction (each a short task); the work that names them last.
  const packer = packerOf(id);
  const packed = packer.pack(work);
  for (const part of packed.fresh) {
    await transaction<void>('readwrite', (s) => void s.put(part.quotes, part.key));
    packer.wrote(part.key);
  }
  let record: KeptTexts | undefined;
  if (texts) {
    record = { texts: [], refs: texts.refs, parts: [] };
    for (const text of texts.texts) {
      const keys: string[] = [];
      for (let at = 0; at === 0 || at < text.length; at += TEXT_PART) {
        const k = `${TEXT(id)}${TAB}-${textParts++}`;
        await transaction<void>('readwrite', (s) => void s.put(text.slice(at, at + TEXT_PART), k));
        keys.push(k);
      }
      record.parts!.push(keys);
    }
  }
  return transaction<{ ok: true; rev: number; summary: ReviewSummary } | { ok: false; theirs: ReviewSummary }>('readwrite', (s, answer) => {
    request(s.get(key('meta', id)), (stored: ReviewSummary | undefined) => {
      if (stored && stored.rev > rev && stored.tab !== TAB) return answer({ ok: false, theirs: stored });
      const next = Math.max(rev, stored?.rev ?? 0) + 1;
      const summary: ReviewSummary = { ...summaryOf(id, work.story), savedAt: new Date().toISOString(), rev: next, tab: TAB, ...(seq !== undefined ? { seq } : {}) };
      s.put(summary, key('meta', id));
      s.put(packed.work, key('work', id));
      if (record) {
        s.put(record, key('texts', id));
        const keep = new Set(record.parts!.flat());
        request(s.getAllKeys(textRange(id)), (keys) => {
          for (const k of keys) if (!keep.has(String(k))) s.delete(k);
        });
      }
      if (id === LEGACY) s.delete(LEGACY);
      // Quotes the work no longer names (steps dropped from undo, an edited list) go.
      request(s.getAllKeys(quoteRange(id)), (keys) => {
        for (const k of keys) if (!packed.keys.has(String(k))) s.delete(k);
      });
      answer({ ok: true, rev: next, summary });
    });
  }).then((result) => {
    if (result.ok) channel()?.postMessage({ id, rev: result.rev, tab: TAB });
    return result;
  });
}

/** Removes a kept review from this browser. */
export function deleteReview(id: string): Promise<void> {
  return transaction<void>('readwrite', (s) => {
    for (const k of [key('meta', id), key('work', id), key('texts', id)]) s.delete(k);
    s.delete(quoteRange(id));
    s.delete(textRange(id));
    if (id === LEGACY) s.delete(LEGACY);
  }).then(() => {
    channel()?.postMessage({ id, rev: -1, tab: TAB });
  });
}

function summaryOf(id: string, story: StoryData): Omit<ReviewSummary, 'savedAt' | 'rev' | 'tab'> {
  const count = (state: string) => story.relations.filter((r) => (r.review ?? 'accepted') === state).length;
  return { id, title: story.title, relations: story.relations.length, accepted: count('accepted'), rejected: count('rejected'), articles: story.sources?.length ?? 1 };
}

let bc: BroadcastChannel | undefined | null;
function channel(): BroadcastChannel | undefined {
  if (bc === undefined) bc = typeof BroadcastChannel === 'function' ? new BroadcastChannel('drm-review') : null;
  return bc ?? undefined;
}

/** Calls back when another tab saves or deletes a review (`rev` -1). */
export function onOtherTab(listener: (id: string, rev: number) => void): () => void {
  const c = channel();
  if (!c) return () => {};
  const handle = (event: MessageEvent<{ id?: string; rev: number; tab: string }>) => event.data.tab !== TAB && listener(event.data.id ?? LEGACY, event.data.rev);
  c.addEventListener('message', handle);
  return () => c.removeEventListener('message', handle);
}

/**
 * The names the review journal (journal.ts) keeps its entries under in localStorage, each followed by a
 * tab's name: its steps, whether the tab is open, and its drafts' bases. Here, in the store's small
 * module, so that the page can ask whether a gone tab left work there without loading the review's code.
 */
export const JOURNAL = 'drm-review-journal:';
export const OPEN = 'drm-review-open:';
export const BASE = 'drm-review-base:';

/** Whether some tab's journal holds steps (its own or a gone tab's): then they are to be put back before the kept reviews are listed. */
export function journalsWaiting(store: Pick<Storage, 'key' | 'length'> | undefined = localStorageOrNone()): boolean {
  if (!store) return false;
  for (let i = 0; i < store.length; i++) if (store.key(i)?.startsWith(JOURNAL)) return true;
  return false;
}

/** The page's localStorage, or undefined where there is none or it is refused. */
export function localStorageOrNone(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Shows the page's "Continue review" button when a review is kept in this browser, so a reload, a
 * crash or a closed tab lands back on it, unless a review has started meanwhile (the page is then
 * `.reviewing`). Work a gone tab left only in its journal (a reload at once after a draft,
 * before IndexedDB had it) is put back in the store first: the review code loads only for that.
 */
export async function offerKept(resume: HTMLButtonElement, tables: Tables): Promise<void> {
  if (journalsWaiting()) await (await import('./replayJournals.ts')).replayJournals(tables).catch(() => 0);
  const [saved] = await listReviews();
  if (!saved || resume.closest('.reviewing')) return;
  resume.hidden = false;
  resume.title = `Your review of “${saved.title}”, kept in this browser`;
}
