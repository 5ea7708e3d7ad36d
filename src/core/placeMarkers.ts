import type { Point } from './edgeCurves.ts';
import { overlaps, type Box } from './placeLabels.ts';

interface MarkedCurve {
  id: string;
  a: Point;
  c: Point;
  b: Point;
  /** A great-circle route the edge is drawn along instead of its curve (edgeRoutes.ts). */
  route?: { points: readonly Point[] };
}

/** Where along its curve a marker may sit, best first: the middle, then out toward the ends. */
const TS = [0.5, ...Array.from({ length: 18 }, (_, k) => +(0.5 + (k % 2 ? -1 : 1) * 0.04 * (Math.floor(k / 2) + 1)).toFixed(2))];
/** A footnote marker's radius, and the gap kept around it. */
export const MARKER_R = 7;
const GAP = 1.5;

/**
 * A spot for each curve's footnote marker along its own curve (the shortest curves first), so no two
 * markers overlap and none sits on a label, an anchor or the legend (`taken`): the middle where it is
 * free, else the free spot nearest the middle; where none is free, the one that overlaps least.
 *
 * @example placeMarkers(edges, labels.map((l) => labelBox(l))) // Map { 'rus-prk-visit' => [412.3, 208.1], … }
 */
export function placeMarkers(curves: readonly MarkedCurve[], taken: readonly Box[], size?: { width: number; height: number }): Map<string, Point> {
  const placed: Box[] = [];
  const spots = new Map<string, Point>();
  // Short curves have few spots: they choose first, long ones make way.
  const byLength = [...curves].sort((p, q) => length(p) - length(q));
  for (const { id, a, c, b, route } of byLength) {
    let best: { at: Point; box: Box; cost: number } | undefined;
    // Along a route, its own points; one that leaves the map has its middle out of the picture, so its ends' stretches are tried too.
    const ts = route ? [...TS, 0.04, 0.96, 0.08, 0.92, 0.12, 0.88, 0.16, 0.84] : TS;
    ts.forEach((t, rank) => {
      const u = 1 - t;
      const at: Point = route
        ? route.points[Math.round(t * (route.points.length - 1))]
        : [round(u * u * a[0] + 2 * u * t * c[0] + t * t * b[0]), round(u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])];
      const r = MARKER_R + GAP;
      const box = { x0: at[0] - r, y0: at[1] - r, x1: at[0] + r, y1: at[1] + r };
      const outside = size && (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) ? 100000 : 0;
      const cost = outside + placed.filter((p) => overlaps(box, p)).length * 1000 + taken.filter((p) => overlaps(box, p)).length * 100 + rank;
      if (!best || cost < best.cost) best = { at, box, cost };
    });
    const chosen = best!;
    placed.push(chosen.box);
    spots.set(id, chosen.at);
  }
  return spots;
}

const round = (v: number) => Math.round(v * 10) / 10;
const length = ({ a, c, b }: MarkedCurve) => Math.hypot(c[0] - a[0], c[1] - a[1]) + Math.hypot(b[0] - c[0], b[1] - c[1]);
