import { checkStory, type SourceTexts } from '../data/checkStory.ts';
import { completeActor } from '../data/completeActor.ts';
import { ARTICLE_SOURCE, validateStory, type CountryTable, type OrganisationTable } from '../data/validateStory.ts';
import { stringsWith } from '../data/stringsWith.ts';
import { RELATION_TYPES, typesForCameo, typesForPlover, type ReviewState } from '../data/relationTypes.ts';
import { relationSchema, type Story, type StoryData } from '../data/schema.ts';
import { schemaErrors } from '../data/schemaErrors.ts';
import type { DraftInput } from '../draft/draftStory.ts';
import { sourceOfWords } from './draftedWords.ts';
import type { StoryError } from '../data/storyError.ts';
import type { KeptTexts } from './savedReview.ts';

type Relation = StoryData['relations'][number];
type Evidence = Relation['evidence'][number];
type ActorData = StoryData['actors'][number];

/** What a person may change of a relation in review. */
export type RelationPatch = Partial<Pick<Relation, 'type' | 'from' | 'to' | 'directed' | 'certainty' | 'date' | 'datePrecision' | 'end' | 'endPrecision' | 'ongoing' | 'summary'>>;

/** Every change the review screen makes: each is one step of undo. */
export type ReviewAction =
  | { kind: 'state'; id: string; state: ReviewState }
  | { kind: 'edit'; id: string; patch: RelationPatch; actors?: ActorData[] }
  | { kind: 'evidence'; id: string; evidence: Evidence }
  | { kind: 'add'; relation: Relation; actors?: ActorData[] }
  | { kind: 'remove'; id: string };

export interface Tables {
  countries: CountryTable;
  organisations: OrganisationTable;
}

/** A review in progress: the working story (format 2, texts inside), and the steps to undo and redo. */
export interface Review {
  story: StoryData;
  past: StoryData[];
  future: StoryData[];
}

export const newReview = (story: StoryData): Review => ({ story, past: [], future: [] });

/** A relation's review state: a relation without one is accepted, as the loader reads it. */
export const stateOf = (relation: Relation): ReviewState => relation.review ?? 'accepted';

/**
 * Applies one change, checked by the loader's own rules: a change that would make the story invalid
 * is not applied and comes back with the loader's errors, which say why.
 *
 * A step copies only what the change touches: the other relations, their quotes and the article texts
 * are shared with the step before, so a history of many steps costs little, in memory and in IndexedDB
 * (which keeps shared objects once). Only the relation changed is checked, against the texts: the rest
 * of the story was checked when it came in, and a change to one relation cannot break another.
 */
export function apply(review: Review, action: ReviewAction, tables: Tables): { review: Review } | { errors: StoryError[] } {
  const relations = review.story.relations.slice();
  const at = relations.findIndex((r) => 'id' in action && r.id === action.id);
  if (action.kind !== 'add' && at < 0) return { errors: [{ file: 'review', path: '', message: `no relation "${'id' in action ? action.id : ''}"`, expected: 'a relation of the story' }] };
  switch (action.kind) {
    case 'state':
      relations[at] = { ...relations[at], review: action.state };
      break;
    case 'edit': {
      const next = { ...relations[at], ...action.patch };
      // A new type takes its own event codes where the old ones do not fit it.
      const own = RELATION_TYPES[next.type] as (typeof RELATION_TYPES)[keyof typeof RELATION_TYPES] | undefined;
      if (own && next.cameo !== undefined && !typesForCameo(next.cameo).includes(next.type)) next.cameo = own.cameo;
      if (own && next.plover !== undefined && !typesForPlover(next.plover).includes(next.type)) next.plover = own.plover;
      // The note on how the drafter dated it no longer holds once the editor gave another date.
      if (next.date !== relations[at].date) delete next.dateNote;
      // A date cleared in the form means "the text gives no date".
      if (!next.date) {
        delete next.date;
        delete next.datePrecision;
      }
      // An end cleared means an event of one date; "ongoing" false is the same as absent.
      if (!next.end) {
        delete next.end;
        delete next.endPrecision;
        delete next.endNote;
      }
      if (!next.ongoing) delete next.ongoing;
      relations[at] = next;
      break;
    }
    case 'evidence':
      relations[at] = { ...relations[at], evidence: [...relations[at].evidence, action.evidence].sort((a, b) => (a.source ?? '').localeCompare(b.source ?? '') || a.start - b.start) };
      break;
    case 'add':
      relations.push(action.relation);
      break;
    case 'remove':
      relations.splice(at, 1);
      break;
  }
  // An actor made in review (an armed group with its anchor) joins the story with the change that names it.
  const made = ('actors' in action ? action.actors ?? [] : []).filter((a) => !review.story.actors.some((x) => x.id === a.id));
  const story: StoryData = { ...review.story, actors: withActors(made.length ? [...review.story.actors, ...made] : review.story.actors, relations, tables), relations };
  const index = action.kind === 'add' ? relations.length - 1 : at;
  const errors = action.kind === 'remove' ? [] : checkRelation(story, index, tables);
  if (errors.length) return { errors };
  return { review: { story, past: [...review.past, review.story].slice(-HISTORY), future: [] } };
}

