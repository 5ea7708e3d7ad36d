import { describe, expect, test } from 'vitest';
import { edgeBatches, runSteps, type BatchEdge } from '../../src/core/edgeBatches.ts';
import { exportSvg, exportSvgInSlices, MANY_EDGES, mercator, storyScene, type View } from '../../src/core/index.ts';
import type { Certainty, RelationType } from '../../src/data/relationTypes.ts';
import { basemap110m, builtInStory } from './fixtures.ts';

const edge = (a: [number, number], c: [number, number], b: [number, number], type: RelationType = 'trade', certainty: Certainty = 'stated'): BatchEdge =>
  ({ relation: { type, certainty }, a, c, b });

/** The curves a path's data draws, as whole-pixel `ax ay cx cy bx by` with the ends in a fixed order. */
function curvesOf(d: string): string[] {
  const curves: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([Mq])([^Mq]*)/g)) {
    const n = [...args.matchAll(/-?\d+/g)].map((m) => Number(m[0]));
    if (command === 'M') {
      [x, y] = n;
      continue;
    }
    expect(n.length % 4).toBe(0);
    for (let k = 0; k < n.length; k += 4) {
      const [cx, cy, bx, by] = [x + n[k], y + n[k + 1], x + n[k + 2], y + n[k + 3]];
      const [p, q] = x < bx || (x === bx && y <= by) ? [[x, y], [bx, by]] : [[bx, by], [x, y]];
      curves.push(`${p.join(' ')} ${cx} ${cy} ${q.join(' ')}`);
      [x, y] = [bx, by];
    }
  }
  return curves.sort();
}

const view = { width: 400, height: 300 };

describe('edge batches of a large story', () => {
  test('relations of one type and certainty with the same curve at whole pixels are written once, either way round', () => {
    const { batches, offView } = runSteps(edgeBatches([
      edge([10, 10], [50, 80], [100, 20]),
      edge([10.3, 9.8], [50.2, 79.6], [99.9, 20.4]),
      edge([100, 20], [50, 80], [10, 10]),
    ], [0, 0], view));
    expect(offView).toBe(0);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ type: 'trade', certainty: 'stated', relations: 3, curves: 1, strokes: 1 });
    expect(curvesOf(batches[0].d)).toEqual(['10 10 50 80 100 20']);
  });

  test('another type, another certainty or a control point a pixel away is not merged', () => {
    const { batches } = runSteps(edgeBatches([
      edge([10, 10], [50, 80], [100, 20]),
      edge([10, 10], [50, 80], [100, 20], 'war'),
      edge([10, 10], [50, 80], [100, 20], 'trade', 'feared'),
      edge([10, 10], [51, 80], [100, 20]),
    ], [0, 0], view));
    expect(batches.map((b) => [b.type, b.certainty, b.relations, b.curves])).toEqual([
      ['trade', 'stated', 2, 2], ['war', 'stated', 1, 1], ['trade', 'feared', 1, 1],
    ]);
    expect(curvesOf(batches[0].d)).toEqual(['10 10 50 80 100 20', '10 10 51 80 100 20']);
  });

  test('edges whose control triangle misses the view are left out and counted; one that crosses it stays', () => {
    const { batches, offView } = runSteps(edgeBatches([
      edge([-300, 10], [-200, -50], [-100, 40]),
      edge([500, 500], [600, 550], [700, 400]),
      // Both ends outside, but the curve crosses the view.
      edge([-50, 150], [200, -100], [450, 150]),
    ], [0, 0], view));
    expect(offView).toBe(2);
    expect(batches[0].relations).toBe(1);
    expect(curvesOf(batches[0].d)).toEqual(['-50 150 200 -100 450 150']);
  });

  test('batches stack in the order of their first edge, seen or not, as on screen', () => {
    const { batches, offView } = runSteps(edgeBatches([
      edge([-300, 10], [-200, -50], [-100, 40], 'war'),
      edge([10, 10], [50, 80], [100, 20], 'trade'),
      edge([10, 10], [50, 80], [100, 20], 'war'),
      edge([-300, 10], [-200, -50], [-100, 40], 'visit'),
    ], [0, 0], view));
    expect(offView).toBe(2);
    expect(batches.map((b) => b.type)).toEqual(['war', 'trade']);
  });

  test('world pixels are shifted into the view first', () => {
    const { batches } = runSteps(edgeBatches([edge([1010, 2010], [1050, 2080], [1100, 2020])], [1000, 2000], view));
    expect(curvesOf(batches[0].d)).toEqual(['10 10 50 80 100 20']);
  });

  test('curves that share anchors are joined into strokes and every curve is drawn exactly once', () => {
    // A small web: 6 anchors, 40 curves with many shared ends, in two types.
    const anchors: [number, number][] = [[20, 20], [380, 30], [200, 150], [40, 280], [360, 260], [-30, 160]];
    const edges: BatchEdge[] = [];
    for (let k = 0; k < 40; k++) {
      const a = anchors[k % 6];
      const b = anchors[(k * 5 + 1) % 6 === k % 6 ? (k + 1) % 6 : (k * 5 + 1) % 6];
      edges.push(edge(a, [(a[0] + b[0]) / 2 + k, (a[1] + b[1]) / 2 - 3 * k], b, k % 3 ? 'trade' : 'visit'));
    }
    const { batches } = runSteps(edgeBatches(edges, [0, 0], view));
    for (const batch of batches) {
      const expected = edges.filter((e) => (batch.type === 'visit') === (e.relation.type === 'visit')).map(({ a, c, b }) => {
        const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
        return [p, c, q].map((pt) => pt.map(Math.round).join(' ')).join(' ');
      });
      expect(curvesOf(batch.d)).toEqual(expected.sort());
      expect(batch.curves).toBe(expected.length);
      // Fewer move-tos than curves: strokes run through shared anchors.
      expect(batch.strokes).toBe((batch.d.match(/M/g) ?? []).length);
      expect(batch.strokes).toBeLessThan(batch.curves / 2);
    }
  });
});

