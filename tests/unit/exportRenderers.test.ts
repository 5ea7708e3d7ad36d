import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { exportSvg, storyView, THEMES } from '../../src/core/index.ts';
import { FONT, SERIF } from '../../src/core/frameText.ts';
import { withMoment } from '../../src/core/momentLine.ts';
import { basemap110m, builtInStory } from './fixtures.ts';

/*
 * What Inkscape 1.2, rsvg-convert and resvg were seen to draw differently in the exports
 * (`npm run check:inkscape` measures it; Inkscape itself is not needed here).
 */
const graphic = {
  title: 'Seoul weighs arming Kyiv', subtitle: 'What the article reports, June 2024', byline: 'Graphic by A. Editor',
  sourceName: 'Example Times', sourceUrl: 'https://example.com/seoul', notes: 'Hollow lines are relations in the past.',
  callouts: [{ text: 'Seoul weighs sending weapons', actor: 'KOR' }],
};
const story = { ...builtInStory(), graphic };
const svg = withMoment(exportSvg(story, basemap110m(), storyView(story, 960, 540), { date: '2024-06-21', footnotes: true }), 'As of June 2024', THEMES.light);

describe('fonts: the three renderers pick the same faces', () => {
  test('no font-family in the file quotes a name (resvg 2.6 finds no quoted name after a comma)', () => {
    const families = [...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]);
    // The document's sans stack, the title's serif and the moment's serif.
    expect(families.length).toBeGreaterThanOrEqual(3);
    for (const family of families) expect(family, family).not.toMatch(/&#39;|&quot;|['"]/);
  });

  test('resvg draws the title in the serif it names, not in the sans face it falls back to', () => {
    const width = (family: string) => new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><text x="10" y="30" font-size="22" font-weight="700" font-family="${family}">Seoul weighs arming Kyiv</text></svg>`,
      { font: { loadSystemFonts: true } },
    ).getBBox()!.width;
    // Before, the serif stack measured exactly as the sans one (139.0 px for "Seoul weighs" in both).
    expect(Math.abs(width(SERIF) - width(FONT))).toBeGreaterThan(5);
  });
});
