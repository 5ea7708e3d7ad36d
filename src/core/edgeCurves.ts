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
}

/**
 * Bends every edge into a quadratic curve and fans out the edges that share a pair of actors:
 * lanes alternate sides (+1, −1, +2, −2…), so no two overlap and none is straight. The side is
 * taken from the pair in sorted order, so A→B and B→A share one fan.
 *
 * @example curves([{ id: 'x', from: 'KOR', to: 'PRK', a: [0, 0], b: [0, 10] }])[0].mid
 */
export function curves(edges: readonly CurveInput[], options: CurveOptions = {}): Curve[] {
  const { bend = 0.14, minBulge = 16, laneGap = 9 } = options;
  const lanes = new Map<string, number>();
  return edges.map((edge) => {
    const key = edge.from < edge.to ? `${edge.from}|${edge.to}` : `${edge.to}|${edge.from}`;
    const k = lanes.get(key) ?? 0;
    lanes.set(key, k + 1);
    const [p, q] = edge.from < edge.to ? [edge.a, edge.b] : [edge.b, edge.a];
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    const length = Math.hypot(dx, dy) || 1;
    const side = k % 2 === 0 ? 1 : -1;
    const bulge = side * (Math.max(bend * length, minBulge) + Math.floor(k / 2) * laneGap * 2);
    // A quadratic curve peaks at half its control point's offset from the chord.
    const nx = -dy / length;
    const ny = dx / length;
    const m: Point = [(edge.a[0] + edge.b[0]) / 2, (edge.a[1] + edge.b[1]) / 2];
    const c: Point = [m[0] + nx * bulge * 2, m[1] + ny * bulge * 2];
    const mid: Point = [m[0] + nx * bulge, m[1] + ny * bulge];
    return { id: edge.id, a: edge.a, c, b: edge.b, mid };
  });
}

/** The SVG path of a curve, rounded to `digits` decimals. */
export function curvePath({ a, c, b }: Curve, digits = 1): string {
  const r = (v: number) => +v.toFixed(digits);
  return `M${r(a[0])},${r(a[1])}Q${r(c[0])},${r(c[1])} ${r(b[0])},${r(b[1])}`;
}
