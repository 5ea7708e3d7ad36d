import { draftStory } from './draftStory.ts';
import { TRIGGERS } from './lexicon/triggers.ts';

/**
 * Warming the drafter before its first article. A JavaScript engine compiles a pattern when it is
 * first used and compiles it again, to machine code, when it is used again; the drafter's patterns
 * are long, so its first article took most of a second more than the next (0.7 s against 15 ms for
 * the built-in article in Chromium). The review screen asks the drafter's worker to warm while the
 * editor is still pasting: a few sentences of our own drafted twice, then every trigger's pattern
 * run twice on a line of text, a slice at a time so that an article arriving meanwhile goes first.
 */

/** A few sentences of our own, with the commonest kinds of relation, names, dates and quotes. */
const SAMPLE = [
  'Warm-up',
  '',
  'President Jean Dupont of France visited Kenya on Monday, where he met President Amina Odhiambo. Germany and Poland signed a defence pact in Warsaw and agreed to boost trade.',
  '“We will not accept this,” the Russian foreign ministry said, accusing Ukraine of attacking its territory. The United States imposed sanctions on Iran on 3 March 2024, and China condemned the move.',
  'Brazil’s government, which mediated talks between Peru and Chile, expelled two Venezuelan diplomats.',
].join('\n');

/** A line in two-byte characters, as an article with typographic quotes is, for the patterns' machine code. */
const LINE = 'A line of text’s words to warm the patterns: nothing of note.';

/** The steps of a warm-up, each a short piece of work: the sample drafted twice, then the triggers' patterns in slices. */
export function warmSteps(slice = 12): (() => void)[] {
  const steps: (() => void)[] = [() => draftStory({ text: SAMPLE, published: '2024-06-21' }), () => draftStory({ text: SAMPLE, published: '2024-06-21' })];
  for (let i = 0; i < TRIGGERS.length; i += slice) {
    const some = TRIGGERS.slice(i, i + slice);
    steps.push(() => {
      for (const trigger of some) {
        for (let twice = 0; twice < 2; twice++) {
          const kept = trigger.pattern.lastIndex;
          trigger.pattern.lastIndex = 0;
          trigger.pattern.exec(LINE);
          trigger.pattern.lastIndex = kept;
        }
      }
    });
  }
  return steps;
}
