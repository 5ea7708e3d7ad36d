import { describe, expect, test } from 'vitest';
import { draftStory, gazetteer, sentences } from '../../src/draft/index.ts';
import { formatError, loadStory } from '../../src/data/index.ts';
import organisations from '../../data/organisations.json' with { type: 'json' };
import { read } from './fixtures.ts';

/** The drafted relations of a text, as "FROM>TO type certainty" (undirected: "A~B"). */
function drafted(text: string, published = '2024-03-14'): string[] {
  const story = draftStory({ text, published });
  return story.relations.map((r) => `${r.from}${r.directed ? '>' : '~'}${r.to} ${r.type} ${r.certainty}`).sort();
}
const actorsOf = (text: string) => gazetteer(organisations.organisations).mentions(text).map((m) => `${text.slice(m.start, m.end)}=${m.actor}`);

describe('sentences: spans of the original text', () => {
  test('abbreviations, initials and headlines do not end a sentence where they should not', () => {
    const text = 'U.S. envoy J. Smith met Gen. Ali in Cairo. Talks went on.\nHeadline without a stop\nMr. Lee said “No.” Then he left.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'U.S. envoy J. Smith met Gen. Ali in Cairo.', 'Talks went on.', 'Headline without a stop', 'Mr. Lee said “No.”', 'Then he left.',
    ]);
  });
});

describe('actors: names, demonyms, capitals, seats, organisations, people', () => {
  test('variants of one country', () => {
    expect(actorsOf('The US, America, the United States and Washington; North Korea and the DPRK; Pyongyang.')).toEqual([
      'US=USA', 'America=USA', 'United States=USA', 'Washington=USA', 'North Korea=PRK', 'DPRK=PRK', 'Pyongyang=PRK',
    ]);
  });
  test('demonyms, seats of government and organisations', () => {
    expect(actorsOf('South Korean officials, the Kremlin, the White House, Downing Street, NATO and the African Union.')).toEqual([
      'South Korean=KOR', 'Kremlin=RUS', 'White House=USA', 'Downing Street=GBR', 'NATO=NATO', 'African Union=AU',
    ]);
  });
  test('a titled official stands for the country for the rest of the text', () => {
    expect(actorsOf('Kenyan President William Ruto arrived on Monday. Later, Ruto spoke.')).toEqual(['Kenyan=KEN', 'William Ruto=KEN', 'Ruto=KEN']);
  });
  test('false friends: a newspaper, a city, a US state, a first name, a war as an event', () => {
    // (Atlanta itself is a place in the United States, from the table of places: only the false friends around it name nothing.)
    expect(actorsOf('The Washington Post reported from New York that Chad Smith of Atlanta, Georgia, praised Michael Jordan and the Korean War veterans.')).toEqual(['Atlanta=USA']);
  });
});

describe('relations: one rule, one sentence of our own each', () => {
  test('accusation, active and passive voice', () => {
    expect(drafted('China accused Japan of provocations near the islands.')).toEqual(['CHN>JPN tension stated']);
    expect(drafted('Vietnam was accused by the United States of normalising the violations.')).toEqual(['USA>VNM tension stated']);
  });
  test('metonymy: capitals and seats of government act for their state', () => {
    expect(drafted('Beijing condemned Tokyo for the visit to the shrine.')).toEqual(['CHN>JPN tension stated']);
    expect(drafted('The Kremlin warned Finland against joining the bloc.')).toEqual(['RUS>FIN tension threatened']);
  });
  test('negation and denial draft nothing', () => {
    expect(drafted('Germany denied sending weapons to Ukraine.')).toEqual([]);
    expect(drafted('France has no plans to send troops to Ukraine.')).toEqual([]);
    expect(drafted('Japan did not sign the agreement with China.')).toEqual([]);
  });
  test('modality sets certainty: planned, threatened, feared', () => {
    expect(drafted('The United States will send Patriot missiles to Ukraine next month.')).toEqual(['USA>UKR arms_support planned']);
    expect(drafted('Iran threatened to strike Israel if attacked.')).toEqual(['IRN>ISR war threatened']);
    expect(drafted('Analysts fear North Korea could send troops to Russia.')).toEqual(['PRK>RUS arms_support feared']);
    // What a condition supposes, or a state hopes for, has not happened.
    expect(drafted('If Russia attacks Moldova, Romania will respond.')).toEqual(['RUS>MDA war threatened']);
    expect(drafted('Japan hopes to sign a partnership with India next year.')).toEqual(['IND~JPN cooperation planned']);
  });
  test('historical background', () => {
    const story = draftStory({ text: 'In 1950, North Korea invaded South Korea.', published: '2024-06-21' });
    expect(story.relations.map((r) => [r.from, r.to, r.type, r.certainty, r.date, r.datePrecision])).toEqual([['PRK', 'KOR', 'war', 'historical', '1950', 'year']]);
  });
  test('a visitor goes to the host, whichever way the sentence turns', () => {
    expect(drafted('Xi Jinping arrived in Moscow on Monday.')).toEqual(['CHN>RUS visit stated']);
    expect(drafted('Japan hosted the Indian prime minister for two days.')).toEqual(['IND>JPN visit stated']);
    expect(drafted('Putin was welcomed in Hanoi with a guard of honour.')).toEqual(['RUS>VNM visit stated']);
  });
  test('mediation: the mediator to each party, two edges', () => {
    expect(drafted('Turkey brokered a grain deal between Russia and Ukraine.')).toEqual(['RUS~UKR cooperation stated', 'TUR>RUS mediation stated', 'TUR>UKR mediation stated']);
  });
  test('organisations act and are acted on', () => {
    expect(drafted('ECOWAS imposed sanctions on Niger on Sunday.')).toEqual(['ECOWAS>NER sanction stated']);
    expect(drafted('Sweden joined NATO in March.')).toEqual(['NATO~SWE alliance stated']);
  });
  test('authors after the act: calls from two capitals', () => {
    expect(drafted('Seoul has resisted calls from Washington and Kyiv to send arms.')).toEqual(['UKR>KOR diplomatic_pressure stated', 'USA>KOR diplomatic_pressure stated']);
  });
  test('a pair named once and then "the two countries"', () => {
    expect(drafted('India and Pakistan traded fire on Wednesday. The two countries fought for four days.')).toEqual(['IND~PAK war stated']);
  });
  test('a place where something happens is not an actor of it', () => {
    // Switzerland is no party to the declaration; the two who signed it there travelled to it.
    expect(drafted('Armenia and Azerbaijan signed a peace declaration in Switzerland.')).toEqual(['ARM>CHE visit stated', 'ARM~AZE cooperation stated', 'AZE>CHE visit stated']);
  });
});

