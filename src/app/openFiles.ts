import { decodeText, fileText, notTextReason, SAVE_AS_UTF8 } from '../data/readText.ts';
import { readCsvStory, validateStory, type CountryTable, type LoadResult, type OrganisationTable } from '../data/index.ts';

const extension = (name: string) => name.toLowerCase().split('.').pop() ?? '';

/**
 * Reads a story from files a reader chose or dropped: a story JSON (with `articleText`, or with its
 * article's .txt alongside), or a relations CSV with the article's .txt alongside.
 */
export async function openFiles(files: readonly File[], countries: CountryTable, organisations?: OrganisationTable, options: { normaliseLineEndings?: boolean } = {}): Promise<LoadResult> {
  const lf = (text: string) => (options.normaliseLineEndings ? text.replace(/\r\n/g, '\n') : text);
  const fail = (file: string, message: string, expected: string): LoadResult => ({ ok: false, errors: [{ file, path: '', message, expected }] });
  const json = files.filter((f) => extension(f.name) === 'json');
  const csv = files.filter((f) => extension(f.name) === 'csv');
  const txt = files.filter((f) => extension(f.name) === 'txt');
  const other = files.filter((f) => !['json', 'csv', 'txt'].includes(extension(f.name)));
  if (other.length) return fail(other[0].name, 'is not a story file', 'a .json story, or a .csv of relations with the article as .txt');
  if (json.length + csv.length !== 1) {
    return fail(files.map((f) => f.name).join(', ') || '(no file)', json.length + csv.length === 0 ? 'no .json or .csv story among the files' : 'more than one story at once', 'one .json or .csv story, with at most one .txt article');
  }
  // Every file is read as UTF-8 or named for what it is (UTF-16, Latin-1, binary), as the command line does.
  const texts = new Map<File, string>();
  for (const f of [...json, ...csv, ...txt]) {
    const decoded = decodeText(new Uint8Array(await f.arrayBuffer()));
    if ('notText' in decoded) return fail(f.name, `is ${notTextReason(decoded.notText)}`, SAVE_AS_UTF8);
    texts.set(f, decoded.text);
  }
  const read = (f: File) => texts.get(f)!;
  // A story of several sources takes each source's article by its file name.
  const articles = new Map(txt.map((f) => [f.name, lf(read(f))] as const));
  const severalSources = csv.length ? /(^|,)\s*"?source"?\s*(,|\r?\n)/i.test(read(csv[0]).split('\n')[0] + '\n') : /"sources"\s*:/.test(read(json[0]));
  if (txt.length > 1 && !severalSources) {
    return fail(txt.map((f) => f.name).join(', '), 'more than one article', 'at most one .txt article beside the story, or a story with "sources" (a spreadsheet with a "source" column) naming each article file');
  }
  const article = txt.length === 1 ? articles.get(txt[0].name) : undefined;
  if (csv.length) {
    if (!txt.length) return fail(csv[0].name, 'a spreadsheet needs its article to find the quotes in', `${csv[0].name} chosen or dropped together with the article's .txt file`);
    return readCsvStory(read(csv[0]), articles.get(txt[0].name)!, countries, { files: { relations: csv[0].name, article: txt[0].name }, organisations, ...(severalSources ? { articles } : {}) });
  }
  const text = fileText(read(json[0]));
  const result = validateStory(article, options.normaliseLineEndings ? withLf(text) : text, countries, { files: { relations: json[0].name, article: txt[0]?.name }, organisations, articles });
  if (!result.ok && article === undefined && result.errors.some((e) => e.path === 'articleText')) {
    return fail(json[0].name, 'the story has no article text', `${json[0].name} chosen or dropped together with its article's .txt file, or a story saved with "Save story", which keeps the text inside`);
  }
  return result;
}

/** A story JSON with its embedded article texts' CRLF line endings made LF (the text itself when it does not parse). */
function withLf(json: string): string | unknown {
  try {
    const data = JSON.parse(json) as { articleText?: unknown; sources?: { articleText?: unknown }[] };
    if (typeof data.articleText === 'string') data.articleText = data.articleText.replace(/\r\n/g, '\n');
    if (Array.isArray(data.sources)) for (const s of data.sources) if (s && typeof s.articleText === 'string') s.articleText = s.articleText.replace(/\r\n/g, '\n');
    return data;
  } catch {
    return json;
  }
}
