import { describe, expect, test } from 'vitest';
import { CERTAINTY_STYLES, EDGE_STYLES, exportSvg, mercator, THEMES, type View } from '../../src/core/index.ts';
import { CERTAINTIES } from '../../src/data/index.ts';
import { basemap110m, builtInStory } from './fixtures.ts';

const basemap = basemap110m();
function view(): View {
  const [x, y] = mercator(40, 90, 2);
  return { zoom: 2, origin: [Math.round(x) - 480, Math.round(y) - 300], width: 960, height: 600 };
}

describe('certainty as a look, not an opacity', () => {
  test('three looks, each certainty one of them', () => {
    expect(new Set(CERTAINTIES.map((c) => CERTAINTY_STYLES[c].look))).toEqual(new Set(['solid', 'hollow', 'cased']));
  });
  const story = builtInStory();
  const svg = exportSvg(story, basemap, view(), { date: '2024-06-21' });
  test('every edge is at full opacity and wears its certainty\'s look', () => {
    for (const r of story.relations) {
      const edge = new RegExp(`<g class="edge"[^>]*data-look="([a-z]+)"[^>]*data-relation-id="${r.id}"[^>]*opacity="([\\d.]+)">(.*?)</g>`).exec(svg);
      expect(edge, r.id).not.toBeNull();
      const [, look, opacity, inner] = edge!;
      expect(look).toBe(CERTAINTY_STYLES[r.certainty].look);
      expect(opacity).toBe('1');
      expect(inner.includes('class="hollow"')).toBe(look === 'hollow');
      expect(inner.includes('class="certainty-casing"')).toBe(look === 'cased');
    }
  });
  test('the file\'s legend keys each look the map shows', () => {
    const legend = /<g class="legend".*?<\/g>/.exec(svg)![0];
    for (const label of ['CERTAINTY', 'Stated', 'In the past', 'Not confirmed']) expect(legend).toContain(label);
  });
  test('in the dark theme the legend\'s swatches are the map\'s dark colours', () => {
    const dark = exportSvg(story, basemap, view(), { date: '2024-06-21', theme: THEMES.dark });
    const legend = /<g class="legend".*?<\/g>/.exec(dark)![0];
    expect(legend).toContain(`stroke="${EDGE_STYLES.war.darkStroke}"`);
    expect(legend).not.toContain(`stroke="${EDGE_STYLES.war.stroke}"`);
    expect(dark).toMatch(new RegExp(`data-type="war"[^>]*>.*?stroke="${EDGE_STYLES.war.darkStroke}"`));
  });
});
