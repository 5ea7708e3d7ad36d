import organisationsJson from './lexicon/organisationNames.json' with { type: 'json' };
import { COUNTRIES } from './lexicon/countries.ts';
import type { StoryData } from '../data/schema.ts';
import { titleLine } from '../data/titleLine.ts';
import { readerSummary } from '../data/readerSummary.ts';
import { dateOf, spanOf } from './dates.ts';
import { gazetteer, type Mention } from './mentions.ts';
import { descriptions } from './reference.ts';
import { newDiscourse, relateSentence, type Finding } from './relate.ts';
import { likelihood, SCORER, type ScorerWeights } from './scorer.ts';
import { factsOf, type ArticleView, type CandidateFacts } from './features.ts';
import { sentences } from './sentences.ts';

/** An article to draft from. */
export interface DraftInput {
  text: string;
  title?: string;
  /** The publication date, YYYY-MM-DD: relative dates ("yesterday", "last year") resolve against it. */
  published?: string;
  /** The article's file name, written as the story's `article`. */
  fileName?: string;
  /** The outlet, for a story of several sources. */
  publisher?: string;
  url?: string;
}


const names = gazetteer(organisationsJson.organisations);
const countryOrOrg = new Set(organisationsJson.organisations.map((o) => o.id));
const displayNames = new Map<string, string>([
  ...COUNTRIES.map((c) => [c.id, c.names[0]] as [string, string]),
  ...organisationsJson.organisations.map((o) => [o.id, o.shortName] as [string, string]),
]);
const nameOf = (id: string) => displayNames.get(id) ?? id;


/** How sure the rules must be of a relation for it to be proposed at all. */
export const MIN_CONFIDENCE = 0.5;

interface Drafted {
  finding: Finding;
  source: string;
  evidence: { quote: string; start: number; end: number; source?: string; draft: { rule: string; confidence: number; likelihood?: number; trigger: { start: number; end: number } } }[];
  /** The sentences already quoted, as "source|start": a relation restated a thousand times is checked in constant time. */
  quoted: Set<string>;
}

/** One relation the rules found, before the scorer decides whether to propose it. */
export interface Candidate {
  drafted: Drafted;
  facts: CandidateFacts;
}

/**
 * Every relation the rules find in the articles with a confidence of at least `MIN_CONFIDENCE`, with the facts the scorer weighs
 * (`features.ts`). Pure and deterministic; `draftStory` keeps those the scorer finds likely, and
 * `npm run train:drafter` fits the scorer on them.
 */
export function draftCandidates(input: DraftInput | readonly DraftInput[]): { candidates: Candidate[]; mentioned: Set<string>; people: Map<string, StoryData['people'][number]>; sourceIds: string[] } {
  const inputs = Array.isArray(input) ? (input as readonly DraftInput[]) : [input as DraftInput];
  const several = inputs.length > 1;
  const sourceIds = inputs.map((a, i) => slug(a.fileName?.replace(/\.[^.]+$/, '') ?? '') || `source-${i + 1}`).map((id, i, all) => (all.indexOf(id) < i ? `${id}-${i + 1}` : id));
  const merged = new Map<string, Drafted>();
  const mentioned = new Set<string>();
  const people = new Map<string, StoryData['people'][number]>();
  const counts = new Map<string, number>();
  const quoted = new Map<string, { index: number; actors: ReadonlySet<string> }>();

  inputs.forEach((article, a) => {
    const { text, published } = article;
    const named = names.mentions(text, published);
    for (const m of named) {
      addPerson(people, m);
      if (m.via !== 'city') mentioned.add(m.actor);
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    }
    const mentions = [...named, ...descriptions(text, named, countryOrOrg)].sort((x, y) => x.start - y.start);
    const year = published ? Number(published.slice(0, 4)) : undefined;
    const discourse = newDiscourse();
    discourse.dateline = names.dateline(text);
    // Mentions are handed to each sentence as a slice of one sorted list: linear in the text's length.
    let first = 0;
    let index = 0;
    for (const sentence of sentences(text)) {
      while (first < mentions.length && mentions[first].start < sentence.start) first++;
      let last = first;
      while (last < mentions.length && mentions[last].end <= sentence.end) last++;
      const here = mentions.slice(first, last);
      const speaker = speakerOf(text, sentence, here);
      const findings = relateSentence(text, sentence, here, discourse, year);
      if (findings.length) quoted.set(`${several ? sourceIds[a] : ''}|${sentence.start}`, { index, actors: new Set(here.filter((m) => m.via !== 'description').map((m) => m.actor)) });
      for (const finding of findings) {
        if (finding.confidence < MIN_CONFIDENCE) continue;
        const ends = finding.directed ? [finding.from, finding.to] : [finding.from, finding.to].sort();
        const key = `${finding.type}|${ends.join(finding.directed ? '>' : '~')}|${finding.certainty}`;
        const evidence = {
          quote: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end,
          ...(speaker ? { speaker } : {}),
          ...(several ? { source: sourceIds[a] } : {}),
          draft: { rule: finding.rule, confidence: finding.confidence, trigger: finding.trigger },
        };
        const seen = merged.get(key);
        if (!seen) {
          merged.set(key, { finding: { ...finding, from: ends[0], to: ends[1] }, source: sourceIds[a], evidence: [evidence], quoted: new Set([`${evidence.source ?? ''}|${evidence.start}`]) });
        } else if (!seen.quoted.has(`${evidence.source ?? ''}|${evidence.start}`)) {
          seen.quoted.add(`${evidence.source ?? ''}|${evidence.start}`);
          seen.evidence.push(evidence);
        }
      }
      index++;
    }
  });

  const drafts = [...merged.values()];
  const facts = factsOf(drafts.map((d) => ({ ...d.finding, evidence: d.evidence })), { sentences: quoted, mentions: counts, organisations: countryOrOrg });
  const candidates = drafts.map((drafted, i): Candidate => ({ drafted, facts: facts[i] }));
  return { candidates, mentioned, people, sourceIds };
}

