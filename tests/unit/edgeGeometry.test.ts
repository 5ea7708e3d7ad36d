import { describe, expect, test } from 'vitest';
import { generateStory } from '../../bench/generate.ts';
import { mercator } from '../../src/core/index.ts';
import { sceneAtTime, storyCut, storyScene, type SceneEdge } from '../../src/core/storyScene.ts';
import { THEMES } from '../../src/core/themes.ts';
import { loadStory } from '../../src/data/index.ts';
import { drawCanvas, type Context2D } from '../../src/map/drawCanvas.ts';
import { activeEdges, activeSet, buffers, decodeEdges, encodeEdges, encodeSteps } from '../../src/map/edgeGeometry.ts';
import { read } from './fixtures.ts';

/** A 2D context that writes down every call and assignment, with their values. */
function recorder() {
  const log: [string, ...unknown[]][] = [];
  const values = new Map<string | symbol, unknown>();
  const context = new Proxy({}, {
    get: (_, name) => (values.has(name) ? values.get(name) : (...args: unknown[]) => void log.push([String(name), ...args])),
    set: (_, name, value) => (values.set(name, value), log.push([`${String(name)}=`, value]), true),
  }) as unknown as Context2D;
  return { context, log };
}

/** The same calls with the same values, points within a hundredth of a pixel (the worker's are 32-bit floats). */
function expectSameDrawing(worker: [string, ...unknown[]][], page: [string, ...unknown[]][]) {
  expect(worker.map(([name]) => name)).toEqual(page.map(([name]) => name));
  worker.forEach(([, ...args], i) => args.forEach((value, k) => {
    const expected = page[i][k + 1];
    if (typeof value === 'number') expect(Math.abs(value - (expected as number)), `${page[i][0]} ${i}`).toBeLessThan(0.01);
    else expect(value).toEqual(expected);
  }));
}

function generated(n: number) {
  const { data, article } = generateStory(n);
  const loaded = loadStory(article, JSON.stringify(data));
  if (!loaded.ok) throw new Error('the generated story does not load');
  return loaded.story;
}

describe('a scene\'s edges as typed arrays, for the playback painter\'s worker', () => {
  const story = generated(1000);
  const all = storyScene(story, { zoom: 2, origin: [0, 0], width: 0, height: 0 });
  const moment = sceneAtTime(all, story, { from: '2023-05', to: '2023-05' });

  /** Draws edges as the page does and as the worker does, from their typed arrays; the calls of each. */
  const both = (edges: SceneEdge[], extent?: readonly [readonly [number, number], readonly [number, number]]) => {
    const decoded = decodeEdges(encodeEdges(edges));
    expect(decoded).toHaveLength(edges.length);
    const page = recorder();
    const worker = recorder();
    drawCanvas(page.context, { edges, anchors: [], labels: [] }, THEMES.light, extent, { hairline: true });
    drawCanvas(worker.context, { edges: decoded, anchors: [], labels: [] }, THEMES.light, extent, { hairline: true });
    expect(worker.log.length).toBeGreaterThan(edges.length);
    return { page: page.log, worker: worker.log };
  };

  test('the worker\'s edges draw the same hairlines as the page\'s, clipped to the canvas', () => {
    const { page, worker } = both(all.edges, [[100, 100], [700, 500]]);
    expectSameDrawing(worker, page);
  });

  test('and the same great-circle routes, a route across the map\'s edge in its two pieces', () => {
    const loaded = loadStory(read('data/examples/aukus-2021/article.txt'), read('data/examples/aukus-2021/relations.json'));
    if (!loaded.ok) throw new Error('the AUKUS example does not load');
    // The map's edge in the middle of the view, as geography.test.ts looks at it: the Pacific routes split there.
    const edgeX = mercator(0, storyCut(loaded.story) + 360, 2)[0];
    const edges = storyScene(loaded.story, { zoom: 2, origin: [Math.round(edgeX - 480), Math.round(mercator(-5, 0, 2)[1] - 270)], width: 960, height: 540 }).edges;
    expect(edges.some((e) => e.route?.jump)).toBe(true);
    const { page, worker } = both(edges);
    expectSameDrawing(worker, page);
  });

  test('a moment is one byte an edge of all dates: the edges it marks are the moment\'s, in their order', () => {
    const active = activeSet(all.edges, moment.edges);
    expect(active).toHaveLength(all.edges.length);
    expect(moment.edges.length).toBeGreaterThan(0);
    expect(moment.edges.length).toBeLessThan(all.edges.length);
    expect(active.reduce((a, v) => a + v, 0)).toBe(moment.edges.length);
    expect(activeEdges(all.edges, active)).toEqual(moment.edges);
    // Of all dates, every edge.
    expect(activeEdges(all.edges, activeSet(all.edges, all.edges))).toEqual(all.edges);
  });

  test('encoded a slice at a time (ahead of the first step, in idle time), or the rest at once, it is the same', () => {
    const whole = encodeEdges(all.edges);
    const steps = encodeSteps(all.edges);
    let slices = 0;
    let step = steps.next(100);
    for (; !step.done && slices < 3; slices++) step = steps.next(100);
    expect(step.done).toBe(false);
    while (!step.done) step = steps.next(Infinity);
    expect(step.value).toEqual(whole);
  });

  test('its buffers are its typed arrays\', to transfer rather than copy', () => {
    const geometry = encodeEdges(moment.edges);
    expect(buffers(geometry)).toEqual([geometry.curves, geometry.type, geometry.opacity, geometry.routeAt, geometry.routePoints, geometry.routeJump].map((a) => a.buffer));
    expect(geometry.count).toBe(moment.edges.length);
    expect(geometry.types.length).toBeGreaterThan(1);
  });
});
