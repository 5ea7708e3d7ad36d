import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exportSvg, mercator, storyLongitude, storyScene, storyView, unmercator, worldSize, type View } from '../../src/core/index.ts';
import { storyCut } from '../../src/core/storyScene.ts';
import { geoDistance, geoInterpolate } from 'd3-geo';
import { centralLongitude, cutLongitude, greatCircle, interpolate, wrapLongitude } from '../../src/core/greatCircle.ts';
import { CLEAR_OF_ANCHOR, corridorShift, edgeRoute, routePath, trimmedRoute } from '../../src/core/edgeRoutes.ts';
import { worldCopies } from '../../src/core/scene.ts';
import { loadStory, type Story } from '../../src/data/index.ts';
import { basemap110m, builtInStory } from './fixtures.ts';
import { pathRings, readPath } from './pathGeometry.ts';
import { viewOf } from '../../src/cli/exportFraming.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const basemap = basemap110m();

function aukus(): Story {
  const result = loadStory(read('data/examples/aukus-2021/article.txt'), read('data/examples/aukus-2021/relations.json'));
  if (!result.ok) throw new Error('the AUKUS example does not load');
  return result.story;
}

/** A story of two capitals and one relation between them, in a sentence of our own. */
function pair(from: { id: string; lat: number; lon: number }, to: { id: string; lat: number; lon: number }): Story {
  const sentence = `${from.id} and ${to.id} agreed to train their navies together.`;
  const actor = (p: typeof from) => ({ id: p.id, kind: 'other', name: p.id, anchor: { name: p.id, lat: p.lat, lon: p.lon } });
  const result = loadStory(sentence, {
    title: 'Two capitals', article: 'article.txt', published: '2024-03-04', actors: [actor(from), actor(to)], people: [],
    relations: [{ id: 'navies', type: 'cooperation', from: from.id, to: to.id, directed: true, date: '2024-03-03', datePrecision: 'day', certainty: 'stated',
      summary: 'They train together.', evidence: [{ quote: sentence, start: 0, end: sentence.length }] }],
  });
  if (!result.ok) throw new Error('the story does not load');
  return result.story;
}

const WASHINGTON = { id: 'WASHINGTON', lat: 38.9072, lon: -77.0369 };
const CANBERRA = { id: 'CANBERRA', lat: -35.2809, lon: 149.13 };
/** Longitudes of a view's points, from view pixels. */
const lonsOf = (points: readonly [number, number][], view: View) => points.map(([x, y]) => unmercator(x + view.origin[0], y + view.origin[1], view.zoom)[1]);
/** A longitude in [-180, 180). */
const normal = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
/** Whether a longitude lies in the Pacific half of the world (east of 120°E or west of 70°W: from Canberra round to Washington). */
const pacific = (lon: number) => normal(lon) >= 120 || normal(lon) <= -70;
/** Whether a longitude lies over Africa and the Indian Ocean, the way the edge used to go. */
const africa = (lon: number) => normal(lon) > -20 && normal(lon) < 110;

