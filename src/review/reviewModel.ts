import { validateStory, type CountryTable, type OrganisationTable } from '../data/validateStory.ts';
import { RELATION_TYPES, typesForCameo, typesForPlover, type ReviewState } from '../data/relationTypes.ts';
import type { Story, StoryData } from '../data/schema.ts';
import type { DraftInput } from '../draft/draftStory.ts';
import type { StoryError } from '../data/storyError.ts';

type Relation = StoryData['relations'][number];
type Evidence = Relation['evidence'][number];

/** What a person may change of a relation in review. */
export type RelationPatch = Partial<Pick<Relation, 'type' | 'from' | 'to' | 'directed' | 'certainty' | 'date' | 'datePrecision' | 'summary'>>;

/** Every change the review screen makes: each is one step of undo. */
export type ReviewAction =
  | { kind: 'state'; id: string; state: ReviewState }
  | { kind: 'edit'; id: string; patch: RelationPatch }
  | { kind: 'evidence'; id: string; evidence: Evidence }
  | { kind: 'add'; relation: Relation }
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
 */
export function apply(review: Review, action: ReviewAction, tables: Tables): { review: Review } | { errors: StoryError[] } {
  // Each step copies what a change can touch; the article texts (sources) stay shared between steps,
  // so a history of many steps costs little, in memory and in IndexedDB (which keeps shared objects once).
  const story: StoryData = { ...review.story, actors: structuredClone(review.story.actors), people: structuredClone(review.story.people), relations: structuredClone(review.story.relations) };
  const at = story.relations.findIndex((r) => 'id' in action && r.id === action.id);
  if (action.kind !== 'add' && at < 0) return { errors: [{ file: 'review', path: '', message: `no relation "${'id' in action ? action.id : ''}"`, expected: 'a relation of the story' }] };
  switch (action.kind) {
    case 'state':
      story.relations[at].review = action.state;
      break;
    case 'edit': {
      const next = { ...story.relations[at], ...action.patch };
      // A new type takes its own event codes where the old ones do not fit it.
      if (next.cameo !== undefined && !typesForCameo(next.cameo).includes(next.type)) next.cameo = RELATION_TYPES[next.type].cameo;
      if (next.plover !== undefined && !typesForPlover(next.plover).includes(next.type)) next.plover = RELATION_TYPES[next.type].plover;
      // A date cleared in the form means "the text gives no date".
      if (!next.date) {
        delete next.date;
        delete next.datePrecision;
      }
      story.relations[at] = next;
      break;
    }
    case 'evidence':
      story.relations[at].evidence.push(action.evidence);
      story.relations[at].evidence.sort((a, b) => (a.source ?? '').localeCompare(b.source ?? '') || a.start - b.start);
      break;
    case 'add':
      story.relations.push(action.relation);
      break;
    case 'remove':
      story.relations.splice(at, 1);
      break;
  }
  ensureActors(story, tables);
  const checked = check(story, tables);
  if (!checked.ok) return { errors: checked.errors };
  return { review: { story, past: [...review.past, review.story].slice(-HISTORY), future: [] } };
}

/** How many steps undo can take back. */
export const HISTORY = 200;

/** A review as kept in the browser: the story and the steps to undo and redo, so a reload loses neither. */
export const toKeep = (review: Review, steps = 100): Review => ({ story: review.story, past: review.past.slice(-steps), future: review.future.slice(0, steps) });

/** A review kept in the browser, back as it was (a record from before undo was kept has no steps). */
export const fromKept = (kept: { story: StoryData; past?: StoryData[]; future?: StoryData[] }): Review => ({ story: kept.story, past: kept.past ?? [], future: kept.future ?? [] });

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

/** Adds any actor a relation names that the story does not list yet (a country or an organisation from the tables). */
function ensureActors(story: StoryData, tables: Tables) {
  const listed = new Set(story.actors.map((a) => a.id));
  for (const r of story.relations) {
    for (const id of [r.from, r.to]) {
      if (listed.has(id)) continue;
      if (tables.countries.has(id)) story.actors.push({ id });
      else if (tables.organisations.has(id)) story.actors.push({ id, kind: 'organisation' });
      else continue;
      listed.add(id);
    }
  }
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
 * (matched by id); a hand-made story shown beside the draft comes in as accepted.
 */
export function mergeDraft(drafted: StoryData, previous: StoryData | undefined, beside: Story | undefined): StoryData {
  // A story of one article becomes one of several: quotes that named no source are from the first.
  const first = drafted.sources?.[0].id;
  const sourced = (r: Relation): Relation => (first && r.evidence.some((e) => e.source === undefined) ? { ...r, evidence: r.evidence.map((e) => (e.source === undefined ? { ...e, source: first } : e)) } : r);
  const kept = new Map((previous?.relations ?? []).map((r) => [r.id, sourced(r)]));
  const relations = drafted.relations.map((r) => kept.get(r.id) ?? r);
  for (const r of kept.values()) if (!relations.some((x) => x.id === r.id)) relations.push(r);
  const actors = [...drafted.actors];
  if (beside) {
    for (const r of beside.relations) if (!relations.some((x) => x.id === r.id)) relations.push(sourced({ ...r, review: 'accepted' }));
    for (const a of beside.actors) if (!actors.some((x) => x.id === a.id)) actors.push(a.kind === 'country' ? { id: a.id } : { id: a.id, kind: a.kind, name: a.name, anchor: a.anchor });
  }
  for (const a of previous?.actors ?? []) if (!actors.some((x) => x.id === a.id)) actors.push(a);
  const people = [...drafted.people, ...(beside?.people ?? []).filter((p) => !drafted.people.some((d) => d.id === p.id))];
  return { ...drafted, actors, people, relations };
}

/** The articles a working story was drafted from, to draft them again with one more. */
export function inputsOf(story: StoryData): DraftInput[] {
  const texts = story.sources?.map((s, i) => ({ text: s.articleText ?? '', title: s.title, published: s.published, publisher: s.publisher, url: s.url, fileName: s.article ?? `${s.id || `article-${i + 1}`}.txt` }))
    ?? [{ text: story.articleText ?? '', title: story.title, published: story.published, fileName: story.article ?? 'article-1.txt' }];
  return texts.filter((t) => t.text).map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as DraftInput);
}
