import * as z from 'zod/mini';
import { ACTOR_KINDS, CERTAINTIES, DATE_PRECISIONS, PLOVER_TYPES, REVIEW_STATES, relationTypeNames, type ActorKind } from './relationTypes.ts';

// zod/mini: the same checks as zod's chained API, a fraction of the bundle.
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and single hyphens'));
const actorId = z.string().check(z.regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/, 'a three-letter ISO 3166-1 alpha-3 code in capitals such as "RUS", an organisation code such as "NATO", or a code of your own in capitals such as "HAMAS"'));
const text = z.string().check(z.trim(), z.minLength(1, 'a non-empty text'));
const offset = z.int('a whole number').check(z.nonnegative('zero or more'));

export const anchorSchema = z.strictObject({
  name: text,
  lat: z.number().check(z.gte(-85, 'a latitude from -85 to 85'), z.lte(85, 'a latitude from -85 to 85')),
  lon: z.number().check(z.gte(-180, 'a longitude from -180 to 180'), z.lte(180, 'a longitude from -180 to 180')),
});

export const actorSchema = z.strictObject({
  id: actorId,
  /** Country, organisation (data/organisations.json) or other; by default found from the id. */
  kind: z.optional(z.enum(ACTOR_KINDS)),
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
  actor: z.nullable(actorId),
});

export const evidenceSchema = z.strictObject({
  quote: z.string().check(z.minLength(1, 'a non-empty quote')),
  start: offset,
  end: offset,
  speaker: z.optional(id),
  /** The source the quote is from; needed when the story has more than one. */
  source: z.optional(id),
  /** How the drafter found it: the rule that fired, its confidence, the scorer's likelihood and the trigger's span. */
  draft: z.optional(z.strictObject({
    rule: text,
    confidence: z.number().check(z.gte(0, 'a confidence from 0 to 1'), z.lte(1, 'a confidence from 0 to 1')),
    /** How likely the drafter's scorer finds the relation, from 0 to 1 (`npm run train:drafter`). */
    likelihood: z.optional(z.number().check(z.gte(0, 'a likelihood from 0 to 1'), z.lte(1, 'a likelihood from 0 to 1'))),
    trigger: z.strictObject({ start: offset, end: offset }),
  })),
});

export const relationSchema = z.strictObject({
  id,
  type: z.enum(relationTypeNames),
  from: actorId,
  to: actorId,
  directed: z.boolean(),
  /** Absent, with datePrecision, when the text gives no date. */
  date: z.optional(z.string()),
  datePrecision: z.optional(z.enum(DATE_PRECISIONS)),
  dateNote: z.optional(text),
  /** When the relation ended (ties restored, a sanction lifted), with its own precision and note; absent for an event of one date. */
  end: z.optional(z.string()),
  endPrecision: z.optional(z.enum(DATE_PRECISIONS)),
  endNote: z.optional(text),
  /** A relation that began at its date and has not ended (ties cut, still cut); not with `end`. */
  ongoing: z.optional(z.boolean()),
  certainty: z.enum(CERTAINTIES),
  summary: text,
  /** A CAMEO event code such as "112"; it must fit the type. */
  cameo: z.optional(z.string().check(z.regex(/^\d{2,4}$/, 'a CAMEO code of two to four digits, such as "112"'))),
  /** A PLOVER event type such as "ACCUSE"; it must fit the type. */
  plover: z.optional(z.enum(PLOVER_TYPES)),
  /** Where a drafted relation stands in review; absent means accepted. */
  review: z.optional(z.enum(REVIEW_STATES)),
  evidence: z.array(evidenceSchema).check(z.minLength(1, 'at least one evidence quote')),
});

export const sourceSchema = z.strictObject({
  id,
  title: text,
  /** The outlet: "Reuters", "The Korea Herald". */
  publisher: z.optional(text),
  url: z.optional(text),
  published: z.optional(z.string()),
  /** The article's file name, beside the story file. */
  article: z.optional(text),
  /** The article's text itself. */
  articleText: z.optional(z.string()),
});

/** A short note pinned to one actor or one relation; `dx`, `dy` place it (screen pixels from its target), else it finds a free spot. */
export const calloutSchema = z.strictObject({
  text,
  actor: z.optional(actorId),
  relation: z.optional(id),
  dx: z.optional(z.number()),
  dy: z.optional(z.number()),
});

/** The words around the map, as a desk writes them for the graphic; each optional, with a default. */
export const graphicSchema = z.strictObject({
  /** The headline over the map; by default the story's title. */
  title: z.optional(text),
  /** One or two sentences under the headline. */
  subtitle: z.optional(text),
  /** Who made the graphic: "Graphic by Jane Doe". */
  byline: z.optional(text),
  /** The source's name in the credit; by default the article's outlet. */
  sourceName: z.optional(text),
  /** The source's address; by default the article's. */
  sourceUrl: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s]+$/, 'an address starting with https:// or http://, such as "https://www.reuters.com/world/"'))),
  /** Notes under the map: method, caveats. */
  notes: z.optional(text),
  /** Short notes pinned to an actor or an edge, drawn beside it with a leader line. */
  callouts: z.optional(z.array(calloutSchema)),
  /** Labels renamed on the map, by actor: { "PRK": "N. Korea" }. */
  labels: z.optional(z.record(actorId, text)),
  /** Actors whose label the map leaves out (the marker and its edges stay). */
  hideLabels: z.optional(z.array(actorId)),
});

export const storySchema = z.strictObject({
  /** The format's version: 2 for stories that use sources, organisations or the newer fields; absent is 1. */
  format: z.optional(z.union([z.literal(1), z.literal(2)])),
  title: text,
  /** The article's file name, beside the story file (one-article stories). */
  article: z.optional(text),
  /** The article's text itself, for a story kept in one file (as "Save story" writes it). */
  articleText: z.optional(z.string()),
  /** Several articles: each evidence names its source, and its offsets are into that source's text. */
  sources: z.optional(z.array(sourceSchema).check(z.minLength(1, 'at least one source'))),
  /** The publication date; absent when it is not known. */
  published: z.optional(z.string()),
  publishedNote: z.optional(text),
  /** Empty only with no relations: a draft of a text that names no country is still a story. */
  actors: z.array(actorSchema),
  people: z.array(personSchema),
  relations: z.array(relationSchema),
  /** The words around the map: headline, subtitle, byline, source, notes. */
  graphic: z.optional(graphicSchema),
});

export type Anchor = z.infer<typeof anchorSchema>;
/** An actor as the loader returns it: kind, name and anchor filled in from the country and organisation tables. */
export type Actor = Required<Pick<z.infer<typeof actorSchema>, 'id' | 'name' | 'anchor'>> & {
  kind: ActorKind;
  shortName?: string;
  /** An organisation's member states (ISO3), from data/organisations.json. */
  members?: readonly string[];
};
export type Person = z.infer<typeof personSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type StoryData = z.infer<typeof storySchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type GraphicText = z.infer<typeof graphicSchema>;
export type Callout = z.infer<typeof calloutSchema>;
/** A source as the loader returns it: its text always there. */
export type Source = Omit<SourceData, 'articleText'> & { articleText: string };

/**
 * A validated story: its data, actors complete, and its texts. `articleText` is the text of a
 * one-article story (the first source's in a story with `sources`); `sources` is there only when the
 * file has it, so a story is written back as it was read.
 */
export interface Story extends Omit<StoryData, 'actors' | 'articleText' | 'sources'> {
  actors: Actor[];
  articleText: string;
  sources?: Source[];
}
