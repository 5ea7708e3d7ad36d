import { checkStory } from './checkStory.ts';
import { parseJson } from './parseJson.ts';
import { schemaErrors } from './schemaErrors.ts';
import { actorSchema, personSchema, relationSchema, storySchema, type Story, type StoryData } from './schema.ts';
import type { StoryError } from './storyError.ts';

export type LoadResult = { ok: true; story: Story } | { ok: false; errors: StoryError[] };

export interface LoadOptions {
  /** The file names errors should name. */
  files?: { article?: string; relations?: string };
}

/** A row of `data/countries.json`: a country of the geometry, its name and its capital. */
export interface CountryRow {
  iso3: string;
  name: string;
  capital: string | null;
  lat: number;
  lon: number;
}

/** The countries a story may use, by ISO3 code. */
export type CountryTable = ReadonlyMap<string, CountryRow>;

/** The table of `data/countries.json`'s parsed content. */
export function countryTable(json: { countries: readonly CountryRow[] }): CountryTable {
  return new Map(json.countries.map((c) => [c.iso3, c]));
}

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
  const context = { file, articleFile, countries };
  if (!result.success) {
    const errors = schemaErrors(storySchema, result.error.issues, data, file);
    const partial = validParts(data);
    if (partial) errors.push(...checkStory(partial.story, articleText ?? partial.articleText ?? '', { ...context, rawIds: partial.rawIds }));
    return { ok: false, errors };
  }
  const article = result.data.articleText ?? articleText;
  if (article === undefined) {
    return { ok: false, errors: [{ file, path: 'articleText', message: `no article text for "${result.data.article}"`, expected: 'the article file beside the story, or its text in "articleText"' }] };
  }
  const errors = checkStory(result.data, article, context);
  if (errors.length) return { ok: false, errors };
  const { articleText: _embedded, ...rest } = result.data;
  return { ok: true, story: { ...rest, actors: rest.actors.map((actor) => completeActor(actor, countries)), articleText: article } };
}

/** An actor with its name and anchor, taken from the country table where the story gives none. */
function completeActor(actor: StoryData['actors'][number], countries: CountryTable): Story['actors'][number] {
  const row = countries.get(actor.id);
  const name = actor.name ?? row?.name ?? actor.id;
  const anchor = actor.anchor ?? { name: row?.capital ?? name, lat: row?.lat ?? 0, lon: row?.lon ?? 0 };
  return { ...actor, name, anchor };
}

/** The items of a story that pass the schema, so their own checks still run beside the schema errors. */
function validParts(data: unknown): { story: StoryData; articleText?: string; rawIds: { actors: Set<string>; people: Set<string> } } | undefined {
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
    rawIds: { actors: ids('actors'), people: ids('people') },
  };
}
