/**
 * A file's text as the app and the command line both read it: without the byte-order mark that
 * some editors put first (it is not part of the article, and would shift every offset by one).
 */
export function fileText(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}
