import type { Point } from './edgeCurves.ts';
import type { Route } from './edgeRoutes.ts';
import type { Obstacle } from './placeLabels.ts';

/** Where along a corridor's lanes its badge is tried, in turn: the middle, then out toward either end. */
export const BADGE_TRIES = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];
/** Where across, from the first innermost lane (0) to the second (1), at each of those: halfway, then toward either lane. */
export const BADGE_ACROSS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/** An edge as drawn: its quadratic curve, or the route it follows (storyScene.ts's SceneEdge). */
interface Lane {
  a: Point;
  c: Point;
  b: Point;
  mid: Point;
  route?: Route;
}

/**
 * The point at `t` along an edge as drawn: on its great-circle route (by the route's own parameter,
 * so `t = 0.5` is its middle), else on its quadratic curve. Of a route across the map's edge (two
 * pieces a world apart), the piece nearer the edge's middle.
 */
export function laneAt(lane: Lane, t: number): Point {
  if (!lane.route) {
    const u = 1 - t;
    const { a, c, b } = lane;
    return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
  }
  const { points, jump } = lane.route;
  const steps = (jump ?? points.length) - 1;
  const at = (start: number): Point => {
    const k = Math.min(steps - 1, Math.floor(t * steps));
    const f = t * steps - k;
    const [p, q] = [points[start + k], points[start + k + 1]];
    return [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f];
  };
  const first = at(0);
  if (jump === undefined) return first;
  const second = at(jump);
  const [mx, my] = lane.mid;
  return Math.hypot(first[0] - mx, first[1] - my) <= Math.hypot(second[0] - mx, second[1] - my) ? first : second;
}

/**
 * The places a badge could take between a corridor's two innermost lanes, in the order they are
 * tried: at each place along them (`BADGE_TRIES`), halfway across and then toward either lane
 * (`BADGE_ACROSS`). A place too near a lane is one where the badge covers it, which `placeBadge` sees.
 */
export function badgeCandidates(first: Lane, second: Lane): Point[] {
  // The second lane may run the other way (B to A): it is read from the same end as the first.
  const same = Math.hypot(second.a[0] - first.a[0], second.a[1] - first.a[1]) + Math.hypot(second.b[0] - first.b[0], second.b[1] - first.b[1])
    <= Math.hypot(second.a[0] - first.b[0], second.a[1] - first.b[1]) + Math.hypot(second.b[0] - first.a[0], second.b[1] - first.a[1]);
  return BADGE_TRIES.flatMap((t) => {
    // The middle is the lanes' own middles, as it always was: a badge with nothing near it does not move.
    const p = t === 0.5 ? first.mid : laneAt(first, t);
    const q = t === 0.5 ? second.mid : laneAt(second, same ? t : 1 - t);
    return BADGE_ACROSS.map((s): Point => (s === 0.5 ? [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] : [p[0] + (q[0] - p[0]) * s, p[1] + (q[1] - p[1]) * s]));
  });
}

/** Obstacles put in square cells, so a disc looks only at those in its own cell and the eight around it. */
export interface ObstacleGrid {
  add(o: Obstacle): void;
  /**
   * How much a disc reaching `reach` from `p` covers: the depth by which it reaches into each
   * obstacle, times its weight, summed; counted only until it passes `enough`.
   */
  cover(p: Point, reach: number, enough?: number): number;
}

/**
 * A grid of `obstacles` in cells `cell` pixels wide, which must be at least the farthest a disc and an
 * obstacle reach together: one pass over a scene's thousands of edge points, for all its badges.
 */
export function obstacleGrid(obstacles: readonly Obstacle[], cell: number): ObstacleGrid {
  // Columns, then rows: small integer keys, however far from the origin (world pixels at a deep zoom).
  const columns = new Map<number, Map<number, Obstacle[]>>();
  const add = (o: Obstacle) => {
    const [i, j] = [Math.floor(o.x / cell), Math.floor(o.y / cell)];
    let column = columns.get(i);
    if (!column) columns.set(i, (column = new Map()));
    const list = column.get(j);
    if (list) list.push(o);
    else column.set(j, [o]);
  };
  for (const o of obstacles) add(o);
  return {
    add,
    cover(p, reach, enough = Infinity) {
      const [i, j] = [Math.floor(p[0] / cell), Math.floor(p[1] / cell)];
      let cover = 0;
      for (let di = -1; di <= 1; di++) {
        const column = columns.get(i + di);
        if (column) for (let dj = -1; dj <= 1; dj++) {
          const list = column.get(j + dj);
          if (list) for (const o of list) {
            const [dx, dy] = [o.x - p[0], o.y - p[1]];
            const far = reach + o.r;
            // Most obstacles in the nine cells are out of reach: no square root for them.
            if (dx * dx + dy * dy >= far * far) continue;
            if ((cover += (far - Math.hypot(dx, dy)) * (o.weight ?? 1)) > enough) return cover;
          }
        }
      }
      return cover;
    },
  };
}

/**
 * The first of `candidates` where a disc of `radius` (and `margin` more) covers none of the
 * obstacles in `grid` (each a point with its own reach `r`), else the one that covers least.
 *
 * @example placeBadge([[0, 0], [40, 0]], obstacleGrid([{ x: 0, y: 5, r: 2 }], 26), 11) // [40, 0]
 */
export function placeBadge(candidates: readonly Point[], grid: ObstacleGrid, radius: number, margin = 2): Point {
  const reach = radius + margin;
  // Most places are covered: the first obstacle found is enough to pass on.
  const clear = candidates.find((p) => grid.cover(p, reach, 0) === 0);
  if (clear) return clear;
  let best = candidates[0];
  let least = Infinity;
  for (const p of candidates) {
    const cover = grid.cover(p, reach, least);
    if (cover < least) [best, least] = [p, cover];
  }
  return best;
}