describe('great circles', () => {
  test('interpolate gives the points and the angle d3-geo gives', () => {
    const pairs: [[number, number], [number, number]][] = [[[-77, 38.9], [149.1, -35.3]], [[37.6, 55.8], [125.8, 39]], [[178.4, -18.1], [-171.8, -13.8]], [[0, 0], [0.001, 0.001]], [[10, 20], [10, 20]]];
    for (const [p, q] of pairs) {
      const ours = interpolate(p, q);
      const theirs = geoInterpolate(p, q);
      expect(ours.distance).toBeCloseTo(geoDistance(p, q), 9);
      for (const t of [0, 0.1, 0.25, 0.5, 0.9, 1]) {
        const [lon, lat] = ours(t);
        const [lon2, lat2] = theirs(t);
        expect(lat).toBeCloseTo(lat2, 6);
        expect(((lon - lon2 + 540) % 360) - 180).toBeCloseTo(0, 6);
      }
    }
  });

  test('Washington to Canberra crosses the Pacific, westward, ending on Canberra', () => {
    const points = greatCircle([WASHINGTON.lon, WASHINGTON.lat], [CANBERRA.lon, CANBERRA.lat]);
    expect(points[0]).toEqual([WASHINGTON.lon, WASHINGTON.lat]);
    const [lon, lat] = points[points.length - 1];
    expect(normal(lon)).toBeCloseTo(CANBERRA.lon, 6);
    expect(lat).toBeCloseTo(CANBERRA.lat, 6);
    // Unwrapped: each step is short, and the longitudes fall steadily from −77 to 149 − 360.
    for (let k = 1; k < points.length; k++) expect(points[k][0]).toBeLessThan(points[k - 1][0]);
    expect(lon).toBeCloseTo(CANBERRA.lon - 360, 6);
    for (const [l] of points) expect(pacific(l), `${l}`).toBe(true);
    // An even number of steps: the middle sample is the circle's middle.
    expect((points.length - 1) % 2).toBe(0);
  });

  test('a meridian stays a meridian, and the middle of a great circle along the equator is halfway', () => {
    const meridian = greatCircle([10, -40], [10, 40]);
    for (const [lon] of meridian) expect(lon).toBeCloseTo(10, 9);
    const equator = greatCircle([0, 0], [60, 0]);
    expect(equator[(equator.length - 1) / 2][0]).toBeCloseTo(30, 9);
    for (const [, lat] of equator) expect(Math.abs(lat)).toBeLessThan(1e-9);
  });

  test('between two northern capitals it bows towards the pole', () => {
    const points = greatCircle([37.62, 55.76], [125.76, 39.04]);
    const middle = points[(points.length - 1) / 2];
    expect(middle[1]).toBeGreaterThan((55.76 + 39.04) / 2 + 3);
  });
});

describe('the centre that keeps a story together', () => {
  test('Washington and Canberra, joined: the Pacific', () => {
    const centre = centralLongitude([WASHINGTON.lon, CANBERRA.lon], [[0, 1]]);
    expect(pacific(centre), `${centre}`).toBe(true);
    // Both drawn in one copy of the world, Canberra west of Washington across the Pacific.
    const cut = cutLongitude([WASHINGTON.lon, CANBERRA.lon], [[0, 1]])!;
    expect(wrapLongitude(WASHINGTON.lon, cut) - wrapLongitude(CANBERRA.lon, cut)).toBeCloseTo(360 - (CANBERRA.lon - WASHINGTON.lon), 6);
  });

  test('Moscow, Pyongyang and Kyiv: not the Pacific; Eurasia, as today', () => {
    const centre = centralLongitude([37.62, 125.76, 30.52], [[0, 1], [0, 2], [1, 2]]);
    expect(pacific(centre), `${centre}`).toBe(false);
    expect(centre).toBeGreaterThan(30);
    expect(centre).toBeLessThan(126);
  });

  test('Fiji and Samoa: the Pacific; a lone actor or none: the world as it is', () => {
    expect(Math.abs(normal(centralLongitude([178.4, -171.8], [[0, 1]]) - 180))).toBeLessThan(10);
    expect(wrapLongitude(40, cutLongitude([40])!)).toBe(40);
    expect(cutLongitude([])).toBeUndefined();
  });

  test('the built-in story keeps its Greenwich map: every actor at its own longitude', () => {
    const story = builtInStory();
    const view = storyView(story, 960, 540);
    const s = storyScene(story, view);
    for (const [i, a] of s.anchors.entries()) expect(lonsOf([a.at], view)[0]).toBeCloseTo(story.actors[i].anchor.lon, 0);
  });
});

