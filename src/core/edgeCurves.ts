export type Point = [number, number];

export interface CurveInput {
  id: string;
  from: string;
  to: string;
  a: Point;
  b: Point;
}

export interface Curve {
  id: string;
  /**
   * Start, control and end of a quadratic Bézier curve. The ends are the input's own points, except
   * for a loop (both anchors at one point), whose ends sit a few pixels either side of it.
   */
  a: Point;
  c: Point;
  b: Point;
  /** The curve's middle (t = 0.5), where a tooltip or label for the edge can sit. */
  mid: Point;
  /** How far the middle stands off the chord, in pixels along the chord a→b's left normal (−dy, dx): the lane's bend, signed. */
  bend: number;
  /** The corridor the edge's lane is in: edges with one key fan out together. */
  corridor: number | string;
  /** 1 when the edge runs the corridor's way, −1 against it: bending the whole fan by `s` bends this edge by `s × side`. */
  side: 1 | -1;
}

export interface CurveOptions {
  /** Bulge of the first lane as a share of the chord length. */
  bend?: number;
  /** The least bulge in pixels, so short edges (Seoul–Pyongyang) still read as arcs. */
  minBulge?: number;
  /** Pixels between the lanes of relations that share a pair of actors. */
  laneGap?: number;
  /**
   * Anchors closer than this many pixels count as one place when lanes are shared out, so edges to
   * Seoul and to Pyongyang from Moscow take separate lanes instead of lying on top of each other.
   */
  corridor?: number;
  /** Half the width of the loop joining two actors anchored at exactly one point, in pixels. */
  loop?: number;
}

/**
 * Bends every edge into a quadratic curve and fans out the edges that share a corridor (the same
 * pair of places, anchors a few pixels apart counting as one): lanes alternate sides (+1, −1, +2,
 * −2…), so no two overlap and none is straight. The side is taken from the corridor's ends in a
 * fixed order, so A→B and B→A share one fan.
 *
 * @example curves([{ id: 'x', from: 'KOR', to: 'PRK', a: [0, 0], b: [0, 10] }])[0].mid
 */
export function curves(edges: readonly CurveInput[], options: CurveOptions = {}): Curve[] {
  return edges.map(curveLayout(edges, options));
}

/**
 * The lanes of `curves` one edge at a time, for callers that bend tens of thousands of edges over
 * several frames: call the returned function on each edge of `edges`, in order, and it returns that
 * edge's curve. Places are named once, up front, by a pass over every end.
 */
export function curveLayout(edges: readonly CurveInput[], options: CurveOptions = {}): (edge: CurveInput) => Curve {
  const { bend = 0.14, minBulge = 16, laneGap = 9, corridor = 24, loop = 10 } = options;
  const cell = placesOf(edges, corridor);
  // Lane counters by corridor: a number key (places × places × actors × actors) while it stays exact.
  const ids = new Map<string, number>();
  const idOf = (id: string) => {
    let n = ids.get(id);
    if (n === undefined) ids.set(id, (n = ids.size));
    return n;
  };
  for (const edge of edges) {
    idOf(edge.from);
    idOf(edge.to);
  }
  const places = cell.count + 1;
  const actors = ids.size + 1;
  const numeric = places * places * actors * actors < Number.MAX_SAFE_INTEGER;
  const lanes = new Map<number | string, number>();
  return (edge) => {
    const ca = cell(edge.a);
    const cb = cell(edge.b);
    // Both ends in one cell: a short edge, fanned with its own pair only.
    const forward = ca === cb ? edge.from < edge.to : ca < cb;
    const lo = forward ? ca : cb;
    const hi = forward ? cb : ca;
    const p0 = ca !== cb ? -1 : idOf(forward ? edge.from : edge.to);
    const p1 = ca !== cb ? -1 : idOf(forward ? edge.to : edge.from);
    const key = numeric ? ((lo * places + hi) * actors + p0 + 1) * actors + p1 + 1 : `${lo}|${hi}|${p0}|${p1}`;
    const k = lanes.get(key) ?? 0;
    lanes.set(key, k + 1);
    // Two actors anchored at one point (a city that is both a state's seat and an organisation's)
    // get a loop: the ends step `loop` pixels either side of the point, right to left in the pair's
    // order, so the first lane rises above it and later ones fan out like any short edge's.
    const same = edge.a[0] === edge.b[0] && edge.a[1] === edge.b[1];
    const a: Point = same ? [edge.a[0] + (forward ? loop : -loop), edge.a[1]] : edge.a;
    const b: Point = same ? [edge.b[0] + (forward ? -loop : loop), edge.b[1]] : edge.b;
    const p = forward ? a : b;
    const q = forward ? b : a;
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    const length = Math.hypot(dx, dy) || 1;
    const side = k % 2 === 0 ? 1 : -1;
    // Lanes step out evenly for the first few, then closer and closer, so a pair with dozens of
    // relations fans out without ballooning across the map.
    const lane = Math.floor(k / 2);
    const step = lane <= 4 ? lane : 4 + Math.log2(lane - 3);
    const bulge = side * (Math.max(bend * length, minBulge) + step * laneGap * 2);
    // A quadratic curve peaks at half its control point's offset from the chord.
    const nx = -dy / length;
    const ny = dx / length;
    const mx = (a[0] + b[0]) / 2;
    const my = (a[1] + b[1]) / 2;
    return { id: edge.id, a, c: [mx + nx * bulge * 2, my + ny * bulge * 2], b, mid: [mx + nx * bulge, my + ny * bulge], bend: forward ? bulge : -bulge, corridor: key, side: forward ? 1 : -1 };
  };
}

/**
 * Numbers each distinct anchor by the place it belongs to: anchors within `radius` pixels of a
 * place's first anchor join it, places numbered in order of first appearance. Stories have at most a
 * few hundred anchors, however many edges, and share one point object per actor, so most lookups are
 * by identity.
 */
function placesOf(edges: readonly CurveInput[], radius: number): ((p: Point) => number) & { count: number } {
  const seeds: Point[] = [];
  const byPoint = new Map<Point, number>();
  const byCoordinates = new Map<string, number>();
  const name = (p: Point) => {
    let place = byPoint.get(p);
    if (place !== undefined) return place;
    const key = `${p[0]},${p[1]}`;
    place = byCoordinates.get(key);
    if (place === undefined) {
      place = seeds.findIndex((s) => Math.hypot(s[0] - p[0], s[1] - p[1]) <= radius);
      if (place < 0) place = seeds.push(p) - 1;
      byCoordinates.set(key, place);
    }
    byPoint.set(p, place);
    return place;
  };
  for (const edge of edges) {
    name(edge.a);
    name(edge.b);
  }
  return Object.assign(name, { count: seeds.length });
}

/** The SVG path of a curve, rounded to `digits` decimals. */
export function curvePath({ a, c, b }: Pick<Curve, 'a' | 'c' | 'b'>, digits = 1): string {
  const r = (v: number) => +v.toFixed(digits);
  return `M${r(a[0])},${r(a[1])}Q${r(c[0])},${r(c[1])} ${r(b[0])},${r(b[1])}`;
}
