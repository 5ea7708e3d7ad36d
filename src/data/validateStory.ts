import { checkStory, type SourceTexts } from './checkStory.ts';
import { parseJson } from './parseJson.ts';
import { schemaErrors } from './schemaErrors.ts';
import { actorSchema, personSchema, relationSchema, storySchema, type Source, type Story, type StoryData } from './schema.ts';
import type { StoryError } from './storyError.ts';
import { stringsWith } from './stringsWith.ts';
import { completeActor } from './completeActor.ts';
import type { CountryTable, OrganisationRow, OrganisationTable } from './tables.ts';

export { countryTable, organisationTable, type CountryRow, type CountryTable, type OrganisationRow, type OrganisationTable } from './tables.ts';

/** A story, or every error; `lineEndings` says the quotes fit once the article's CRLF line endings are made LF. */
export type LoadResult = { ok: true; story: Story } | { ok: false; errors: StoryError[]; lineEndings?: 'crlf' };

export interface LoadOptions {
  /** The file names errors should name. */
  files?: { article?: string; relations?: string };
  /** The organisations a story may name; none when absent (`loadStory` passes the bundled table). */
  organisations?: OrganisationTable;
  /** Texts of a story's sources that keep their article in a file of its own, by file name. */
  articles?: ReadonlyMap<string, string>;
}


/** The id of the one source of a story without `sources`. */
export const ARTICLE_SOURCE = 'article';

/**
 * Validates a story's relation data against its article text and a country table, and returns the
 * typed story, or every error found (never only the first, never a half-valid story). `relations`
 * is the JSON text or an already-parsed value. `loadStory` is the same with the bundled table.
 *
 * @example
 * const result = validateStory(articleText, relationsJsonText, countries);
 * if (!result.ok) console.error(result.errors.map(formatError).join('\n'));
 */
export function validateStory(articleText: string | undefined, relations: string | unknown, countries: CountryTable, options: LoadOptions = {}): LoadResult {
  const file = options.files?.relations ?? 'relations.json';
  const articleFile = options.files?.article ?? 'article.txt';
  let data: unknown = relations;
  if (typeof relations === 'string') {
    const parsed = parseJson(relations, file);
    if ('errors' in parsed) return { ok: false, errors: parsed.errors };
    data = parsed.value;
  }
  const result = storySchema.safeParse(data);
  const organisations = options.organisations ?? new Map<string, OrganisationRow>();
  const context = { file, countries, organisations };
  if (!result.success) {
    const errors = schemaErrors(storySchema, result.error.issues, data, file);
    const partial = validParts(data);
    if (partial) {
      const texts = partial.sources
        ? rawSourceTexts(partial.sources, options.articles ?? new Map())
        : new Map([[ARTICLE_SOURCE, { text: articleText ?? partial.articleText ?? '', file: articleFile }]]);
      for (const e of checkStory(partial.story, { ...context, texts, rawIds: partial.rawIds })) errors.push(e);
    }
    return { ok: false, errors };
  }
  const story = result.data;
  const found = sourceTexts(story, articleText, articleFile, options.articles ?? new Map(), file);
  if ('errors' in found) return { ok: false, errors: found.errors };
  const controls = controlCharacters(story, found.texts, file);
  if (controls.length) return { ok: false, errors: controls };
  const errors = checkStory(story, { ...context, texts: found.texts });
  if (errors.length) return { ok: false, errors, ...crlfOnly(story, found.texts, errors, context) };
  const { articleText: _embedded, sources, ...rest } = story;
  const actors = rest.actors.map((actor) => completeActor(actor, countries, organisations));
  const first = [...found.texts.values()][0].text;
  return {
    ok: true,
    story: {
      ...rest, actors, articleText: first,
      ...(sources ? { sources: sources.map((s): Source => ({ ...s, articleText: found.texts.get(s.id)!.text })) } : {}),
    },
  };
}

// C0 control characters other than tab, line feed and carriage return: no text has them, and XML cannot carry them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;


/** Every text field, and every article, that holds a control character: where, and which. */
function controlCharacters(story: StoryData, texts: SourceTexts, file: string): StoryError[] {
  const errors: StoryError[] = [];
  const describe = (text: string) => {
    const at = CONTROL.exec(text)!.index;
    return `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')} at character ${at}`;
  };
  for (const [path, value] of stringsWith(story, CONTROL, 'articleText')) {
    errors.push({ file, path, message: `a control character (${describe(value)})`, expected: 'text without control characters (tabs and line breaks are fine); remove it' });
  }
  for (const { text, file: articleFile } of texts.values()) {
    if (!CONTROL.test(text)) continue;
    const at = CONTROL.exec(text)!.index;
    const line = text.slice(0, at).split(/\r\n?|\n/).length;
    errors.push({ file: articleFile, path: '', message: `a control character (${describe(text)}, line ${line})`, expected: 'plain text without control characters: this may not be a text file, or it was damaged in copying' });
  }
  return errors;
}