describe('edge routes', () => {
  const circle: [number, number][] = Array.from({ length: 11 }, (_, k) => [k * 10, 10 * Math.sin((k / 10) * Math.PI)]);

  test('bent by the lane as the quadratic curve is: the middle stands off the great circle by the bend', () => {
    const route = edgeRoute({ a: [0, 0], b: [100, 0], bend: 20, circle, world: 1024, seam: 0 })!;
    expect(route.points[0]).toEqual([0, 0]);
    expect(route.points[10]).toEqual([100, 0]);
    // The chord runs along x, so its left normal points down (+y): the middle is 10 (circle) + 20 (bend).
    expect(route.mid).toEqual([50, 30]);
    expect(route.jump).toBeUndefined();
    expect(routePath(route.points)).toMatch(/^M0,0(L[-\d.]+,[-\d.]+){10}$/);
  });

  test('a great circle within half a pixel of its chord keeps the curve', () => {
    const flat: [number, number][] = circle.map(([x]) => [x, 0.2]);
    flat[0] = [0, 0];
    flat[10] = [100, 0];
    expect(edgeRoute({ a: [0, 0], b: [100, 0], bend: 20, circle: flat, world: 1024, seam: 0 })).toBeUndefined();
  });

  test('going the other way round from a long drawn way, the route leaves at one edge and comes back at the other', () => {
    // Drawn from x 200 to x 900 of a 1024-pixel world (246°); the great circle goes west, to 900 − 1024.
    const west: [number, number][] = Array.from({ length: 11 }, (_, k) => [200 - k * 32.4, 0]);
    const route = edgeRoute({ a: [200, 0], b: [900, 0], bend: 0, circle: west, world: 1024, seam: 0 })!;
    expect(route.jump).toBeGreaterThan(0);
    expect(route.points.at(-1)).toEqual([900, 0]);
    for (const [x] of route.points) expect(x <= 200 || x >= 900).toBe(true);
    expect(routePath(route.points, route.jump).match(/M/g)).toHaveLength(2);
    // A shorter drawn way (Washington–Seoul, 204°) keeps its curve between the two anchors.
    const shorter: [number, number][] = Array.from({ length: 11 }, (_, k) => [200 - k * 44.2, 0]);
    expect(edgeRoute({ a: [200, 0], b: [780, 0], bend: 0, circle: shorter, world: 1024, seam: 0 })).toBeUndefined();
  });

  test('trimmed for a staggered arrowhead, it ends that far back along itself', () => {
    const trimmed = trimmedRoute([[0, 0], [10, 0], [20, 0]], 15);
    expect(trimmed).toEqual([[0, 0], [5, 0]]);
  });
});

describe('AUKUS: the United States–Australia edges cross the Pacific', () => {
  const story = aukus();
  const view = storyView(story, 960, 540);
  const across = (id: string) => id.includes('aus') && id.includes('usa');

  test('in the scene, every point of those edges lies in the Pacific half, none over Africa', () => {
    const edges = storyScene(story, view).edges.filter((e) => across(e.id));
    expect(edges.length).toBe(2);
    for (const e of edges) {
      expect(e.route, e.id).toBeDefined();
      for (const lon of lonsOf(e.route!.points, view)) {
        expect(pacific(lon), `${e.id} at ${lon}`).toBe(true);
        expect(africa(lon), `${e.id} at ${lon}`).toBe(false);
      }
    }
  });

  test('in the export, read back from the file', () => {
    const svg = exportSvg(story, basemap, view, { date: '2021-09-22' });
    const paths = [...svg.matchAll(/data-relation-id="([^"]+)"[^>]*>.*?<path class="line" d="([^"]+)"/g)].filter(([, id]) => across(id));
    expect(paths.length).toBe(2);
    for (const [, id, d] of paths) {
      const path = readPath(d)!;
      expect(path.jump, `${id} leaves the map and comes back`).toBeGreaterThan(0);
      for (const lon of lonsOf(path.points, view)) expect(pacific(lon) && !africa(lon), `${id} at ${lon}`).toBe(true);
    }
  });
});

