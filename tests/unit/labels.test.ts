import { readPath } from './pathGeometry.ts';
import { describe, expect, test } from 'vitest';
import { exportSvg, graphicWords, presetFrame, presetView, storyView, THEMES } from '../../src/core/index.ts';
import { edgeObstacles } from '../../src/core/edgeObstacles.ts';
import { ARROW_STEP, arrowTrims } from '../../src/core/arrowTrims.ts';
import { hits, labelBox, overlaps, type Box } from '../../src/core/placeLabels.ts';
import { loadStory, type Story } from '../../src/data/index.ts';
import { basemap110m, builtInStory, read } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const basemap = basemap110m();
function aukus(): Story {
  const result = loadStory(read('data/examples/aukus-2021/article.txt'), read('data/examples/aukus-2021/relations.json'));
  if (!result.ok) throw new Error('the AUKUS example does not load');
  return result.story;
}

/** The map's geometry read back from an export: what a reader sees, in map pixels. */
function geometry(svg: string) {
  const map = /<g class="map"[^>]*>(.*?)<\/g><rect class="header"/s.exec(svg)![1];
  const [, width, ] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
  const water = /<rect class="water" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const labels = [...map.matchAll(/<text class="label" data-label="([^"]+)" x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)">([^<]+)<\/text>/g)]
    .map(([, id, x, y, anchor, text]) => ({ id, text, box: labelBox({ text, x: Number(x), y: Number(y), anchor: anchor as 'start' }) }));
  // Quadratic curves, and great-circle routes as their points.
  const curves = [...map.matchAll(/<path class="line" d="([^"]+)"([^>]*)\/>/g)].flatMap(([, d, rest]) => {
    const path = readPath(d);
    if (!path) return [];
    return [{ a: path.a, c: path.curve ?? path.from, b: path.b, width: 0, arrow: rest.includes('marker-end'), ...(path.curve ? {} : { points: path.points, jump: path.jump }) }];
  });
  const arrowheads = edgeObstacles(curves.filter((c) => c.arrow).map((c) => ({ ...c, width: 0 }))).filter((o) => o.r > 1);
  const markers = [...map.matchAll(/data-footnote="(\d+)"><circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"/g)]
    .map(([, n, x, y, r]) => ({ n, box: { x0: +x - +r, y0: +y - +r, x1: +x + +r, y1: +y + +r } }));
  const legend = /<g class="legend" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*><rect width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const top = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]);
  const legendBox: Box = { x0: +legend[1], y0: +legend[2] - top, x1: +legend[1] + +legend[3], y1: +legend[2] - top + +legend[4] };
  const segments = [...(/<path class="leaders" d="([^"]+)"/.exec(map)?.[1] ?? '').matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map((m) => m.slice(1).map(Number));
  const leaders = segments.length;
  const anchors = [...map.matchAll(/data-anchor="([^"]+)" cx="([-\d.]+)" cy="([-\d.]+)"/g)].map(([, id, x, y]) => ({ id, x: +x, y: +y }));
  return { width: Number(width), height: Number(water[2]), labels, arrowheads, markers, legendBox, leaders, segments, anchors };
}

/** Every rule of "labels that never collide", asserted from the geometry of the file. */
function expectClear(svg: string, name: string) {
  const g = geometry(svg);
  expect(g.labels.length, `${name}: labels`).toBeGreaterThan(0);
  expect(g.arrowheads.length, `${name}: arrowheads read`).toBeGreaterThan(0);
  for (const [i, l] of g.labels.entries()) {
    expect(l.box.x0 >= 0 && l.box.x1 <= g.width && l.box.y0 >= 0 && l.box.y1 <= g.height, `${name}: ${l.text} inside the map`).toBe(true);
    for (const m of g.labels.slice(i + 1)) expect(overlaps(l.box, m.box), `${name}: ${l.text} / ${m.text}`).toBe(false);
    expect(hits(l.box, g.arrowheads), `${name}: ${l.text} on an arrowhead`).toBe(0);
    expect(overlaps(l.box, g.legendBox), `${name}: ${l.text} under the legend`).toBe(false);
  }
  for (const a of g.anchors) {
    const inside = a.x >= 0 && a.x <= g.width && a.y >= 0 && a.y <= g.height;
    const covered = a.x > g.legendBox.x0 && a.x < g.legendBox.x1 && a.y > g.legendBox.y0 && a.y < g.legendBox.y1;
    expect(inside && covered, `${name}: ${a.id} under the legend`).toBe(false);
  }
  // A leader line that runs past another anchor reads as naming it (Russia's leader by Kyiv's dot on a phone).
  for (const [x0, y0, x1, y1] of g.segments) {
    const own = g.anchors.reduce((p, q) => (Math.hypot(q.x - x0, q.y - y0) < Math.hypot(p.x - x0, p.y - y0) ? q : p));
    for (const a of g.anchors) {
      if (a === own) continue;
      const past = Array.from({ length: 11 }, (_, k) => [x0 + ((x1 - x0) * k) / 10, y0 + ((y1 - y0) * k) / 10]).some(([x, y]) => Math.abs(x - a.x) < 5 && Math.abs(y - a.y) < 5);
      expect(past, `${name}: ${own.id}'s leader runs past ${a.id}`).toBe(false);
    }
  }
  for (const [i, m] of g.markers.entries()) {
    for (const n of g.markers.slice(i + 1)) expect(overlaps(m.box, n.box), `${name}: footnote ${m.n} / ${n.n}`).toBe(false);
    for (const l of g.labels) expect(overlaps(m.box, l.box), `${name}: footnote ${m.n} on ${l.text}`).toBe(false);
    expect(overlaps(m.box, g.legendBox), `${name}: footnote ${m.n} under the legend`).toBe(false);
  }
  return g;
}

