import type { StoryData } from '../data/schema.ts';

type Quotes = StoryData['relations'][number]['evidence'];

/** A part of a drafted story as the worker posts it: quotes, by relation index. */
export type DraftPart = { kind: 'quotes'; parts: [number, Quotes][] };

/** How many quotes one part carries. */
export const PART_QUOTES = 1000;

/**
 * A drafted story cut for posting from the worker: its quotes in parts, then the story without them
 * and without its articles' texts. The page reads each message in a task of its own, so a draft of
 * ten megabytes never holds the page for one long task. The texts are not sent back at all: they are
 * the very texts the page sent (the drafter quotes them as they are), and `joinDraft` puts the page's
 * own back, so the page never copies or joins megabytes of text it already holds.
 *
 * @example const { parts, bare } = splitDraft(story); parts.forEach(post); post(bare);
 */
export function splitDraft(story: StoryData): { parts: DraftPart[]; bare: StoryData } {
  const parts: DraftPart[] = [];
  let batch: [number, Quotes][] = [];
  let size = 0;
  const flush = () => {
    if (batch.length) parts.push({ kind: 'quotes', parts: batch });
    batch = [];
    size = 0;
  };
  story.relations.forEach((r, i) => {
    for (let at = 0; at < r.evidence.length;) {
      const some = r.evidence.slice(at, at + PART_QUOTES - size);
      batch.push([i, some]);
      size += some.length;
      at += some.length;
      if (size >= PART_QUOTES) flush();
    }
  });
  flush();
  const { articleText, ...rest } = story;
  const bare: StoryData = {
    ...rest,
    ...(articleText !== undefined ? { articleText: '' } : {}),
    ...(story.sources ? { sources: story.sources.map((s) => (s.articleText !== undefined ? { ...s, articleText: '' } : s)) } : {}),
    relations: story.relations.map((r) => ({ ...r, evidence: [] })),
  };
  return { parts, bare };
}

/**
 * Puts a drafted story back together from its parts, in the order they came, and the texts of the
 * articles it was drafted from (`texts`, in the order they were sent: the one article, or each source).
 */
export function joinDraft() {
  const quotes = new Map<number, Quotes>();
  return {
    add(part: DraftPart) {
      for (const [i, some] of part.parts) {
        const list = quotes.get(i);
        if (list) for (const e of some) list.push(e);
        else quotes.set(i, some);
      }
    },
    story(bare: StoryData, texts: readonly string[]): StoryData {
      return {
        ...bare,
        ...(bare.articleText !== undefined ? { articleText: texts[0] } : {}),
        ...(bare.sources ? { sources: bare.sources.map((s, i) => (s.articleText !== undefined ? { ...s, articleText: texts[i] } : s)) } : {}),
        relations: bare.relations.map((r, i) => ({ ...r, evidence: quotes.get(i) ?? r.evidence })),
      };
    },
  };
}