describe('AUKUS seen with the map\'s edge in the middle of the view (zoomed out, or panned over the Pacific)', () => {
  const story = aukus();
  const across = (id: string) => id.includes('aus') && id.includes('usa');
  // The map's right edge (the story's cut, a world east) in the middle of a 960 × 540 view at zoom 2.
  const zoom = 2;
  const edgeX = mercator(0, storyCut(story) + 360, zoom)[0];
  const view: View = { zoom, origin: [Math.round(edgeX - 480), Math.round(mercator(-5, 0, zoom)[1] - 270)], width: 960, height: 540 };
  const seam = edgeX - view.origin[0];
  /** A path's pieces, each a list of points (a new piece at each `M`). */
  const piecesOf = (d: string) => d.split('M').slice(1).map((piece) => piece.split('L').map((p) => p.split(',').map(Number) as [number, number]));

  test('the United States–Australia lines cross the edge unbroken, the short way, with no line across the map', () => {
    const svg = exportSvg(story, basemap, view, { date: '2021-09-22' });
    const paths = [...svg.matchAll(/data-relation-id="([^"]+)"[^>]*>.*?<path class="line" d="([^"]+)"/g)].filter(([, id]) => across(id));
    expect(paths.length).toBe(2);
    const world = worldSize(zoom);
    for (const [, id, d] of paths) {
      const pieces = piecesOf(d);
      // Every step of every piece is short: nothing runs from one side of the map to the other.
      for (const piece of pieces) for (let k = 1; k < piece.length; k++) expect(Math.abs(piece[k][0] - piece[k - 1][0]), id).toBeLessThan(world / 8);
      // Some step crosses the edge in the middle of the view, over the Pacific (not one that stops there).
      const crossing = pieces.flatMap((piece) => piece.slice(1).map((p, k) => [piece[k], p] as const)).find(([p, q]) => (p[0] - seam) * (q[0] - seam) < 0);
      expect(crossing, `${id} crosses the map's edge`).toBeDefined();
      const [lat, lon] = unmercator(crossing![0][0] + view.origin[0], crossing![0][1] + view.origin[1], zoom);
      expect(lat, id).toBeGreaterThan(-60);
      expect(lat, id).toBeLessThan(60);
      expect(pacific(lon), `${id} at ${lon}`).toBe(true);
    }
  });

  test('the scene\'s route is the same line twice, a world apart, ending at the arrow\'s actor', () => {
    const world = worldSize(zoom);
    for (const e of storyScene(story, view).edges.filter((edge) => across(edge.id))) {
      const { points, jump } = e.route!;
      expect(jump, e.id).toBe(points.length / 2);
      const [first, second] = [points.slice(0, jump), points.slice(jump)];
      expect(first[0]).toEqual(e.a);
      expect(second.at(-1)).toEqual(e.b);
      for (let k = 1; k < jump! - 1; k++) expect(Math.abs(Math.abs(second[k][0] - first[k][0]) - world), `${e.id} at ${k}`).toBeLessThan(0.2);
    }
  });
});

