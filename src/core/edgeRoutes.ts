import type { Point } from './edgeCurves.ts';

/** An edge drawn along its great circle: points in view pixels, and where its quadratic stand-in lies. */
export interface Route {
  /** The bent great circle, end to end. */
  points: Point[];
  /**
   * A route across the map's edge is two pieces, the same line a world apart: from the start past the
   * edge, then from past the other edge to the end. The index of the first point of the second piece.
   */
  jump?: number;
  /** The middle of the route. */
  mid: Point;
  /** The control point of the quadratic curve nearest the route (least squares), for drawings that know only curves. */
  c: Point;
}

export interface RouteInput {
  /** The drawn ends, in view pixels. */
  a: Point;
  b: Point;
  /** The lane's bend: the middle's offset from the chord along its left normal (Curve's `bend`). */
  bend: number;
  /** The great circle projected to view pixels, continuous in x from `a` (greatCircle.ts). */
  circle: Point[];
  /** The width of the world in pixels at the view's zoom. */
  world: number;
  /** The left edge of the map's one copy of the world, in view pixels: a route that must split wraps into it. */
  seam: number;
  /** Other actors' anchors, in view pixels: a route that would run over one is bent clear of it. */
  avoid?: readonly Point[];
}

/** How close (pixels) a route may pass to another actor's anchor before it is bent away: a line over a dot reads as joining it. */
export const CLEAR_OF_ANCHOR = 9;
/** Anchors this close (pixels) to either end are left out of the avoiding. */
const NEIGHBOUR = 30;
/** How far each try bends a route further, in pixels at its middle. */
const BEND_STEP = 14;

/** A great circle this close to its chord (pixels) keeps the edge's quadratic curve: short edges do not change. */
export const STRAIGHT_ENOUGH = 0.5;
/** An edge whose drawn way is longer than this share of the world, while its great circle goes the other way round, is split at the map's edge. */
export const SPLIT_BEYOND = 0.6;

/**
 * The route of an edge along its great circle, bent by its lane as the quadratic curve is (the same
 * offset from the chord, 4t(1−t) times the bend), or undefined where the curve is kept: the great
 * circle lies within `STRAIGHT_ENOUGH` of the chord, or it goes round the other way from the drawn
 * ends and the drawn way is short enough to read (Washington–Seoul over Europe: both ends on the
 * map). An edge whose great circle goes the other way and whose drawn way is long (Washington to
 * Canberra over Africa on a map centred on Greenwich) follows the great circle off one side of the
 * map and comes back at the other. A route that would run over another actor's dot is bent
 * further: by `shift` pixels at its middle when given (its corridor's `corridorShift` times its
 * side), else as far as it alone needs.
 *
 * @example edgeRoute({ a: [0, 0], b: [100, 0], bend: 10, circle, world: 1024, seam: 0 })?.points
 */
export function edgeRoute(input: RouteInput, shift = corridorShift([{ input, side: 1 }])): Route | undefined {
  return routeAt(input, input.bend + shift);
}

/** An edge of a corridor: its route's input, and which way it runs the corridor (Curve's `side`). */
export interface Lane {
  input: RouteInput;
  side: 1 | -1;
}

/**
 * How far to bend a corridor's routes further, in pixels at their middles along the corridor's left
 * normal (each lane by `shift × side`): one shift for every lane, so the fan keeps its spacing and no
 * two lanes close up onto one line. The first of 0, ±14, ±28, ±42 at which no lane runs over another
 * actor's dot, else the one at which the fewest do.
 *
 * @example corridorShift(lanes) // 0: the fan as laid out runs over no one
 */
export function corridorShift(lanes: readonly Lane[]): number {
  // A neighbour of either end (the two Koreas) is the business of lanes and arrowheads, not of the route.
  const tries = lanes.map(({ input, side }) => ({ input, side, avoid: input.avoid?.filter((q) => Math.hypot(q[0] - input.a[0], q[1] - input.a[1]) > NEIGHBOUR && Math.hypot(q[0] - input.b[0], q[1] - input.b[1]) > NEIGHBOUR) ?? [] }))
    .filter((t) => t.avoid.length);
  if (!tries.length) return 0;
  let best = { shift: 0, over: Infinity };
  for (const k of [0, 1, -1, 2, -2, 3, -3]) {
    let over = 0;
    for (const { input, side, avoid } of tries) {
      const route = routeAt(input, input.bend + k * BEND_STEP * side);
      if (route && !clear(route, avoid)) over++;
    }
    if (over < best.over) best = { shift: k * BEND_STEP, over };
    if (!over) break;
  }
  return best.shift;
}

/** Whether no point of a route's inner part (away from its own ends) comes within `CLEAR_OF_ANCHOR` of an anchor. */
function clear({ points, jump }: Route, avoid: readonly Point[]): boolean {
  // Each piece of a route across the map's edge is the whole line, a world apart.
  for (const [start, end] of jump ? [[0, jump], [jump, points.length]] : [[0, points.length]]) {
    const from = start + Math.ceil((end - start) * 0.06);
    const to = start + Math.floor((end - start) * 0.94);
    for (let k = from; k < to && k + 1 < end; k++) {
      for (const q of avoid) if (distanceToSegment(q, points[k], points[k + 1]) < CLEAR_OF_ANCHOR) return false;
    }
  }
  return true;
}

