import { describe, expect, test } from 'vitest';
import { exportSvg, graphicWords, isCompact, MANY_EDGES, mercator, presetFrame, presetView, presetViewSteps, scene, storyView, THEMES, type Aspect, type PresetFrame, type View } from '../../src/core/index.ts';
import { sceneObstacles } from '../../src/core/edgeObstacles.ts';
import { legendLayout } from '../../src/core/legendLayout.ts';
import { frameHeights } from '../../src/core/svgDocument.ts';
import { hits, labelBox, overlaps, type Box } from '../../src/core/placeLabels.ts';
import { loadStory, type Story } from '../../src/data/index.ts';
import { basemap110m, builtInStory, read } from './fixtures.ts';

const basemap = basemap110m();
function aukus(): Story {
  const result = loadStory(read('data/examples/aukus-2021/article.txt'), read('data/examples/aukus-2021/relations.json'));
  if (!result.ok) throw new Error('the AUKUS example does not load');
  return result.story;
}

/** A preset's export, as `npm run export -- --aspect` writes it, and the scene it is made from. */
function preset(story: Story, width: number, aspect: Aspect) {
  const frame = presetFrame(width, aspect, graphicWords(story), THEMES.light);
  const compact = isCompact(frame.layoutWidth);
  const { view, legendUnder } = presetView(story, frame, (height) => storyView(story, frame.layoutWidth, height), { compact });
  const svg = exportSvg(story, basemap, view, { date: '2024-06-21', compact, pixelWidth: frame.pixelWidth, legendUnder });
  return { svg, view, frame, legendUnder, scene: scene(story, basemap, view, { clip: true, compact }) };
}

/** The file's size is the preset's: its width and height attributes exactly, its viewBox scaled to them (to the pixel). */
function expectPresetSize(svg: string, frame: PresetFrame, name: string) {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  const [w, h] = / width="([\d.]+)" height="([\d.]+)"/.exec(root)!.slice(1).map(Number);
  expect([w, h], `${name}: width and height`).toEqual([frame.pixelWidth, frame.pixelHeight]);
  const [vw, vh] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root)!.slice(1).map(Number);
  expect(vw, `${name}: viewBox width`).toBe(frame.layoutWidth);
  expect(Math.round(vh * frame.pixelWidth / frame.layoutWidth), `${name}: viewBox height scaled`).toBe(frame.pixelHeight);
}

/** The legend's box in map pixels, read from the file, and the labels and callouts the file places. */
function drawn(svg: string) {
  const top = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]);
  const legend = /<g class="legend" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*><rect width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const [x, y, w, h] = legend.slice(1).map(Number);
  const box: Box = { x0: x, y0: y - top, x1: x + w, y1: y - top + h };
  const labels = [...svg.matchAll(/<text class="label" data-label="[^"]+" x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)">([^<]+)<\/text>/g)]
    .map(([, lx, ly, anchor, text]) => labelBox({ text, x: +lx, y: +ly, anchor: anchor as 'start' }));
  const [, total] = /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)!;
  return { box, labels, total: Number(total) };
}

/** Nothing of the map under the legend: no point of an edge (as drawn, arrowheads too), no anchor, no label, placed or not. */
function expectUncovered(svg: string, s: ReturnType<typeof scene>, name: string) {
  const { box, labels } = drawn(svg);
  const points = sceneObstacles(s.edges);
  expect(points.length, `${name}: edge points`).toBeGreaterThan(100);
  expect(hits(box, points), `${name}: edge points under the legend`).toBe(0);
  for (const a of s.anchors) expect(a.at[0] > box.x0 && a.at[0] < box.x1 && a.at[1] > box.y0 && a.at[1] < box.y1, `${name}: ${a.id} under the legend`).toBe(false);
  for (const l of [...s.labels.map((l) => labelBox(l)), ...labels]) expect(overlaps(l, box), `${name}: a label under the legend`).toBe(false);
  return box;
}

