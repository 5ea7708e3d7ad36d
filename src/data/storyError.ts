/** One thing wrong with a story: where (file and path inside it), what, and what would be right. */
export interface StoryError {
  file: string;
  /** A path into the data such as `relations[3].evidence[0].end`; empty for the whole file. */
  path: string;
  message: string;
  expected?: string;
  line?: number;
  column?: number;
}

export type PathPart = string | number | symbol;

/** `['relations', 3, 'evidence', 0, 'end']` → `relations[3].evidence[0].end`. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

/** A one-line human reading of an error, e.g. `relations.json: relations[3].end: … (expected …)`. */
export function formatError(error: StoryError): string {
  const where = [error.file, error.line != null ? `line ${error.line}, column ${error.column}` : '', error.path]
    .filter(Boolean)
    .join(': ');
  return `${where}: ${error.message}${error.expected ? `; expected ${error.expected}` : ''}`;
}
