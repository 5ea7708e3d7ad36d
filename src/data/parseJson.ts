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
  const duplicates = duplicateKeys(text, file);
  return duplicates.length ? { errors: duplicates } : { value };
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
  const line = before.split('\n').length;
  const column = e.offset - before.lastIndexOf('\n');
  const near = text.slice(e.offset, e.offset + 20).split('\n')[0];
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
