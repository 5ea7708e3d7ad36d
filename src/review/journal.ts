import { apply, redo, undo, type Review, type ReviewAction, type Tables } from './reviewModel.ts';
import { BASE, JOURNAL, localStorageOrNone, OPEN, type KeptTexts, type KeptWork } from './savedReview.ts';

/**
 * A step of review as the journal keeps it: a change, undo or redo. A draft (an article joining) is
 * kept only as a mark: its text is too long to keep here, so no step after it can be replayed from
 * the journal alone.
 */
export type JournalStep = ReviewAction | { kind: 'undo' } | { kind: 'redo' } | { kind: 'draft' };
export interface JournalEntry { seq: number; step: JournalStep }
/** A tab's steps of one review not yet known to be in IndexedDB, made on top of its revision `base` there. */
export interface JournalReview { base: number; steps: JournalEntry[] }
/** A tab's journal: its pending steps by review. */
export type JournalData = Record<string, JournalReview>;
/**
 * A review as it stood at a draft (step `seq`), kept beside the journal until a save holding that
 * draft lands: a reload before IndexedDB has the draft itself starts from it, not from nothing.
 */
export interface DraftBase { seq: number; work: KeptWork; texts: KeptTexts }
export type DraftBases = Record<string, DraftBase>;
/** The longest draft base kept, in characters: about a fifth of what a browser gives a site in localStorage. */
export const BASE_LIMIT = 1_000_000;

// IndexedDB answers later, and a reload or a closed tab aborts what it has not committed. So each step
// is also written at once, synchronously, to localStorage (a few hundred bytes), and dropped once a
// save that holds it lands. A page that opens the review screen replays the steps of tabs that are gone.
const LOCK = 'drm-review-tab:';

/** The part of the Web Storage API the journal uses (localStorage in the page, a Map in tests). */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** An object kept under `key`, or an empty one when there is none or it cannot be read. */
const readObject = <T>(store: Store, key: string): T => {
  try {
    return JSON.parse(store.getItem(key) ?? '{}') as T;
  } catch {
    return {} as T;
  }
};
const read = (store: Store, tab: string) => readObject<JournalData>(store, JOURNAL + tab);
const write = (store: Store, tab: string, data: JournalData) => {
  try {
    if (Object.keys(data).length) {
      store.setItem(JOURNAL + tab, JSON.stringify(data));
      store.setItem(OPEN + tab, '1');
    } else {
      store.removeItem(JOURNAL + tab);
      store.removeItem(OPEN + tab);
    }
    // A base is kept only while its review has steps in the journal (its draft is one of them).
    const bases = readBases(store, tab);
    const kept = Object.fromEntries(Object.entries(bases).filter(([id, base]) => data[id]?.steps.some((s) => s.seq === base.seq)));
    if (Object.keys(kept).length !== Object.keys(bases).length) writeBases(store, tab, kept);
  } catch {
    // A browser with storage full or refused keeps the steps in IndexedDB only, as before.
  }
};
const readBases = (store: Store, tab: string) => readObject<DraftBases>(store, BASE + tab);
const writeBases = (store: Store, tab: string, bases: DraftBases) => {
  if (Object.keys(bases).length) store.setItem(BASE + tab, JSON.stringify(bases));
  else store.removeItem(BASE + tab);
};

/**
 * A draft's base as the journal keeps it, or undefined when it is too long to keep there (an article
 * of a million characters): the story with its steps to undo, else the story alone.
 */
export function draftBase(seq: number, work: KeptWork, texts: KeptTexts): DraftBase | undefined {
  const size = texts.texts.reduce((n, t) => n + t.length, 0);
  if (size > BASE_LIMIT) return undefined;
  for (const w of [work, { story: work.story }]) {
    if (size + JSON.stringify(w).length <= BASE_LIMIT) return { seq, work: w, texts };
  }
  return undefined;
}

/**
 * This tab's journal. `step` records a step at once (its number comes back); `saved` drops the steps a
 * save holds, once it has landed; `forget` drops a review's steps (it was deleted); `hidden` and
 * `shown` say whether the tab is gone (a reload, a closed tab) or back (from the back-forward cache).
 */
