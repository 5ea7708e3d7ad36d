import { CAMEO_CODES, isCameoCode } from './cameoCodes.ts';
import { dateForms, isIsoDate, precisionOf, unrealDate } from './isoDate.ts';
import { RELATION_TYPES, typesForCameo, typesForPlover } from './relationTypes.ts';
import type { StoryData } from './schema.ts';
import type { StoryError } from './storyError.ts';
import { calloutErrors } from './calloutErrors.ts';

/** A story's texts by source id, with the file each came from (for messages). */
export type SourceTexts = ReadonlyMap<string, { text: string; file: string }>;

export interface CheckContext {
  file: string;
  countries: ReadonlyMap<string, unknown>;
  organisations: ReadonlyMap<string, unknown>;
  /** The text of each source; a one-article story has one, under the id its evidence need not name. */
  texts: SourceTexts;
  /** Ids that exist in the raw data even where their item failed the schema (no follow-on errors). */
  rawIds?: { actors: ReadonlySet<string>; people: ReadonlySet<string>; sources?: ReadonlySet<string> };
}

/** The checks a schema cannot express: references, uniqueness, codes, dates and quotes against the text. */
export function checkStory(story: StoryData, context: CheckContext): StoryError[] {
  const { file, texts } = context;
  const errors: StoryError[] = [];
  const error = (path: string, message: string, expected?: string) => errors.push({ file, path, message, expected });

  if (story.published !== undefined && !isIsoDate(story.published, 'day')) error('published', unrealDate(story.published), dateForms.day);
  story.sources?.forEach((source, i) => {
    if (source.published !== undefined && !isIsoDate(source.published, 'day')) error(`sources[${i}].published`, unrealDate(source.published), dateForms.day);
  });

  const actorIds = new Set(context.rawIds?.actors);
  const seenActors = new Map<string, number>();
  story.actors.forEach((actor, i) => {
    const at = `actors[${i}]`;
    const kind = actor.kind ?? (context.countries.has(actor.id) ? 'country' : context.organisations.has(actor.id) ? 'organisation' : undefined);
    if (kind === 'country' && !context.countries.has(actor.id)) {
      error(`${at}.id`, `unknown country code "${actor.id}"`, 'an ISO 3166-1 alpha-3 code of a country in the geometry (see data/countries.json)');
    } else if (kind === 'organisation' && !context.organisations.has(actor.id)) {
      error(`${at}.id`, `unknown organisation "${actor.id}"`, `one of ${[...context.organisations.keys()].join(', ')} (see data/organisations.json), or kind "other" with a name and an anchor`);
    } else if (kind === undefined) {
      error(`${at}.id`, /^[A-Z]{3}$/.test(actor.id) ? `unknown country code "${actor.id}"` : `unknown actor code "${actor.id}"`,
        'an ISO 3166-1 alpha-3 code of a country in the geometry (see data/countries.json), an organisation of data/organisations.json, or "kind": "other" with a name and an anchor for any other actor');
    } else if (kind === 'other') {
      // A country's or an organisation's own code names that actor: drawn at a second place, its edges would say two things.
      if (context.countries.has(actor.id) || context.organisations.has(actor.id)) {
        error(`${at}.id`, `"${actor.id}" is the code of ${context.countries.has(actor.id) ? 'a country' : 'an organisation'}, not of another actor`, `no "kind" for ${actor.id} itself, or another id (such as "${actor.id.toLowerCase()}-rebels") for an actor of kind "other"`);
      }
      if (actor.name === undefined) error(`${at}.name`, 'missing field', 'a name for an actor of kind "other"');
      if (actor.anchor === undefined) error(`${at}.anchor`, 'missing field', 'an anchor ({ "name", "lat", "lon" }) for an actor of kind "other", where its edges meet');
    }
    duplicate(seenActors, actor.id, i, (first) => error(`${at}.id`, `duplicate actor "${actor.id}"`, `a code not used before (actors[${first}] has it)`));
    actorIds.add(actor.id);
  });
  const actorList = [...actorIds].join(', ');

  const peopleIds = new Set(context.rawIds?.people);
  const seenPeople = new Map<string, number>();
  story.people.forEach((person, i) => {
    duplicate(seenPeople, person.id, i, (first) => error(`people[${i}].id`, `duplicate person id "${person.id}"`, `an id not used before (people[${first}] has it)`));
    if (person.actor !== null && !actorIds.has(person.actor)) {
      error(`people[${i}].actor`, `"${person.actor}" is not one of the story's actors`, `one of ${actorList}, or null for a person of no country`);
    }
    peopleIds.add(person.id);
  });

  const seenRelations = new Map<string, number>();
  story.relations.forEach((relation, i) => {
    const at = `relations[${i}]`;
    duplicate(seenRelations, relation.id, i, (first) => error(`${at}.id`, `duplicate relation id "${relation.id}"`, `an id not used before (relations[${first}] has it)`));
    for (const end of ['from', 'to'] as const) {
      if (!actorIds.has(relation[end])) error(`${at}.${end}`, `unknown actor "${relation[end]}"`, `one of the story's actors: ${actorList}`);
    }
    if (relation.from === relation.to) error(`${at}.to`, `a relation from "${relation.from}" to itself`, 'two different actors');
    if (relation.date === undefined || relation.datePrecision === undefined) {
      if (relation.date !== undefined) error(`${at}.datePrecision`, 'missing field', 'the precision of the date: "year", "month" or "day"');
      if (relation.datePrecision !== undefined) error(`${at}.date`, 'missing field', `a date written as ${dateForms[relation.datePrecision]}, or neither date nor datePrecision when the text gives no date`);
    } else if (!isIsoDate(relation.date, relation.datePrecision)) {
      const written = precisionOf(relation.date);
      error(`${at}.date`,
        written ? `"${relation.date}" is written to ${written} precision but datePrecision is "${relation.datePrecision}"` : unrealDate(relation.date),
        `a real date written as ${dateForms[relation.datePrecision]}`);
    }
    checkSpan(relation, at, error);
    checkCodes(relation, at, error);
    const spans: { start: number; end: number; index: number; source: string }[] = [];
    relation.evidence.forEach((evidence, j) => {
      const ev = `${at}.evidence[${j}]`;
      if (evidence.speaker !== undefined && !peopleIds.has(evidence.speaker)) {
        error(`${ev}.speaker`, `unknown speaker "${evidence.speaker}"`, 'the id of one of the story\'s people');
      }
      const sourceId = evidence.source ?? (texts.size === 1 ? [...texts.keys()][0] : undefined);
      const source = sourceId === undefined ? undefined : texts.get(sourceId);
      if (!source && evidence.source !== undefined && context.rawIds?.sources?.has(evidence.source)) return;
      if (!source) {
        const ids = [...texts.keys()].join(', ');
        if (evidence.source === undefined) error(`${ev}.source`, 'missing field', `the id of the source the quote is from, one of ${ids}`);
        else error(`${ev}.source`, `unknown source "${evidence.source}"`, `one of the story's sources: ${ids}`);
        return;
      }
      const quoteErrors = checkQuote(evidence, source.text, source.file);
      quoteErrors.forEach(([field, message, expected]) => error(`${ev}.${field}`, message, expected));
      if (evidence.draft) {
        const { start, end } = evidence.draft.trigger;
        if (end <= start || end > source.text.length) error(`${ev}.draft.trigger`, `[${start}, ${end}) is not a span of ${source.file} (${source.text.length} characters)`, 'offsets of the trigger words, start before end, within the text');
      }
      if (quoteErrors.length) return;
      const overlap = spans.find((s) => s.source === sourceId && evidence.start < s.end && s.start < evidence.end);
      if (overlap) {
        error(`${ev}.start`, `the span [${evidence.start}, ${evidence.end}) overlaps evidence[${overlap.index}] [${overlap.start}, ${overlap.end})`, 'quotes of one relation that do not overlap; merge them into one');
      }
      spans.push({ start: evidence.start, end: evidence.end, index: j, source: sourceId! });
    });
  });
  errors.push(...calloutErrors(story, file));
  return errors;
}