describe('labels that never collide, read from the file', () => {
  test('the built-in story: the two Koreas are told apart by leader lines', () => {
    const story = builtInStory();
    const svg = exportSvg(story, basemap, storyView(story, 960, 540), { date: '2024-06-21', footnotes: true });
    expectSvgSnapshot('labels-article-960', svg);
    const g = expectClear(svg, 'built-in');
    expect(g.labels.map((l) => l.id).sort()).toEqual(story.actors.map((a) => a.id).sort());
    expect(g.leaders).toBeGreaterThanOrEqual(2);
    expect(g.markers.length).toBe(story.relations.length);
  });

  test('the AUKUS example: every actor labelled, none touching another', () => {
    const story = aukus();
    const svg = exportSvg(story, basemap, storyView(story, 960, 540), { date: '2021-09-22', footnotes: true });
    expectSvgSnapshot('labels-aukus-960', svg);
    const g = expectClear(svg, 'AUKUS');
    expect(g.labels.map((l) => l.id).sort()).toEqual(story.actors.map((a) => a.id).sort());
  });

  test('a phone export of each: nothing clipped at the edges, nothing overlapping', () => {
    for (const [name, story] of [['article', builtInStory()], ['aukus', aukus()]] as const) {
      const frame = presetFrame(640, '9:16', graphicWords(story), THEMES.light);
      const { view, legendUnder } = presetView(story, frame, (height) => storyView(story, frame.layoutWidth, height), { compact: true });
      const svg = exportSvg(story, basemap, view, { date: '2024-06-21', compact: true, pixelWidth: frame.pixelWidth, footnotes: true, legendUnder });
      expectSvgSnapshot(`labels-${name}-phone`, svg);
      const g = expectClear(svg, `${name} phone`);
      expect(g.labels.length, `${name} phone: every actor labelled`).toBe(story.actors.length);
    }
  });
});

describe('a graphic with its words and callouts, at a preset', () => {
  test('the legend hides no anchor even where the words leave the map short', () => {
    const story = { ...builtInStory(), graphic: {
      subtitle: 'Seoul threatens to arm Kyiv after Putin and Kim sign a defence pact', byline: 'Graphic: the desk',
      notes: 'Hollow lines are relations in the past; a dashed casing marks what is planned, alleged, threatened or feared.',
      callouts: [{ text: 'Defence pact signed in Pyongyang, 19 June', relation: 'rus-prk-defence-pact' }, { text: 'Seoul weighs sending weapons', actor: 'KOR' }],
    } };
    const frame = presetFrame(960, '16:9', graphicWords(story), THEMES.light);
    const { view, legendUnder } = presetView(story, frame, (height) => storyView(story, frame.layoutWidth, height), {});
    const svg = exportSvg(story, basemap, view, { date: '2024-06-21', legendUnder });
    const g = expectClear(svg, 'graphic 16:9');
    expect(g.anchors).toHaveLength(story.actors.length);
    // The legend under the map (every corner would cover something), and the picture 960×540 all the same.
    expect(legendUnder).toBe(true);
    expect(svg).toMatch(/<svg [^>]*width="960" height="540" viewBox="0 0 960 540"/);
  });
});

describe('arrowheads that meet at one anchor', () => {
  test('arriving from one direction they are staggered along their lanes; from apart, each reaches the anchor', () => {
    const b: [number, number] = [100, 100];
    const trims = arrowTrims([
      { id: 'west-1', c: [50, 98], b, directed: true },
      { id: 'west-2', c: [50, 102], b, directed: true },
      { id: 'west-3', c: [50, 100], b, directed: true },
      { id: 'east', c: [150, 100], b, directed: true },
      { id: 'both-ways', c: [50, 101], b, directed: false },
    ]);
    expect([...trims.values()].sort()).toEqual([ARROW_STEP, 2 * ARROW_STEP]);
    expect(trims.has('east')).toBe(false);
    expect(trims.has('both-ways')).toBe(false);
  });
  test('in the built-in story no two arrowheads lie on top of each other (one end, one direction)', () => {
    const story = builtInStory();
    const svg = exportSvg(story, basemap, storyView(story, 960, 540), { date: '2024-06-21' });
    const arrows = [...svg.matchAll(/<path class="line" d="([^"]+)"[^>]*marker-end/g)]
      .map(([, d]) => readPath(d)!)
      .map(({ from: [cx, cy], b: [bx, by] }) => ({ end: [bx, by], angle: Math.atan2(by - cy, bx - cx) }));
    expect(arrows.length).toBeGreaterThan(5);
    for (const [i, p] of arrows.entries()) for (const q of arrows.slice(i + 1)) {
      const stacked = Math.hypot(p.end[0] - q.end[0], p.end[1] - q.end[1]) < 3 && Math.abs(p.angle - q.angle) < 0.2;
      expect(stacked, `arrowheads at ${p.end}`).toBe(false);
    }
  });
});
