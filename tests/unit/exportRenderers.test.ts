import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { exportSvg, storyView, THEMES } from '../../src/core/index.ts';
import { FONT, SERIF } from '../../src/core/frameText.ts';
import { withMoment } from '../../src/core/momentLine.ts';
import { trimmedRoute } from '../../src/core/edgeRoutes.ts';
import { parseExportArgs, runExport } from '../../src/cli/exportCommand.ts';
import { loadStory } from '../../src/data/index.ts';
import { basemap110m, builtInStory, read } from './fixtures.ts';

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

const aukus = (() => {
  const result = loadStory(read('data/examples/aukus-2021/article.txt'), read('data/examples/aukus-2021/relations.json'));
  if (!result.ok) throw new Error('AUKUS does not load');
  return result.story;
})();
const view = storyView(aukus, 1200, 700);
const file = exportSvg(aukus, basemap110m(), view, { date: '2024-06-21' });

/** The SVG the command line writes for these arguments (written to memory, not disk). */
function cliExport(argv: string[]): string {
  const parsed = parseExportArgs(['--out', 'not-written.svg', '--date', '2024-06-21', ...argv], new Date('2024-06-21T12:00:00Z'));
  if (!parsed.ok || parsed.help) throw new Error('bad command line');
  let out = '';
  const status = runExport(parsed.options, {
    readText: (path) => readFileSync(path, 'utf8'),
    exists: (path) => !/\.(svg|png)$/.test(path),
    write: (path, value) => { if (path.endsWith('.svg')) out = String(value); },
    out: () => {},
    err: (line) => { throw new Error(line); },
  });
  expect(status).toBe(0);
  return out;
}

describe('the map is clipped to its frame, so an editor opens the page and nothing beside it', () => {

  test('AUKUS draws edges far past the map\'s sides (on across the map\'s edge into the next world): what Inkscape showed beside the page', () => {
    const edges = [...file.matchAll(/<g class="edge"[^>]*>(.*?)<\/g>/gs)].map((m) => m[1]).join('');
    const xs = [...edges.matchAll(/\sd="([^"]+)"/g)].flatMap((m) => [...m[1].matchAll(/(-?\d+(?:\.\d+)?),-?\d+(?:\.\d+)?/g)].map((p) => Number(p[1])));
    expect(xs.length).toBeGreaterThan(0);
    expect(Math.min(...xs) < -100 || Math.max(...xs) > view.width + 100).toBe(true);
  });

  test('the map group is clipped to a rectangle the size of the map, its water', () => {
    const group = /<g class="map" transform="translate\(0,[\d.]+\)" clip-path="url\(#([^)]+)\)"><rect class="water" width="([\d.]+)" height="([\d.]+)"/.exec(file);
    expect(group, 'the map group names its clip').not.toBeNull();
    const [, id, w, h] = group!;
    expect(file).toContain(`<clipPath id="${id}"><rect width="${w}" height="${h}"/></clipPath>`);
    expect([Number(w), Number(h)]).toEqual([view.width, view.height]);
    // Inside the one <defs>, whose id is used once.
    expect(/<defs>.*<\/defs>/s.exec(file)![0]).toContain(`<clipPath id="${id}">`);
    expect([...file.matchAll(new RegExp(`id="${id}"`, 'g'))]).toHaveLength(1);
  });
});

test('every arrowhead marker of a file draws past its box (overflow visible): resvg aborted on a clipped map whose edge ended off it (the zoomed Koreas PNG in exportCli.test.ts)', () => {
  const markers = [...svg.matchAll(/<marker\b[^>]*>/g)].map((m) => m[0]);
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers) expect(marker).toContain('overflow="visible"');
});

describe('an arrowhead always has a direction', () => {
  test('a route trimmed to just past one of its points ends on that point, with no segment of no length after it', () => {
    // 10 px segments; trimmed by 9.96 px the end would round to (10, 0), the point before it.
    const points: [number, number][] = [[0, 0], [10, 0], [20, 0]];
    expect(trimmedRoute(points, 9.96)).toEqual([[0, 0], [10, 0]]);
    expect(trimmedRoute(points, 5)).toEqual([[0, 0], [10, 0], [15, 0]]);
  });

  test('no edge drawn with an arrowhead in the built-in story, AUKUS or their phone exports ends in a repeated point (rsvg-convert turned that arrowhead differently)', () => {
    const phone = ['--aspect', '9:16', '--width', '640'];
    const files = [svg, file, cliExport(phone), cliExport([...phone, '--data', 'data/examples/aukus-2021/relations.json'])];
    const ends = files.flatMap((f) => [...f.matchAll(/\sd="([^"]*)"[^>]*marker-end=/g)].map((m) => m[1]));
    expect(ends.length).toBeGreaterThan(20);
    for (const d of ends) expect(d, d.slice(-40)).not.toMatch(/[ML](-?[\d.]+,-?[\d.]+)L\1$/);
  });
});
