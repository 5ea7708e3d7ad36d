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

describe('sides that are no actor of ours', () => {
  test('"X and <a group> agreed" pairs X with nobody, and every mediator after "by" mediates', () => {
    expect(drafted('Colombia and the ELN agreed to a ceasefire mediated by Cuba, Norway and Venezuela.'))
      .toEqual(['CUB>COL mediation stated', 'NOR>COL mediation stated', 'VEN>COL mediation stated']);
    expect(drafted('Hezbollah and Israel agreed to a truce brokered by France.')).toEqual(['FRA>ISR mediation stated']);
  });
});

describe('coordinated subjects and requests', () => {
  test('each member of "X and Y" acts', () => {
    expect(drafted('Britain and Germany will send humanitarian aid to Sudan.')).toEqual(['DEU>SDN aid planned', 'GBR>SDN aid planned']);
  });
  test('what one side urges another to do is the request, not the act', () => {
    expect(drafted('Brazil urged Venezuela to cooperate with the Guyanese inquiry.')).toEqual(['BRA>VEN diplomatic_pressure stated']);
  });
});

describe('visits: the host is close to the trigger', () => {
  test('"was in touch with" is no visit', () => {
    expect(drafted('Spain said it was in touch with its Portuguese partners.')).toEqual([]);
  });
  test('a place after a comma is no host of the visit before it', () => {
    expect(drafted('Lula arrived in Beijing for a state visit, the second leg of a tour that began in Vietnam.', '2024-03-14').filter((r) => r.includes('VNM'))).toEqual([]);
  });
  test('"travel on to", "sign some 30 agreements"', () => {
    expect(drafted('Indian Prime Minister Narendra Modi will travel on to Austria.')).toEqual(['IND>AUT visit planned']);
    expect(drafted('Serbia and China signed some 30 agreements.')).toEqual(['CHN~SRB cooperation stated']);
  });
});

describe('reference: "the two countries" after a directed relation', () => {
  test('the pair the last relation joined', () => {
    expect(drafted('Peru expelled Mexican diplomats on Monday. Relations between the two countries have been strained for months.'))
      .toEqual(['MEX~PER tension stated', 'PER>MEX tension stated']);
  });
});

describe('a name that modifies a noun is not its subject', () => {
  test('"a Sudan truce brokered by Kenya" pairs Sudan with nobody but its mediator', () => {
    expect(drafted('A Sudan truce brokered by Kenya and Ethiopia took hold.').filter((r) => r.includes('cooperation'))).toEqual([]);
  });
});

describe('more rules, sentences of our own', () => {
  test('a verb right after its subject is no modifier: severed ties, broke off relations', () => {
    expect(drafted('Peru severed ties with Venezuela.')).toEqual(['PER>VEN tension stated']);
    expect(drafted('Argentina broke off diplomatic relations with Bolivia in August.')).toEqual(['ARG>BOL tension stated']);
  });
  test('mediation between one of ours and a group is no mediation of ours', () => {
    expect(drafted('Norway has tried to mediate between Maduro and the opposition.')).toEqual([]);
  });
  test('a pattern that reaches over its object still fires: "pressing Caracas to"', () => {
    expect(drafted('Canada kept pressing Caracas to publish the tallies.')).toEqual(['CAN>VEN diplomatic_pressure stated']);
  });
  test('hosts of talks are no parties to them, and a refused mediator mediates nothing', () => {
    expect(drafted('Egypt and Qatar have hosted rounds of peace talks in Cairo.')).toEqual([]);
    expect(drafted('Ghana rejected Togo as a mediator.')).toEqual([]);
  });
  test('a delegation sent to a capital is a visit; an offer to mediate is planned', () => {
    expect(drafted('Moscow sent a delegation to Caracas last week.')).toEqual(['RUS>VEN visit stated']);
    expect(drafted('India and China clashed on the border. Nepal offered to mediate.')).toEqual(['CHN~IND war stated', 'NPL>CHN mediation planned', 'NPL>IND mediation planned']);
  });
});

describe('a later round: governments by their leader, political support, suspended membership', () => {
  const drafted = (text: string) => draftStory({ text, published: '2024-03-14' }).relations.map((r) => `${r.from}${r.directed ? '>' : '~'}${r.to} ${r.type} ${r.certainty}`).sort();
  test('"the Biden administration" is the United States', () => {
    expect(drafted('The Biden administration condemned Iran on Tuesday.')).toEqual(['USA>IRN tension stated']);
  });
  test('backing and voiced support are cooperation; "Russian-backed" is not an act', () => {
    expect(drafted('Russia backed Venezuela in the dispute.')).toEqual(['RUS~VEN cooperation stated']);
    expect(drafted('Japan voiced support for Ukraine on Monday.')).toEqual(['JPN~UKR cooperation stated']);
    expect(drafted('Russian-backed forces in Ukraine regrouped.')).toEqual([]);
  });
  test('an organisation that suspends a member sanctions it', () => {
    expect(drafted("The African Union suspended Niger's membership after the coup.")).toEqual(['AU>NER sanction stated']);
  });
});
