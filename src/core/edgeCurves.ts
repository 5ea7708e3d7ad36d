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
  /** Start, control and end of a quadratic Bézier curve. */
  a: Point;
  c: Point;
  b: Point;
  /** The curve's middle (t = 0.5), where a tooltip or label for the edge can sit. */
  mid: Point;
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
  const { bend = 0.14, minBulge = 16, laneGap = 9, corridor = 24 } = options;
  const lanes = new Map<string, number>();
  const cell = placesOf(edges, corridor);
  return edges.map((edge) => {
    const [ca, cb] = [cell(edge.a), cell(edge.b)];
    // Both ends in one cell: a short edge, fanned with its own pair only.
    const forward = ca === cb ? edge.from < edge.to : ca < cb;
    const key = ca === cb ? `${ca}|${forward ? edge.from : edge.to}|${forward ? edge.to : edge.from}` : forward ? `${ca}|${cb}` : `${cb}|${ca}`;
    const k = lanes.get(key) ?? 0;
    lanes.set(key, k + 1);
    const [p, q] = forward ? [edge.a, edge.b] : [edge.b, edge.a];
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
    const m: Point = [(edge.a[0] + edge.b[0]) / 2, (edge.a[1] + edge.b[1]) / 2];
    const c: Point = [m[0] + nx * bulge * 2, m[1] + ny * bulge * 2];
    const mid: Point = [m[0] + nx * bulge, m[1] + ny * bulge];
    return { id: edge.id, a: edge.a, c, b: edge.b, mid };
  });
}

/**
 * Names each distinct anchor by the place it belongs to: anchors within `radius` pixels of a place's
 * first anchor join it. Stories have at most a few hundred anchors, however many edges.
 */
function placesOf(edges: readonly CurveInput[], radius: number): (p: Point) => string {
  const seeds: Point[] = [];
  const names = new Map<string, string>();
  const name = (p: Point) => {
    const key = `${p[0]},${p[1]}`;
    let place = names.get(key);
    if (place === undefined) {
      let i = seeds.findIndex((s) => Math.hypot(s[0] - p[0], s[1] - p[1]) <= radius);
      if (i < 0) i = seeds.push(p) - 1;
      names.set(key, (place = String(i).padStart(6, '0')));
    }
    return place;
  };
  for (const edge of edges) {
    name(edge.a);
    name(edge.b);
  }
  return name;
}

/** The SVG path of a curve, rounded to `digits` decimals. */
export function curvePath({ a, c, b }: Curve, digits = 1): string {
  const r = (v: number) => +v.toFixed(digits);
  return `M${r(a[0])},${r(a[1])}Q${r(c[0])},${r(c[1])} ${r(b[0])},${r(b[1])}`;
}
