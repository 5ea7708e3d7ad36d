import { describe, expect, test } from 'vitest';
import { bundledCountries, bundledOrganisations } from '../../src/data/index.ts';
import type { Relation } from '../../src/data/schema.ts';
import { draftStory } from '../../src/draft/index.ts';
import { actorCode, actorSearch, foldName } from '../../src/review/actorSearch.ts';
import { fieldOfPath } from '../../src/review/fieldErrors.ts';
import { apply, check, mergeDraft, newReview, sameRelation, stateOf } from '../../src/review/reviewModel.ts';
import { sentenceDate } from '../../src/review/sentenceDate.ts';
import { builtInStory } from './fixtures.ts';

const tables = { countries: bundledCountries, organisations: bundledOrganisations };

describe('actors found by name', () => {
  const search = actorSearch({ actors: [{ id: 'WAGNER', kind: 'other', name: 'Wagner Group', anchor: { name: 'Bamako', lat: 12.64, lon: -8 } }] }, tables);
  const ids = (q: string) => search.find(q).map((a) => a.id);

  test('countries by their names and other spellings, organisations by name, short name and alias, the story\'s own actors', () => {
    expect(ids('korea').slice(0, 2).sort()).toEqual(['KOR', 'PRK']);
    expect(ids('north korea')[0]).toBe('PRK');
    expect(ids('DPRK')[0]).toBe('PRK');
    expect(ids('Russia')[0]).toBe('RUS');
    expect(ids('Russian Federation')[0]).toBe('RUS');
    expect(ids('nato')[0]).toBe('NATO');
    expect(ids('North Atlantic')).toContain('NATO');
    expect(ids('wagner')[0]).toBe('WAGNER');
    // Accents and case do not matter; a code typed in full finds its actor first.
    expect(ids('cote d’ivoire')[0]).toBe('CIV');
    expect(ids('usa')[0]).toBe('USA');
    expect(ids('')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
    expect(foldName('  Türkiye ')).toBe('turkiye');
  });

  test('where an actor\'s edges meet: a capital, a seat, the story\'s own anchor', () => {
    expect(search.place('KOR')).toMatchObject({ name: 'Seoul' });
    expect(search.place('NATO')?.name).toMatch(/Brussels/);
    expect(search.place('WAGNER')).toEqual({ name: 'Bamako', lat: 12.64, lon: -8 });
  });

  test('a new actor\'s code comes from its name and never takes a code in use', () => {
    const taken = (code: string) => bundledCountries.has(code) || bundledOrganisations.has(code) || code === 'WAGNER-GROUP';
    expect(actorCode('Hamas', taken)).toBe('HAMAS');
    expect(actorCode('Wagner Group', taken)).toBe('WAGNER-GROUP-2');
    expect(actorCode('Hezbollah (Lebanon)', taken)).toBe('HEZBOLLAH-LEBANON');
    expect(actorCode('NATO', taken)).toBe('NATO-2');
    expect(actorCode('…', taken)).toBe('ACTOR');
  });
});

test('an edit that names a new actor adds it to the story with its anchor; the loader\'s checks still apply', () => {
  const story = builtInStory();
  const review = newReview({ ...story, actors: story.actors.map((a) => (a.kind === 'country' ? { id: a.id } : a)) });
  const id = story.relations[0].id;
  const result = apply(review, { kind: 'edit', id, patch: { to: 'WAGNER-GROUP' }, actors: [{ id: 'WAGNER-GROUP', kind: 'other', name: 'Wagner Group', anchor: { name: 'Bamako', lat: 12.64, lon: -8 } }] }, tables);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  expect(result.review.story.actors.find((a) => a.id === 'WAGNER-GROUP')).toMatchObject({ kind: 'other', name: 'Wagner Group' });
  expect(result.review.story.relations[0].to).toBe('WAGNER-GROUP');
  // Without an anchor the loader refuses it, and says where.
  const refused = apply(review, { kind: 'edit', id, patch: { to: 'WAGNER-GROUP' }, actors: [{ id: 'WAGNER-GROUP', kind: 'other', name: 'Wagner Group' }] }, tables);
  expect('errors' in refused && refused.errors.map((e) => fieldOfPath(e.path))).toContain('actor');
});

test('an error\'s path names the field of the edit form it belongs to', () => {
  expect(fieldOfPath('relations[3].from')).toBe('from');
  expect(fieldOfPath('relations[0].datePrecision')).toBe('date');
  expect(fieldOfPath('relations[0].cameo')).toBe('type');
  expect(fieldOfPath('relations[12].evidence[0].quote')).toBe('evidence');
  expect(fieldOfPath('actors[7].anchor')).toBe('actor');
  expect(fieldOfPath('')).toBe('form');
});

describe('a new relation takes its date from its sentence, as the drafter dates one', () => {
  const text = 'Seoul was calm. On Wednesday, Putin and Kim signed a pact in Pyongyang. Nothing else happened.';
  test('a weekday before the publication date', () => {
    const at = text.indexOf('Putin');
    expect(sentenceDate(text, at, at + 20, '2024-06-21')).toMatchObject({ date: '2024-06-19', datePrecision: 'day' });
  });
  test('no date in the sentence: the month of the article; no article date: none, with a note that says why', () => {
    const at = text.indexOf('Nothing');
    expect(sentenceDate(text, at, at + 7, '2024-06-21')).toMatchObject({ date: '2024-06', datePrecision: 'month' });
    const undated = sentenceDate(text, at, at + 7, undefined);
    expect(undated.date).toBeUndefined();
    expect(undated.dateNote).toMatch(/not known/);
  });
});

test('"Draft from this article": a draft that repeats an accepted relation (same pair, type and certainty) joins it as evidence, not a second edge', () => {
  const beside = builtInStory();
  const drafted = draftStory({ text: beside.articleText, title: beside.title, published: beside.published, fileName: beside.article });
  const merged = mergeDraft(drafted, undefined, beside);
  const accepted = merged.relations.filter((r) => stateOf(r) === 'accepted');
  const drafts = merged.relations.filter((r) => stateOf(r) === 'draft');
  expect(accepted).toHaveLength(beside.relations.length);
  expect(drafts.filter((d) => accepted.some((a) => sameRelation(a, d)))).toEqual([]);
  // Those that repeated one are there as its quotes: the drafted repeats, counted, are all accounted for.
  const repeats = drafted.relations.filter((d) => !beside.relations.some((b) => b.id === d.id) && beside.relations.some((b) => sameRelation({ ...b, review: undefined }, d)));
  expect(repeats.length).toBeGreaterThan(0);
  const quotes = (rs: readonly { evidence: readonly unknown[] }[]) => rs.reduce((n, r) => n + r.evidence.length, 0);
  expect(quotes(accepted)).toBeGreaterThan(quotes(beside.relations));
  const verdict = check(merged, tables);
  expect(verdict.ok ? [] : verdict.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
});

test('same relation: the same type and certainty between the same actors, either way round only when neither is directed', () => {
  const r: Relation = { id: 'a', type: 'tension', from: 'KOR', to: 'PRK', directed: true, certainty: 'stated', summary: 's', evidence: [{ quote: 'q', start: 0, end: 1 }] };
  expect(sameRelation(r, { ...r, id: 'b' })).toBe(true);
  expect(sameRelation(r, { ...r, certainty: 'feared' })).toBe(false);
  expect(sameRelation(r, { ...r, type: 'war' })).toBe(false);
  expect(sameRelation(r, { ...r, from: 'PRK', to: 'KOR' })).toBe(false);
  expect(sameRelation({ ...r, directed: false }, { ...r, directed: false, from: 'PRK', to: 'KOR' })).toBe(true);
});

test('an edit that changes the date drops the drafter\'s note on how it dated the relation; one that keeps it keeps the note', () => {
  const story = builtInStory();
  const base = newReview({ ...story, actors: story.actors.map((a) => (a.kind === 'country' ? { id: a.id } : a)), relations: story.relations.map((r, i) => (i === 0 ? { ...r, dateNote: 'How the drafter dated it.' } : r)) });
  const id = story.relations[0].id;
  const kept = apply(base, { kind: 'edit', id, patch: { summary: 'Another summary.' } }, tables);
  const moved = apply(base, { kind: 'edit', id, patch: { date: '2024-06-01', datePrecision: 'day' } }, tables);
  if ('errors' in kept || 'errors' in moved) throw new Error('refused');
  expect(kept.review.story.relations[0].dateNote).toBe('How the drafter dated it.');
  expect(moved.review.story.relations[0].dateNote).toBeUndefined();
});