function distanceToSegment(q: Point, p0: Point, p1: Point): number {
  const [dx, dy] = [p1[0] - p0[0], p1[1] - p0[1]];
  // A segment across the map's edge (a split route's jump) is no line on the map.
  if (Math.abs(dx) > 400) return Infinity;
  const t = Math.max(0, Math.min(1, ((q[0] - p0[0]) * dx + (q[1] - p0[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(q[0] - p0[0] - t * dx, q[1] - p0[1] - t * dy);
}

function routeAt({ a, b, circle, world, seam }: RouteInput, bend: number): Route | undefined {
  if (circle.length < 3) return undefined;
  const end = circle[circle.length - 1];
  const arrives = Math.abs(end[0] - b[0]) < 1 && Math.abs(end[1] - b[1]) < 1;
  const split = !arrives && Math.abs(b[0] - a[0]) > SPLIT_BEYOND * world && Math.abs(Math.abs(end[0] - b[0]) - world) < 1;
  if (!arrives && !split) return undefined;
  const target: Point = split ? end : b;
  const dx = target[0] - a[0];
  const dy = target[1] - a[1];
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const steps = circle.length - 1;
  let off = 0;
  const points = circle.map(([x, y], k): Point => {
    const t = k / steps;
    off = Math.max(off, Math.hypot(x - (a[0] + dx * t), y - (a[1] + dy * t)));
    const lift = 4 * t * (1 - t) * bend;
    return [x + nx * lift, y + ny * lift];
  });
  if (!split && off < STRAIGHT_ENOUGH) return undefined;
  points[0] = a;
  points[steps] = split ? [end[0], end[1]] : b;
  if (!split) return { points: points.map(round), mid: round([...points[steps / 2]] as Point), c: fitControl(a, b, points) };
  // The short way, unbroken: from `a` across the map's edge to `b`'s copy a world away, and the same
  // line a world back, arriving at `b`. Each piece runs on past the edge into the world's next copy,
  // so wherever the seam falls in a view (zoomed out, or panned over the Pacific) the line is whole,
  // and no segment runs across the map from one piece to the other.
  const back = b[0] - end[0];
  const second = points.map(([x, y]): Point => [x + back, y]);
  second[steps] = b;
  const middle = points[steps / 2];
  return {
    points: [...points, ...second].map(round),
    jump: steps + 1,
    mid: round([wrapX(middle[0], seam, world), middle[1]]),
    c: round([(a[0] + b[0]) / 2 + nx * bend * 2, (a[1] + b[1]) / 2 + ny * bend * 2]),
  };
}

/** The control point of the quadratic Bézier from `a` to `b` nearest, in least squares, to points evenly spaced in t. */
export function fitControl(a: Point, b: Point, points: readonly Point[]): Point {
  const steps = points.length - 1;
  let [sx, sy, sw] = [0, 0, 0];
  for (let k = 1; k < steps; k++) {
    const t = k / steps;
    const u = 1 - t;
    const w = 2 * u * t;
    sx += w * (points[k][0] - u * u * a[0] - t * t * b[0]);
    sy += w * (points[k][1] - u * u * a[1] - t * t * b[1]);
    sw += w * w;
  }
  return round([sx / (sw || 1), sy / (sw || 1)]);
}

/** The SVG path of a route: a second piece from `jump` on (where it comes back at the map's other side). */
export function routePath(points: readonly Point[], jump?: number): string {
  let d = '';
  for (let k = 0; k < points.length; k++) d += `${k === 0 || k === jump ? 'M' : 'L'}${points[k][0]},${points[k][1]}`;
  return d;
}

/** The route ending `trim` pixels short of its end, measured along it. */
export function trimmedRoute(points: readonly Point[], trim: number): Point[] {
  let left = trim;
  for (let k = points.length - 1; k > 0; k--) {
    const [x1, y1] = points[k];
    const [x0, y0] = points[k - 1];
    const step = Math.hypot(x1 - x0, y1 - y0);
    if (step >= left && step > 0) {
      const t = (step - left) / step;
      const end = round([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
      // An end that rounds onto the point before it would leave a last segment of no length, and the
      // arrowhead on it no direction: rsvg-convert turned it one way, Inkscape and resvg another.
      return end[0] === x0 && end[1] === y0 ? points.slice(0, k) : [...points.slice(0, k), end];
    }
    left -= step;
  }
  return points.slice(0, 1);
}

/** The point a route comes from as it arrives at its end, far enough back to give the direction. */
export function arrivalFrom(points: readonly Point[]): Point {
  const end = points[points.length - 1];
  for (let k = points.length - 2; k >= 0; k--) {
    if (Math.hypot(points[k][0] - end[0], points[k][1] - end[1]) >= 4) return points[k];
  }
  return points[0];
}

function wrapX(x: number, seam: number, world: number): number {
  return seam + ((((x - seam) % world) + world) % world);
}

function round(p: Point): Point {
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}
