import type { Point } from '../core/edgeCurves.ts';

export interface HitCurve {
  id: string;
  a: Point;
  c: Point;
  b: Point;
  /** A great-circle route the edge is drawn along instead of its curve: its segments are the chords (edgeRoutes.ts). */
  route?: { points: readonly Point[]; jump?: number };
}

export interface HitIndex {
  /** The curve nearest to a point within `radius` pixels (measured to the curve itself), or undefined. Later curves win ties, as they are drawn on top. */
  find(x: number, y: number, radius: number): string | undefined;
  /** The rectangle the index covers: points outside it find nothing. */
  readonly extent: Extent;
}

/** `[[left, top], [right, bottom]]`, in the curves' pixels. */
export type Extent = readonly [readonly [number, number], readonly [number, number]];

export interface HitIndexOptions {
  /** Only the parts of curves in this rectangle are indexed: at a deep zoom most of each curve is off screen. */
  extent?: Extent;
  /** The grid's cell size in pixels. */
  cell?: number;
}

/** Chords a curve is cut into: one per this many pixels of its length, within bounds. */
const CHORD = 24;
const MIN_CHORDS = 2;
const MAX_CHORDS = 16;

/**
 * A grid over the curves' chords, for hover on edges drawn to a canvas: each curve is cut into
 * straight chords (more for longer curves), each filed under the cells its curve may reach, so a
 * pointer looks at a few cells' worth; each candidate's own curve then decides. Pure and DOM-free;
 * coordinates are whatever the curves use (world pixels at one zoom).
 *
 * @example hitIndex(curves).find(120, 80, 7) // 'rus-prk-state-visit'
 */
export function hitIndex(curves: readonly HitCurve[], options: HitIndexOptions = {}): HitIndex {
  const steps = hitIndexSteps(curves, options);
  for (;;) {
    const step = steps.next(Infinity);
    if (step.done) return step.value;
  }
}

/**
 * `hitIndex` in steps, for fifty thousand curves without a long task: each `next(n)` files about
 * `n` more curves (twice over: once to count, once to file) and yields the share of the work done;
 * the last returns the index.
 */