describe('a story across the 180° line', () => {
  const story = pair(WASHINGTON, CANBERRA);

  test('is framed on the Pacific, its edge a great circle between its two anchors, drawn whole', () => {
    const view = storyView(story, 960, 540);
    const s = storyScene(story, view);
    // The view's middle is over the Pacific.
    const middle = unmercator(view.origin[0] + 480, view.origin[1] + 270, view.zoom)[1];
    expect(pacific(middle), `${middle}`).toBe(true);
    const [edge] = s.edges;
    expect(edge.route).toBeDefined();
    expect(edge.route!.jump).toBeUndefined();
    for (const [x, y] of [...s.anchors.map((a) => a.at), ...edge.route!.points]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(960);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(540);
    }
    for (const lon of lonsOf(edge.route!.points, view)) expect(pacific(lon), `${lon}`).toBe(true);
  });

  test('its export draws the countries on both sides of the line: Australia and the United States, whole', () => {
    const view = storyView(story, 960, 540);
    // The view runs over one edge of the world's one copy (x from 0 to the world's width).
    expect(view.origin[0] < 0 || view.origin[0] + 960 > worldSize(view.zoom)).toBe(true);
    const svg = exportSvg(story, basemap, view, { date: '2024-03-04' });
    for (const id of ['AUS', 'USA', 'NZL', 'JPN']) {
      const d = new RegExp(`data-country="${id}"[^>]* d="([^"]+)"`).exec(svg)?.[1];
      expect(d, id).toBeDefined();
      const xs = pathRings(d!).flatMap((ring) => ring.points.map(([x]) => x));
      // Some of it inside the picture; none of it a stripe across the whole world (a ring cut wrongly at 180°).
      expect(xs.some((x) => x >= 0 && x <= 960), id).toBe(true);
      expect(Math.max(...xs) - Math.min(...xs), id).toBeLessThan(worldSize(view.zoom) / 2);
    }
  });

  test('a view wider than the world repeats it, a copy a world either side', () => {
    const zoom = 0;
    const wide: View = { zoom, origin: [-400, 0], width: 1056, height: 256 };
    expect(worldCopies(wide).length).toBeGreaterThanOrEqual(3);
    const inside: View = { zoom: 2, origin: [100, 100], width: 500, height: 300 };
    expect(worldCopies(inside)).toHaveLength(1);
  });
});

describe('routes clear of other actors', () => {
  // A circle from (0,0) to (300,0) that bows up to y = -40 at its middle, sampled at 31 points.
  const circle = Array.from({ length: 31 }, (_, k): [number, number] => { const t = k / 30; return [300 * t, -160 * t * (1 - t)]; });
  const nearest = (points: readonly [number, number][], q: [number, number]) => Math.min(...points.map((p) => Math.hypot(p[0] - q[0], p[1] - q[1])));
  const third: [number, number] = [150, -40];
  test('a route that would run over a third actor\'s dot is bent clear of it; ends unchanged', () => {
    const plain = edgeRoute({ a: [0, 0], b: [300, 0], bend: 0, circle, world: 1024, seam: 0 })!;
    expect(nearest(plain.points, third)).toBeLessThan(CLEAR_OF_ANCHOR);
    const clear = edgeRoute({ a: [0, 0], b: [300, 0], bend: 0, circle, world: 1024, seam: 0, avoid: [third] })!;
    expect(nearest(clear.points, third)).toBeGreaterThanOrEqual(CLEAR_OF_ANCHOR);
    expect(clear.points[0]).toEqual([0, 0]);
    expect(clear.points.at(-1)).toEqual([300, 0]);
  });
  test('a route already clear is left as it was', () => {
    const plain = edgeRoute({ a: [0, 0], b: [300, 0], bend: 0, circle, world: 1024, seam: 0 })!;
    expect(edgeRoute({ a: [0, 0], b: [300, 0], bend: 0, circle, world: 1024, seam: 0, avoid: [[150, 60]] })).toEqual(plain);
  });
  test('the lanes of one corridor are bent clear together and keep their spacing', () => {
    // Two lanes 18 px apart at their middles; the dot lies on the first, and one step off the second.
    const lanes = [0, 18].map((bend) => ({ input: { a: [0, 0] as [number, number], b: [300, 0] as [number, number], bend, circle, world: 1024, seam: 0, avoid: [third] }, side: 1 as const }));
    const shift = corridorShift(lanes);
    const [first, second] = lanes.map(({ input }) => edgeRoute(input, shift)!);
    for (const route of [first, second]) expect(nearest(route.points, third)).toBeGreaterThanOrEqual(CLEAR_OF_ANCHOR);
    expect(Math.abs(first.mid[1] - second.mid[1])).toBeCloseTo(18, 0);
    // A lane running the corridor the other way (B to A) is bent the same way on the map.
    const back = { input: { a: [300, 0] as [number, number], b: [0, 0] as [number, number], bend: 0, circle: [...circle].reverse(), world: 1024, seam: 0, avoid: [third] }, side: -1 as const };
    const both = corridorShift([lanes[0], back]);
    expect(edgeRoute(back.input, both * back.side)!.mid[1]).toBeCloseTo(edgeRoute(lanes[0].input, both)!.mid[1], 0);
  });
  test('in the built-in story and AUKUS, no two lanes between the same actors close up: their middles stay a lane apart', () => {
    for (const story of [builtInStory(), aukus()]) {
      for (const [width, height] of [[960, 590], [1200, 675], [390, 472]]) {
        const scene = storyScene(story, storyView(story, width, height));
        const pair = (e: (typeof scene.edges)[number]) => [e.relation.from, e.relation.to].sort().join('–');
        for (const [i, e] of scene.edges.entries()) {
          for (const f of scene.edges.slice(i + 1)) {
            if (pair(e) !== pair(f) || !e.route || !f.route) continue;
            expect(Math.hypot(e.mid[0] - f.mid[0], e.mid[1] - f.mid[1]), `${e.id} and ${f.id} at ${width}`).toBeGreaterThan(9);
          }
        }
      }
    }
  });
  test('in the AUKUS export, no edge runs over an actor it does not join', () => {
    const story = aukus();
    const scene = storyScene(story, storyView(story, 1200, 675));
    const anchors = new Map(scene.anchors.map((x) => [x.id, x.at]));
    const routed = scene.edges.filter((e) => e.route);
    expect(routed.length).toBeGreaterThan(3);
    for (const edge of routed) {
      const points = edge.route!.points as [number, number][];
      const inner = points.slice(Math.ceil(points.length * 0.06), Math.floor(points.length * 0.94));
      const relation = story.relations.find((r) => r.id === edge.id)!;
      for (const [id, at] of anchors) if (id !== relation.from && id !== relation.to && inner.length) expect(nearest(inner, at as [number, number]), `${edge.id} over ${id}`).toBeGreaterThanOrEqual(CLEAR_OF_ANCHOR - 1);
    }
  });
});