export function journal(tab: string, store: Store | undefined = localStorageOrNone()) {
  let seq = 0;
  return {
    /**
     * Records a step. A draft may bring the review as it stands after it (`snapshot`, called only
     * here): kept beside the journal, it lets a reload before IndexedDB has the draft start from it.
     */
    step(id: string, base: number, step: JournalStep, snapshot?: () => { work: KeptWork; texts: KeptTexts }): number {
      seq += 1;
      if (!store) return seq;
      const data = read(store, tab);
      (data[id] ??= { base, steps: [] }).steps.push({ seq, step });
      write(store, tab, data);
      if (snapshot) {
        const { work, texts } = snapshot();
        const kept = draftBase(seq, work, texts);
        try {
          const bases = readBases(store, tab);
          if (kept) bases[id] = kept;
          else delete bases[id];
          writeBases(store, tab, bases);
        } catch {
          // No room: the draft is kept by IndexedDB alone, as before there were bases.
          try {
            const bases = readBases(store, tab);
            delete bases[id];
            writeBases(store, tab, bases);
          } catch { /* nothing more to do */ }
        }
      }
      return seq;
    },
    /** The number of the last step recorded. */
    last: () => seq,
    /** A save of review `id` landed as revision `rev`, holding every step of this tab up to `upTo`. */
    saved(id: string, rev: number, upTo: number) {
      if (!store) return;
      const data = read(store, tab);
      for (const [which, entry] of Object.entries(data)) {
        // A tab works on one review at a time: a save holds its steps up to `upTo` whichever review they were first made in.
        entry.steps = entry.steps.filter((s) => s.seq > upTo);
        if (which === id) entry.base = rev;
        if (!entry.steps.length) delete data[which];
      }
      write(store, tab, data);
    },
    forget(id: string) {
      if (!store) return;
      const data = read(store, tab);
      delete data[id];
      write(store, tab, data);
    },
    hidden() {
      try {
        store?.removeItem(OPEN + tab);
      } catch { /* nothing to do */ }
    },
    shown() {
      if (store && Object.keys(read(store, tab)).length) write(store, tab, read(store, tab));
    },
  };
}

/** Holds a lock for this tab's life, so that another tab can tell a tab that crashed from one still at work. */
export function holdTabLock(tab: string) {
  void navigatorLocks()?.request(LOCK + tab, () => new Promise<void>(() => {})).catch(() => undefined);
}

/** The journals of tabs that are gone: closed or reloaded (they said so as they went), or no longer holding their lock. */
export async function orphanJournals(self: string, store: Store | undefined = localStorageOrNone()): Promise<{ tab: string; data: JournalData; bases: DraftBases }[]> {
  if (!store) return [];
  const tabs: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(JOURNAL) && k !== JOURNAL + self) tabs.push(k.slice(JOURNAL.length));
  }
  if (!tabs.length) return [];
  const locks = await navigatorLocks()?.query().catch(() => undefined);
  const alive = new Set([...(locks?.held ?? []), ...(locks?.pending ?? [])].map((l) => l.name));
  return tabs.filter((tab) => store.getItem(OPEN + tab) === null || (locks && !alive.has(LOCK + tab))).map((tab) => ({ tab, data: read(store, tab), bases: readBases(store, tab) }));
}

/** Drops a gone tab's journal of one review, once its steps are kept. */
export function dropJournal(tab: string, id: string, store: Store | undefined = localStorageOrNone()) {
  if (!store) return;
  const data = read(store, tab);
  delete data[id];
  write(store, tab, data);
  if (!Object.keys(data).length) store.removeItem(OPEN + tab);
}


/**
 * The steps of a gone tab's journal that the kept review lacks. When that tab saved it last, those
 * after its last save; when nobody saved it since the journal's base, all of them; when another tab
 * saved it since, all of them too, but as a review of their own (`apart`), as a live tab would keep them.
 */
export function pendingSteps(kept: { tab: string; rev: number; seq?: number }, tab: string, entry: JournalReview): { steps: JournalEntry[]; apart: boolean } {
  if (kept.tab === tab) return { steps: entry.steps.filter((s) => s.seq > (kept.seq ?? 0)), apart: false };
  return { steps: entry.steps, apart: kept.rev !== entry.base };
}

/**
 * Where a gone tab's pending steps start from: the draft base when the last draft among them is the
 * base's (the base holds every step before it), else the review as IndexedDB keeps it (undefined when
 * it keeps none); and the steps to replay on it.
 */
export function startOfReplay(kept: Review | undefined, steps: readonly JournalEntry[], base: DraftBase | undefined, fromBase: (base: DraftBase) => Review): { review: Review; steps: JournalStep[]; fromBase: boolean } | undefined {
  const lastDraft = steps.filter((s) => s.step.kind === 'draft').pop();
  if (base && lastDraft?.seq === base.seq) return { review: fromBase(base), steps: steps.filter((s) => s.seq > base.seq).map((s) => s.step), fromBase: true };
  return kept && { review: kept, steps: steps.map((s) => s.step), fromBase: false };
}

/** Replays steps on a review, in order, up to a draft (which the journal cannot replay); how many took. */
export function replay(review: Review, steps: readonly JournalStep[], tables: Tables): { review: Review; applied: number } {
  let applied = 0;
  for (const step of steps) {
    if (step.kind === 'draft') break;
    if (step.kind === 'undo') review = undo(review);
    else if (step.kind === 'redo') review = redo(review);
    else {
      const result = apply(review, step, tables);
      // A step that no longer applies (its relation is gone in another tab's version) is passed over.
      if ('errors' in result) continue;
      review = result.review;
    }
    applied += 1;
  }
  return { review, applied };
}


function navigatorLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}
