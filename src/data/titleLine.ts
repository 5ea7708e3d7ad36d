/**
 * A text's first non-blank line, trimmed, as a title of at most `max` UTF-16 units. Any line break
 * counts (LF, CRLF, a lone CR as old Mac files have, U+2028), and the cut never splits a surrogate
 * pair: half an emoji is not a character, and JSON or XML writers turn it into garbage.
 *
 * @example titleLine('Headline\rBody') // 'Headline'
 */
export function titleLine(text: string, max = 160): string {
  const line = (text.split(/\r\n?|[\n\u2028\u2029]/).find((l) => l.trim()) ?? '').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
