import type { Point } from './edgeCurves.ts';
import type { Obstacle } from './placeLabels.ts';
import { arrowTrims, trimmedCurve } from './arrowTrims.ts';
import { arrivalFrom, trimmedRoute, type Route } from './edgeRoutes.ts';

interface DrawnCurve {
  a: Point;
  c: Point;
  b: Point;
  /** The stroke's width in pixels. */
  width: number;
  /** Whether an arrowhead sits at `b`. */
  arrow: boolean;
  /** Points of a great-circle route, when the edge follows one rather than the curve. */
  points?: readonly Point[];
  /** Where the route comes back at the map's other side (Route's `jump`). */
  jump?: number;
}

/** Pixels between samples along a curve. */
const STEP = 7;
/** The arrowhead's reach back from the anchor and its half-width (svgMarkup.ts's marker: 11 px, set 13 short). */
const ARROW = { from: 3, to: 15, half: 6 };

/**
 * What labels and markers should keep off: points along each quadratic curve (as wide as its stroke,
 * plus a pixel) and, for a directed edge, along its arrowhead, which lies on the tangent at the end.
 *
 * @example edgeObstacles([{ a: [0, 0], c: [50, -20], b: [100, 0], width: 3, arrow: true }])
 */
export function edgeObstacles(curves: readonly DrawnCurve[]): Obstacle[] {
  const out: Obstacle[] = [];
  for (const { a, c, b, width, arrow, points, jump } of curves) {
    if (points) {
      routeObstacles(points, width, jump, out);
      if (arrow) arrowObstacles(arrivalFrom(points), b, out);
      continue;
    }
    const length = Math.hypot(c[0] - a[0], c[1] - a[1]) + Math.hypot(b[0] - c[0], b[1] - c[1]);
    const n = Math.max(4, Math.ceil(length / STEP));
    for (let k = 0; k <= n; k++) {
      const t = k / n;
      const u = 1 - t;
      out.push({ x: u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], y: u * u * a[1] + 2 * u * t * c[1] + t * t * b[1], r: width / 2 + 1 });
    }
    if (arrow) arrowObstacles(c, b, out);
  }
  return out;
}

/** The arrowhead at `b`, along the tangent from `c`. */
function arrowObstacles(c: Point, b: Point, out: Obstacle[]) {
  const tangent = Math.hypot(b[0] - c[0], b[1] - c[1]) || 1;
  const [dx, dy] = [(b[0] - c[0]) / tangent, (b[1] - c[1]) / tangent];
  for (let s = ARROW.from; s <= ARROW.to; s += 3) out.push({ x: b[0] - dx * s, y: b[1] - dy * s, r: ARROW.half, weight: 10 });
}

/** Points along a route, `STEP` pixels apart; none across a jump at the map's edge. */
function routeObstacles(points: readonly Point[], width: number, jump: number | undefined, out: Obstacle[]) {
  out.push({ x: points[0][0], y: points[0][1], r: width / 2 + 1 });
  for (let k = 1; k < points.length; k++) {
    const [x0, y0] = points[k - 1];
    const [x1, y1] = points[k];
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (k === jump) continue;
    const n = Math.max(1, Math.ceil(length / STEP));
    for (let j = 1; j <= n; j++) out.push({ x: x0 + ((x1 - x0) * j) / n, y: y0 + ((y1 - y0) * j) / n, r: width / 2 + 1 });
  }
}

interface SceneCurve {
  id: string;
  a: Point;
  c: Point;
  b: Point;
  style: { width: number };
  relation: { directed: boolean };
  route?: Route;
}

/** The obstacles of a scene's edges as they are drawn: arrowheads staggered where they arrive together (arrowTrims.ts). */
export function sceneObstacles(edges: readonly SceneCurve[]): Obstacle[] {
  const trims = arrowTrims(edges.map((e) => ({ id: e.id, c: e.route ? arrivalFrom(e.route.points) : e.c, b: e.b, directed: e.relation.directed })));
  return edgeObstacles(edges.map((e) => {
    const trim = trims.get(e.id);
    if (e.route) {
      const points = trim ? trimmedRoute(e.route.points, trim) : e.route.points;
      return { a: e.a, c: e.c, b: points[points.length - 1], width: e.style.width, arrow: e.relation.directed, points, jump: e.route.jump };
    }
    const end = trim ? trimmedCurve(e.a, e.c, e.b, trim) : { c: e.c, b: e.b };
    return { a: e.a, c: end.c, b: end.b, width: e.style.width, arrow: e.relation.directed };
  }));
}
