import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { storyScene, sceneAtTime, isVisible, type Filters } from '../../src/core/storyScene.ts';
import { dayNumber } from '../../src/core/timeIndex.ts';
import { formatError, loadStory } from '../../src/data/index.ts';
import type { Story } from '../../src/data/schema.ts';

const dir = 'data/examples/gulf-rift-2017/';
const gulf = (): Story => {
  const result = loadStory(readFileSync(`${dir}article.txt`, 'utf8'), readFileSync(`${dir}relations.json`, 'utf8'));
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.story;
};
const view = { zoom: 4, origin: [0, 0] as [number, number], width: 0, height: 0 };

/** Every month of the story, and a few days and years, in both modes, with and without types. */
function filtersToTry(): Filters[] {
  const dates = ['2016', '2017', '2017-06', '2017-06-05', '2017-06-06', '2019-03', '2021-01', '2021-01-04', '2021-01-05', '2022', '2023-04-12', '2023-05', '2024'];
  const types = [undefined, new Set(['tension', 'sanction'] as const)];
  return types.flatMap((t) => dates.flatMap((d) => [
    { types: t, from: d, to: d },
    { types: t, from: '2017-06', to: d },
    { types: t, to: d, mode: 'asof' as const },
    { types: t, from: d },
  ]));
}

describe('a playback step selects from the scene of all dates', () => {
  test('days as numbers sort as the ISO strings do, the undated last', () => {
    const days = ['2017-06-05', '2017-06-30', '2017-07-01', '2021-01-04', '9999-12-31', '9999-99-99'];
    expect(days.map(dayNumber)).toEqual([20170605, 20170630, 20170701, 20210104, 99991231, 99999999]);
  });

  test('the edges of a moment are exactly the relations that pass its filters, in date order', () => {
    const story = gulf();
    for (const filters of filtersToTry()) {
      const expected = story.relations.filter((r) => isVisible(r, filters)).map((r) => r.id).sort();
      const scene = storyScene(story, view, filters);
      expect(scene.edges.map((e) => e.id).sort(), JSON.stringify({ ...filters, types: filters.types && [...filters.types] })).toEqual(expected);
    }
  });

  test('no edge moves between steps: each keeps its lane of all dates, and the legend counts what is drawn', () => {
    const story = gulf();
    const all = storyScene(story, view);
    const step = sceneAtTime(all, story, { from: '2022', to: '2022' });
    expect(step.edges.map((e) => e.id)).toEqual(['bhr-qat-rupture', 'tur-qat-troops']);
    for (const edge of step.edges) expect(edge).toBe(all.edges.find((e) => e.id === edge.id));
    expect(step.labels).toBe(all.labels);
    expect(step.legend.find((e) => e.type === 'tension')?.count).toBe(1);
    expect(step.legend.find((e) => e.type === 'sanction')?.count).toBe(0);
    // The same scene, whether made for the moment or selected from all dates.
    expect(storyScene(story, view, { from: '2022', to: '2022' }).edges.map((e) => e.d)).toEqual(step.edges.map((e) => e.d));
  });
});
