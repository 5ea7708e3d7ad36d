import * as z from 'zod/mini';
import { CERTAINTIES, DATE_PRECISIONS, relationTypeNames } from './relationTypes.ts';

// zod/mini: the same checks as zod's chained API, a fraction of the bundle.
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single hyphens'));
const iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, 'a three-letter ISO 3166-1 alpha-3 code in capitals, such as "RUS"'));
const text = z.string().check(z.trim(), z.minLength(1, 'a non-empty text'));
const offset = z.int('a whole number').check(z.nonnegative('zero or more'));

export const anchorSchema = z.strictObject({
  name: text,
  lat: z.number().check(z.gte(-85, 'a latitude from -85 to 85'), z.lte(85, 'a latitude from -85 to 85')),
  lon: z.number().check(z.gte(-180, 'a longitude from -180 to 180'), z.lte(180, 'a longitude from -180 to 180')),
});

export const actorSchema = z.strictObject({
  id: iso3,
  /** By default the country's common name from data/countries.json. */
  name: z.optional(text),
  /** A shorter label for small screens, such as "N. Korea". */
  shortName: z.optional(text),
  /** Where its edges meet; by default the capital from data/countries.json. */
  anchor: z.optional(anchorSchema),
});

export const personSchema = z.strictObject({
  id,
  name: text,
  role: z.nullable(text),
  actor: z.nullable(iso3),
});

export const evidenceSchema = z.strictObject({
  quote: z.string().check(z.minLength(1, 'a non-empty quote')),
  start: offset,
  end: offset,
  speaker: z.optional(id),
});

export const relationSchema = z.strictObject({
  id,
  type: z.enum(relationTypeNames),
  from: iso3,
  to: iso3,
  directed: z.boolean(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateNote: z.optional(text),
  certainty: z.enum(CERTAINTIES),
  summary: text,
  evidence: z.array(evidenceSchema).check(z.minLength(1, 'at least one evidence quote')),
});

export const storySchema = z.strictObject({
  title: text,
  /** The article's file name, beside the story file. */
  article: text,
  /** The article's text itself, for a story kept in one file (as "Save story" writes it). */
  articleText: z.optional(z.string()),
  published: z.string(),
  publishedNote: z.optional(text),
  actors: z.array(actorSchema).check(z.minLength(1, 'at least one actor')),
  people: z.array(personSchema),
  relations: z.array(relationSchema),
});

export type Anchor = z.infer<typeof anchorSchema>;
/** An actor as the loader returns it: name and anchor filled in from the country table. */
export type Actor = Required<Pick<z.infer<typeof actorSchema>, 'id' | 'name' | 'anchor'>> & { shortName?: string };
export type Person = z.infer<typeof personSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type StoryData = z.infer<typeof storySchema>;

/** A validated story: its data, actors complete, and the article text every quote is a span of. */
export interface Story extends Omit<StoryData, 'actors' | 'articleText'> {
  actors: Actor[];
  articleText: string;
}
