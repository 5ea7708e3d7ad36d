import { dropJournal, orphanJournals, pendingSteps, replay } from './journal.ts';
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
    for (const { tab, data } of await orphanJournals(TAB)) {
      for (const [id, entry] of Object.entries(data)) {
        // null: the store could not be read (try again next time); undefined: the review is gone (deleted, or its draft never kept).
        const kept = await loadReview(id).catch(() => null);
        if (kept === null) continue;
        if (kept) {
          const { steps, apart } = pendingSteps(kept.summary, tab, entry);
          const { review, applied } = replay(fromKept(kept.work, kept.texts), steps, tables);
          if (applied) {
            const result = apart
              ? await saveReview(newReviewId(), toKeep(review), 0, keptTexts(review)).catch(() => undefined)
              : await saveReview(id, toKeep(review), kept.summary.rev).catch(() => undefined);
            if (!result?.ok) continue;
            replayed += applied;
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
