import { parse, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { StoryError } from './storyError.ts';

/** Parses JSON text; on a syntax error, says where (line and column) and what was found there. */
export function parseJson(text: string, file: string): { value: unknown } | { errors: StoryError[] } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const found: ParseError[] = [];
    parse(text, found, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (found.length === 0) found.push({ error: 1 as ParseErrorCode, offset: 0, length: 0 });
    return { errors: found.slice(0, 5).map((e) => syntaxError(text, file, e)) };
  }
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