describe('the copy of the world a story is drawn in', () => {
  const redSea = () => {
    const dir = 'data/examples/red-sea-2024/';
    const articles = new Map(['us-designation.txt', 'oman-messages.txt'].map((f) => [f, read(dir + f)]));
    const result = loadStory(undefined, read(dir + 'relations.json'), { articles });
    if (!result.ok) throw new Error('the Red Sea example does not load');
    return result.story;
  };

  test('the Red Sea: Washington to Muscat at their own longitudes, framed in the world\'s one copy', () => {
    const story = redSea();
    const view = storyView(story, 960, 590);
    expect(view.origin[0]).toBeGreaterThanOrEqual(0);
    expect(view.origin[0] + view.width).toBeLessThanOrEqual(worldSize(view.zoom));
    const s = storyScene(story, view);
    for (const actor of story.actors) {
      const [x, y] = mercator(actor.anchor.lat, actor.anchor.lon, view.zoom);
      const at = s.anchors.find((a) => a.id === actor.id)!.at;
      expect(Math.abs(at[0] - (x - view.origin[0])), actor.id).toBeLessThan(0.1);
      expect(Math.abs(at[1] - (y - view.origin[1])), actor.id).toBeLessThan(0.1);
      // Inside the picture.
      expect(at[0] > 0 && at[0] < view.width && at[1] > 0 && at[1] < view.height, `${actor.id} at ${at}`).toBe(true);
    }
  });

  test('every cut leaves the world it opens within 180° of Greenwich: the cut lies in (-360°, 0°]', () => {
    const sets: number[][] = [[-77, 58.4], [-77, 0, 35.2, 58.4, 44.2], [-77, 149.1], [37.6, 125.8, 30.5], [178.4, -171.8], [170, -170], [40], [-120, -100]];
    for (const lons of sets) {
      const cut = cutLongitude(lons)!;
      expect(cut, `${lons}`).toBeGreaterThan(-360);
      expect(cut, `${lons}`).toBeLessThanOrEqual(0);
      // Still the middle of a gap: no anchor lies within a degree of it.
      for (const lon of lons) expect(Math.abs(wrapLongitude(lon, cut) - cut), `${lons}`).toBeGreaterThan(1);
    }
    expect(cutLongitude([-77, 58.4])).toBeCloseTo(-189.3, 1);
  });

  test('drafts and rejected relations do not move the cut: what a review accepted is exported where the screen draws it', () => {
    const sentence = 'Washington and London spoke; Canberra and London may talk.';
    const place = (id: string, lat: number, lon: number) => ({ id, kind: 'other', name: id, anchor: { name: id, lat, lon } });
    const relation = (id: string, from: string, to: string, review?: 'draft' | 'rejected') => ({
      id, type: 'cooperation', from, to, directed: false, date: '2024-03-03', datePrecision: 'day', certainty: 'stated',
      summary: 'They talk.', evidence: [{ quote: sentence, start: 0, end: sentence.length }], ...(review ? { review } : {}),
    });
    const load = (relations: unknown[]) => {
      const result = loadStory(sentence, { title: 'Three capitals', article: 'article.txt', published: '2024-03-04', people: [],
        actors: [place('WASHINGTON', 38.9, -77), place('CANBERRA', -35.3, 149.1), place('LONDON', 51.5, -0.1)], relations });
      if (!result.ok) throw new Error('the story does not load');
      return result.story;
    };
    const accepted = load([relation('atlantic', 'WASHINGTON', 'LONDON')]);
    // Counted, the draft between Canberra and London would cut the world over the Pacific instead of over Asia.
    const counted = load([relation('atlantic', 'WASHINGTON', 'LONDON'), relation('asia', 'CANBERRA', 'LONDON')]);
    expect(storyCut(counted)).not.toBeCloseTo(storyCut(accepted), 0);
    for (const review of ['draft', 'rejected'] as const) {
      const reviewed = load([relation('atlantic', 'WASHINGTON', 'LONDON'), relation('asia', 'CANBERRA', 'LONDON', review)]);
      expect(storyCut(reviewed), review).toBe(storyCut(accepted));
      const view = storyView(reviewed, 960, 540);
      // The export of the accepted relations, in the screen's view: every actor where the screen has it.
      const exported = { ...reviewed, relations: reviewed.relations.filter((r) => r.review === undefined) };
      expect(storyScene(exported, view).anchors).toEqual(storyScene(reviewed, view).anchors);
    }
  });

  test('a centre kept from another view, or given by a link or the command line, is taken in the story\'s copy of the world', () => {
    const redSeaStory = redSea();
    expect(storyLongitude(redSeaStory, 300)).toBeCloseTo(-60, 9);
    expect(storyLongitude(redSeaStory, 44)).toBeCloseTo(44, 9);
    const story = pair(WASHINGTON, CANBERRA);
    const canberra = wrapLongitude(CANBERRA.lon, storyCut(story));
    expect(storyLongitude(story, CANBERRA.lon)).toBeCloseTo(canberra, 9);
    // `npm run export -- --center -35,149.13 --zoom 3` for this story: Canberra in the middle of the picture.
    for (const framing of [{ kind: 'centre', lat: CANBERRA.lat, lon: CANBERRA.lon, zoom: 3 } as const, { kind: 'bounds', bounds: { south: -40, west: 144, north: -30, east: 154 } } as const]) {
      const view = viewOf({ framing, width: 800, height: 600 }, story);
      const at = storyScene(story, view).anchors.find((a) => a.id === 'CANBERRA')!.at;
      expect(Math.abs(at[0] - 400), framing.kind).toBeLessThan(40);
      expect(Math.abs(at[1] - 300), framing.kind).toBeLessThan(40);
    }
  });
});
