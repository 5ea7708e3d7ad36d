import type { Point } from './edgeCurves.ts';

export interface LabelInput {
  id: string;
  text: string;
  at: Point;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A line from the anchor to the label, when the label stands away from it (two anchors close together). */
  leader?: [number, number, number, number];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Something a label should not cover: a circle, such as a point on an edge or its arrowhead. */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
  /** How much covering it costs (default 1): an arrowhead more than a line. */
  weight?: number;
}

export interface LabelOptions {
  fontSize?: number;
  /** Points on the edges and their arrowheads: a label avoids them where it can. */
  obstacles?: readonly Obstacle[];
  /** The view's size: a label stays inside it (absent or zero: no limit). */
  width?: number;
  height?: number;
  /** Areas no label may enter, such as the legend. */
  reserved?: readonly Box[];
  /**
   * Where labels should stay when they can, such as the story's anchors with the framing's margins:
   * a map framed on its anchors has no room beyond them, so a label there is clipped, which is worse
   * than crossing an edge.
   */
  within?: Box;
}

interface Spot {
  dx: number;
  dy: number;
  anchor: PlacedLabel['anchor'];
  leader: boolean;
}

// Candidate spots beside the anchor, best first: right, left, above, below, then the diagonals.
const NEAR: Spot[] = [
  { dx: 8, dy: 4, anchor: 'start' },
  { dx: -8, dy: 4, anchor: 'end' },
  { dx: 0, dy: -9, anchor: 'middle' },
  { dx: 0, dy: 17, anchor: 'middle' },
  { dx: 7, dy: -7, anchor: 'start' },
  { dx: 7, dy: 15, anchor: 'start' },
  { dx: -7, dy: -7, anchor: 'end' },
  { dx: -7, dy: 15, anchor: 'end' },
].map((s) => ({ ...s, anchor: s.anchor as PlacedLabel['anchor'], leader: false }));

/** Anchors closer than this many pixels are told apart by leader lines. */
export const CLOSE = 24;
const LEADER_LENGTHS = [26, 40, 56];
const DIRECTIONS = 16;

/** Spots away from the anchor along a direction, reached by a leader line: the label's near side at the line's end. */
function leaderSpots(away: number | undefined, fontSize: number): Spot[] {
  const angles = Array.from({ length: DIRECTIONS }, (_, k) => (2 * Math.PI * k) / DIRECTIONS);
  // Toward where the neighbour is not, first.
  if (away !== undefined) angles.sort((p, q) => angleGap(p, away) - angleGap(q, away));
  return LEADER_LENGTHS.flatMap((length) => angles.map((angle): Spot => {
    const cx = Math.cos(angle);
    const cy = Math.sin(angle);
    const anchor = cx > 0.35 ? 'start' : cx < -0.35 ? 'end' : 'middle';
    // The baseline so the text's near edge is at the line's end: below it when going down, above when up.
    const dy = length * cy + (cy > 0.35 ? fontSize * 0.8 : cy < -0.35 ? -2 : fontSize * 0.3);
    return { dx: length * cx + (anchor === 'start' ? 2 : anchor === 'end' ? -2 : 0), dy, anchor, leader: true };
  }));
}

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/** A label's box from its position, estimated from the character count so it runs without a DOM. */
export function labelBox(label: Pick<PlacedLabel, 'text' | 'x' | 'y' | 'anchor'>, fontSize = 13): Box {
  const width = label.text.length * fontSize * 0.6;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x0, y0: label.y - fontSize * 0.8, x1: x0 + width, y1: label.y + fontSize * 0.25 };
}

/**
 * Places one label by each anchor so that no two labels overlap, none covers another's anchor or
 * leaves the view, and as few as can be cross an edge or an arrowhead: greedy, in the given order,
 * trying spots beside the anchor, then (or at once, when another anchor is within `CLOSE` pixels,
 * as the two Koreas) spots further out joined by a leader line, toward the side away from the
 * neighbour. A label with no free spot is left out, as maps do where places crowd.
 */
