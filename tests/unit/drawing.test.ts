import { readPath } from './pathGeometry.ts';
import { describe, expect, test } from 'vitest';
import { exportSvg, storyScene, storyView, wrapText, type View } from '../../src/core/index.ts';
import { worldSize } from '../../src/core/mercator.ts';
import { storyMarkup } from '../../src/core/storyMarkup.ts';
import { THEMES } from '../../src/core/themes.ts';
import { loadStory, type Story } from '../../src/data/index.ts';
import { labelBox } from '../../src/core/placeLabels.ts';
import { basemap110m } from './fixtures.ts';

const basemap = basemap110m();

type Place = { id: string; name: string; lat: number; lon: number };

/** A story of two actors of kind "other" anchored where asked, and one relation between them, quoted from its article. */
function twoActors(from: Place, to: Place, heading = ''): Story {
  const sentence = `${from.name} and ${to.name} signed a cooperation agreement on 3 March 2024.`;
  const article = `${heading ? `${heading}\n\n` : ''}${sentence}`;
  const start = article.indexOf(sentence);
  const actor = (p: Place) => ({ id: p.id, kind: 'other', name: p.name, anchor: { name: p.name, lat: p.lat, lon: p.lon } });
  const result = loadStory(article, {
    title: heading || 'Two actors',
    article: 'article.txt',
    published: '2024-03-04',
    actors: [actor(from), actor(to)],
    people: [],
    relations: [{
      id: 'pact', type: 'cooperation', from: from.id, to: to.id, directed: true, date: '2024-03-03', datePrecision: 'day', certainty: 'stated',
      summary: `${from.name} and ${to.name} sign a cooperation agreement.`,
      evidence: [{ quote: sentence, start, end: start + sentence.length }],
    }],
  });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.story;
}

/** The points a quadratic path passes through, sampled. */
function along(d: string): [number, number][] {
  return readPath(d)!.points;
}

describe('two actors anchored at one point', () => {
  const sanaa = { lat: 15.3694, lon: 44.191 };
  const story = twoActors({ id: 'GOV', name: 'Government', ...sanaa }, { id: 'REBELS', name: 'Rebels', ...sanaa });
  const view: View = storyView(story, 960, 540);

  test('their edge is a visible loop around the point, with a hit area and a footnote number', () => {
    const s = storyScene(story, view);
    const [edge] = s.edges;
    const at = s.anchors[0].at;
    expect(s.anchors[1].at).toEqual(at);
    const points = along(edge.d);
    // The loop leaves the point and comes back to it, rising well clear of the anchor's marker.
    expect(Math.hypot(edge.a[0] - at[0], edge.a[1] - at[1])).toBeLessThan(12);
    expect(Math.hypot(edge.b[0] - at[0], edge.b[1] - at[1])).toBeLessThan(12);
    expect(Math.max(...points.map(([x, y]) => Math.hypot(x - at[0], y - at[1])))).toBeGreaterThan(12);
    expect(edge.a).not.toEqual(edge.b);

    const interactive = storyMarkup(s, { theme: THEMES.light, interactive: true });
    expect(interactive).toContain(`<path class="hit" d="${edge.d}"`);
    expect(interactive).toMatch(/<g class="edge"[^>]*data-relation-id="pact"[^>]*tabindex="0" role="button"/);

    const svg = exportSvg(story, basemap, view, { date: '2024-03-04', footnotes: true });
    const marker = /data-footnote="1"><circle cx="([-\d.]+)" cy="([-\d.]+)"/.exec(svg)!;
    // The number sits on the loop's middle, off the anchor.
    expect([+marker[1], +marker[2]]).toEqual(edge.mid);
    expect(Math.hypot(edge.mid[0] - at[0], edge.mid[1] - at[1])).toBeGreaterThan(8);
    expect(svg).toContain('1. Government to Rebels: cooperation');
  });

  test('a second relation between them takes its own lane, and one the other way shares the fan', () => {
    const two = structuredClone(story);
    two.relations.push({ ...two.relations[0], id: 'back', from: 'REBELS', to: 'GOV' });
    const [first, second] = storyScene(two, view).edges;
    expect(first.d).not.toEqual(second.d);
    expect(first.mid).not.toEqual(second.mid);
  });
});