/** An end needs a start, its own precision, and must not come before the start; an ongoing relation has no end. */
function checkSpan(relation: StoryData['relations'][number], at: string, error: (path: string, message: string, expected?: string) => void) {
  const { end, endPrecision } = relation;
  if (relation.ongoing && end !== undefined) error(`${at}.ongoing`, 'a relation with an end cannot also be ongoing', 'either "end" (with "endPrecision") or "ongoing": true, not both');
  if ((end !== undefined || relation.ongoing) && relation.date === undefined) {
    error(`${at}.date`, `a relation ${end !== undefined ? 'with an end' : 'marked ongoing'} has no start date`, 'the date it began, with datePrecision, or no end when the text gives no start');
  }
  if (end === undefined || endPrecision === undefined) {
    if (end !== undefined) error(`${at}.endPrecision`, 'missing field', 'the precision of the end: "year", "month" or "day"');
    if (endPrecision !== undefined) error(`${at}.end`, 'missing field', `the end written as ${dateForms[endPrecision]}, or neither end nor endPrecision`);
    return;
  }
  if (!isIsoDate(end, endPrecision)) {
    const written = precisionOf(end);
    error(`${at}.end`,
      written ? `"${end}" is written to ${written} precision but endPrecision is "${endPrecision}"` : unrealDate(end),
      written ? `"endPrecision": "${written}", or the end written as ${dateForms[endPrecision]}` : `a real date written as ${dateForms[endPrecision]}`);
    return;
  }
  if (relation.date === undefined || relation.datePrecision === undefined || !isIsoDate(relation.date, relation.datePrecision)) return;
  // Compared by the days each covers: an end in the start's own month or year is fine ("2021" to "2021-03").
  if (lastDay(end, endPrecision) < firstDay(relation.date, relation.datePrecision)) {
    error(`${at}.end`, `the end "${end}" is before the start "${relation.date}"`, `an end on or after ${relation.date}, or swap date and end`);
  }
}

