import { RELATION_TYPES, type Certainty, type RelationType } from '../data/relationTypes.ts';

/**
 * What the drafter knows of one candidate relation when it decides whether to propose it: how the
 * rules found it, how often and where the article states it, and how prominent its two actors are.
 * Every value is a small number (0–1 flags, or log2 counts), so one set of weights fits them all.
 */
export interface CandidateFacts {
  type: RelationType;
  certainty: Certainty;
  directed: boolean;
  /** The best confidence the rules gave any of its sentences (trigger × how the pair was found). */
  confidence: number;
  /** Sentences that state it. */
  support: number;
  /** Position of its first sentence in the article (0: the headline or first line). */
  firstSentence: number;
  /** Distinct actors named in its first sentence. */
  actorsInSentence: number;
  /** Relations the rules found in that same sentence. */
  findingsInSentence: number;
  /** Times the article names each end, and each end's rank among the article's actors (0: most named). */
  mentions: [number, number];
  ranks: [number, number];
  /** Whether each end is named in one of its own sentences (not only by "they" or "the two countries"). */
  namedInSentence: [boolean, boolean];
  /** Whether either end is an organisation. */
  organisation: boolean;
  /** Other candidates joining the same two actors, of another family. */
  rivalReadings: number;
}

/** A drafted relation as the story writes it: enough to weigh it again from a saved draft. */
export interface DraftedLike {
  type: RelationType;
  from: string;
  to: string;
  directed: boolean;
  certainty: Certainty;
  evidence: readonly { start: number; source?: string; draft?: { confidence: number } }[];
}

/** What the article says around the drafts: its sentences by where they start, and the actors it names. */
export interface ArticleView {
  /** For each quoted sentence, by "source|start": its position in its article and the actors it names. */
  sentences: ReadonlyMap<string, { index: number; actors: ReadonlySet<string> }>;
  /** How often the articles name each actor. */
  mentions: ReadonlyMap<string, number>;
  organisations: ReadonlySet<string>;
}

const at = (e: { start: number; source?: string }) => `${e.source ?? ''}|${e.start}`;

/** The facts of each drafted relation, from the drafts themselves and the article around them. Pure. */
export function factsOf(relations: readonly DraftedLike[], view: ArticleView): CandidateFacts[] {
  const rank = new Map([...view.mentions.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id], i) => [id, i]));
  const perSentence = new Map<string, number>();
  const families = new Map<string, Set<string>>();
  for (const r of relations) {
    for (const k of new Set(r.evidence.map(at))) perSentence.set(k, (perSentence.get(k) ?? 0) + 1);
    const pair = [r.from, r.to].sort().join('~');
    families.set(pair, (families.get(pair) ?? new Set()).add(RELATION_TYPES[r.type].family));
  }
  return relations.map((r) => {
    const first = r.evidence.reduce((a, e) => ((view.sentences.get(at(e))?.index ?? 1e9) < (view.sentences.get(at(a))?.index ?? 1e9) ? e : a));
    const said = r.evidence.map((e) => view.sentences.get(at(e))?.actors ?? new Set<string>());
    return {
      type: r.type, certainty: r.certainty, directed: r.directed,
      confidence: Math.max(...r.evidence.map((e) => e.draft?.confidence ?? 1)),
      support: r.evidence.length,
      firstSentence: view.sentences.get(at(first))?.index ?? 0,
      actorsInSentence: view.sentences.get(at(first))?.actors.size ?? 2,
      findingsInSentence: perSentence.get(at(first)) ?? 1,
      mentions: [view.mentions.get(r.from) ?? 0, view.mentions.get(r.to) ?? 0],
      ranks: [rank.get(r.from) ?? 99, rank.get(r.to) ?? 99],
      namedInSentence: [said.some((s) => s.has(r.from)), said.some((s) => s.has(r.to))],
      organisation: view.organisations.has(r.from) || view.organisations.has(r.to),
      rivalReadings: families.get([r.from, r.to].sort().join('~'))!.size - 1,
    };
  });
}

const log2 = (n: number) => Math.log2(1 + Math.max(0, n));
const TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/** The names of the features, in the order `featureVector` writes them. */
export const FEATURES: readonly string[] = [
  'bias', 'confidence', 'lowConfidence', 'support', 'headline', 'early', 'crowd', 'fanout',
  'salienceMin', 'salienceMax', 'bothLeading', 'oneUnnamed', 'organisation', 'directed',
  'historical', 'uncertain', 'rivals',
  ...TYPES.map((t) => `type:${t}`),
];

/** A candidate's facts as numbers, in the order of `FEATURES`. Pure. */
export function featureVector(c: CandidateFacts): number[] {
  const [lo, hi] = [Math.min(...c.mentions), Math.max(...c.mentions)];
  return [
    1,
    c.confidence,
    c.confidence < 0.5 ? 1 : 0,
    log2(c.support - 1),
    c.firstSentence === 0 ? 1 : 0,
    c.firstSentence < 3 ? 1 : 0,
    log2(c.actorsInSentence - 2),
    log2(c.findingsInSentence - 1),
    log2(lo),
    log2(hi),
    c.ranks[0] < 3 && c.ranks[1] < 3 ? 1 : 0,
    c.namedInSentence[0] && c.namedInSentence[1] ? 0 : 1,
    c.organisation ? 1 : 0,
    c.directed ? 1 : 0,
    c.certainty === 'historical' ? 1 : 0,
    c.certainty !== 'stated' && c.certainty !== 'historical' ? 1 : 0,
    log2(c.rivalReadings),
    ...TYPES.map((t) => (c.type === t ? 1 : 0)),
  ];
}
