/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, but run on
 * the pattern itself rather than on a copy. `matchAll` makes a new RegExp for each call, and a
 * new RegExp whose compiled code the engine no longer holds starts again in the interpreter and is
 * compiled again: for the trigger table's long patterns that cost more than the matching (the
 * drafter spent about a third of its time there). The pattern's `lastIndex` is read as
 * `matchAll` reads it and left as it was.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const kept = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a whole code point in a Unicode pattern), as matchAll does.
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = kept;
  }
  return found;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}
