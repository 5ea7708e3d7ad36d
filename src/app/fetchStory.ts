import { fileText } from '../data/readText.ts';
import { readCsvStory, validateStory, type CountryTable, type LoadResult, type OrganisationTable } from '../data/index.ts';
import { readSpreadsheet } from '../data/spreadsheet.ts';

/**
 * Loads a story by link (`?story=stories/summit.json`): the relations JSON from a path on this
 * origin, then the article text its `article` field names, beside it. A spreadsheet
 * (`?story=examples/aukus-2021/relations.csv`) takes its article from `article.txt` beside it, or
 * each row's from the file its `source` column names, as when the files are opened together. Other origins are refused, so
 * the page never requests anything from outside its own origin.
 */
export async function fetchStory(path: string, pageUrl: string, countries: CountryTable, organisations?: OrganisationTable): Promise<LoadResult> {
  const file = path;
  const fail = (message: string, expected?: string): LoadResult => ({ ok: false, errors: [{ file, path: '', message, expected }] });
  let url: URL;
  try {
    url = new URL(path, pageUrl);
  } catch {
    return fail('not a valid path', 'a path on this site, such as stories/summit.json');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`a ${url.protocol} address is not a story file`, 'a path on this site, such as stories/summit.json');
  if (url.origin !== new URL(pageUrl).origin) return fail(`${url.origin} is another site; stories load only from this one`, 'a path on this site, such as stories/summit.json');
  if (/\.csv$/i.test(url.pathname)) return fetchCsvStory(url, file, countries, organisations);
  const json = await fetchText(url);
  if ('error' in json) return fail(json.error);
  let articleName: unknown;
  let sources: unknown;
  let articleText: unknown;
  try {
    ({ article: articleName, sources, articleText } = JSON.parse(json.text) as { article?: unknown; sources?: unknown; articleText?: unknown });
  } catch {
    return validateStory('', json.text, countries, { files: { relations: file }, organisations });
  }
  // A story saved with "Save story" carries its article: nothing more to fetch.
  if (typeof articleText === 'string' && !Array.isArray(sources)) return validateStory(undefined, json.text, countries, { files: { relations: file }, organisations });
  if (Array.isArray(sources)) return fetchSources(json.text, sources, url, file, countries, organisations);
  if (typeof articleName !== 'string') return validateStory('', json.text, countries, { files: { relations: file }, organisations });
  const articleUrl = new URL(articleName, url);
  if (articleUrl.origin !== url.origin) return { ok: false, errors: [{ file, path: 'article', message: `"${articleName}" is on another site`, expected: 'the name of a text file beside the story' }] };
  const article = await fetchText(articleUrl);
  if ('error' in article) return { ok: false, errors: [{ file, path: 'article', message: article.error, expected: 'the name of a text file beside the story' }] };
  return validateStory(article.text, json.text, countries, { files: { relations: file, article: articleName }, organisations });
}

/** A story of several sources: each source that names an article file has it fetched from beside the story. */
async function fetchSources(jsonText: string, sources: unknown[], url: URL, file: string, countries: CountryTable, organisations?: OrganisationTable): Promise<LoadResult> {
  const articles = new Map<string, string>();
  for (const [i, source] of sources.entries()) {
    const name = (source as { article?: unknown; articleText?: unknown } | null)?.article;
    if (typeof name !== 'string' || typeof (source as { articleText?: unknown }).articleText === 'string' || articles.has(name)) continue;
    const articleUrl = new URL(name, url);
    if (articleUrl.origin !== url.origin) return { ok: false, errors: [{ file, path: `sources[${i}].article`, message: `"${name}" is on another site`, expected: 'the name of a text file beside the story' }] };
    const article = await fetchText(articleUrl);
    if ('error' in article) return { ok: false, errors: [{ file, path: `sources[${i}].article`, message: article.error, expected: 'the name of a text file beside the story' }] };
    articles.set(name, article.text);
  }
  return validateStory(undefined, jsonText, countries, { files: { relations: file }, organisations, articles });
}

/** A relations CSV by link, with its article (or each source's) fetched from beside it; errors by row and column. */
async function fetchCsvStory(url: URL, file: string, countries: CountryTable, organisations?: OrganisationTable): Promise<LoadResult> {
  const csv = await fetchText(url);
  if ('error' in csv) return { ok: false, errors: [{ file, path: '', message: csv.error }] };
  const sheet = readSpreadsheet(csv.text);
  const expected = 'the article\'s text beside the spreadsheet, where its quotes are found';
  if (!('notUtf8' in sheet) && sheet.columns.includes('source')) {
    const articles = new Map<string, string>();
    for (const { row, cells } of sheet.rows) {
      const name = (cells.source ?? '').trim();
      const fileName = /\.txt$/i.test(name) ? name : `${name}.txt`;
      if (!name || articles.has(fileName)) continue;
      const articleUrl = new URL(fileName, url);
      if (articleUrl.origin !== url.origin) return { ok: false, errors: [{ file, path: `row ${row}, column "source"`, message: `"${name}" is on another site`, expected: 'the name of a text file beside the spreadsheet' }] };
      const article = await fetchText(articleUrl);
      if ('error' in article) return { ok: false, errors: [{ file, path: `row ${row}, column "source"`, message: article.error, expected }] };
      articles.set(fileName, article.text);
    }
    return readCsvStory(csv.text, articles.values().next().value ?? '', countries, { files: { relations: file }, organisations, articles });
  }
  const article = await fetchText(new URL('article.txt', url));
  if ('error' in article) return { ok: false, errors: [{ file, path: '', message: `no article: ${article.error}`, expected: `${expected}, as article.txt` }] };
  return readCsvStory(csv.text, article.text, countries, { files: { relations: file, article: 'article.txt' }, organisations });
}

async function fetchText(url: URL): Promise<{ text: string } | { error: string }> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { error: `${url.pathname} could not be loaded (HTTP ${response.status})` };
    // A single-page server answers a missing file with its own page instead of a 404.
    if (response.headers.get('content-type')?.includes('text/html')) return { error: `${url.pathname} was not found (the server answered with a web page)` };
    return { text: fileText(await response.text()) };
  } catch (e) {
    return { error: `${url.pathname} could not be loaded (${(e as Error).message})` };
  }
}