export function placeLabels(labels: readonly LabelInput[], options: LabelOptions | number = {}): PlacedLabel[] {
  const { fontSize = 13, obstacles = [], width = 0, height = 0, reserved = [], within } = typeof options === 'number' ? { fontSize: options } : options;
  const spills = (b: Box) => !!within && (b.x0 < within.x0 || b.y0 < within.y0 || b.x1 > within.x1 || b.y1 > within.y1);
  const taken: Box[] = labels.map(({ at: [x, y] }) => ({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 }));
  const anchors = taken.length;
  taken.push(...reserved);
  const inside = (b: Box) => !width || !height || (b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2);
  const leaders: [number, number, number, number][] = [];
  return labels.flatMap((label, i) => {
    const neighbour = nearest(labels, i);
    const close = neighbour !== undefined && neighbour.distance < CLOSE;
    const away = neighbour && Math.atan2(label.at[1] - neighbour.at[1], label.at[0] - neighbour.at[0]);
    const spots = close ? leaderSpots(away, fontSize) : [...NEAR, ...leaderSpots(undefined, fontSize)];
    let best: { spot: Spot; box: Box; x: number; y: number; cost: number } | undefined;
    spots.forEach((spot, rank) => {
      const x = label.at[0] + spot.dx;
      const y = label.at[1] + spot.dy;
      const box = labelBox({ text: label.text, x, y, anchor: spot.anchor }, fontSize);
      if (!inside(box) || taken.some((t, j) => (j !== i || j >= anchors) && overlaps(box, t))) return;
      // A leader that crosses another, or runs through a label or past another anchor, says the wrong name for its anchor.
      const line = spot.leader ? leaderLine(label.at, box) : undefined;
      if (line && (leaders.some((l) => crosses(l, line)) || taken.some((t, j) => j !== i && segmentMeetsBox(line, t)))) return;
      if (leaders.some((l) => segmentMeetsBox(l, box))) return;
      // Crossing an edge costs far more than standing further out: a leader line reads, a label over lines does not.
      const cost = (spills(box) ? 10_000 : 0) + hits(box, obstacles) * 100 + rank + (spot.leader && !close ? 20 : 0);
      if (!best || cost < best.cost) best = { spot, box, x, y, cost };
    });
    if (!best) return [];
    const chosen: { spot: Spot; box: Box; x: number; y: number } = best;
    taken.push(chosen.box);
    const placed: PlacedLabel = { id: label.id, text: label.text, x: chosen.x, y: chosen.y, anchor: chosen.spot.anchor };
    if (chosen.spot.leader) leaders.push((placed.leader = leaderLine(label.at, chosen.box)));
    return [placed];
  });
}

function nearest(labels: readonly LabelInput[], i: number): { at: Point; distance: number } | undefined {
  let best: { at: Point; distance: number } | undefined;
  labels.forEach((other, j) => {
    if (j === i) return;
    const distance = Math.hypot(other.at[0] - labels[i].at[0], other.at[1] - labels[i].at[1]);
    if (!best || distance < best.distance) best = { at: other.at, distance };
  });
  return best;
}

/** From just outside the anchor's marker to the nearest point of the label's box. */
function leaderLine([ax, ay]: Point, box: Box): [number, number, number, number] {
  const bx = Math.max(box.x0, Math.min(ax, box.x1));
  const by = Math.max(box.y0, Math.min(ay, box.y1));
  const length = Math.hypot(bx - ax, by - ay) || 1;
  const start = 5 / length;
  return [ax + (bx - ax) * start, ay + (by - ay) * start, bx, by];
}

/** Whether two segments cross. */
function crosses([ax, ay, bx, by]: readonly number[], [cx, cy, dx, dy]: readonly number[]): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
}

/** Whether a segment runs through a box (sampled: leaders are short). */
function segmentMeetsBox([ax, ay, bx, by]: readonly number[], box: Box): boolean {
  for (let k = 1; k < 10; k++) {
    const x = ax + ((bx - ax) * k) / 10;
    const y = ay + ((by - ay) * k) / 10;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

/** How many obstacles a box touches, each by its weight. */
export function hits(box: Box, obstacles: readonly Obstacle[]): number {
  let n = 0;
  for (const o of obstacles) {
    const dx = Math.max(box.x0 - o.x, 0, o.x - box.x1);
    const dy = Math.max(box.y0 - o.y, 0, o.y - box.y1);
    if (dx * dx + dy * dy < o.r * o.r) n += o.weight ?? 1;
  }
  return n;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
