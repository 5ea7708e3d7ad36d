import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withMoment } from '../../src/core/momentLine.ts';
import { THEMES } from '../../src/core/themes.ts';
import { describeTime, frameSteps, storyMonths } from '../../src/core/timeSteps.ts';
import { loadStory } from '../../src/data/index.ts';

const dir = 'data/examples/gulf-rift-2017/';
const loaded = loadStory(readFileSync(`${dir}article.txt`, 'utf8'), readFileSync(`${dir}relations.json`, 'utf8'));
const relations = loaded.ok ? loaded.story.relations : [];

describe('time steps', () => {
  test('a story\'s months run from its first date to its last date or end', () => {
    const months = storyMonths(relations)!;
    expect([months.first % 12 + 1, Math.floor(months.first / 12), months.last % 12 + 1, Math.floor(months.last / 12)]).toEqual([6, 2017, 4, 2023]);
    expect(storyMonths([])).toBeUndefined();
  });

  test('frames are named by their date, so they sort in time order', () => {
    expect(frameSteps(relations, 'year')).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    const months = frameSteps(relations, 'month');
    expect([months[0], months[1], months.at(-1), months.length]).toEqual(['2017-06', '2017-07', '2023-04', 71]);
    expect([...months].sort()).toEqual(months);
  });

  test('a window or moment in words', () => {
    expect(describeTime({ mode: 'window' })).toBe('All dates');
    expect(describeTime({ mode: 'window', from: '2019-06', to: '2019-06' })).toBe('June 2019');
    expect(describeTime({ mode: 'window', from: '2019-01', to: '2019-12' })).toBe('2019');
    expect(describeTime({ mode: 'window', from: '2017-06', to: '2021-01' })).toBe('June 2017 – January 2021');
    expect(describeTime({ mode: 'asof', from: '2017-06', to: '2021' })).toBe('As of 2021');
  });

  test('an exported moment carries its date as an element of its own, the document otherwise unchanged', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><g class="map" transform="translate(0,44)"></g></svg>\n';
    const marked = withMoment(svg, 'As of June 2019', THEMES.light);
    expect(marked.startsWith(svg.replace('</svg>\n', ''))).toBe(true);
    expect(marked).toMatch(/<g class="moment"[^>]*><text[^>]*>AS OF<\/text><text x="788"[^>]*>June 2019<\/text><\/g><\/svg>\n$/);
    expect(withMoment(svg, undefined, THEMES.light)).toBe(svg);
  });
});
