import type { Point } from '../core/edgeCurves.ts';

export interface HitCurve {
  id: string;
  a: Point;
  c: Point;
  b: Point;
}

export interface HitIndex {
  /** The curve nearest to a point within `radius` pixels, or undefined. Later curves win ties, as they are drawn on top. */
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
      const x0 = Math.floor(Math.min(points[o], points[o + 2]) / cell);
      const x1 = Math.floor(Math.max(points[o], points[o + 2]) / cell);
      const y0 = Math.floor(Math.min(points[o + 1], points[o + 3]) / cell);
      const y1 = Math.floor(Math.max(points[o + 1], points[o + 3]) / cell);
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
      let best: number | undefined;
      let bestDistance = radius;
      const seen = new Set<number>();
      for (let gx = Math.floor((x - radius) / cell); gx <= Math.floor((x + radius) / cell); gx++) {
        for (let gy = Math.floor((y - radius) / cell); gy <= Math.floor((y + radius) / cell); gy++) {
          for (const segment of grid.get(`${gx},${gy}`) ?? []) {
            if (seen.has(segment)) continue;
            seen.add(segment);
            const curve = Math.floor(segment / SEGMENTS);
            const o = (curve * (SEGMENTS + 1) + (segment % SEGMENTS)) * 2;
            const d = distanceToSegment(x, y, points[o], points[o + 1], points[o + 2], points[o + 3]);
            if (d < bestDistance || (d === bestDistance && best !== undefined && curve > best)) {
              bestDistance = d;
              best = curve;
            }
          }
        }
      }
      return best === undefined ? undefined : curves[best].id;
    },
  };
}

function distanceToSegment(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length2));
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}