/**
 * What `factsOf` needs to know of one article around drafts saved earlier (for `npm run train:drafter`
 * on drafts an older drafter wrote): every sentence with its position and the actors it names, and
 * how often the article names each actor, found as `draftCandidates` finds them.
 */
export function articleView(text: string, published?: string): ArticleView {
  const named = [...names.mentions(text, published)].sort((x, y) => x.start - y.start);
  const mentions = new Map<string, number>();
  for (const m of named) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
  const view = new Map<string, { index: number; actors: ReadonlySet<string> }>();
  let first = 0;
  sentences(text).forEach((sentence, index) => {
    while (first < named.length && named[first].start < sentence.start) first++;
    const actors = new Set<string>();
    for (let i = first; i < named.length && named[i].end <= sentence.end; i++) actors.add(named[i].actor);
    view.set(`|${sentence.start}`, { index, actors });
  });
  return { sentences: view, mentions, organisations: countryOrOrg };
}

/**
 * Drafts a story from one article or several: every relation a trigger finds between two actors
 * the text names and the scorer finds likely enough, with the sentences that state it as exact quotes
 * and how each was found (`draft.rule`, `draft.confidence`, `draft.likelihood`, `draft.trigger`). Pure and
 * deterministic: the same text gives the same story. Relations come out with `review: "draft"`, for a
 * person to accept or reject.
 *
 * @example draftStory({ text: 'Russia invaded Ukraine on Thursday.', published: '2022-02-26' })
 */
