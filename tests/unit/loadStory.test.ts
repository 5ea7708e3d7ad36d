import { describe, expect, test } from 'vitest';
import { formatError, loadStory } from '../../src/data/index.ts';
import { articleText, relationsData, relationsText } from './fixtures.ts';

function errorsOf(data: unknown) {
  const result = loadStory(articleText, typeof data === 'string' ? data : JSON.stringify(data));
  if (result.ok) throw new Error('expected errors, the story loaded');
  return result.errors;
}

describe('loadStory', () => {
  test('loads the built-in story with no error', () => {
    const result = loadStory(articleText, relationsText);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    expect(result.ok && result.story.relations.length).toBe(17);
  });

  test('accepts an already-parsed value', () => {
    expect(loadStory(articleText, relationsData()).ok).toBe(true);
  });

  test('malformed JSON: names the line and column', () => {
    const text = relationsText.replace('"directed": false,', '"directed": false');
    const [error] = errorsOf(text);
    expect(error.file).toBe('relations.json');
    const line = relationsText.slice(0, relationsText.indexOf('"directed": false,')).split('\n').length;
    expect(error.line).toBe(line + 1);
    expect(error.column).toBeGreaterThan(1);
    expect(formatError(error)).toMatch(/^relations\.json: line \d+, column \d+: malformed JSON: comma expected/);
  });

  test('empty file', () => {
    expect(formatError(errorsOf('')[0])).toMatch(/malformed JSON/);
  });

  test('missing field', () => {
    const data = relationsData();
    delete data.relations[2].summary;
    expect(errorsOf(data)).toEqual([{ file: 'relations.json', path: 'relations[2].summary', message: 'missing field', expected: 'a string' }]);
  });

  test('extra field: lists the allowed ones', () => {
    const data = relationsData();
    data.relations[3].evidence[0].page = 4;
    const [error] = errorsOf(data);
    expect(error.path).toBe('relations[3].evidence[0].page');
    expect(error.message).toBe('unknown field "page"');
    expect(error.expected).toContain('quote, start, end, speaker');
  });

  test('wrong type', () => {
    const data = relationsData();
    data.relations[0].directed = 'yes';
    expect(errorsOf(data)).toEqual([{ file: 'relations.json', path: 'relations[0].directed', message: '"yes" is not a boolean', expected: 'a boolean' }]);
  });

  test('unknown actor code in a relation, and an unknown country as an actor', () => {
    const data = relationsData();
    data.relations[1].to = 'JPN';
    data.actors[0].id = 'XYZ';
    const errors = errorsOf(data).map(formatError);
    expect(errors).toContain('relations.json: actors[0].id: unknown country code "XYZ"; expected an ISO 3166-1 alpha-3 code of a country in the geometry (see data/countries.json), an organisation of data/organisations.json, or "kind": "other" with a name and an anchor for any other actor');
    expect(errors).toContain('relations.json: relations[1].to: unknown actor "JPN"; expected one of the story\'s actors: XYZ, PRK, KOR, UKR, VNM, USA');
  });

  test('malformed actor code', () => {
    const data = relationsData();
    data.relations[1].from = 'rus';
    const [error] = errorsOf(data);
    expect(error.path).toBe('relations[1].from');
    expect(error.expected).toMatch(/three-letter ISO 3166-1 alpha-3 code/);
  });

  test('a quote that is not the article at its offsets', () => {
    const data = relationsData();
    const evidence = data.relations[3].evidence[1];
    evidence.quote = evidence.quote.replace('violation', 'breach');
    const [error] = errorsOf(data);
    expect(error.path).toBe('relations[3].evidence[1].quote');
    expect(error.message).toMatch(/^the quote is not a verbatim span of article\.txt: article\.txt has “Any cooperation/);
  });

  test('a verbatim quote at the wrong offsets says where it stands', () => {
    const data = relationsData();
    const evidence = data.relations[0].evidence[0];
    const { start, end } = evidence;
    evidence.start += 2;
    evidence.end += 2;
    const [error] = errorsOf(data);
    expect(error.path).toBe('relations[0].evidence[0].start');
    expect(error.expected).toBe(`start ${start} and end ${end}, where the quote stands in article.txt`);
  });

  test('an end off by one names the end', () => {
    const data = relationsData();
    data.relations[0].evidence[0].end += 1;
    expect(errorsOf(data)[0].path).toBe('relations[0].evidence[0].end');
  });

  test('out-of-range offsets', () => {
    const data = relationsData();
    data.relations[0].evidence[0].end = 99999;
    data.relations[1].evidence[0].start = -1;
    const errors = errorsOf(data);
    expect(errors.map((e) => e.path)).toEqual(['relations[1].evidence[0].start', 'relations[0].evidence[0].end']);
    expect(errors[0].expected).toBe('zero or more');
    expect(errors[1].message).toBe(`99999 is past the end of article.txt (${articleText.length} characters)`);
  });

  test('end before start', () => {
    const data = relationsData();
    const ev = data.relations[0].evidence[0];
    [ev.start, ev.end] = [ev.end, ev.start];
    expect(errorsOf(data)[0].message).toMatch(/^end \d+ is not after start \d+$/);
  });

  test('overlapping quotes within a relation', () => {
    const data = relationsData();
    const ev = data.relations[0].evidence[0];
    data.relations[0].evidence.push({ quote: articleText.slice(ev.start + 4, ev.end + 3), start: ev.start + 4, end: ev.end + 3 });
    const [error] = errorsOf(data);
    expect(error.path).toBe('relations[0].evidence[2].start');
    expect(error.message).toMatch(/overlaps evidence\[0\]/);
  });

  test('impossible dates, and a date at the wrong precision', () => {
    const data = relationsData();
    data.relations[0].date = '2024-02-30';
    data.relations[1].date = '2024-06';
    data.published = '2024-13-01';
    const errors = errorsOf(data).map(formatError);
    expect(errors).toEqual([
      'relations.json: published: "2024-13-01" is not a real date; expected YYYY-MM-DD, such as "2024-06-19"',
      'relations.json: relations[0].date: "2024-02-30" is not a real date; expected a real date written as YYYY-MM-DD, such as "2024-06-19"',
      'relations.json: relations[1].date: "2024-06" is written to month precision but datePrecision is "day"; expected a real date written as YYYY-MM-DD, such as "2024-06-19"',
    ]);
  });

  test('29 February only in leap years', () => {
    const data = relationsData();
    data.relations[0].date = '2024-02-29';
    data.relations[1].date = '2023-02-29';
    expect(errorsOf(data).map((e) => e.path)).toEqual(['relations[1].date']);
  });

  test('duplicate ids', () => {
    const data = relationsData();
    data.relations[5].id = data.relations[2].id;
    expect(errorsOf(data)).toEqual([{ file: 'relations.json', path: 'relations[5].id', message: `duplicate relation id "${data.relations[2].id}"`, expected: 'an id not used before (relations[2] has it)' }]);
  });

  test('unknown type lists the known ones', () => {
    const data = relationsData();
    data.relations[4].type = 'friendship';
    const [error] = errorsOf(data);
    expect(formatError(error)).toBe('relations.json: relations[4].type: unknown value "friendship"; expected one of "alliance", "cooperation", "trade", "arms_support", "aid", "mediation", "visit", "tension", "diplomatic_pressure", "sanction", "war"');
  });

  test('a relation from an actor to itself', () => {
    const data = relationsData();
    data.relations[0].to = data.relations[0].from;
    expect(errorsOf(data)).toEqual([{ file: 'relations.json', path: 'relations[0].to', message: 'a relation from "RUS" to itself', expected: 'two different actors' }]);
  });

  test('unknown speaker', () => {
    const data = relationsData();
    data.relations[2].evidence[1].speaker = 'chang';
    expect(errorsOf(data)[0].path).toBe('relations[2].evidence[1].speaker');
  });

  test('collects every error, schema and content alike, each at its own path', () => {
    const data = relationsData();
    data.relations[0].extra = true;
    data.relations[2].type = 'friendship';
    data.relations[6].from = data.relations[6].to;
    data.relations[9].evidence[0].end += 1;
    data.relations[12].id = data.relations[11].id;
    const paths = errorsOf(data).map((e) => e.path).sort();
    expect(paths).toEqual(['relations[0].extra', 'relations[12].id', 'relations[2].type', 'relations[6].to', 'relations[9].evidence[0].end']);
  });

  test('errors name the file the caller gives', () => {
    const result = loadStory(articleText, '{', { files: { relations: 'data/summit.json' } });
    expect(!result.ok && result.errors[0].file).toBe('data/summit.json');
  });
});

test('a country or organisation code used for an actor of kind "other" is refused, with the fix (issue 25, item 14)', () => {
  const data = relationsData() as { actors: Record<string, unknown>[]; relations: { from: string }[] };
  const other = { id: 'UKR', kind: 'other', name: 'Ukraine drawn elsewhere', anchor: { name: 'Lviv', lat: 49.84, lon: 24.03 } };
  data.actors = data.actors.map((a) => (a.id === 'UKR' ? other : a));
  const errors = errorsOf(data);
  expect(errors.map((e) => `${e.path}: ${e.message}`)).toContain('actors[' + data.actors.indexOf(other) + '].id: "UKR" is the code of a country, not of another actor');
});
