import { validateStory, type CountryTable, type LoadResult } from '../data/index.ts';

/**
 * Loads a story by link (`?story=stories/summit.json`): the relations JSON from a path on this
 * origin, then the article text its `article` field names, beside it. Other origins are refused, so
 * the page never requests anything from outside its own origin.
 */
export async function fetchStory(path: string, pageUrl: string, countries: CountryTable): Promise<LoadResult> {
  const file = path;
  const fail = (message: string, expected?: string): LoadResult => ({ ok: false, errors: [{ file, path: '', message, expected }] });
  let url: URL;
  try {
    url = new URL(path, pageUrl);
  } catch {
    return fail('not a valid path', 'a path on this site, such as stories/summit.json');
  }
  if (url.origin !== new URL(pageUrl).origin) return fail(`${url.origin} is another site; stories load only from this one`, 'a path on this site, such as stories/summit.json');
  const json = await fetchText(url);
  if ('error' in json) return fail(json.error);
  let articleName: unknown;
  try {
    articleName = (JSON.parse(json.text) as { article?: unknown }).article;
  } catch {
    return validateStory('', json.text, countries, { files: { relations: file } });
  }
  if (typeof articleName !== 'string') return validateStory('', json.text, countries, { files: { relations: file } });
  const articleUrl = new URL(articleName, url);
  if (articleUrl.origin !== url.origin) return { ok: false, errors: [{ file, path: 'article', message: `"${articleName}" is on another site`, expected: 'the name of a text file beside the story' }] };
  const article = await fetchText(articleUrl);
  if ('error' in article) return { ok: false, errors: [{ file, path: 'article', message: article.error, expected: 'the name of a text file beside the story' }] };
  return validateStory(article.text, json.text, countries, { files: { relations: file, article: articleName } });
}

async function fetchText(url: URL): Promise<{ text: string } | { error: string }> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { error: `${url.pathname} could not be loaded (HTTP ${response.status})` };
    // A single-page server answers a missing file with its own page instead of a 404.
    if (response.headers.get('content-type')?.includes('text/html')) return { error: `${url.pathname} was not found (the server answered with a web page)` };
    return { text: await response.text() };
  } catch (e) {
    return { error: `${url.pathname} could not be loaded (${(e as Error).message})` };
  }
}