describe('exporting a large story', () => {
  const base = builtInStory();
  // The article's relations 30 times over: each copy takes a lane of its own.
  const story = { ...base, relations: Array.from({ length: 30 }, (_, k) => base.relations.map((r) => ({ ...r, id: `${r.id}-${k}` }))).flat() };
  const basemap = basemap110m();
  const [x, y] = mercator(72, -92, 2);
  const view: View = { zoom: 2, origin: [Math.round(x), Math.round(y)], width: 1000, height: 560 };

  test('says in the file what was merged and left out', () => {
    expect(story.relations.length).toBeGreaterThan(MANY_EDGES);
    const svg = exportSvg(story, basemap, view, { date: '2024-06-21' });
    const note = /<desc class="edge-merge">([^<]*)<\/desc>/.exec(svg)?.[1];
    expect(note).toMatch(/^Edges: 510 relations drawn as [\d,]+ curves of one-pixel lines in \d+ paths/);
    expect(note).toContain('same type, certainty and curve at whole pixels (ends and control point)');
    expect(note).toMatch(/\d+ relations? wholly outside the view/);
    const group = /<g class="edges" data-relations="(\d+)" data-curves="(\d+)" data-off-view="(\d+)" data-merge="[^"]+">/.exec(svg);
    expect(group).not.toBeNull();
    expect(Number(group![1]) + Number(group![3])).toBe(story.relations.length);
    const counts = [...svg.matchAll(/data-count="(\d+)" data-curves="(\d+)" data-strokes="(\d+)"/g)];
    expect(counts.reduce((n, m) => n + Number(m[1]), 0)).toBe(Number(group![1]));
    expect(counts.reduce((n, m) => n + Number(m[2]), 0)).toBe(Number(group![2]));
  });

  test('a small story has no note', () => {
    expect(exportSvg(base, basemap, view, { date: '2024-06-21' })).not.toContain('edge-merge');
  });

  test('zoomed in, edges off the view are left out and the note counts them', () => {
    const [kx, ky] = mercator(38, 127, 6);
    const korea: View = { zoom: 6, origin: [Math.round(kx) - 200, Math.round(ky) - 150], width: 400, height: 300 };
    const svg = exportSvg(story, basemap, korea, { date: '2024-06-21' });
    const offView = Number(/data-off-view="(\d+)"/.exec(svg)![1]);
    expect(offView).toBeGreaterThan(0);
    expect(svg).toContain(`${offView.toLocaleString('en')} relations wholly outside the view`);
  });

  test('a scene in world pixels given by the map gives the same bytes as one made here; in slices too', async () => {
    const options = { date: '2024-06-21', footnotes: true };
    const made = exportSvg(story, basemap, view, options);
    const held = storyScene(story, { zoom: view.zoom, origin: [0, 0], width: 0, height: 0 });
    expect(exportSvg(story, basemap, view, { ...options, storyScene: held })).toBe(made);
    let pauses = 0;
    let clock = 0;
    const sliced = await exportSvgInSlices(story, basemap, view, { ...options, storyScene: held }, async () => void pauses++, () => (clock += 10), 15);
    expect(sliced).toBe(made);
    expect(pauses).toBeGreaterThan(3);
    // A scene of another zoom is not used.
    const other = storyScene(story, { zoom: 3, origin: [0, 0], width: 0, height: 0 });
    expect(exportSvg(story, basemap, view, { ...options, storyScene: other })).toBe(made);
  });
});
