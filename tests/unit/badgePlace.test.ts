import { describe, expect, test } from 'vitest';
import { scene, storyView, type Scene } from '../../src/core/index.ts';
import { BADGE_R, corridorBadges, type CorridorBadge } from '../../src/core/corridorBadges.ts';
import { badgeCandidates, obstacleGrid, placeBadge } from '../../src/core/placeBadge.ts';
import type { Point } from '../../src/core/edgeCurves.ts';
import type { Obstacle } from '../../src/core/placeLabels.ts';
import { loadStory, type Story } from '../../src/data/index.ts';
import { articleText, basemap110m, denseRelationsData, relationsData } from './fixtures.ts';
import { readPath } from './pathGeometry.ts';

const basemap = basemap110m();
/** The badge's disc and the room it keeps: 11 px and 2 more. */
const CLEAR = BADGE_R + 2;

/** The built-in story with a dense Moscow–Pyongyang corridor and, for each of `more`, ten copies of that relation under other types. */
const storyWith = (...more: string[]) => copies(denseRelationsData(), more);

/** A story's data with ten copies of each of the relations `more`, under other types: a dense corridor for each. */
function copies(data: ReturnType<typeof relationsData>, more: readonly string[]): Story {
  const types = ['trade', 'cooperation', 'aid', 'mediation', 'tension', 'diplomatic_pressure', 'sanction', 'war', 'visit', 'arms_support'];
  for (const id of more) {
    const base = data.relations.find((r: { id: string }) => r.id === id);
    types.forEach((type, k) => data.relations.push({ ...base, id: `${id}-copy-${k}`, type, cameo: undefined, plover: undefined }));
  }
  const result = loadStory(articleText, JSON.stringify(data));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.story;
}

const sceneAt = (story: Story, width: number, height: number) => scene(story, basemap, storyView(story, width, height), { compact: width < 600 });

/** An edge's line as drawn, read back from its path: a quadratic curve finely sampled, or a route's points; the pieces of a route across the map's edge apart. */
function drawnPieces(d: string): Point[][] {
  const path = readPath(d)!;
  if (path.curve) {
    const [a, c, b] = [path.a, path.curve, path.b];
    return [Array.from({ length: 201 }, (_, i): Point => {
      const t = i / 200;
      const u = 1 - t;
      return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
    })];
  }
  return path.jump === undefined ? [path.points] : [path.points.slice(0, path.jump), path.points.slice(path.jump)];
}

function distanceToLine(p: Point, line: readonly Point[]): number {
  let least = Infinity;
  for (let k = 1; k < line.length; k++) {
    const [[x0, y0], [x1, y1]] = [line[k - 1], line[k]];
    const [dx, dy] = [x1 - x0, y1 - y0];
    const t = Math.max(0, Math.min(1, ((p[0] - x0) * dx + (p[1] - y0) * dy) / (dx * dx + dy * dy || 1)));
    least = Math.min(least, Math.hypot(p[0] - x0 - t * dx, p[1] - y0 - t * dy));
  }
  return least;
}

/** What a badge at `at` covers in a scene: edges (every one, its own corridor's too) its disc and margin cross, anchors, and other badges. */
function covered(s: Scene, at: Point, others: readonly Point[]): string[] {
  return [
    ...s.edges.filter((e) => Math.min(...drawnPieces(e.d).map((line) => distanceToLine(at, line))) < CLEAR).map((e) => `edge ${e.id}`),
    // An anchor's dot is 3.5 px.
    ...s.anchors.filter((a) => Math.hypot(a.at[0] - at[0], a.at[1] - at[1]) < CLEAR + 3.5).map((a) => `anchor ${a.id}`),
    ...others.filter((o) => Math.hypot(o[0] - at[0], o[1] - at[1]) < 2 * BADGE_R + 2).map((o) => `badge at ${o}`),
  ];
}

/** Where the badge sat before it kept clear of anything: halfway between the middles of its corridor's first two lanes. */
function midpoint(s: Scene, badge: CorridorBadge): Point {
  const [first, second] = badge.ids.slice(0, 2).map((id) => s.edges.find((e) => e.id === id)!);
  return [Math.round(((first.mid[0] + second.mid[0]) / 2) * 10) / 10, Math.round(((first.mid[1] + second.mid[1]) / 2) * 10) / 10];
}

/** Whether a point lies between a corridor's first two lanes: on the segment across from one to the other at some place along them. */
function between(s: Scene, badge: CorridorBadge): boolean {
  const [first, second] = badge.ids.slice(0, 2).map((id) => s.edges.find((e) => e.id === id)!);
  return badgeCandidates(first, second).some((p) => Math.hypot(p[0] - badge.at[0], p[1] - badge.at[1]) < 0.1);
}

