import type { StoryData } from '../data/schema.ts';

type Quotes = StoryData['relations'][number]['evidence'];

/** A part of a drafted story as the worker posts it: quotes by relation index, or a piece of an article's text ('' is a one-article story's). */
export type DraftPart = { kind: 'quotes'; parts: [number, Quotes][] } | { kind: 'text'; source: string; text: string };

/** How many quotes one part carries. */
export const PART_QUOTES = 1000;
/** How many characters of text one part carries. */
export const PART_CHARS = 250_000;

/**
 * A drafted story cut for posting from the worker: its quotes and its articles' texts in parts, then the
 * story without them. The page reads each message in a task of its own, so a draft of ten megabytes
 * never holds the page for one long task; `joinDraft` puts the parts back.
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
  const text = (source: string, value: string | undefined) => {
    for (let at = 0; value !== undefined && at < value.length; at += PART_CHARS) parts.push({ kind: 'text', source, text: value.slice(at, at + PART_CHARS) });
  };
  text('', story.articleText);
  for (const s of story.sources ?? []) text(s.id, s.articleText);
  const { articleText, ...rest } = story;
  const bare: StoryData = {
    ...rest,
    ...(articleText !== undefined ? { articleText: '' } : {}),
    ...(story.sources ? { sources: story.sources.map((s) => (s.articleText !== undefined ? { ...s, articleText: '' } : s)) } : {}),
    relations: story.relations.map((r) => ({ ...r, evidence: [] })),
  };
  return { parts, bare };
}

/** Puts a drafted story back together from its parts, in the order they came. */
export function joinDraft() {
  const quotes = new Map<number, Quotes>();
  const texts = new Map<string, string[]>();
  return {
    add(part: DraftPart) {
      if (part.kind === 'text') {
        const list = texts.get(part.source);
        if (list) list.push(part.text);
        else texts.set(part.source, [part.text]);
        return;
      }
      for (const [i, some] of part.parts) {
        const list = quotes.get(i);
        if (list) for (const e of some) list.push(e);
        else quotes.set(i, some);
      }
    },
    story(bare: StoryData): StoryData {
      const text = (source: string, fallback: string | undefined) => (texts.has(source) ? texts.get(source)!.join('') : fallback);
      return {
        ...bare,
        ...(bare.articleText !== undefined ? { articleText: text('', bare.articleText) } : {}),
        ...(bare.sources ? { sources: bare.sources.map((s) => (s.articleText !== undefined ? { ...s, articleText: text(s.id, s.articleText) } : s)) } : {}),
        relations: bare.relations.map((r, i) => ({ ...r, evidence: quotes.get(i) ?? r.evidence })),
      };
    },
  };
}
