import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { articlePathProblem } from '../data/articlePath.ts';
import { formatError, loadStory, type Story, type StoryError } from '../data/index.ts';
import { notTextReason, SAVE_AS_UTF8 } from '../data/readText.ts';
import { readTextFile, type ReadIo } from './readFiles.ts';
import { reason } from './safeWrite.ts';

export type StoryRead = { ok: true; story: Story } | { ok: false; errors: string[] };

/** Where the story's JSON is, and how to name it in messages (as the user wrote it). */
export interface StoryPlace {
  path: string;
  name: string;
}

/**
 * Reads and validates a story from disk the way the app does. The JSON names its articles relative
 * to its own folder, so they are read before loadStory sees any; a name may not lead out of that
 * folder (no "..", no absolute path, no link to elsewhere), as the story may come from anyone and
 * the export copies its article into the file it writes. Errors are printed as loadStory formats
 * them, naming the files as the user named them.
 */
export function readStory(place: StoryPlace, io: ReadIo): StoryRead {
  let relationsText: string;
  try {
    const read = readTextFile(place.path, io);
    if ('notText' in read) return { ok: false, errors: [`export: cannot read --data ${place.name}: it is ${notTextReason(read.notText)}; give ${SAVE_AS_UTF8}`] };
    relationsText = read.text;
  } catch (error) {
    return { ok: false, errors: [`export: cannot read --data ${place.name}: ${reason(error)}`] };
  }
  const value = parsedOrUndefined(relationsText);
  // A story saved with its text inside ("Save story") needs no article beside it.
  const article = embedsText(value) ? undefined : articleField(value);
  const texts = articleTexts(place, articleNames(value, article), io);
  if (texts.errors.length) return { ok: false, errors: texts.errors.map(formatError) };
  const articleShown = article ? join(dirname(place.name), article) : 'article.txt';
  // With no article name, loadStory still runs on empty text: it reports the JSON or schema error
  // that explains why, and its other checks, but every quote would be "past the end" of nothing.
  const result = loadStory(article ? texts.read.get(article) ?? '' : '', relationsText, { files: { relations: place.name, article: articleShown }, articles: texts.read });
  if (result.ok) return result;
  const noText = article === undefined && !embedsText(value) && !Array.isArray(field(value, 'sources'));
  const errors = noText ? result.errors.filter((e) => !/\.evidence\[/.test(e.path)) : result.errors;
  const unchecked = errors.length < result.errors.length ? ['export: the evidence quotes were not checked, as there is no article to check them against'] : [];
  return { ok: false, errors: [...errors.map(formatError), ...unchecked] };
}

/** An article file a story names, and the field that names it (`article`, `sources[2].article`). */
interface ArticleName {
  field: string;
  name: string;
  /** Whether a file that cannot be read is an error here; a source's is reported by the loader. */
  required: boolean;
}

/** The article files to read: the story's own, and those of sources that do not carry their text. */
function articleNames(value: unknown, article: string | undefined): ArticleName[] {
  const names: ArticleName[] = article ? [{ field: 'article', name: article, required: true }] : [];
  const sources = field(value, 'sources');
  if (!Array.isArray(sources)) return names;
  sources.forEach((source, i) => {
    const name = field(source, 'article');
    if (typeof name === 'string' && typeof field(source, 'articleText') !== 'string') names.push({ field: `sources[${i}].article`, name, required: false });
  });
  return names;
}

/** Each named article's text, read once, or located errors for those that may not or cannot be read. */
function articleTexts(place: StoryPlace, names: readonly ArticleName[], io: ReadIo): { read: Map<string, string>; errors: StoryError[] } {
  const read = new Map<string, string>();
  const errors: StoryError[] = [];
  const folder = dirname(place.path);
  const error = (at: ArticleName, message: string, expected: string) => errors.push({ file: place.name, path: at.field, message, expected });
  for (const at of names) {
    if (read.has(at.name)) continue;
    const outside = outsideFolder(folder, at.name, io);
    if (outside) {
      error(at, `"${at.name}" ${outside}`, `the name of a file inside the folder of ${place.name} (or a folder below it), such as "article.txt": move or copy the article there and give its name`);
      continue;
    }
    try {
      const text = readTextFile(join(folder, at.name), io);
      if ('notText' in text) error(at, `the article "${at.name}" is ${notTextReason(text.notText)}`, SAVE_AS_UTF8);
      else read.set(at.name, text.text);
    } catch (failure) {
      if (at.required) error(at, `cannot read the article "${at.name}" (${reason(failure)})`, `the name of the article text file, relative to the folder of ${place.name}`);
    }
  }
  return { read, errors };
}

/** Why an article name leads out of the story's folder, or undefined: by its spelling, or through a link. */
function outsideFolder(folder: string, name: string, io: ReadIo): string | undefined {
  const spelt = articlePathProblem(name);
  if (spelt || !io.realPath) return spelt;
  let real: string;
  let base: string;
  try {
    real = io.realPath(join(folder, name));
    base = io.realPath(folder);
  } catch {
    return undefined; // A file that is not there: reading it says so.
  }
  const inside = relative(base, real);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? `is a symbolic link to ${real}, outside the story's folder` : undefined;
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // Malformed JSON is reported, with its place, by the loader.
  }
}

/** A field of a parsed JSON value, or undefined when the value is not an object. */
function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

/** Whether a story carries its own text (`articleText`, or every source's). */
function embedsText(value: unknown): boolean {
  const sources = field(value, 'sources');
  return typeof field(value, 'articleText') === 'string' || (Array.isArray(sources) && sources.every((s) => typeof field(s, 'articleText') === 'string'));
}

/** The story's `article` field, if it has a non-blank one. */
function articleField(value: unknown): string | undefined {
  const article = field(value, 'article');
  return typeof article === 'string' && article.trim() ? article : undefined;
}