describe('the legend covers nothing of the map', () => {
  test('the built-in story at 16:9 960, 4:3 640, 1:1 1200 and the phone preset: the file has the preset\'s size; where every corner would cover something the legend goes under the map, which is shorter by the band', () => {
    const under: string[] = [];
    for (const [width, aspect] of [[960, '16:9'], [640, '4:3'], [1200, '1:1'], [640, '9:16']] as const) {
      const name = `${aspect} ${width}`;
      const { svg, view, frame, legendUnder, scene: s } = preset(builtInStory(), width, aspect);
      expectPresetSize(svg, frame, name);
      const box = expectUncovered(svg, s, name);
      if (!legendUnder) continue;
      under.push(name);
      // Under the map, the band as wide as the picture; the map framed again for its height less the band's.
      expect(box.y0, name).toBe(view.height);
      expect(box.x1 - box.x0, name).toBe(view.width);
      expect(view.height, name).toBe(frame.mapHeight - (box.y1 - box.y0));
      expect(view, name).toEqual(storyView(builtInStory(), frame.layoutWidth, view.height));
      expect(svg).toContain(`<rect class="water" width="${view.width}" height="${view.height}"`);
      const { header, footer } = { header: Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]), footer: Number(/<rect class="footer" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/.exec(svg)![1]) };
      expect(drawn(svg).total).toBeCloseTo(header + view.height + footer, 1);
      expect(footer).toBeGreaterThan(box.y1 - box.y0);
    }
    // 1:1 at 1200 has room: a corner of its map is free, and the legend stays there.
    expect(under).toEqual(['16:9 960', '4:3 640', '9:16 640']);
  });

  test('where a corner is free (AUKUS at 16:9 960, bottom left, and at the phone preset) the legend stays in it, the map keeps the frame\'s height and the file its preset\'s size', () => {
    for (const [width, aspect] of [[960, '16:9'], [640, '9:16']] as const) {
      const name = `AUKUS ${aspect} ${width}`;
      const { svg, view, frame, legendUnder, scene: s } = preset(aukus(), width, aspect);
      expect(legendUnder, name).toBe(false);
      expect(view.height, name).toBe(frame.mapHeight);
      expectPresetSize(svg, frame, name);
      const box = expectUncovered(svg, s, name);
      expect(box.y1, name).toBeLessThan(view.height);
      if (aspect === '16:9') {
        expect([box.x0, box.y1]).toEqual([10, view.height - 10]);
        expect(drawn(svg).total).toBe(540);
      }
    }
  });

  test('without a preset the map keeps the size asked for, and the band makes the file taller', () => {
    const story = builtInStory();
    const view = storyView(story, 960, 466);
    const svg = exportSvg(story, basemap, view, { date: '2024-06-21' });
    const { box, total } = drawn(svg);
    expect(box.y0).toBe(view.height);
    expect(svg).toContain('<rect class="water" width="960" height="466"');
    expect(total).toBe(540 + (box.y1 - box.y0));
  });
});

describe('a large story\'s legend', () => {
  test('is under the map (its edges are batched, not looked at one by one), and its footnotes start under the footer as a small story\'s do', () => {
    const base = builtInStory();
    const large = { ...base, relations: Array.from({ length: 30 }, (_, k) => base.relations.map((r) => ({ ...r, id: `${r.id}-${k}` }))).flat() };
    expect(large.relations.length).toBeGreaterThan(MANY_EDGES);
    const [x, y] = mercator(72, -92, 2);
    const view: View = { zoom: 2, origin: [Math.round(x), Math.round(y)], width: 1000, height: 560 };
    const svg = exportSvg(large, basemap, view, { date: '2024-06-21', footnotes: true });
    const legend = /<g class="legend" transform="translate\(0,([\d.]+)\)"[^>]*><rect width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    expect(Number(legend[2])).toBe(view.width);
    // The footer's text under the band, and the list under the footer, 8 px and a line lower (as svgDocument sets it for a small story).
    const footer = Number(/<g class="footer-text" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]);
    expect(footer).toBe(Number(legend[1]) + Number(legend[3]));
    const first = Number(/<g class="footnotes"[^>]*><text x="12" y="([\d.]+)"/.exec(svg)![1]);
    expect(first).toBe(footer + frameHeights(graphicWords(large), view.width, THEMES.light).footer + 8 + 14);
  });

  test('its preset view is laid out a step at a time (the page yields between steps), to the same view as in one go', () => {
    const base = builtInStory();
    const large = { ...base, relations: Array.from({ length: 600 }, (_, k) => base.relations.map((r) => ({ ...r, id: `${r.id}-${k}` }))).flat() };
    const frame = presetFrame(960, '16:9', graphicWords(large), THEMES.light);
    const viewFor = (height: number) => storyView(large, frame.layoutWidth, height);
    const steps = presetViewSteps(large, frame, viewFor, {});
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(1);
    expect(step.value).toEqual(presetView(large, frame, viewFor, {}));
    expect(step.value.legendUnder).toBe(true);
  });
});

describe('legendLayout', () => {
  const blocks = [{ width: 148, height: 66 }, { width: 191, height: 66 }, { width: 104, height: 32 }, { width: 129, height: 66 }];
  test('in a corner the blocks stand one under another in a box at least 170 wide', () => {
    expect(legendLayout(blocks, { kind: 'inside' })).toEqual({ at: [[0, 0], [0, 66], [0, 132], [0, 164]], width: 191, height: 238 });
  });
  test('under the map they stand in columns, wrapped to more rows when the width is narrow, none past the width or on another', () => {
    expect(legendLayout(blocks, { kind: 'band', width: 960 }).at.map(([, y]) => y)).toEqual([0, 0, 0, 0]);
    for (const width of [400, 360, 200]) {
      const layout = legendLayout(blocks, { kind: 'band', width });
      expect(new Set(layout.at.map(([, y]) => y)).size, `${width}: rows`).toBeGreaterThan(1);
      const boxes = layout.at.map(([x, y], i) => ({ x0: x, y0: y, x1: x + blocks[i].width, y1: y + blocks[i].height }));
      for (const [i, b] of boxes.entries()) {
        expect(b.x0 >= 0 && (b.x1 <= width || b.x0 === 4) && b.y1 <= layout.height, `${width}: block ${i} inside`).toBe(true);
        for (const c of boxes.slice(i + 1)) expect(overlaps(b, c), `${width}: blocks ${i} and another`).toBe(false);
      }
    }
  });
});
