import { describe, expect, test } from 'vitest';
import * as core from '../../src/core/index.ts';
import { curves, mercator, scene, svgDocument, THEMES, unmercator, type View } from '../../src/core/index.ts';
import { basemap110m, builtInStory } from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const story = builtInStory();
const basemap = basemap110m();

/** A fixed view of the article: zoom 2, the six countries in 1280×800 pixels. */
function articleView(): View {
  const [x, y] = mercator(72, -92, 2);
  return { zoom: 2, origin: [Math.round(x), Math.round(y)], width: 1000, height: 560 };
}

describe('render core in plain Node', () => {
  test('imports and draws with no DOM globals', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(Object.keys(core)).toContain('scene');
    expect(scene(story, basemap, articleView()).edges).toHaveLength(story.relations.length);
  });
});

describe('mercator', () => {
  test('matches Leaflet EPSG:3857 world pixels', () => {
    expect(mercator(0, 0, 0)).toEqual([128, 128]);
    expect(mercator(0, 180, 1)).toEqual([512, 256]);
    const [x, y] = mercator(55.7558, 37.6173, 3);
    expect(x).toBeCloseTo(1238.0, 0);
    expect(y).toBeCloseTo(639.9, 0);
  });
  test('unmercator inverts it', () => {
    const [lat, lon] = unmercator(...mercator(39.0392, 125.7625, 5), 5);
    expect(lat).toBeCloseTo(39.0392, 6);
    expect(lon).toBeCloseTo(125.7625, 6);
  });
});

describe('curves', () => {
  const a: core.Point = [0, 0];
  const b: core.Point = [0, 10];
  test('a short edge still bends by the least bulge', () => {
    const [c] = curves([{ id: 'x', from: 'KOR', to: 'PRK', a, b }]);
    expect(Math.abs(c.mid[0])).toBeGreaterThanOrEqual(16);
  });
  test('edges of one pair fan out to distinct lanes, whichever their direction', () => {
    const fan = curves([
      { id: '1', from: 'KOR', to: 'PRK', a, b },
      { id: '2', from: 'PRK', to: 'KOR', a: b, b: a },
      { id: '3', from: 'KOR', to: 'PRK', a, b },
      { id: '4', from: 'KOR', to: 'PRK', a, b },
    ]);
    const offsets = fan.map((c) => c.mid[0]);
    expect(new Set(offsets).size).toBe(4);
    expect(offsets.filter((o) => o > 0)).toHaveLength(2);
    expect(offsets.every((o) => Math.abs(o) >= 16)).toBe(true);
  });
  test('curves start and end on their anchors', () => {
    const [c] = curves([{ id: 'x', from: 'RUS', to: 'UKR', a: [10, 20], b: [300, 40] }]);
    expect(core.curvePath(c)).toMatch(/^M10,20Q[-\d.]+,[-\d.]+ 300,40$/);
  });
});

describe('scene', () => {
  test('filters by type and by date span', () => {
    const view = articleView();
    const count = (filters: core.Filters) => scene(story, basemap, view, { filters }).edges.length;
    expect(count({ types: new Set(['visit']) })).toBe(4);
    expect(count({ from: '2024-06', to: '2024-06' })).toBe(story.relations.filter((r) => r.date!.startsWith('2024')).length);
    expect(count({ to: '2023-12' })).toBe(3);
    expect(count({ from: '2023', to: '2023' })).toBe(2);
  });
  test('legend counts what is drawn', () => {
    const s = scene(story, basemap, articleView(), { filters: { types: new Set(['war', 'visit']) } });
    expect(Object.fromEntries(s.legend.map((e) => [e.type, e.count]))).toEqual({ alliance: 0, tension: 0, visit: 4, arms_support: 0, trade: 0, war: 3, diplomatic_pressure: 0 });
  });
  test('labels do not overlap each other', () => {
    const { labels } = scene(story, basemap, articleView());
    const boxes = labels.map((l) => {
      const w = l.text.length * 13 * 0.6;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [x0, l.y - 10, x0 + w, l.y + 3];
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${labels[i].text} / ${labels[j].text}`).toBe(false);
    }
  });
  test('accessible names say who, what and when', () => {
    const labels = scene(story, basemap, articleView()).edges.map((e) => e.label);
    expect(labels).toContain('Russia to North Korea: visit, 19 June 2024');
    expect(labels).toContain('Russia and North Korea: alliance, 19 June 2024');
    expect(labels).toContain('South Korea to Ukraine: arms support (threatened), June 2024');
  });
});

describe('SVG snapshot', () => {
  test('the article at a fixed view', () => {
    const s = scene(story, basemap, articleView(), { clip: true });
    const svg = svgDocument(s, { theme: THEMES.light, words: core.graphicWords(story), date: '2024-06-21' });
    expectSvgSnapshot('article-zoom2', svg);
  });
});

describe('export snapshot', () => {
  test('the article at a fixed view, with footnotes', () => {
    const svg = core.exportSvg(story, basemap, articleView(), { date: '2024-06-21', footnotes: true });
    expectSvgSnapshot('export-article-footnotes', svg);
    expect(svg).toContain('class="footnotes"');
  });
  test('footnotes list only the edges that show in the view', () => {
    const [x, y] = mercator(40, 124, 6);
    const svg = core.exportSvg(story, basemap, { zoom: 6, origin: [Math.round(x) - 200, Math.round(y) - 150], width: 400, height: 300 }, { date: '2024-06-21', footnotes: true });
    const notes = [...svg.matchAll(/data-footnote="(\d+)"/g)].length;
    expect(notes).toBeGreaterThan(0);
    expect(notes).toBeLessThan(story.relations.length);
  });
});

describe('large stories in a file', () => {
  test('above MANY_EDGES the edges are written as one hairline path per type and certainty', () => {
    const many = { ...story, relations: Array.from({ length: 30 }, (_, k) => story.relations.map((r) => ({ ...r, id: `${r.id}-${k}` }))).flat() };
    expect(many.relations.length).toBeGreaterThan(core.MANY_EDGES);
    const svg = core.exportSvg(many, basemap, articleView(), { date: '2024-06-21' });
    const batches = [...svg.matchAll(/<path class="edge-batch" data-type="([a-z_]+)" data-certainty="([a-z]+)" data-count="(\d+)"/g)];
    expect(batches.reduce((n, m) => n + Number(m[3]), 0)).toBe(many.relations.length);
    expect(new Set(batches.map((m) => `${m[1]}|${m[2]}`)).size).toBe(batches.length);
    expect(svg).not.toContain('data-relation-id');
    expect(svg.length).toBeLessThan(400_000);
  });
});