export function* hitIndexSteps(curves: readonly HitCurve[], options: HitIndexOptions = {}): Generator<number, HitIndex, number> {
  const cell = options.cell ?? 16;
  const extent = options.extent ?? boundsOf(curves);
  const [[ex0, ey0], [ex1, ey1]] = extent;
  const gx0 = Math.floor(ex0 / cell);
  const gy0 = Math.floor(ey0 / cell);
  const cols = Math.max(1, Math.floor(ex1 / cell) - gx0 + 1);
  const rows = Math.max(1, Math.floor(ey1 / cell) - gy0 + 1);
  // Curve i's chord ends are points[first[i] .. first[i + 1]] (x, y pairs); a chord is filed as the index of its first end.
  const first = new Int32Array(curves.length + 1);
  for (let i = 0; i < curves.length; i++) first[i + 1] = first[i] + chordsOf(curves[i]) + 1;
  const points = new Float64Array(first[curves.length] * 2);
  const owner = new Int32Array(first[curves.length]);
  // How far a curve strays from its chords: |a − 2c + b| Δt² / 4 for a quadratic.
  const slack = new Float64Array(curves.length);
  // The grid in compressed rows: cell k's chords are filed[start[k] .. start[k + 1]]. Two passes:
  // count the chords of each cell, then file them.
  const start = new Int32Array(cols * rows + 1);
  const cells = (o: number, pad: number, visit: (k: number) => void) => {
    const p = o * 2;
    const x0 = Math.max(0, Math.floor((Math.min(points[p], points[p + 2]) - pad) / cell) - gx0);
    const x1 = Math.min(cols - 1, Math.floor((Math.max(points[p], points[p + 2]) + pad) / cell) - gx0);
    const y0 = Math.max(0, Math.floor((Math.min(points[p + 1], points[p + 3]) - pad) / cell) - gy0);
    const y1 = Math.min(rows - 1, Math.floor((Math.max(points[p + 1], points[p + 3]) + pad) / cell) - gy0);
    for (let gy = y0; gy <= y1; gy++) for (let gx = x0; gx <= x1; gx++) visit(gy * cols + gx);
  };
  const count = (k: number) => start[k + 1]++;
  const on = new Uint8Array(curves.length);
  let budget = yield 0;
  for (let i = 0; i < curves.length; i++) {
    const { a, c, b, route } = curves[i];
    // The whole curve lies in the triangle of its three points: off the extent, nothing to file.
    if (!route && (Math.max(a[0], b[0], c[0]) < ex0 || Math.min(a[0], b[0], c[0]) > ex1 || Math.max(a[1], b[1], c[1]) < ey0 || Math.min(a[1], b[1], c[1]) > ey1)) continue;
    on[i] = 1;
    const n = first[i + 1] - first[i] - 1;
    // A route is its chords: no slack.
    slack[i] = route ? 0 : Math.hypot(a[0] - 2 * c[0] + b[0], a[1] - 2 * c[1] + b[1]) / (4 * n * n);
    for (let k = 0; k <= n; k++) {
      const t = k / n;
      const u = 1 - t;
      const o = first[i] + k;
      owner[o] = i;
      points[o * 2] = route ? route.points[k][0] : u * u * a[0] + 2 * u * t * c[0] + t * t * b[0];
      points[o * 2 + 1] = route ? route.points[k][1] : u * u * a[1] + 2 * u * t * c[1] + t * t * b[1];
      if (k > 0 && !(route && k === route.jump)) cells(o - 1, slack[i], count);
    }
    if (--budget <= 0 && i + 1 < curves.length) budget = yield (i + 1) / (2 * curves.length);
  }
  for (let k = 0; k < cols * rows; k++) start[k + 1] += start[k];
  const filed = new Int32Array(start[cols * rows]);
  const next = start.slice(0, cols * rows);
  for (let i = 0; i < curves.length; i++) {
    if (!on[i]) continue;
    const jump = curves[i].route?.jump;
    for (let o = first[i]; o < first[i + 1] - 1; o++) if (jump === undefined || o - first[i] !== jump - 1) cells(o, slack[i], (k) => (filed[next[k]++] = o));
    if (--budget <= 0 && i + 1 < curves.length) budget = yield (curves.length + i + 1) / (2 * curves.length);
  }

  // Per query: each curve's nearest chord, stamped with the query's number instead of cleared.
  const stamp = new Int32Array(curves.length);
  const nearest = new Float64Array(curves.length);
  const chordOf = new Int32Array(curves.length);
  let query = 0;
  return {
    extent,
    find(x, y, radius) {
      query++;
      const candidates: number[] = [];
      // No curve is farther than its nearest chord plus its slack: the best curve is at most this far.
      let bound = radius;
      const cx0 = Math.max(0, Math.floor((x - radius) / cell) - gx0);
      const cx1 = Math.min(cols - 1, Math.floor((x + radius) / cell) - gx0);
      const cy0 = Math.max(0, Math.floor((y - radius) / cell) - gy0);
      const cy1 = Math.min(rows - 1, Math.floor((y + radius) / cell) - gy0);
      for (let gy = cy0; gy <= cy1; gy++) for (let gx = cx0; gx <= cx1; gx++) {
        const k = gy * cols + gx;
        for (let f = start[k]; f < start[k + 1]; f++) {
          const o = filed[f];
          const i = owner[o];
          const x0 = points[o * 2];
          const y0 = points[o * 2 + 1];
          const x1 = points[o * 2 + 2];
          const y1 = points[o * 2 + 3];
          // Most chords in a cell pass well away from the pointer: their boxes tell, before any distance.
          const reach = bound + slack[i];
          if ((x0 < x1 ? x1 : x0) < x - reach || (x0 < x1 ? x0 : x1) > x + reach || (y0 < y1 ? y1 : y0) < y - reach || (y0 < y1 ? y0 : y1) > y + reach) continue;
          const d = distanceToSegment(x, y, x0, y0, x1, y1);
          if (d - slack[i] > bound) continue;
          if (d + slack[i] < bound) bound = d + slack[i];
          if (stamp[i] !== query) {
            stamp[i] = query;
            candidates.push(i);
          } else if (d >= nearest[i]) continue;
          nearest[i] = d;
          chordOf[i] = o - first[i];
        }
      }
      // Only candidates that may beat the bound are measured to the curve, nearest chords first, and
      // the search stops once none left can beat the best curve found.
      const close = candidates.filter((i) => nearest[i] - slack[i] <= bound);
      close.sort((i, j) => nearest[i] - slack[i] - (nearest[j] - slack[j]));
      let best = -1;
      let bestDistance = radius;
      for (const i of close) {
        if (nearest[i] - slack[i] > bestDistance) break;
        const n = first[i + 1] - first[i] - 1;
        // A route's nearest chord is its nearest point.
        const d = curves[i].route ? nearest[i] : distanceToCurve(x, y, curves[i], chordOf[i], n);
        if (d < bestDistance || (d === bestDistance && best >= 0 && i > best)) {
          bestDistance = d;
          best = i;
        }
      }
      return best < 0 ? undefined : curves[best].id;
    },
  };
}

function chordsOf({ a, c, b, route }: HitCurve): number {
  if (route) return route.points.length - 1;
  const length = Math.hypot(c[0] - a[0], c[1] - a[1]) + Math.hypot(b[0] - c[0], b[1] - c[1]);
  return Math.max(MIN_CHORDS, Math.min(MAX_CHORDS, Math.ceil(length / CHORD)));
}

function boundsOf(curves: readonly HitCurve[]): Extent {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const { a, c, b, route } of curves) {
    for (const [x, y] of route ? route.points : [a, c, b]) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return curves.length ? [[x0, y0], [x1, y1]] : [[0, 0], [0, 0]];
}

/** The distance from a point to a quadratic curve, searched near one of its `n` chords (golden section on t). */
function distanceToCurve(px: number, py: number, { a, c, b }: HitCurve, chord: number, n: number): number {
  const at = (t: number) => {
    const u = 1 - t;
    const ex = px - (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0]);
    const ey = py - (u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]);
    return Math.sqrt(ex * ex + ey * ey);
  };
  let lo = Math.max(0, (chord - 1) / n);
  let hi = Math.min(1, (chord + 2) / n);
  const g = (Math.sqrt(5) - 1) / 2;
  let t1 = hi - g * (hi - lo);
  let t2 = lo + g * (hi - lo);
  let d1 = at(t1);
  let d2 = at(t2);
  for (let i = 0; i < 24; i++) {
    if (d1 < d2) {
      hi = t2; t2 = t1; d2 = d1; t1 = hi - g * (hi - lo); d1 = at(t1);
    } else {
      lo = t1; t1 = t2; d1 = d2; t2 = lo + g * (hi - lo); d2 = at(t2);
    }
  }
  return Math.min(d1, d2, at(lo), at(hi));
}

function distanceToSegment(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length2));
  const ex = px - (x0 + t * dx);
  const ey = py - (y0 + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}