/** How many steps undo can take back. */
export const HISTORY = 200;

/**
 * A review as kept in the browser: the story and the steps to undo and redo, without the articles'
 * texts (`keptTexts` has them, each once, to be written when an article joins, not at each decision).
 */
export function toKeep(review: Review, steps = 100): Review {
  const strip = memo(withoutTexts);
  return { story: strip(review.story), past: review.past.slice(-steps).map(strip), future: review.future.slice(0, steps).map(strip) };
}

/** The articles' texts of a review, each once whatever shapes the story has had (one article, then several sources). */
export function keptTexts(review: Review): KeptTexts {
  const texts: string[] = [];
  const refs: Record<string, number> = {};
  const keep = (key: string, text: string | undefined) => {
    if (text === undefined || key in refs) return;
    // The same text under two keys (the article before and after a second one joined) is kept once.
    let i = texts.findIndex((t) => t.length === text.length && t === text);
    if (i < 0) i = texts.push(text) - 1;
    refs[key] = i;
  };
  for (const step of [review.story, ...review.past, ...review.future]) {
    keep('', step.articleText);
    for (const s of step.sources ?? []) keep(s.id, s.articleText);
  }
  return { texts, refs };
}

/** The working story without its articles' texts; relations, actors and people stay shared. */
export function withoutTexts(story: StoryData): StoryData {
  const { articleText, sources, ...rest } = story;
  if (articleText === undefined && !sources?.some((s) => s.articleText !== undefined)) return story;
  return { ...rest, ...(sources ? { sources: sources.map(({ articleText: _text, ...s }) => s) } : {}) };
}

function withTexts(story: StoryData, kept: KeptTexts): StoryData {
  const text = (key: string) => (key in kept.refs ? kept.texts[kept.refs[key]] : undefined);
  if (story.sources) return { ...story, sources: story.sources.map((s) => (s.articleText === undefined && text(s.id) !== undefined ? { ...s, articleText: text(s.id) } : s)) };
  return story.articleText === undefined && text('') !== undefined ? { ...story, articleText: text('') } : story;
}

/**
 * A review kept in the browser, back as it was, its texts put back in each step (a record from
 * before undo was kept has no steps; one from before the texts were kept apart has them inside).
 */
export function fromKept(kept: { story: StoryData; past?: StoryData[]; future?: StoryData[] }, texts?: KeptTexts): Review {
  const restore = texts ? memo((step: StoryData) => withTexts(step, texts)) : (step: StoryData) => step;
  return { story: restore(kept.story), past: (kept.past ?? []).map(restore), future: (kept.future ?? []).map(restore) };
}

/** A function of objects that gives the same answer for the same object, so steps that shared one still do. */
function memo<T extends object>(fn: (value: T) => T): (value: T) => T {
  const seen = new Map<T, T>();
  return (value) => seen.get(value) ?? seen.set(value, fn(value)).get(value)!;
}

/** The texts of a story's articles by source id ('article' for a one-article story), as the loader's checks take them. */
export function textsOf(story: StoryData): SourceTexts {
  if (!story.sources) return new Map([[ARTICLE_SOURCE, { text: story.articleText ?? '', file: story.article ?? 'the article' }]]);
  return new Map(story.sources.map((s) => [s.id, { text: s.articleText ?? '', file: s.article ?? s.id }]));
}

// C0 control characters other than tab, line feed and carriage return, which the loader refuses.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * The loader's checks for one relation of a story otherwise known to be valid: its schema, control
 * characters, its id unique, its actors, dates, codes and quotes against their texts. The work is that
 * of the relation, not of the story: no text is read but the quotes' own spans.
 */
