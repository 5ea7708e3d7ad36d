import { z } from 'zod';
import { CERTAINTIES, DATE_PRECISIONS, relationTypeNames } from './relationTypes.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single hyphens');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 3166-1 alpha-3 code in capitals, such as "RUS"');
const text = z.string().trim().min(1, 'a non-empty text');
const offset = z.number().int('a whole number').nonnegative('zero or more');

export const anchorSchema = z.strictObject({
  name: text,
  lat: z.number().min(-85, 'a latitude from -85 to 85').max(85, 'a latitude from -85 to 85'),
  lon: z.number().min(-180, 'a longitude from -180 to 180').max(180, 'a longitude from -180 to 180'),
});

export const actorSchema = z.strictObject({
  id: iso3,
  /** By default the country's common name from data/countries.json. */
  name: text.optional(),
  /** A shorter label for small screens, such as "N. Korea". */
  shortName: text.optional(),
  /** Where its edges meet; by default the capital from data/countries.json. */
  anchor: anchorSchema.optional(),
});

export const personSchema = z.strictObject({
  id,
  name: text,
  role: text.nullable(),
  actor: iso3.nullable(),
});

export const evidenceSchema = z.strictObject({
  quote: z.string().min(1, 'a non-empty quote'),
  start: offset,
  end: offset,
  speaker: id.optional(),
});

export const relationSchema = z.strictObject({
  id,
  type: z.enum(relationTypeNames),
  from: iso3,
  to: iso3,
  directed: z.boolean(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateNote: text.optional(),
  certainty: z.enum(CERTAINTIES),
  summary: text,
  evidence: z.array(evidenceSchema).min(1, 'at least one evidence quote'),
});

export const storySchema = z.strictObject({
  title: text,
  /** The article's file name, beside the story file. */
  article: text,
  /** The article's text itself, for a story kept in one file (as "Save story" writes it). */
  articleText: z.string().optional(),
  published: z.string(),
  publishedNote: text.optional(),
  actors: z.array(actorSchema).min(1, 'at least one actor'),
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
