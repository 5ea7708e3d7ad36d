import { parse, printParseErrorCode, visit, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { StoryError } from './storyError.ts';

/** Parses JSON text; on a syntax error, says where (line and column) and what was found there. */
export function parseJson(text: string, file: string): { value: unknown } | { errors: StoryError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const found: ParseError[] = [];
    parse(text, found, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (found.length === 0) found.push({ error: 1 as ParseErrorCode, offset: 0, length: 0 });
    // One mistake often trips the parser twice at one place ("property name expected", "value expected"): say it once.
    const once = found.filter((e, i) => found.findIndex((f) => f.offset === e.offset) === i);
    return { errors: once.slice(0, 5).map((e) => syntaxError(text, file, e)) };
  }
  // Counting keys is a fast native scan; the locating parser runs only when a field is given twice.
  if (keysInText(text) === keysInValue(value)) return { value };
  const duplicates = duplicateKeys(text, file);
  return duplicates.length ? { errors: duplicates } : { value };
}

/**
 * The property names in valid JSON text: every string followed by a colon. JSON.parse keeps one of
 * each name given twice in an object, so the text has more names than the value exactly when one is.
 */
function keysInText(text: string): number {
  let keys = 0;
  let at = 0;
  for (;;) {
    const open = text.indexOf('"', at);
    if (open < 0) return keys;
    // The closing quote is the first one not escaped (preceded by an even number of backslashes).
    let close = text.indexOf('"', open + 1);
    for (;;) {
      let slashes = 0;
      while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    at = close + 1;
    while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13 || text.charCodeAt(at) === 9)) at++;
    if (text.charCodeAt(at) === 58) keys++;
  }
}

/** The property names in a parsed JSON value, counted in every object at every depth. */
function keysInValue(value: unknown): number {
  if (Array.isArray(value)) {
    let keys = 0;
    for (const item of value) keys += keysInValue(item);
    return keys;
  }
  if (value === null || typeof value !== 'object') return 0;
  const names = Object.keys(value);
  let keys = names.length;
  for (const name of names) keys += keysInValue((value as Record<string, unknown>)[name]);
  return keys;
}

/** Fields given twice in one object: JSON.parse keeps the last silently, so a story could lose a value unseen. */
function duplicateKeys(text: string, file: string): StoryError[] {
  const errors: StoryError[] = [];
  const stack: { seen: Set<string>; path: string }[] = [];
  visit(text, {
    onObjectBegin: (_o, _l, _sl, _sc, pathSupplier) => {
      stack.push({ seen: new Set(), path: formatAt(pathSupplier()) });
    },
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (name, _offset, _length, startLine, startCharacter) => {
      const top = stack.at(-1)!;
      if (top.seen.has(name)) {
        errors.push({
          file, path: top.path ? `${top.path}.${name}` : name, line: startLine + 1, column: startCharacter + 1,
          message: `the field "${name}" is given twice in one object (the later value would silently win)`,
          expected: 'each field once: keep the right value and delete the other',
        });
      }
      top.seen.add(name);
    },
  });
  return errors;
}

function formatAt(parts: (string | number)[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

function syntaxError(text: string, file: string, e: ParseError): StoryError {
  const before = text.slice(0, e.offset);
  // Any line break counts, a lone CR (old Mac files) included, as editors number lines that way.
  const lines = before.split(/\r\n?|\n/);
  const line = lines.length;
  const column = lines[lines.length - 1].length + 1;
  const near = text.slice(e.offset, e.offset + 20).split(/[\r\n]/)[0];
  return {
    file,
    path: '',
    line,
    column,
    message: `malformed JSON: ${describe(printParseErrorCode(e.error))}${near ? ` at “${near}”` : ' at the end of the file'}`,
    expected: 'valid JSON: double-quoted names and strings, commas between items and none after the last',
  };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
