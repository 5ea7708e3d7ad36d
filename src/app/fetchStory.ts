import { fileText } from '../data/readText.ts';
import { validateStory, type CountryTable, type LoadResult, type OrganisationTable } from '../data/index.ts';

/**
 * Loads a story by link (`?story=stories/summit.json`): the relations JSON from a path on this
 * origin, then the article text its `article` field names, beside it. Other origins are refused, so
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
  const json = await fetchText(url);
  if ('error' in json) return fail(json.error);
  let articleName: unknown;
  let sources: unknown;
  try {
    ({ article: articleName, sources } = JSON.parse(json.text) as { article?: unknown; sources?: unknown });
  } catch {
    return validateStory('', json.text, countries, { files: { relations: file }, organisations });
  }
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
