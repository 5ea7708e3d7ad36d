import type { Point } from '../core/edgeCurves.ts';

export interface HitCurve {
  id: string;
  a: Point;
  c: Point;
  b: Point;
}

export interface HitIndex {
  /** The curve nearest to a point within `radius` pixels (measured to the curve itself), or undefined. Later curves win ties, as they are drawn on top. */
  find(x: number, y: number, radius: number): string | undefined;
}

const SEGMENTS = 12;

/**
 * A grid over the curves' segments, for hover on edges drawn to a canvas: each curve is cut into a
 * few straight segments filed under the cells they cross, so a pointer looks at one cell's worth.
 * Pure and DOM-free; coordinates are whatever the curves use (world pixels at one zoom).
 *
 * @example hitIndex(curves).find(120, 80, 7) // 'rus-prk-state-visit'
 */
export function hitIndex(curves: readonly HitCurve[], cell = 32): HitIndex {
  const grid = new Map<string, number[]>();
  // Segment k of curve i is stored as i * SEGMENTS + k; its ends are recomputed on query.
  const points = new Float64Array(curves.length * (SEGMENTS + 1) * 2);
  // How far a curve may stray from its chords: |a − 2c + b| Δt² / 4 for a quadratic, with Δt = 1 / SEGMENTS.
  // Each chord is filed under the cells its curve may reach, so a query looks no further than its radius.
  const slack = Float64Array.from(curves, ({ a, c, b }) => Math.hypot(a[0] - 2 * c[0] + b[0], a[1] - 2 * c[1] + b[1]) / (4 * SEGMENTS * SEGMENTS));
  curves.forEach(({ a, c, b }, i) => {
    for (let k = 0; k <= SEGMENTS; k++) {
      const t = k / SEGMENTS;
      const u = 1 - t;
      const o = (i * (SEGMENTS + 1) + k) * 2;
      points[o] = u * u * a[0] + 2 * u * t * c[0] + t * t * b[0];
      points[o + 1] = u * u * a[1] + 2 * u * t * c[1] + t * t * b[1];
    }
    for (let k = 0; k < SEGMENTS; k++) {
      const o = (i * (SEGMENTS + 1) + k) * 2;
      const pad = slack[i];
      const x0 = Math.floor((Math.min(points[o], points[o + 2]) - pad) / cell);
      const x1 = Math.floor((Math.max(points[o], points[o + 2]) + pad) / cell);
      const y0 = Math.floor((Math.min(points[o + 1], points[o + 3]) - pad) / cell);
      const y1 = Math.floor((Math.max(points[o + 1], points[o + 3]) + pad) / cell);
      for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) {
        const key = `${gx},${gy}`;
        const list = grid.get(key);
        if (list) list.push(i * SEGMENTS + k);
        else grid.set(key, [i * SEGMENTS + k]);
      }
    }
  });


  return {
    find(x, y, radius) {
      // The chords find the candidates; each candidate's own curve decides, so the nearest edge wins
      // even where a long curve's chords stray a few pixels from it.
      const near = new Map<number, { segment: number; d: number }>();
      const reach = radius;
      for (let gx = Math.floor((x - reach) / cell); gx <= Math.floor((x + reach) / cell); gx++) {
        for (let gy = Math.floor((y - reach) / cell); gy <= Math.floor((y + reach) / cell); gy++) {
          for (const segment of grid.get(`${gx},${gy}`) ?? []) {
            const curve = Math.floor(segment / SEGMENTS);
            const o = (curve * (SEGMENTS + 1) + (segment % SEGMENTS)) * 2;
            const d = distanceToSegment(x, y, points[o], points[o + 1], points[o + 2], points[o + 3]);
            if (d - slack[curve] > radius) continue;
            const seen = near.get(curve);
            if (!seen || d < seen.d) near.set(curve, { segment: segment % SEGMENTS, d });
          }
        }
      }
      let best: number | undefined;
      let bestDistance = radius;
      for (const [curve, { segment }] of near) {
        const d = distanceToCurve(x, y, curves[curve], segment);
        if (d < bestDistance || (d === bestDistance && best !== undefined && curve > best)) {
          bestDistance = d;
          best = curve;
        }
      }
      return best === undefined ? undefined : curves[best].id;
    },
  };
}

/** The distance from a point to a quadratic curve, searched near one of its chords (golden section on t). */
function distanceToCurve(px: number, py: number, { a, c, b }: HitCurve, segment: number): number {
  const at = (t: number) => {
    const u = 1 - t;
    return Math.hypot(px - (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0]), py - (u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]));
  };
  let lo = Math.max(0, (segment - 1) / SEGMENTS);
  let hi = Math.min(1, (segment + 2) / SEGMENTS);
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
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}