/**
 * When every quote error goes away with the article's CRLF line endings made LF, the one thing
 * wrong is the line endings (a Windows checkout, an editor): say that, instead of listing offsets.
 */
function crlfOnly(story: StoryData, texts: SourceTexts, errors: StoryError[], context: Omit<Parameters<typeof checkStory>[1], 'texts'>): { lineEndings?: 'crlf' } {
  const crlf = [...texts.values()].filter((t) => t.text.includes('\r\n'));
  if (!crlf.length || !errors.some((e) => /\.evidence\[\d+\]/.test(e.path))) return {};
  const lf = new Map([...texts].map(([id, t]) => [id, { ...t, text: t.text.replace(/\r\n/g, '\n') }]));
  const again = checkStory(story, { ...context, texts: lf });
  if (again.some((e) => /\.evidence\[\d+\]/.test(e.path))) return {};
  errors.splice(0, errors.length, ...again, ...crlf.map((t) => ({
    file: t.file, path: '', message: 'the article has Windows line endings (CRLF), and the quotes\' offsets count each line break as one character (LF)',
    expected: 'the article with LF line endings: normalise it (the page offers to), or check it out with core.autocrlf false',
  })));
  return { lineEndings: 'crlf' };
}

/** The texts of the sources that can be read from data that failed the schema, so their quotes are still checked. */
function rawSourceTexts(sources: unknown[], articles: ReadonlyMap<string, string>): SourceTexts {
  const texts = new Map<string, { text: string; file: string }>();
  sources.forEach((source, i) => {
    const { id, article, articleText } = (source ?? {}) as { id?: unknown; article?: unknown; articleText?: unknown };
    const text = typeof articleText === 'string' ? articleText : typeof article === 'string' ? articles.get(article) : undefined;
    if (typeof id === 'string' && text !== undefined && !texts.has(id)) texts.set(id, { text, file: typeof article === 'string' ? article : `sources[${i}].articleText` });
  });
  return texts;
}

/** Each source's text: inside the story, in a file given beside it, or (one article) the text passed in. */
function sourceTexts(story: StoryData, articleText: string | undefined, articleFile: string, articles: ReadonlyMap<string, string>, file: string): { texts: SourceTexts } | { errors: StoryError[] } {
  const texts = new Map<string, { text: string; file: string }>();
  if (!story.sources) {
    const text = story.articleText ?? articleText;
    if (text === undefined) {
      return { errors: [{ file, path: 'articleText', message: `no article text for "${story.article ?? 'the story'}"`, expected: 'the article file beside the story, or its text in "articleText"' }] };
    }
    if (story.article === undefined && story.articleText === undefined) {
      return { errors: [{ file, path: 'article', message: 'missing field', expected: 'the article\'s file name in "article" or its text in "articleText", or a list of "sources"' }] };
    }
    texts.set(ARTICLE_SOURCE, { text, file: story.article ?? articleFile });
    return { texts };
  }
  const errors: StoryError[] = [];
  story.sources.forEach((source, i) => {
    const at = `sources[${i}]`;
    if (texts.has(source.id)) errors.push({ file, path: `${at}.id`, message: `duplicate source id "${source.id}"`, expected: 'an id not used before' });
    const text = source.articleText ?? (source.article !== undefined ? articles.get(source.article) ?? (story.sources!.length === 1 ? articleText : undefined) : undefined);
    if (text === undefined) {
      errors.push(source.article === undefined
        ? { file, path: `${at}.articleText`, message: 'missing field', expected: 'the source\'s text in "articleText", or its file name in "article"' }
        : { file, path: `${at}.article`, message: `no text for "${source.article}"`, expected: `the file ${source.article} given together with the story, or the source's text in "articleText"` });
      return;
    }
    texts.set(source.id, { text, file: source.article ?? `sources[${i}].articleText` });
  });
  return errors.length ? { errors } : { texts };
}

/** The items of a story that pass the schema, so their own checks still run beside the schema errors. */
function validParts(data: unknown): { story: StoryData; articleText?: string; sources?: unknown[]; rawIds: { actors: Set<string>; people: Set<string>; sources: Set<string> } } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  const items = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);
  const ids = (key: string) => new Set(items(key).flatMap((item) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  }));
  // Sparse arrays keep each valid item at its own index, so errors name the right path; forEach skips holes.
  const valid = <T>(key: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) => {
    const list = items(key);
    const kept: T[] = new Array(list.length);
    list.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) kept[i] = r.data as T;
    });
    return kept;
  };
  const published = typeof raw.published === 'string' ? raw.published : '2000-01-01';
  return {
    story: {
      title: '', article: '', published,
      actors: valid('actors', actorSchema),
      people: valid('people', personSchema),
      relations: valid('relations', relationSchema),
    },
    articleText: typeof raw.articleText === 'string' ? raw.articleText : undefined,
    sources: raw.sources === undefined ? undefined : Array.isArray(raw.sources) ? raw.sources : [],
    rawIds: { actors: ids('actors'), people: ids('people'), sources: ids('sources') },
  };
}