export function checkRelation(story: StoryData, index: number, tables: Tables): StoryError[] {
  const file = 'the story in review';
  const relation = story.relations[index];
  const at = (path: string) => `relations[${index}]${path.startsWith('[') || !path ? '' : '.'}${path}`;
  const parsed = relationSchema.safeParse(relation);
  if (!parsed.success) return schemaErrors(relationSchema, parsed.error.issues, relation, file).map((e) => ({ ...e, path: at(e.path) }));
  const errors: StoryError[] = [];
  for (const [path] of stringsWith(relation, CONTROL)) errors.push({ file, path: at(path), message: 'a control character', expected: 'text without control characters (tabs and line breaks are fine); remove it' });
  const twin = story.relations.findIndex((r, i) => i !== index && r.id === relation.id);
  if (twin >= 0) errors.push({ file, path: at('id'), message: `duplicate relation id "${relation.id}"`, expected: `an id not used before (relations[${twin}] has it)` });
  const { articleText: _text, ...rest } = story;
  const probe: StoryData = { ...rest, relations: [relation] };
  for (const e of checkStory(probe, { file, countries: tables.countries, organisations: tables.organisations, texts: textsOf(story) })) {
    errors.push(e.path.startsWith('relations[0]') ? { ...e, path: `relations[${index}]${e.path.slice('relations[0]'.length)}` } : e);
  }
  return errors;
}

/**
 * The story the map draws, built without checking again what was checked (when the draft came in,
 * and at each change): each actor completed from the tables, each text in its place.
 */
export function toStory(story: StoryData, tables: Tables): Story {
  const { articleText, sources, ...rest } = story;
  const texts = textsOf(story);
  return {
    ...rest,
    actors: story.actors.map((a) => completeActor(a, tables.countries, tables.organisations)),
    articleText: articleText ?? [...texts.values()][0]?.text ?? '',
    ...(sources ? { sources: sources.map((s) => ({ ...s, articleText: s.articleText ?? '' })) } : {}),
  };
}

/** An actor's name for a person: the story's own, else the country's or organisation's, else its code. */
export function actorName(story: StoryData, tables: Tables, id: string): string {
  return story.actors.find((a) => a.id === id)?.name ?? tables.countries.get(id)?.name ?? tables.organisations.get(id)?.name ?? id;
}

export function undo(review: Review): Review {
  const previous = review.past.at(-1);
  return previous ? { story: previous, past: review.past.slice(0, -1), future: [review.story, ...review.future] } : review;
}

export function redo(review: Review): Review {
  const next = review.future[0];
  return next ? { story: next, past: [...review.past, review.story], future: review.future.slice(1) } : review;
}

/** The story a review draws on the map: every relation but the rejected ones. */
export function drawable(story: StoryData): StoryData {
  return { ...story, relations: story.relations.filter((r) => stateOf(r) !== 'rejected') };
}

/**
 * The story "Save story" writes: the accepted relations, drafts and rejected ones too only when
 * asked; actors no relation uses any more are left out.
 */
export function toSave(story: StoryData, includeAll = false): StoryData {
  const relations = story.relations.filter((r) => includeAll || stateOf(r) === 'accepted').map((r) => {
    if (includeAll || r.review === undefined) return r;
    const { review: _accepted, ...rest } = r;
    return rest;
  });
  const used = new Set(relations.flatMap((r) => [r.from, r.to]));
  const actors = story.actors.filter((a) => used.has(a.id));
  const people = story.people.filter((p) => p.actor === null || used.has(p.actor));
  return { ...story, actors: actors.length ? actors : story.actors.slice(0, 1), people, relations };
}

/** The loader's verdict on a working story, with the tables the app has. */
export function check(story: StoryData, tables: Tables): { ok: true; story: Story } | { ok: false; errors: StoryError[] } {
  return validateStory(undefined, story, tables.countries, { organisations: tables.organisations, files: { relations: 'the story in review' } });
}

/** The actors, with any a relation names that the story does not list yet (a country or an organisation from the tables); the same list when none is new. */
function withActors(actors: StoryData['actors'], relations: readonly Relation[], tables: Tables): StoryData['actors'] {
  const listed = new Set(actors.map((a) => a.id));
  let out = actors;
  for (const r of relations) {
    for (const id of [r.from, r.to]) {
      if (listed.has(id)) continue;
      if (tables.countries.has(id)) out = [...out, { id }];
      else if (tables.organisations.has(id)) out = [...out, { id, kind: 'organisation' }];
      else continue;
      listed.add(id);
    }
  }
  return out;
}

