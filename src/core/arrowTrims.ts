import type { Point } from './edgeCurves.ts';

interface ArrivingCurve {
  id: string;
  c: Point;
  b: Point;
  directed: boolean;
}

/** Arrivals at one anchor closer than this (radians, about 16°) put their arrowheads on top of each other. */
const SAME_WAY = 0.28;
/** How far back along its curve each further arrowhead of a bundle stops, in pixels. */
export const ARROW_STEP = 11;
const MAX_STEPS = 3;

/**
 * How many pixels short of its anchor each directed edge ends, so arrowheads that arrive at one
 * anchor from nearly one direction are staggered along their lanes instead of stacked: the first of
 * a bundle reaches the anchor, the next stops `ARROW_STEP` pixels back, and so on. Edges whose arrival
 * is clear keep their full length (absent from the map).
 *
 * @example arrowTrims(edges).get('rus-prk-state-visit') // 11
 */
export function arrowTrims(curves: readonly ArrivingCurve[]): Map<string, number> {
  const byAnchor = new Map<string, { id: string; angle: number }[]>();
  for (const { id, c, b, directed } of curves) {
    if (!directed) continue;
    const key = `${Math.round(b[0])},${Math.round(b[1])}`;
    const list = byAnchor.get(key) ?? [];
    list.push({ id, angle: Math.atan2(b[1] - c[1], b[0] - c[0]) });
    byAnchor.set(key, list);
  }
  const trims = new Map<string, number>();
  for (const list of byAnchor.values()) {
    list.sort((p, q) => p.angle - q.angle || (p.id < q.id ? -1 : 1));
    let bundle = 0;
    list.forEach((arrival, i) => {
      bundle = i > 0 && arrival.angle - list[i - 1].angle < SAME_WAY ? bundle + 1 : 0;
      if (bundle) trims.set(arrival.id, ARROW_STEP * (((bundle - 1) % MAX_STEPS) + 1));
    });
  }
  return trims;
}

/** A quadratic curve ending `trim` pixels short of its end (measured along the end's tangent): its new control point and end. */
export function trimmedCurve(a: Point, c: Point, b: Point, trim: number): { c: Point; b: Point } {
  const speed = 2 * Math.hypot(b[0] - c[0], b[1] - c[1]);
  const t = Math.max(0.5, 1 - trim / (speed || 1));
  const lerp = (p: Point, q: Point): Point => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
  const ac = lerp(a, c);
  const cb = lerp(c, b);
  return { c: ac, b: lerp(ac, cb) };
}
