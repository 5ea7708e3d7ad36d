import type { StoryData } from '../data/schema.ts';
import type { StoryError } from '../data/storyError.ts';
import { check, checkRelation, type Tables } from './reviewModel.ts';

/** How many quotes of a relation are checked at a time. */
const PIECE = 500;

/** Gives the page back until the next task. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The loader's checks of a whole story, a piece at a time: the story's own fields first (as a story
 * with no relation), then each relation by the check a decision runs, its quotes five hundred at a time,
 * with `pause()` awaited whenever `budget` milliseconds have gone by. A drafted article of ten
 * megabytes (tens of thousands of quotes) is checked as fully as by `check`, without one long task.
 *
 * @example const errors = await checkInSlices(drafted, tables);
 */
export async function checkInSlices(story: StoryData, tables: Tables, options: { budget?: number; pause?: () => Promise<void> } = {}): Promise<StoryError[]> {
  const { budget = 25, pause = nextTask } = options;
  let since = performance.now();
  const breathe = async () => {
    if (performance.now() - since < budget) return;
    await pause();
    since = performance.now();
  };
  const bare = check({ ...story, relations: [] }, tables);
  const errors: StoryError[] = bare.ok ? [] : [...bare.errors];
  for (let i = 0; i < story.relations.length; i++) {
    const relation = story.relations[i];
    for (let at = 0; at < Math.max(1, relation.evidence.length); at += PIECE) {
      await breathe();
      const piece = relation.evidence.length > PIECE ? { ...relation, evidence: relation.evidence.slice(at, at + PIECE) } : relation;
      const probe = piece === relation ? story : { ...story, relations: story.relations.map((r, j) => (j === i ? piece : r)) };
      // A quote's place is counted within the piece: put it back in the whole list.
      for (const e of checkRelation(probe, i, tables)) {
        errors.push(at ? { ...e, path: e.path.replace(/^(relations\[\d+\]\.evidence\[)(\d+)\]/, (_, head: string, k: string) => `${head}${Number(k) + at}]`) } : e);
      }
    }
  }
  // A fault of the story's own (an actor, a source) is found again with each relation: say it once.
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(`${e.path}\n${e.message}`) && !!seen.add(`${e.path}\n${e.message}`));
}
