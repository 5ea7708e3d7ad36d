import { dsvFormat } from 'd3-dsv';

export interface Spreadsheet {
  /** Column names as the header gives them, trimmed, in lower case, spaces as underscores. */
  columns: string[];
  /** Rows with a value, each with its number as a spreadsheet shows it (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
  separator: string;
}

/**
 * A CSV as people save it from a spreadsheet: comma, semicolon or tab separated (a `sep=;` first line
 * or the header decides), headers in any case and with stray spaces ("Type", " date "), empty rows
 * (Excel leaves some at the end) skipped. Text that was not UTF-8 shows as U+FFFD: said, with where.
 */
export function readSpreadsheet(text: string): Spreadsheet | { notUtf8: { row: number } } {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bad = body.indexOf('\uFFFD');
  if (bad >= 0) return { notUtf8: { row: body.slice(0, bad).split('\n').length } };
  let first = 1;
  let separator: string | undefined;
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    separator = hint[1];
    body = body.slice(hint[0].length);
    first = 2;
  }
  separator ??= guessSeparator(body.split('\n')[0]);
  const [header = [], ...lines] = dsvFormat(separator).parseRows(body);
  const columns = header.map((c) => c.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const rows = lines.flatMap((values, i) => {
    if (values.every((v) => !v.trim())) return [];
    const cells: Record<string, string> = {};
    columns.forEach((c, j) => (cells[c] = values[j] ?? ''));
    return [{ row: first + 1 + i, cells }];
  });
  return { columns, rows, separator };
}

/** The separator a header line uses: the most frequent of comma, semicolon and tab outside quotes. */
function guessSeparator(line: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0 ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0] : ',';
}
