import type { StoryData } from '../data/schema.ts';

type Relation = StoryData['relations'][number];
type Quotes = Relation['evidence'];
type Work = { story: StoryData; past?: StoryData[]; future?: StoryData[] };

/** A relation as kept: a long list of quotes is under keys of its own, `quoteKeys`, and `evidence` is empty. */
export type KeptRelation = Relation & { quoteKeys?: string[] };

/** Quotes to write under a key of their own, before the work that names the key. */
export interface QuotesToWrite { key: string; quotes: Quotes }

/** A relation with fewer quotes than this keeps them inside the work: they cost little to write again. */
export const INLINE_QUOTES = 50;
/** The most quotes under one key: one write of them is a short task. */
export const QUOTES_PER_KEY = 1000;

/**
 * Keeps a review's long lists of quotes apart from its work, each list written once: a decision makes
 * a new relation that shares its quotes with the step before, so writing the work again writes keys,
 * not tens of thousands of quotes. Lists are known by identity, as the review's steps share them.
 * `key(n)` names the n-th part written (unique to the review and the tab).
 *
 * @example const p = quotePacker((n) => `quotes:${id}:${n}`); const { work, fresh } = p.pack(kept);
 */
export function quotePacker(key: (n: number) => string) {
  const keysOf = new WeakMap<Quotes, string[]>();
  const packedOf = new WeakMap<Relation, KeptRelation>();
  const storyOf = new WeakMap<StoryData, StoryData>();
  const written = new Set<string>();
  const waiting = new Map<string, Quotes>();
  let n = 0;

  const packRelation = (r: Relation): KeptRelation => {
    if (r.evidence.length < INLINE_QUOTES) return r;
    let packed = packedOf.get(r);
    if (packed) return packed;
    let keys = keysOf.get(r.evidence);
    if (!keys) {
      keys = [];
      for (let at = 0; at < r.evidence.length; at += QUOTES_PER_KEY) {
        const k = key(n++);
        keys.push(k);
        waiting.set(k, r.evidence.slice(at, at + QUOTES_PER_KEY));
      }
      keysOf.set(r.evidence, keys);
    }
    packed = { ...r, evidence: [], quoteKeys: keys };
    packedOf.set(r, packed);
    return packed;
  };
  const packStory = (story: StoryData): StoryData => {
    let packed = storyOf.get(story);
    if (!packed) {
      const relations = story.relations.map(packRelation);
      packed = relations.every((r, i) => r === story.relations[i]) ? story : { ...story, relations };
      storyOf.set(story, packed);
    }
    return packed;
  };

  return {
    /** The work to write, its long lists of quotes named by key; `fresh`, the quotes to write first. */
    pack(work: Work): { work: Work; fresh: QuotesToWrite[]; keys: Set<string> } {
      const packed: Work = { story: packStory(work.story), ...(work.past ? { past: work.past.map(packStory) } : {}), ...(work.future ? { future: work.future.map(packStory) } : {}) };
      const keys = keysIn(packed);
      return { work: packed, fresh: [...keys].filter((k) => !written.has(k) && waiting.has(k)).map((k) => ({ key: k, quotes: waiting.get(k)! })), keys };
    },
    /** Says that quotes were written: they are not written again. */
    wrote(k: string) {
      written.add(k);
      waiting.delete(k);
    },
    /** The work as read back: each relation's quotes in place (shared where the steps shared them), and known as written. */
    unpack(work: Work, quotes: ReadonlyMap<string, Quotes>): Work {
      const lists = new Map<string, Quotes>();
      const relations = new WeakMap<KeptRelation, Relation>();
      const stories = new WeakMap<StoryData, StoryData>();
      const relation = (r: KeptRelation): Relation => {
        if (!r.quoteKeys) return r;
        let out = relations.get(r);
        if (out) return out;
        const name = r.quoteKeys.join('\n');
        let evidence = lists.get(name);
        if (!evidence) {
          evidence = r.quoteKeys.flatMap((k) => quotes.get(k) ?? []);
          lists.set(name, evidence);
          keysOf.set(evidence, r.quoteKeys);
          for (const k of r.quoteKeys) written.add(k);
        }
        const { quoteKeys: _keys, ...rest } = r;
        out = { ...rest, evidence };
        relations.set(r, out);
        return out;
      };
      const story = (s: StoryData): StoryData => {
        let out = stories.get(s);
        if (!out) stories.set(s, (out = { ...s, relations: s.relations.map(relation) }));
        return out;
      };
      return { story: story(work.story), ...(work.past ? { past: work.past.map(story) } : {}), ...(work.future ? { future: work.future.map(story) } : {}) };
    },
  };
}

/** Every key of quotes a kept work names. */
export function keysIn(work: Work): Set<string> {
  const keys = new Set<string>();
  for (const step of [work.story, ...(work.past ?? []), ...(work.future ?? [])]) {
    for (const r of step.relations as KeptRelation[]) for (const k of r.quoteKeys ?? []) keys.add(k);
  }
  return keys;
}