describe('dates, against the publication date', () => {
  const dated = (text: string, published: string) => draftStory({ text, published }).relations.map((r) => [r.date, r.datePrecision, r.dateNote]);
  test('yesterday, last year, on Wednesday, next month', () => {
    expect(dated('Russia attacked Ukraine yesterday.', '2024-06-21')).toEqual([['2024-06-20', 'day', '“yesterday” in an article of 21 June 2024: 20 June 2024.']]);
    expect(dated('Last year, France sent tanks to Ukraine.', '2024-06-21')).toEqual([['2023', 'year', '“Last year” in an article of 21 June 2024: 2023.']]);
    expect(dated('On Wednesday, Japan condemned China.', '2024-06-21')[0].slice(0, 2)).toEqual(['2024-06-19', 'day']);
    expect(dated('Canada will send aid to Haiti next month.', '2024-06-21')[0].slice(0, 2)).toEqual(['2024-07', 'month']);
  });
  test('no date in the sentence: the month of the article, or none for an article of unknown date', () => {
    expect(dated('Canada condemned Iran.', '2024-06-21')).toEqual([['2024-06', 'month', 'No date in the sentence: the month of the article (21 June 2024).']]);
    expect(draftStory({ text: 'Canada condemned Iran.' }).relations[0]).not.toHaveProperty('date');
  });
});

describe('the story it makes', () => {
  const text = read('data/article.txt');
  test('every quote is the text at its offsets, every trigger inside its quote, and the loader accepts the story', () => {
    const story = draftStory({ text, published: '2024-06-21', fileName: 'article.txt' });
    for (const r of story.relations) {
      expect(r.review).toBe('draft');
      for (const e of r.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.draft!.trigger.start).toBeGreaterThanOrEqual(e.start);
        expect(e.draft!.trigger.end).toBeLessThanOrEqual(e.end);
      }
    }
    const result = loadStory(undefined, story);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });
  test('deterministic: the same text gives the same bytes', () => {
    expect(JSON.stringify(draftStory({ text, published: '2024-06-21' }))).toBe(JSON.stringify(draftStory({ text, published: '2024-06-21' })));
  });
  test('several articles give one story with several sources, each quote in its own', () => {
    const story = draftStory([{ text: 'Russia attacked Ukraine.', fileName: 'a.txt' }, { text: 'Later, Japan condemned Russia.', fileName: 'b.txt' }]);
    expect(story.sources!.map((s) => s.id)).toEqual(['a', 'b']);
    expect(story.relations.map((r) => `${r.from}>${r.to}:${r.evidence[0].source}`).sort()).toEqual(['JPN>RUS:b', 'RUS>UKR:a']);
    expect(loadStory(undefined, story).ok).toBe(true);
  });
  test('the built-in article, against the hand-made story: floors on recall and precision (pair and family)', () => {
    const family = (t: string) => (t === 'visit' ? 'visit' : ['tension', 'war', 'sanction', 'diplomatic_pressure'].includes(t) ? 'conflict' : 'cooperation');
    const key = (r: { from: string; to: string; type: string }) => `${[r.from, r.to].sort().join('~')}|${family(r.type)}`;
    const gold = new Set((JSON.parse(read('data/relations.json')).relations as { from: string; to: string; type: string }[]).map(key));
    const found = new Set(draftStory({ text, published: '2024-06-21' }).relations.map(key));
    const recall = [...gold].filter((k) => found.has(k)).length / gold.size;
    const precision = [...found].filter((k) => gold.has(k)).length / found.size;
    expect(recall).toBeGreaterThanOrEqual(0.5);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});

test('the generated country table is what world-countries and data/countries.json give', async () => {
  const { execFileSync } = await import('node:child_process');
  expect(execFileSync('node', ['scripts/gazetteer.mjs', '--check'], { cwd: new URL('../../', import.meta.url), encoding: 'utf8' })).toBe('gazetteer: up to date\n');
});
