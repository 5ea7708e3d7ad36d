import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { bundledCountries, bundledOrganisations } from '../../src/data/index.ts';
import type { StoryData } from '../../src/data/schema.ts';
import { joinDraft, PART_QUOTES, splitDraft } from '../../src/draft/draftParts.ts';
import { draftStory } from '../../src/draft/index.ts';
import { checkInSlices } from '../../src/review/checkInSlices.ts';
import { INLINE_QUOTES, keysIn, quotePacker, QUOTES_PER_KEY } from '../../src/review/keptQuotes.ts';
import { apply, check, newReview, toKeep, type Review } from '../../src/review/reviewModel.ts';
import { read } from './fixtures.ts';

// A long article in review (issue 25, item 17): its draft reaches the page in parts, is checked in
// slices, and its quotes are written once, not with every decision. How long each task takes is the
// bench's to say (`npm run bench`, "Reviewing a long article"); these tests hold the behaviour.
const tables = { countries: bundledCountries, organisations: bundledOrganisations };
const article = read('data/article.txt');
/** The built-in article repeated: few relations, each restated thousands of times. */
const repeated = (copies: number) => Array.from({ length: copies }, () => article).join('\n\n');
const drafted = draftStory({ text: repeated(400), published: '2024-06-21', fileName: 'article.txt' });
const quotes = (story: StoryData) => story.relations.reduce((n, r) => n + r.evidence.length, 0);

describe('a draft posted in parts', () => {
  test('quotes go in parts no larger than their limit, and join back to the very story with the texts the page sent', () => {
    const { parts, bare } = splitDraft(drafted);
    expect(quotes(drafted)).toBeGreaterThan(3 * PART_QUOTES);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.parts.reduce((n, [, q]) => n + q.length, 0)).toBeLessThanOrEqual(PART_QUOTES);
    // Neither the story nor any part carries the text back: the page holds it already.
    expect(serialize(bare).length).toBeLessThan(20_000);
    expect(JSON.stringify(parts)).not.toContain(drafted.articleText!.slice(0, 2000));
    const join = joinDraft();
    for (const p of structuredClone(parts)) join.add(p);
    const joined = join.story(structuredClone(bare), [repeated(400)]);
    expect(joined).toEqual(drafted);
    // Every quote is the text at its offsets, in the text the page sent.
    for (const r of joined.relations) for (const e of r.evidence) expect(joined.articleText!.slice(e.start, e.end)).toBe(e.quote);
  });

  test('several sources, each its own text back, in the order they were sent', () => {
    const long = `${article}\n\n${'Nothing here names a country. '.repeat(10_000)}`;
    const inputs = [{ text: long, fileName: 'a.txt' }, { text: article, fileName: 'b.txt' }];
    const story = draftStory(inputs);
    const { parts, bare } = splitDraft(story);
    expect(bare.sources!.every((s) => s.articleText === '')).toBe(true);
    const join = joinDraft();
    parts.forEach((p) => join.add(p));
    const joined = join.story(bare, inputs.map((i) => i.text));
    expect(joined).toEqual(story);
    expect(joined.sources!.map((s) => s.articleText!.length)).toEqual([long.length, article.length]);
  });
});

describe('the draft checked in slices', () => {
  test('finds what the loader finds, pausing between slices', async () => {
    let pauses = 0;
    const pause = async () => { pauses++; };
    expect(await checkInSlices(drafted, tables, { budget: 0, pause })).toEqual([]);
    expect(check(drafted, tables).ok).toBe(true);
    expect(pauses).toBeGreaterThan(drafted.relations.length);
    // A quote that is not the text at its offsets, far down a long list, with its place in the whole list.
    const r = drafted.relations.findIndex((x) => x.evidence.length > 600);
    expect(r).toBeGreaterThanOrEqual(0);
    const bad = structuredClone(drafted);
    bad.relations[r].evidence[550].quote = 'Not what the article says';
    const full = check(bad, tables);
    const sliced = await checkInSlices(bad, tables, { budget: 0, pause });
    expect(full.ok).toBe(false);
    expect(sliced.map((e) => e.path)).toEqual(!full.ok ? full.errors.map((e) => e.path) : []);
    expect(sliced[0].path).toBe(`relations[${r}].evidence[550].quote`);
  });

  test('faults of the story\'s own are said once, and a relation\'s as the loader says them', async () => {
    const bad = structuredClone(drafted);
    bad.published = '2024-02-30';
    bad.relations[0].from = 'XXX';
    const full = check(bad, tables);
    const sliced = await checkInSlices(bad, tables, { pause: async () => {} });
    expect(full.ok).toBe(false);
    expect(new Set(sliced.map((e) => e.path))).toEqual(new Set(!full.ok ? full.errors.map((e) => e.path) : []));
  });
});

describe('quotes kept once', () => {
  const decide = (review: Review, n: number): Review => {
    const result = apply(review, { kind: 'state', id: review.story.relations[n % review.story.relations.length].id, state: n % 2 ? 'accepted' : 'rejected' }, tables);
    if ('errors' in result) throw new Error(result.errors[0].message);
    return result.review;
  };

  test('the first save writes every long list of quotes, in parts; a decision after it writes none, and a small work', () => {
    let review = newReview(drafted);
    const packer = quotePacker((n) => `quotes:r:${n}`);
    const first = packer.pack(toKeep(review));
    const long = drafted.relations.filter((r) => r.evidence.length >= INLINE_QUOTES);
    expect(long.length).toBeGreaterThan(0);
    expect(first.fresh.reduce((n, p) => n + p.quotes.length, 0)).toBe(long.reduce((n, r) => n + r.evidence.length, 0));
    for (const p of first.fresh) {
      expect(p.quotes.length).toBeLessThanOrEqual(QUOTES_PER_KEY);
      packer.wrote(p.key);
    }
    for (let n = 0; n < 5; n++) review = decide(review, n);
    const after = packer.pack(toKeep(review));
    expect(after.fresh).toEqual([]);
    expect(serialize(after.work).length).toBeLessThan(serialize(toKeep(review)).length / 20);
    expect([...after.keys].sort()).toEqual([...first.keys].sort());

    // Read back (as IndexedDB gives it, a clone), the work is whole, and the steps still share their quotes.
    const stored = new Map(first.fresh.map((p) => [p.key, structuredClone(p.quotes)]));
    const reader = quotePacker((n) => `quotes:r:other-${n}`);
    const back = reader.unpack(structuredClone(after.work), stored);
    expect(back.story).toEqual(toKeep(review).story);
    expect(back.past!.map((s) => s.relations.map((r) => r.review))).toEqual(toKeep(review).past!.map((s) => s.relations.map((r) => r.review)));
    const i = long.length ? drafted.relations.indexOf(long[0]) : 0;
    expect(back.past![0].relations[i].evidence).toBe(back.story.relations[i].evidence);
    // Known as written: the reader's next save writes no quotes again.
    expect(reader.pack(back).fresh).toEqual([]);
    expect(keysIn(after.work).size).toBe(first.keys.size);
  });

  test('a short list stays inside the work', () => {
    const small = draftStory({ text: article, published: '2024-06-21', fileName: 'article.txt' });
    const packed = quotePacker((n) => `q${n}`).pack(toKeep(newReview(small)));
    expect(packed.fresh).toEqual([]);
    expect(packed.work.story.relations.map((r) => r.evidence.length)).toEqual(small.relations.map((r) => r.evidence.length));
  });
});
