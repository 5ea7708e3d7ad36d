/**
 * A file's text as the app and the command line both read it: without the byte-order mark that
 * some editors put first (it is not part of the article, and would shift every offset by one).
 */
export function fileText(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** Why bytes are not UTF-8 text: another encoding they can be named by, or not text at all. */
export type NotText = 'utf-16le' | 'utf-16be' | 'latin-1' | 'binary';

/**
 * A file's bytes as UTF-8 text (byte-order mark dropped), or what they are instead. Decoding is
 * strict, as the CSV reader's "�" check is: a Latin-1 or UTF-16 article read as UTF-8 would not fail,
 * it would quietly hold replacement characters and NULs, and every quote would then mismatch.
 *
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0])) // { notText: 'utf-16le' }
 */
export function decodeText(bytes: Uint8Array): { text: string } | { notText: NotText } {
  const wide = utf16Order(bytes);
  if (wide) return { notText: wide };
  if (bytes.includes(0)) return { notText: 'binary' };
  try {
    return { text: fileText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)) };
  } catch {
    return { notText: controlShare(bytes) > 0.02 ? 'binary' : 'latin-1' };
  }
}

/** What a user can do about a file that is not UTF-8 text: a phrase that follows "is". */
export function notTextReason(notText: NotText): string {
  if (notText === 'binary') return 'not a text file (it holds NUL bytes or other binary data)';
  if (notText === 'latin-1') return 'not UTF-8 text: it looks like Latin-1 or Windows-1252 (a character could not be read as UTF-8)';
  return `${notText === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} text, not UTF-8`;
}

/** How to fix it, said once for every reader. */
export const SAVE_AS_UTF8 = 'the text saved as UTF-8 (in most editors: Save As, encoding "UTF-8")';

/**
 * UTF-16 by its byte-order mark, or without one by its NULs: ASCII letters in UTF-16 have a zero
 * byte each, all on the odd bytes (little-endian) or all on the even ones (big-endian).
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return undefined;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.4 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.4 && odd <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The share of bytes that are control codes no text file holds (tab, line breaks and form feed aside). */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) controls++;
  return bytes.length ? controls / bytes.length : 0;
}