describe('a dense corridor\'s badge covers nothing else', () => {
  test('where the midpoint lies on another corridor\'s edge (Seoul–Kyiv across Moscow–Pyongyang), the badge moves along its lanes clear of every edge and anchor', () => {
    for (const [width, height] of [[960, 600], [390, 560]] as const) {
      const s = sceneAt(storyWith(), width, height);
      const badges = corridorBadges(s.edges, s.anchors);
      expect(badges, `${width}`).toHaveLength(1);
      const [badge] = badges;
      const old = midpoint(s, badge);
      // Before, the badge lay on edges of other corridors.
      const before = covered(s, old, []).filter((c) => !badge.ids.some((id) => c === `edge ${id}`));
      expect(before.length, `${width}`).toBeGreaterThan(0);
      expect(badge.at, `${width}`).not.toEqual(old);
      expect(covered(s, badge.at, []), `${width}`).toEqual([]);
      expect(between(s, badge), `${width}`).toBe(true);
    }
  });

  test('where two corridors\' midpoints would put one badge on the other (Moscow–Pyongyang and Pyongyang–Kyiv), the second moves clear of the first', () => {
    const s = sceneAt(storyWith('prk-ukr-troops-feared'), 960, 600);
    const badges = corridorBadges(s.edges, s.anchors);
    expect(badges).toHaveLength(2);
    const [one, two] = badges;
    const [old1, old2] = badges.map((b) => midpoint(s, b));
    // Before, the two discs overlapped, each clear of every edge and anchor.
    expect(Math.hypot(old1[0] - old2[0], old1[1] - old2[1])).toBeLessThan(2 * BADGE_R);
    expect(covered(s, old1, [])).toEqual([]);
    expect(covered(s, old2, [])).toEqual([]);
    // The first keeps its place; the second leaves it room.
    expect(one.at).toEqual(old1);
    expect(two.at).not.toEqual(old2);
    expect(covered(s, one.at, [two.at])).toEqual([]);
    expect(covered(s, two.at, [one.at])).toEqual([]);
    expect(between(s, two)).toBe(true);
  });

  test('a corridor with nothing near its midpoint keeps it (Moscow–Pyongyang at 1280×800; Washington–Hanoi and Washington–Moscow at 960×600)', () => {
    const cases: [Scene, number][] = [[sceneAt(storyWith(), 1280, 800), 1], [sceneAt(copies(relationsData(), ['usa-vnm-trade', 'usa-rus-law-violations']), 960, 600), 2]];
    for (const [s, count] of cases) {
      const badges = corridorBadges(s.edges, s.anchors);
      expect(badges).toHaveLength(count);
      for (const badge of badges) {
        expect(badge.at, badge.between.join('–')).toEqual(midpoint(s, badge));
        expect(covered(s, badge.at, badges.filter((b) => b !== badge).map((b) => b.at)), badge.between.join('–')).toEqual([]);
      }
    }
  });

  test('the same scene gives the same badges, made once for the scene and its markup', () => {
    const story = storyWith('prk-ukr-troops-feared');
    const s = sceneAt(story, 960, 600);
    expect(corridorBadges(s.edges, s.anchors)).toBe(corridorBadges(s.edges, s.anchors));
    const again = sceneAt(story, 960, 600);
    expect(corridorBadges([...again.edges], [...again.anchors])).toEqual(corridorBadges(s.edges, s.anchors));
  });
});

describe('placeBadge', () => {
  test('takes the first place that covers nothing, else the one that covers least', () => {
    const line = Array.from({ length: 11 }, (_, k) => ({ x: k * 5, y: 0, r: 1 }));
    const grid = (obstacles: Obstacle[]) => obstacleGrid(obstacles, 26);
    expect(placeBadge([[20, 0], [20, 10], [20, 40], [20, 60]], grid(line), 11)).toEqual([20, 40]);
    // Nowhere clear: the farthest from the line.
    expect(placeBadge([[20, 0], [20, 10], [20, 5]], grid(line), 11)).toEqual([20, 10]);
    // A heavy obstacle (a marker, another badge) costs more than a few points of line.
    expect(placeBadge([[0, 30], [20, 8]], grid([...line, { x: 0, y: 35, r: 4, weight: 10 }]), 11)).toEqual([20, 8]);
    // Far from the origin (world pixels at a deep zoom), and either side of it, as near.
    expect(placeBadge([[-200020, 5], [-200020, 40]], grid(line.map((o) => ({ ...o, x: o.x - 200040 }))), 11)).toEqual([-200020, 40]);
  });
});