describe('anchors either side of the 180° line', () => {
  const story = twoActors({ id: 'WEST', name: 'Westport', lat: -17, lon: 170 }, { id: 'EAST', name: 'Eastport', lat: -17, lon: -170 });

  test('are joined the short way, across the antimeridian', () => {
    for (const zoom of [1, 2, 3]) {
      const view: View = { zoom, origin: [0, 0], width: worldSize(zoom), height: worldSize(zoom) };
      const s = storyScene(story, view);
      const [edge] = s.edges;
      const line = worldSize(zoom); // the 180° line, at the world's right edge
      const span = worldSize(zoom) * (20 / 360);
      const xs = along(edge.d).map(([x]) => x);
      expect(Math.max(...xs) - Math.min(...xs), `zoom ${zoom}`).toBeLessThanOrEqual(span + 1);
      for (const x of xs) expect(Math.abs(x - line), `zoom ${zoom}`).toBeLessThanOrEqual(span);
      // Both actors are drawn in one copy of the world, cut behind them (over Africa): the far one
      // in the world's next copy, east of the 180° line, and the edge joins their own anchors.
      expect(edge.a).toEqual(s.anchors[0].at);
      expect(edge.b).toEqual(s.anchors[1].at);
      expect(s.anchors[1].at[0]).toBeGreaterThan(line);
    }
  });

  test('a pair far apart but within three quarters of the world stays on the map (Washington–Seoul)', () => {
    const far = twoActors({ id: 'CAPITAL', name: 'Capital', lat: 38.9, lon: -77 }, { id: 'ALLY', name: 'Ally', lat: 37.6, lon: 127 });
    const view: View = { zoom: 2, origin: [0, 0], width: 1024, height: 1024 };
    const s = storyScene(far, view);
    expect(s.edges[0].a).toEqual(s.anchors[0].at);
    expect(s.edges[0].b).toEqual(s.anchors[1].at);
  });

  test('an export whose view is centred on the 180° line draws the edge the short way, across the middle of the picture', () => {
    // A view as `npm run export -- --zoom 2 --center -17,180` frames it: the 180° line at x = 480.
    const view: View = { zoom: 2, origin: [1024 - 480, 560], width: 960, height: 540 };
    const svg = exportSvg(story, basemap, view, { date: '2024-03-04' });
    const d = /<g class="edge"[^>]*data-relation-id="pact"[^>]*><path class="casing" d="([^"]+)"/.exec(svg)![1];
    const xs = along(d).map(([x]) => x);
    expect(Math.min(...xs)).toBeLessThan(480);
    expect(Math.max(...xs)).toBeGreaterThan(480);
    for (const x of xs) expect(Math.abs(x - 480)).toBeLessThanOrEqual(1024 * (20 / 360));
  });

  test('the other way round, from −170 to 170, too', () => {
    const back = structuredClone(story);
    back.relations[0] = { ...back.relations[0], from: 'EAST', to: 'WEST' };
    const view: View = { zoom: 2, origin: [0, 0], width: 1024, height: 1024 };
    const s = storyScene(back, view);
    const xs = along(s.edges[0].d).map(([x]) => x);
    for (const x of xs) expect(Math.abs(x - 1024)).toBeLessThanOrEqual(1024 * (20 / 360));
  });
});

