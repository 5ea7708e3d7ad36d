/** The most of a sentence shown on either side of a quote, in characters. */
const MAX_SIDE = 220;

/**
 * A quote with the rest of its sentence around it, sliced from the original text (offsets are
 * `[start, end)` into it): where a reader of an embed, who has no article beside the map, sees the
 * words in their place. A very long sentence is cut at a word, with an ellipsis.
 *
 * @example quoteInSentence('He left. Putin arrived in Pyongyang on Wednesday. Talks began.', 9, 34)
 * // { before: '', quote: 'Putin arrived in Pyongyang', after: ' on Wednesday.' }
 */
export function quoteInSentence(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  let from = start;
  while (from > 0 && !isBreak(text, from - 1) && start - from < MAX_SIDE) from--;
  let to = end;
  while (to < text.length && !(to > end && isBreak(text, to - 1)) && to - end < MAX_SIDE) to++;
  // Up to and including a sentence's end and any closing quote mark after it.
  while (to < text.length && /["”’)\]]/.test(text[to]) && to - end < MAX_SIDE) to++;
  let before = text.slice(from, start).replace(/^\s+/, '');
  let after = text.slice(end, to).replace(/\s+$/, '');
  if (from > 0 && !isBreak(text, from - 1)) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < text.length && to > end && !isBreak(text, to - 1) && !/[.!?]["”’)\]]*$/.test(after)) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, quote: text.slice(start, end), after };
}

/** A sentence ends after `.`, `!` or `?` followed by space (not after an initial such as "U.S."), or at a line break. */
function isBreak(text: string, i: number): boolean {
  if (text[i] === '\n') return true;
  let j = i;
  while (j > 0 && /["”’)\]]/.test(text[j])) j--;
  if (!/[.!?]/.test(text[j])) return false;
  if (!/\s/.test(text[i + 1] ?? ' ')) return false;
  // "U.S. officials", "Mr. Kim": a one- or two-letter word before the full stop is taken as an abbreviation.
  return !(text[j] === '.' && /(^|[\s.])[A-Z][a-z]?$/.test(text.slice(Math.max(0, j - 3), j)));
}