function firstDay(date: string, precision: 'year' | 'month' | 'day'): string {
  return precision === 'year' ? `${date}-01-01` : precision === 'month' ? `${date}-01` : date;
}

function lastDay(date: string, precision: 'year' | 'month' | 'day'): string {
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** A CAMEO code must be in the codebook and, like a PLOVER type, fit the relation's type. */
function checkCodes(relation: StoryData['relations'][number], at: string, error: (path: string, message: string, expected?: string) => void) {
  const label = RELATION_TYPES[relation.type].label.toLowerCase();
  const fitting = (types: string[]) => (types.length ? `a code of the type "${relation.type}", or the type ${types.map((t) => `"${t}"`).join(' or ')} for this code` : '');
  if (relation.cameo !== undefined) {
    if (!isCameoCode(relation.cameo)) {
      error(`${at}.cameo`, `"${relation.cameo}" is not a CAMEO code`, `a code of the CAMEO codebook that fits ${label}, such as "${RELATION_TYPES[relation.type].cameo}"`);
    } else {
      const types = typesForCameo(relation.cameo);
      if (!types.includes(relation.type)) {
        error(`${at}.cameo`, `CAMEO ${relation.cameo} (${CAMEO_CODES[relation.cameo]}) does not fit the type "${relation.type}"`, fitting(types) || `a code that fits ${label}, such as "${RELATION_TYPES[relation.type].cameo}"`);
      }
    }
  }
  if (relation.plover !== undefined) {
    const types = typesForPlover(relation.plover);
    if (!types.includes(relation.type)) {
      error(`${at}.plover`, `PLOVER ${relation.plover} does not fit the type "${relation.type}"`, `${RELATION_TYPES[relation.type].ploverCovers.join(', ')} for ${label}, or the type ${types.map((t) => `"${t}"`).join(' or ')} for ${relation.plover}`);
    }
  }
}

type FieldError = [field: 'start' | 'end' | 'quote', message: string, expected: string];

function checkQuote(evidence: { quote: string; start: number; end: number }, article: string, articleFile: string): FieldError[] {
  const { quote, start, end } = evidence;
  // The slice at the given offsets is checked first: searching the article is only for the message.
  if (end <= article.length && start < end && article.slice(start, end) === quote) return [];
  const found = article.indexOf(quote);
  const hint = found >= 0 ? `start ${found} and end ${found + quote.length}, where the quote stands in ${articleFile}` : '';
  if (end > article.length) return [['end', `${end} is past the end of ${articleFile} (${article.length} characters)`, hint || `an offset from 1 to ${article.length}`]];
  if (start >= end) return [['end', `end ${end} is not after start ${start}`, hint || 'an end greater than start']];
  if (found >= 0) {
    const field = found === start ? 'end' : 'start';
    return [[field, `the quote is not at [${start}, ${end}) of ${articleFile}`, hint]];
  }
  return [['quote', `the quote is not a verbatim span of ${articleFile}: ${articleFile} has “${clip(article.slice(start, end))}” at [${start}, ${end})`, 'the exact characters of the article, curly quotes and dashes included']];
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function duplicate(seen: Map<string, number>, id: string, index: number, report: (first: number) => void) {
  const first = seen.get(id);
  if (first !== undefined) report(first);
  else seen.set(id, index);
}