describe('footnote headings', () => {
  const words = 'Provisional Joint Coordinating Committee for Maritime Security, Fisheries and Humanitarian Access in the Western Indian Ocean';
  const story = twoActors({ id: 'BOARD', name: `${words} (Secretariat)`, lat: -4.6, lon: 55.4 }, { id: 'PANEL', name: `${words} (Panel of Experts)`, lat: -20.2, lon: 57.5 });

  for (const width of [960, 640]) {
    test(`a heading of 300 characters wraps within a picture ${width} pixels wide`, () => {
      const svg = exportSvg(story, basemap, storyView(story, width, 540), { date: '2024-03-04', footnotes: true });
      const list = /<g class="footnotes"[^>]*>(.*?)<\/g>/s.exec(svg)![1];
      const bold = [...list.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-weight="700">([^<]*)<\/text>/g)];
      const heading = bold.map((m) => m[3].replace(/&amp;/g, '&')).join(' ');
      expect(heading.length).toBeGreaterThanOrEqual(300);
      expect(heading.startsWith('1. ')).toBe(true);
      expect(bold.length).toBeGreaterThan(1);
      // Bold 10.5 px text runs about 5.1 px a character (DejaVu Sans Bold), under 5.6 px: every line ends inside the picture.
      for (const [, x, , text] of bold) expect(+x + text.length * 5.6, text).toBeLessThanOrEqual(width - 12);
      // Lines follow one another, and the quote comes after the last of them.
      const ys = [...list.matchAll(/ y="([\d.]+)"/g)].map((m) => +m[1]);
      for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
      const height = +/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)![1];
      expect(Math.max(...ys)).toBeLessThan(height);
    });
  }

  test('a word longer than a line is cut, between code points', () => {
    const long = `${'😀'.repeat(30)}${'x'.repeat(70)}`;
    const lines = wrapText(`a ${long} b`, 40);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(`a${long}b`);
    expect(lines.some((l) => /[\uD800-\uDBFF]$/.test(l))).toBe(false);
  });
});

/** A story of organisations (from the bundled table) and countries, every organisation related to every country. */
function organisations(orgs: string[], countries: string[]): Story {
  const sentence = 'The meeting ended with a joint statement on 3 March 2024.';
  const relations = orgs.flatMap((o) => countries.map((c) => ({
    id: `${o}-${c}`.toLowerCase(), type: 'cooperation', from: o, to: c, directed: false, date: '2024-03-03', datePrecision: 'day', certainty: 'stated',
    summary: 'A joint statement.', evidence: [{ quote: sentence, start: 0, end: sentence.length }],
  })));
  const result = loadStory(sentence, { title: 'Organisations', article: 'article.txt', published: '2024-03-04', people: [], actors: [...orgs, ...countries].map((id) => ({ id })), relations });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.story;
}

describe('labels of organisations near the frame', () => {
  // Each organisation is the story's outermost anchor on one side: east, west, north, south.
  const stories = {
    'ASEAN east': organisations(['ASEAN'], ['USA', 'GBR']),
    'OSCE east of Canada': organisations(['OSCE', 'SCO'], ['CAN']),
    'ECOWAS west': organisations(['ECOWAS', 'IAEA'], ['IND', 'CHN']),
    'NATO north': organisations(['NATO', 'EU'], ['ZAF', 'AUS']),
    'AU south': organisations(['AU', 'OPEC'], ['EGY', 'SAU']),
  };
  for (const [name, story] of Object.entries(stories)) {
    for (const [width, height, compact] of [[960, 540, false], [400, 520, true]] as const) {
      test(`${name}, ${width}×${height}: every label inside the picture, on screen and in the export`, () => {
        const view = storyView(story, width, height);
        const s = storyScene(story, view, undefined, compact);
        expect(s.labels.length, 'every actor labelled').toBe(story.actors.length);
        for (const l of s.labels) {
          const b = labelBox(l);
          expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height, `${l.text} at ${JSON.stringify(b)}`).toBe(true);
        }
        const svg = exportSvg(story, basemap, view, { date: '2024-03-04', compact });
        const labels = [...svg.matchAll(/<text class="label" data-label="([^"]+)" x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)">([^<]+)<\/text>/g)];
        expect(labels.length).toBe(story.actors.length);
        for (const [, , x, y, anchor, text] of labels) {
          const b = labelBox({ text, x: +x, y: +y, anchor: anchor as 'start' });
          expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height, `${text} at ${JSON.stringify(b)}`).toBe(true);
        }
      });
    }
  }
});