export function draftStory(input: DraftInput | readonly DraftInput[], model: ScorerWeights = SCORER): StoryData {
  const inputs = Array.isArray(input) ? (input as readonly DraftInput[]) : [input as DraftInput];
  const several = inputs.length > 1;
  const { candidates, mentioned, people, sourceIds } = draftCandidates(inputs);
  // The rules' confidence decided what is proposed; the scorer says how likely each proposal is, for the review to show.
  const kept = candidates.map(({ drafted, facts }): Drafted => {
    const p = Math.round(likelihood(facts, model) * 100) / 100;
    for (const e of drafted.evidence) e.draft.likelihood = p;
    return drafted;
  });

  const ids = new Set<string>();
  const relations = kept.map(({ finding, evidence, source }): StoryData['relations'][number] => {
    const article = inputs[Math.max(0, sourceIds.indexOf(source))];
    const first = evidence[0];
    const at = first.draft.trigger.start - first.start;
    const dated = dateOf(first.quote, at, article.published, finding.certainty);
    // "fought from 1998 to 2000", "sanctions that lasted until 2016": a span the sentence gives.
    const span = spanOf(first.quote, at);
    const when = span?.start ? { date: span.start, datePrecision: 'year' as const, dateNote: `“${span.words}” in the sentence.` } : dated;
    // "lifted sanctions on Belarus on Tuesday": the date the sentence gives is the sanction's end; its start is not told.
    const lifted = finding.type === 'sanction' ? liftedWord(first.quote, at, first.draft.trigger.end - first.start) : undefined;
    const ends = lifted && when.date
      ? { end: when.date, endPrecision: when.datePrecision!, endNote: `“${lifted}” in the sentence: ${when.dateNote}` }
      : span && when.date && when.date.slice(0, span.end.length) < span.end
        ? { end: span.end, endPrecision: span.endPrecision, endNote: `“${span.words}” in the sentence.` } : {};
    // A span needs a start: the lifting stands for both, and the note says the start is not told.
    const start = { ...(when.date ? { date: when.date, datePrecision: when.datePrecision } : {}), dateNote: lifted && when.date ? `When the sanctions began is not in the sentence; this is when they were lifted (${when.dateNote})` : when.dateNote };
    let id = slug(`${finding.from}-${finding.to}-${finding.type}${finding.certainty === 'stated' ? '' : `-${finding.certainty}`}`);
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    return {
      id, type: finding.type, from: finding.from, to: finding.to, directed: finding.directed,
      ...start,
      ...ends,
      certainty: finding.certainty,
      // A plain sentence for readers; how it was found stays in each quote's `draft` (rule, trigger, confidence).
      summary: lifted && finding.certainty === 'stated'
        ? readerSummary({ type: finding.type, from: finding.from, to: finding.to, directed: finding.directed, certainty: finding.certainty }, nameOf).replace('imposed sanctions on', 'lifted sanctions on')
        : readerSummary({ type: finding.type, from: finding.from, to: finding.to, directed: finding.directed, certainty: finding.certainty }, nameOf),
      cameo: finding.cameo, plover: finding.plover,
      review: 'draft',
      evidence: evidence.sort((x, y) => (x.source ?? '').localeCompare(y.source ?? '') || x.start - y.start),
    };
  }).sort((x, y) => (x.id < y.id ? -1 : 1));

  // With no relation, the story still names every state and organisation the text mentions, for the editor to relate by hand.
  const used = new Set(relations.length ? relations.flatMap((r) => [r.from, r.to]) : mentioned);
  const actors = [...used].sort().map((id) => (countryOrOrg.has(id) ? { id, kind: 'organisation' as const } : { id }));
  const peopleList = [...people.values()].filter((p) => p.actor !== null && used.has(p.actor)).sort((x, y) => (x.id < y.id ? -1 : 1));
  // A speaker must be one of the story's people: one whose country the story leaves out is not named.
  const listed = new Set(peopleList.map((p) => p.id));
  for (const r of relations) for (const e of r.evidence) if (e.speaker && !listed.has(e.speaker)) delete e.speaker;
  const first = inputs[0];
  const title = first.title ?? (titleLine(first.text) || 'Drafted story');
  const base = { format: 2 as const, title, actors, people: peopleList, relations };
  if (!several) {
    return {
      ...base,
      article: first.fileName ?? 'article.txt',
      ...(first.published ? { published: first.published } : {}),
      articleText: first.text,
    };
  }
  return {
    ...base,
    ...(inputs.some((i) => i.published) ? { published: inputs.map((i) => i.published ?? '').sort().at(-1) } : {}),
    sources: inputs.map((article, i) => ({
      id: sourceIds[i], title: article.title ?? (titleLine(article.text) || `Article ${i + 1}`),
      ...(article.publisher ? { publisher: article.publisher } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.published ? { published: article.published } : {}),
      ...(article.fileName ? { article: article.fileName } : {}),
      articleText: article.text,
    })),
  };
}

const LIFTED = /(?<![\p{L}])(lift(?:ed|s|ing)?|remov(?:ed|es|ing)|scrap(?:ped|s|ping)|end(?:ed|s|ing)|dropp(?:ed|ing)|drops|rescind(?:ed|s|ing)?|revok(?:ed|es|ing)|suspend(?:ed|s|ing)?)\s+(?:\S+\s+){0,3}$/iu;

/** The word that ends a sanction told in a quote ("lifted sanctions", "scrapped the embargo", "removed Cuba from the terror list"), if any; easing is not ending. */
function liftedWord(quote: string, at: number, triggerEnd: number): string | undefined {
  const own = /^(?:remov\p{L}*|delist\p{L}*|tak\p{L}*)/iu.exec(quote.slice(at, triggerEnd));
  return own?.[0] ?? LIFTED.exec(quote.slice(Math.max(0, at - 40), at))?.[1];
}

function addPerson(people: Map<string, StoryData['people'][number]>, m: Mention) {
  if (!m.person) return;
  const id = slug(m.person.name);
  if (!id || people.has(id)) return;
  people.set(id, { id, name: m.person.name, role: m.person.role?.toLowerCase() ?? null, actor: m.actor });
}

const SAYS = /^\s*(?:has\s+|had\s+)?(?:said|says|told|added|stated|warned|declared|insisted|wrote|tweeted)\b/;
const SAID = /(?:said|says|told|added|stated|warned|declared|insisted|wrote|tweeted)\s+(?:\S+\s+){0,4}$/;

/**
 * Who speaks in a sentence, where the text says so: "Putin said …", "'…', said Russian President
 * Vladimir Putin", "'…,' Lavrov told reporters". The person's id, or undefined.
 */
function speakerOf(text: string, sentence: { start: number; end: number }, mentions: readonly Mention[]): string | undefined {
  for (const m of mentions) {
    if (!m.person || m.end > sentence.end) continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 24));
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    if (SAYS.test(after) || (SAID.test(before) && /[”"’,]/.test(text.slice(sentence.start, m.start)))) return slug(m.person.name) || undefined;
  }
  return undefined;
}


function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
