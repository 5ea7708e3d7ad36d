import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { bundledCountries, findQuote, formatError, loadStory, quoteMismatch, readCsvStory } from '../../src/data/index.ts';
import { articleText, read } from './fixtures.ts';

const exampleArticle = read('data/examples/aukus-2021/article.txt');
const exampleCsv = read('data/examples/aukus-2021/relations.csv');
const header = 'type,from,to,date,summary,quote';

function errorsOf(csv: string, article = articleText) {
  const result = readCsvStory(csv, article, bundledCountries);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatError);
}

describe('findQuote', () => {
  test('finds a verbatim quote, its offsets and how often it occurs', () => {
    const found = findQuote(articleText, 'Furious political leaders in South Korea')!;
    expect(articleText.slice(found.start, found.end)).toBe('Furious political leaders in South Korea');
    expect(found.count).toBe(2);
    expect(findQuote(articleText, 'not in the article')).toBeUndefined();
    expect(findQuote(articleText, '')).toBeUndefined();
  });
  test('says where a near-miss parts from the article, and spots straight quote marks', () => {
    expect(quoteMismatch(articleText, "Putin's bloody campaign")).toBe('the article has “Putin” but then not “\'s bloody campaign”; the article uses curly quote marks (‘ ’ “ ”) where the quote has straight ones');
    expect(quoteMismatch(articleText, '§§§')).toBe('no part of it is in the article');
  });
});

