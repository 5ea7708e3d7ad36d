import { dateForms, isIsoDate, precisionOf } from './isoDate.ts';
import type { StoryData } from './schema.ts';
import type { StoryError } from './storyError.ts';

export interface CheckContext {
  file: string;
  articleFile: string;
  countries: ReadonlyMap<string, unknown>;
  /** Ids that exist in the raw data even where their item failed the schema (no follow-on errors). */
  rawIds?: { actors: ReadonlySet<string>; people: ReadonlySet<string> };
}

/** The checks a schema cannot express: references, uniqueness, dates and quotes against the text. */
export function checkStory(story: StoryData, article: string, context: CheckContext): StoryError[] {
  const { file } = context;
  const errors: StoryError[] = [];
  const error = (path: string, message: string, expected?: string) => errors.push({ file, path, message, expected });

  if (!isIsoDate(story.published, 'day')) error('published', `"${story.published}" is not a real date`, dateForms.day);

  const actorIds = new Set(context.rawIds?.actors);
  const seenActors = new Map<string, number>();
  story.actors.forEach((actor, i) => {
    if (!context.countries.has(actor.id)) {
      error(`actors[${i}].id`, `unknown country code "${actor.id}"`, 'an ISO 3166-1 alpha-3 code of a country in the geometry (see data/countries.json)');
    }
    duplicate(seenActors, actor.id, i, (first) => error(`actors[${i}].id`, `duplicate actor "${actor.id}"`, `a code not used before (actors[${first}] has it)`));
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
    if (!isIsoDate(relation.date, relation.datePrecision)) {
      const written = precisionOf(relation.date);
      error(`${at}.date`,
        written ? `"${relation.date}" is written to ${written} precision but datePrecision is "${relation.datePrecision}"` : `"${relation.date}" is not a real date`,
        `a real date written as ${dateForms[relation.datePrecision]}`);
    }
    const spans: { start: number; end: number; index: number }[] = [];
    relation.evidence.forEach((evidence, j) => {
      const ev = `${at}.evidence[${j}]`;
      if (evidence.speaker !== undefined && !peopleIds.has(evidence.speaker)) {
        error(`${ev}.speaker`, `unknown speaker "${evidence.speaker}"`, 'the id of one of the story\'s people');
      }
      const quoteErrors = checkQuote(evidence, article, context.articleFile);
      quoteErrors.forEach(([field, message, expected]) => error(`${ev}.${field}`, message, expected));
      if (quoteErrors.length) return;
      const overlap = spans.find((s) => evidence.start < s.end && s.start < evidence.end);
      if (overlap) {
        error(`${ev}.start`, `the span [${evidence.start}, ${evidence.end}) overlaps evidence[${overlap.index}] [${overlap.start}, ${overlap.end})`, 'quotes of one relation that do not overlap; merge them into one');
      }
      spans.push({ start: evidence.start, end: evidence.end, index: j });
    });
  });
  return errors;
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
