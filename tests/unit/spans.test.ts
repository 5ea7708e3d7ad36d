import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { activeSpan, dateSpan, formatSpan } from '../../src/core/formatDate.ts';
import { isVisible } from '../../src/core/storyScene.ts';
import { formatError, loadStory } from '../../src/data/index.ts';
import { storyToJson } from '../../src/data/storyToJson.ts';
import { articleText, relationsData } from './fixtures.ts';

const dir = 'data/examples/gulf-rift-2017/';
const gulf = () => {
  const result = loadStory(readFileSync(`${dir}article.txt`, 'utf8'), readFileSync(`${dir}relations.json`, 'utf8'));
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.story;
};

function errorsOf(change: (relation: Record<string, unknown>) => void) {
  const data = relationsData();
  change(data.relations[0]);
  const result = loadStory(articleText, JSON.stringify(data));
  if (result.ok) throw new Error('expected errors, the story loaded');
  return result.errors;
}

describe('spans in the story format', () => {
  test('the example with ties cut and restored and a sanction lifted loads, and saves back as it was', () => {
    const story = gulf();
    expect(story.relations.filter((r) => r.end !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(story.relations.some((r) => r.ongoing)).toBe(true);
    expect(story.relations.some((r) => r.type === 'sanction' && r.end)).toBe(true);
    const again = loadStory(undefined, storyToJson(story));
    expect(again.ok && again.story.relations).toEqual(story.relations);
  });

  test('an end before its start is refused, where it is and with the fix', () => {
    const errors = errorsOf((r) => Object.assign(r, { date: '2024-06-19', datePrecision: 'day', end: '2024-05', endPrecision: 'month' }));
    expect(errors).toEqual([{ file: 'relations.json', path: 'relations[0].end', message: 'the end "2024-05" is before the start "2024-06-19"', expected: 'an end on or after 2024-06-19, or swap date and end' }]);
  });

  test('an end in the start\'s own month or year is not before it', () => {
    const data = relationsData();
    Object.assign(data.relations[0], { date: '2024-06-19', datePrecision: 'day', end: '2024-06', endPrecision: 'month' });
    expect(loadStory(articleText, JSON.stringify(data)).ok).toBe(true);
  });

  test('an end of the wrong precision is refused, naming the precision it is written to', () => {
    const errors = errorsOf((r) => Object.assign(r, { end: '2024-07', endPrecision: 'day' }));
    expect(errors.map(formatError)).toEqual(['relations.json: relations[0].end: "2024-07" is written to month precision but endPrecision is "day"; expected "endPrecision": "month", or the end written as YYYY-MM-DD, such as "2024-06-19"']);
  });

  test('an end without its precision, an unreal end, and an end with ongoing are refused', () => {
    expect(errorsOf((r) => Object.assign(r, { end: '2024-07' })).map((e) => [e.path, e.message])).toEqual([['relations[0].endPrecision', 'missing field']]);
    expect(errorsOf((r) => Object.assign(r, { end: '2024-13', endPrecision: 'month' }))[0].message).toBe('"2024-13" is not a real date');
    expect(errorsOf((r) => Object.assign(r, { end: '2025', endPrecision: 'year', ongoing: true }))[0].path).toBe('relations[0].ongoing');
  });

  test('a span is said with its end, or "since" when ongoing; a relation of one date as before', () => {
    expect(formatSpan({ date: '2017-06-05', datePrecision: 'day', end: '2021-01', endPrecision: 'month' })).toBe('5 June 2017 – January 2021');
    expect(formatSpan({ date: '2017-06', datePrecision: 'month', ongoing: true })).toBe('since June 2017');
    expect(formatSpan({ date: '2017', datePrecision: 'year' })).toBe('2017');
    expect(activeSpan({ date: '2017-06', datePrecision: 'month' })).toEqual(['2017-06-01', '2017-06-30']);
    expect(activeSpan({ date: '2017-06', datePrecision: 'month', end: '2021', endPrecision: 'year' })).toEqual(['2017-06-01', '2021-12-31']);
  });
});

describe('the window and as-of selections', () => {
  const ids = (filters: Parameters<typeof isVisible>[1]) => gulf().relations.filter((r) => isVisible(r, filters)).map((r) => r.id).sort();

  test('a window shows what is active between its dates: spans that meet it, events within it', () => {
    // March 2019: the ruptures, the blockade, the mediation and the troops are all active.
    expect(ids({ from: '2019-03', to: '2019-03' })).toEqual(['are-qat-airspace', 'are-qat-rupture', 'bhr-qat-rupture', 'egy-qat-rupture', 'kwt-qat-mediation', 'kwt-sau-mediation', 'sau-qat-blockade', 'sau-qat-rupture', 'tur-qat-troops']);
    // 2022: only Bahrain's rupture and the troops (ongoing) are left.
    expect(ids({ from: '2022', to: '2022' })).toEqual(['bhr-qat-rupture', 'tur-qat-troops']);
    expect(ids({ from: '2021-01-05', to: '2021-01-05' })).toContain('qat-sau-visit');
  });

  test('as of a date: everything begun by it and not ended before it; an event stays once it happened', () => {
    expect(ids({ to: '2017-06-06', mode: 'asof' })).toEqual(['are-qat-airspace', 'are-qat-rupture', 'bhr-qat-rupture', 'egy-qat-rupture', 'kwt-qat-mediation', 'kwt-sau-mediation', 'sau-qat-blockade', 'sau-qat-rupture']);
    expect(ids({ to: '2022-06', mode: 'asof' })).toEqual(['bhr-qat-rupture', 'qat-sau-visit', 'tur-qat-troops']);
    expect(ids({ to: '2023-05', mode: 'asof' })).toEqual(['qat-sau-visit', 'tur-qat-troops']);
    // The window's start does not count as of a date.
    expect(ids({ from: '2023-01', to: '2023-05', mode: 'asof' })).toEqual(ids({ to: '2023-05', mode: 'asof' }));
    expect(ids({ to: '2016', mode: 'asof' })).toEqual([]);
  });

  test('a story without spans selects as before: a relation when its date meets the window', () => {
    const data = relationsData();
    const result = loadStory(articleText, JSON.stringify(data));
    if (!result.ok) throw new Error('the built-in story did not load');
    const dated = result.story.relations.filter((r) => r.date);
    const month = dated[0].date!.slice(0, 7);
    expect(result.story.relations.filter((r) => isVisible(r, { from: month, to: month })).map((r) => r.id))
      .toEqual(dated.filter((r) => {
        const [start, end] = dateSpan(r.date, r.datePrecision);
        return start <= `${month}-31` && end >= `${month}-01`;
      }).map((r) => r.id));
  });
});