describe('readCsvStory', () => {
  test('reads the example story, with the same relations as its JSON twin', () => {
    const result = readCsvStory(exampleCsv, exampleArticle, bundledCountries, { title: 'AUKUS: a submarine pact and a diplomatic rupture' });
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    const json = loadStory(exampleArticle, read('data/examples/aukus-2021/relations.json'));
    expect(json.ok).toBe(true);
    if (!result.ok || !json.ok) return;
    const strip = (rs: typeof json.story.relations) => rs.map((r) => ({ ...r, evidence: r.evidence.map(({ quote, start, end }) => ({ quote, start, end })) }));
    expect(strip(result.story.relations)).toEqual(strip(json.story.relations));
    expect(result.story.actors.map((a) => a.id)).toEqual(['AUS', 'CHN', 'FRA', 'GBR', 'USA']);
    expect(result.story.people).toEqual([{ id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', role: 'foreign minister', actor: 'FRA' }]);
    expect(result.story.published).toBe('2021-09-30');
  });

  test('computes offsets from the quotes, and fills names and capitals from the country table', () => {
    const result = readCsvStory(`${header}\nvisit,RUS,VNM,2024-06-20,Putin in Hanoi,"Putin was greeted by the country’s deputy prime minister"`, articleText, bundledCountries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [relation] = result.story.relations;
    const [evidence] = relation.evidence;
    expect(articleText.slice(evidence.start, evidence.end)).toBe('Putin was greeted by the country’s deputy prime minister');
    expect(relation).toMatchObject({ id: 'rus-vnm-visit-2', directed: true, datePrecision: 'day', certainty: 'stated' });
    expect(result.story.actors.find((a) => a.id === 'VNM')).toEqual({ id: 'VNM', kind: 'country', name: 'Vietnam', anchor: { name: 'Hanoi', lat: 21.0278, lon: 105.8342 } });
    expect(result.story.title).toBe('Will livid South Korean leaders ship arms to Kyiv?');
  });

  test('a quote not in the article is an error at its row and column, saying where it parts', () => {
    expect(errorsOf(`${header}\nvisit,RUS,VNM,2024-06-20,x,"Putin was greeted by the deputy prime minister"`)).toEqual([
      'relations.csv: row 2, column "quote": the quote is not found verbatim in article.txt: the article has “Putin was greeted by the ” but then not “deputy prime ministe”; expected the exact characters of article.txt, curly quotes and dashes included',
    ]);
  });

  test('every bad cell is reported, by row and column', () => {
    const errors = errorsOf([
      `${header},directed,certainty`,
      'friendship,RUS,VNM,2024-06-20,x,Putin,yes,stated',
      'visit,RU,XYZ,2024-02-30,x,Putin,maybe,sure',
    ].join('\n'));
    expect(errors).toEqual([
      'relations.csv: row 2, column "type": unknown type "friendship"; expected one of alliance, cooperation, trade, arms_support, aid, mediation, visit, tension, diplomatic_pressure, sanction, war',
      'relations.csv: row 3, column "from": "RU" is not a country code; expected an ISO 3166-1 alpha-3 code, such as RUS, an organisation code such as NATO, or an actor of your own with the column from_kind set to other',
      'relations.csv: row 3, column "to": unknown country code "XYZ"; expected an ISO 3166-1 alpha-3 code of a country in the geometry (see data/countries.json)',
      'relations.csv: row 3, column "date": "2024-02-30" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06-19, or empty when the text gives no date',
      'relations.csv: row 3, column "directed": "maybe" is not yes or no; expected yes or no (empty means yes)',
      'relations.csv: row 3, column "certainty": unknown certainty "sure"; expected one of stated, historical, planned, alleged, threatened, feared (empty means stated)',
    ]);
  });

  test('missing and unknown columns', () => {
    expect(errorsOf('type,from,to,date,quote,colour\n')).toEqual([
      'relations.csv: column "colour": unknown column "colour"; expected only the columns type, from, to, date, summary, quote, id, directed, date_precision, date_note, end, end_precision, end_note, ongoing, certainty, speaker, speaker_role, speaker_country, source, cameo, plover, from_kind, to_kind, from_name, to_name, from_lat, to_lat, from_lon, to_lon',
      'relations.csv: column "summary": missing column "summary"; expected a header row with type, from, to, date, summary, quote',
    ]);
  });

  test('rows of one id must agree; a relation to itself is named by its row', () => {
    expect(errorsOf(`id,${header}\na,visit,RUS,VNM,2024-06-20,x,Putin\na,war,RUS,VNM,2024-06-20,x,Kim`)[0]).toBe('relations.csv: row 3, column "type": row 2 has the same id "a" with another type; expected the same relation fields on every row of one id, or another id');
    expect(errorsOf(`${header}\nvisit,RUS,RUS,2024-06-20,x,Putin`)).toEqual(['relations.csv: row 2, column "to": a relation from "RUS" to itself; expected two different actors']);
  });

  test('an empty file and a header alone', () => {
    expect(errorsOf('')[0]).toMatch(/missing column "type"/);
    expect(errorsOf(`${header}\n`)).toEqual(['relations.csv: row 2: no rows after the header; expected one row a quote']);
  });
});

describe('spans in a spreadsheet: end, end_precision, end_note, ongoing', () => {
  const gulfDir = 'data/examples/gulf-rift-2017/';
  const gulfArticle = read(`${gulfDir}article.txt`);
  const spanHeader = `${header},end,end_precision,end_note,ongoing`;
  const row = (date: string, end: string, precision = '', note = '', ongoing = '') => `visit,RUS,VNM,${date},x,Putin,${end},${precision},${note},${ongoing}`;

  test('the example with ties cut and restored reads with the same spans as its JSON twin', () => {
    const result = readCsvStory(read(`${gulfDir}relations.csv`), gulfArticle, bundledCountries);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    const json = loadStory(gulfArticle, read(`${gulfDir}relations.json`));
    if (!result.ok || !json.ok) throw new Error('both should load');
    const strip = (rs: typeof json.story.relations) => rs.map((r) => ({ ...r, evidence: r.evidence.map(({ quote, start, end }) => ({ quote, start, end })) }));
    expect(strip(result.story.relations)).toEqual(strip(json.story.relations));
    expect(result.story.relations.filter((r) => r.end).length).toBeGreaterThanOrEqual(4);
    expect(result.story.relations.find((r) => r.id === 'tur-qat-troops')?.ongoing).toBe(true);
    // The last day the relations cover is an end's: the restoration of April 2023.
    expect(result.story.published).toBe('2023-04-12');
  });

  test('an end takes its precision from its form; a note and ongoing as the JSON writes them', () => {
    const result = readCsvStory([spanHeader, row('2017-06-05', '2021-01', '', 'That month'), row('2018', '', '', '', 'yes')].join('\n'), articleText, bundledCountries);
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    const [ended, ongoing] = result.story.relations;
    expect(ended).toMatchObject({ date: '2017-06-05', end: '2021-01', endPrecision: 'month', endNote: 'That month' });
    expect(ended.ongoing).toBeUndefined();
    expect(ongoing).toMatchObject({ date: '2018', datePrecision: 'year', ongoing: true });
    expect(ongoing.end).toBeUndefined();
  });

  test('an end before its start, and an end of the wrong precision, are errors at their row and column', () => {
    expect(errorsOf([spanHeader, row('2024-06-19', '2024-05')].join('\n'))).toEqual([
      'relations.csv: row 2, column "end": the end "2024-05" is before the start "2024-06-19"; expected an end on or after 2024-06-19, or swap date and end',
    ]);
    expect(errorsOf([spanHeader, row('2024-06-19', '2024-06-19'), row('2024-06-19', '2024-07', 'day')].join('\n'))).toEqual([
      'relations.csv: row 3, column "end_precision": "day" does not match the end "2024-07"; expected "month", or leave it empty',
    ]);
  });

  test('an unreal end, a precision with no end, ongoing with an end, an end with no start: each at its cell', () => {
    expect(errorsOf([spanHeader, row('2024', '2024-13'), row('2024', '', 'year'), row('2024', '2025', '', '', 'yes'), row('2024', '', '', '', 'perhaps')].join('\n'))).toEqual([
      'relations.csv: row 2, column "end": "2024-13" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as 2021-01, or empty when the relation has not ended',
      'relations.csv: row 3, column "end_precision": "year" is given with no end; expected an end in the column end, or end_precision left empty',
      'relations.csv: row 4, column "ongoing": a relation with an end cannot also be ongoing; expected either an end or ongoing yes, not both',
      'relations.csv: row 5, column "ongoing": "perhaps" is not yes or no; expected yes for a relation begun and not ended, or empty',
    ]);
    expect(errorsOf([spanHeader, row('', '2025')].join('\n'))[0]).toMatch(/^relations\.csv: row 2, column "date": a relation with an end has no start date/);
  });

  test('rows of one id must agree on the end', () => {
    expect(errorsOf([`id,${spanHeader}`, `a,${row('2020', '2021')}`, `a,${row('2020', '2022')}`].join('\n'))[0]).toBe('relations.csv: row 3, column "end": row 2 has the same id "a" with another end; expected the same relation fields on every row of one id, or another id');
  });
});

describe('spreadsheets as people save them', () => {
  const article = read('data/examples/aukus-2021/article.txt');
  const csv = read('data/examples/aukus-2021/relations.csv');
  const load = (text: string) => readCsvStory(text, article, bundledCountries);
  const semicolons = () => {
    const [header, ...lines] = csv.trim().split('\n');
    return [header.replace(/,/g, ';'), ...lines.map((l) => csvParseRows(l)[0].map((v) => (/[;"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';'))].join('\n');
  };
  test('semicolons, with or without a sep=; line, read as commas do', () => {
    const base = load(csv);
    expect(base.ok).toBe(true);
    for (const text of [semicolons(), `sep=;\n${semicolons()}`]) {
      const result = load(text);
      expect(result.ok ? result.story.relations.length : result.errors.map(formatError)).toBe((base as { story: { relations: unknown[] } }).story.relations.length);
    }
  });
  test('headers in any case and with spaces, and the empty rows Excel leaves, are fine', () => {
    const [header, ...lines] = csv.trim().split('\n');
    const text = [header.split(',').map((c, i) => (i === 1 ? ' Type ' : c.toUpperCase())).join(','), ...lines, ',,,,,,,,,,,', ',,,,,,,,,,,', ''].join('\r\n');
    expect(load(text).ok).toBe(true);
  });
  test('a file that is not UTF-8 says so, and how to save it', () => {
    const result = load(csv.replace('Le Drian', 'Le Dri\uFFFDn'));
    expect(result.ok ? '' : formatError(result.errors[0])).toMatch(/^relations\.csv: row \d+: the file is not UTF-8 text: .*; expected the spreadsheet saved as UTF-8 \(in Excel: Save As → “CSV UTF-8”/);
  });
  test('errors after a sep= line name the rows as the spreadsheet numbers them', () => {
    const lines = csv.trim().split('\n');
    lines[2] = lines[2].replace(/,(tension|alliance|visit|war),/, ',rivalry,');
    const result = load(`sep=,\n${lines.join('\n')}`);
    expect(result.ok ? '' : formatError(result.errors[0])).toMatch(/^relations\.csv: row 4, column "type": unknown type "rivalry"/);
  });
});