/** A new relation's id: from, to and type, made unique in the story. */
export function newRelationId(story: StoryData, from: string, to: string, type: string): string {
  const base = `${from}-${to}-${type}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  let id = base;
  for (let n = 2; story.relations.some((r) => r.id === id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A new draft merged with the review so far: relations already reviewed keep their state and edits
 * (matched by id), and gain the quotes the new draft found for them (a second article restating a
 * relation is more evidence of it); a hand-made story shown beside the draft comes in as accepted.
 */
export function mergeDraft(drafted: StoryData, previous: StoryData | undefined, beside: Story | undefined): StoryData {
  // A story of one article becomes one of several: quotes that named no source are from the first.
  const first = drafted.sources?.[0].id;
  const sourced = (r: Relation): Relation => (first && r.evidence.some((e) => e.source === undefined) ? { ...r, evidence: r.evidence.map((e) => (e.source === undefined ? { ...e, source: first } : e)) } : r);
  // The hand-made story's relations count as reviewed too: one the draft restates keeps its hand-made form.
  const kept = new Map((previous?.relations ?? []).map((r) => [r.id, sourced(r)]));
  for (const r of beside?.relations ?? []) if (!kept.has(r.id)) kept.set(r.id, sourced({ ...r, review: 'accepted' }));
  // A draft that repeats an accepted relation (same pair, type and certainty) is more evidence of it, not a second edge.
  const joined = new Set<string>();
  for (const r of drafted.relations) {
    if (kept.has(r.id)) continue;
    const twin = [...kept.values()].find((k) => stateOf(k) === 'accepted' && sameRelation(k, r));
    if (!twin) continue;
    kept.set(twin.id, withEvidence(twin, r.evidence));
    joined.add(r.id);
  }
  const relations = drafted.relations.filter((r) => !joined.has(r.id)).map((r) => (kept.has(r.id) ? withEvidence(kept.get(r.id)!, r.evidence) : r));
  const drafts = new Set(relations.map((r) => r.id));
  for (const r of kept.values()) if (!drafts.has(r.id)) relations.push(r);
  const actors = [...drafted.actors];
  for (const a of beside?.actors ?? []) if (!actors.some((x) => x.id === a.id)) actors.push(a.kind === 'country' ? { id: a.id } : { id: a.id, kind: a.kind, name: a.name, anchor: a.anchor });
  for (const a of previous?.actors ?? []) if (!actors.some((x) => x.id === a.id)) actors.push(a);
  const people = [...drafted.people, ...(beside?.people ?? []).filter((p) => !drafted.people.some((d) => d.id === p.id))];
  return { ...drafted, actors, people, relations };
}

/** Whether two relations say the same: one type and certainty between the same actors (either way round when neither is directed). */
export function sameRelation(a: Relation, b: Relation): boolean {
  if (a.type !== b.type || a.certainty !== b.certainty) return false;
  return (a.from === b.from && a.to === b.to) || (!a.directed && !b.directed && a.from === b.to && a.to === b.from);
}

/** A reviewed relation with the drafted quotes it lacks: each not overlapping one it has (in the same source), after its own. */
function withEvidence(relation: Relation, drafted: readonly Evidence[]): Relation {
  const overlaps = (a: Evidence, b: Evidence) => (a.source ?? '') === (b.source ?? '') && a.start < b.end && b.start < a.end;
  const added: Evidence[] = [];
  for (const e of drafted) if (![...relation.evidence, ...added].some((x) => overlaps(x, e))) added.push(e);
  return added.length ? { ...relation, evidence: [...relation.evidence, ...added] } : relation;
}

/** The articles a working story was drafted from, to draft them again with one more. */
export function inputsOf(story: StoryData): DraftInput[] {
  const texts = story.sources?.map((s, i) => ({ text: s.articleText ?? '', title: s.title, published: s.published, publisher: s.publisher, url: s.url, fileName: s.article ?? `${s.id || `article-${i + 1}`}.txt` }))
    ?? [{ text: story.articleText ?? '', title: story.title, published: story.published, ...sourceOfWords(story), fileName: story.article ?? 'article-1.txt' }];
  return texts.filter((t) => t.text).map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as DraftInput);
}

/**
 * The relations whose review state alone changed from one working story to the next, by id; undefined
 * when anything else changed (a relation edited, added or removed, an actor, an article).
 */
export function stateChanges(before: StoryData, after: StoryData): Map<string, ReviewState> | undefined {
  if (before.relations.length !== after.relations.length) return undefined;
  const keys = Object.keys(after) as (keyof StoryData)[];
  if (keys.length !== Object.keys(before).length || keys.some((k) => k !== 'relations' && before[k] !== after[k])) return undefined;
  const changes = new Map<string, ReviewState>();
  for (let i = 0; i < after.relations.length; i++) {
    const a = before.relations[i];
    const b = after.relations[i];
    if (a === b) continue;
    if (a.id !== b.id || !sameBut(a, b, 'review')) return undefined;
    changes.set(b.id, stateOf(b));
  }
  return changes;
}

function sameBut<T extends object>(a: T, b: T, except: keyof T): boolean {
  const keys = Object.keys(b) as (keyof T)[];
  const count = (o: T) => Object.keys(o).filter((k) => k !== except).length;
  return count(a) === count(b) && keys.every((k) => k === except || a[k] === b[k]);
}
