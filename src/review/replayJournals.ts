import { dropJournal, orphanJournals, pendingSteps, replay, startOfReplay } from './journal.ts';
import { fromKept, keptTexts, toKeep, type Tables } from './reviewModel.ts';
import { loadReview, newReviewId, saveReview, TAB } from './savedReview.ts';

/**
 * Puts the steps of tabs that went before IndexedDB had them (a reload at once after a decision, a
 * closed tab, a crash) into the reviews kept in the browser, before the list of them is shown; how
 * many steps were put back. One tab at a time does it, so no step is put back twice.
 */
export async function replayJournals(tables: Tables): Promise<number> {
  const run = async () => {
    let replayed = 0;
    for (const { tab, data, bases } of await orphanJournals(TAB)) {
      for (const [id, entry] of Object.entries(data)) {
        // null: the store could not be read (try again next time); undefined: the review is not there
        // (deleted, or its draft never kept: then the draft's base in the journal, if it has one, starts it).
        const kept = await loadReview(id).catch(() => null);
        if (kept === null) continue;
        const { steps, apart } = kept ? pendingSteps(kept.summary, tab, entry) : { steps: entry.steps, apart: false };
        const start = startOfReplay(kept ? fromKept(kept.work, kept.texts) : undefined, steps, bases[id], (base) => fromKept(base.work, base.texts));
        if (start) {
          const { review, applied } = replay(start.review, start.steps, tables);
          if (applied || start.fromBase) {
            // A draft IndexedDB never had is kept whole, texts and all, under its own name.
            const result = !kept
              ? await saveReview(id, toKeep(review), 0, keptTexts(review)).catch(() => undefined)
              : apart
                ? await saveReview(newReviewId(), toKeep(review), 0, keptTexts(review)).catch(() => undefined)
                : await saveReview(id, toKeep(review), kept.summary.rev, start.fromBase ? keptTexts(review) : undefined).catch(() => undefined);
            if (!result?.ok) continue;
            replayed += applied + (start.fromBase ? 1 : 0);
          }
        }
        dropJournal(tab, id);
      }
    }
    return replayed;
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request('drm-review-replay', run) : run();
}
