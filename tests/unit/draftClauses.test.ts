import { describe, expect, test } from 'vitest';
import { draftStory } from '../../src/draft/index.ts';
import { clauses, sentences } from '../../src/draft/sentences.ts';
import { eventYears } from '../../src/draft/years.ts';

function drafted(text: string, published = '2024-03-14'): string[] {
  const story = draftStory({ text, published });
  return story.relations.map((r) => `${r.from}${r.directed ? '>' : '~'}${r.to} ${r.type} ${r.certainty}`).sort();
}
const clauseTexts = (text: string) => clauses(text, sentences(text)[0]).map((c) => text.slice(c.start, c.end));

describe('clauses: ", and" between two clauses, not inside a list', () => {
  test('a long clause, a comma, "and" and a new subject: two clauses', () => {
    expect(clauseTexts('Chile blamed Peru for the collapse of the fishing talks, and Bolivia recalled its envoy.'))
      .toEqual(['Chile blamed Peru for the collapse of the fishing talks', 'Bolivia recalled its envoy.']);
  });
  test('a list with a serial comma stays one clause', () => {
    expect(clauseTexts('Brazil, Argentina, and Chile signed the accord.')).toEqual(['Brazil, Argentina, and Chile signed the accord.']);
  });
  test('the second clause keeps its own certainty and its own object', () => {
    expect(drafted('Norway accused Sweden of dumping timber on its markets last winter, and Denmark imposed sanctions on Sweden.'))
      .toEqual(['DNK>SWE sanction stated', 'NOR>SWE tension stated']);
  });
});

describe('years: a year that names a thing does not date a trigger far from it', () => {
  test('"the 1951 treaty" is no date of a threat made today', () => {
    expect(eventYears('Canada warned that any strike would breach the 1951 treaty', 7)).toEqual([]);
    expect(eventYears('Canada fought in 1951', 7)).toEqual([{ year: 1951, index: 17 }]);
    expect(eventYears('the 1998 war', 9)).toEqual([{ year: 1998, index: 4 }]);
  });
  test('a threat that invokes an old treaty is news, not background', () => {
    const story = draftStory({ text: 'Spain warned Morocco that it would invoke the 1991 friendship treaty.', published: '2024-03-14' });
    expect(story.relations.map((r) => [r.from, r.to, r.type, r.certainty, r.date])).toEqual([['ESP', 'MAR', 'tension', 'threatened', '2024-03']]);
  });
});

describe('hypotheticals: a conflict the clause only supposes', () => {
  test('"an attack on X would…" is threatened, not stated', () => {
    expect(drafted('Australia said an attack by China on Taiwan would be a disaster for the region.')).toEqual(['CHN>TWN war threatened']);
  });
  test('"warned X that" makes what follows a threat', () => {
    expect(drafted('Poland warned Belarus that any incursion into Lithuania would be met with force.')).toContain('POL>BLR tension threatened');
  });
});

describe('aid: amounts and "aid for"', () => {
  test('an amount of aid for a country', () => {
    expect(drafted('Japan announced $40 million in new aid for Sudan on Friday.')).toEqual(['JPN>SDN aid stated']);
  });
  test('"assistance to" a country, and military aid stays arms support', () => {
    expect(drafted('Germany will give assistance to Moldova.')).toEqual(['DEU>MDA aid planned']);
    expect(drafted('Canada sent military aid to Ukraine.')).toEqual(['CAN>UKR arms_support stated']);
  });
});
