import type { Certainty, RelationType } from '../data/relationTypes.ts';
import type { Point } from './edgeCurves.ts';

/** What an edge needs to be written in a batch: its type and certainty, and its curve. */
export interface BatchEdge {
  relation: { type: RelationType; certainty: Certainty };
  a: Point;
  c: Point;
  b: Point;
}

/** The edges of one type and certainty, written as one hairline path. */
export interface EdgeBatch {
  type: RelationType;
  certainty: Certainty;
  /** Relations drawn in this batch, merged ones included. */
  relations: number;
  /** Distinct curves written: relations whose curves are the same at whole pixels are one. */
  curves: number;
  /** Strokes (subpaths) the curves are joined into through the anchors they share. */
  strokes: number;
  d: string;
}

export interface EdgeBatches {
  batches: EdgeBatch[];
  /** Relations whose curve lies wholly outside the view: not written, as nothing of them shows. */
  offView: number;
}

/** About this many edges are handled between two yields. */
const SLICE = 4000;

/**
 * The edges of a large story as one hairline path per type and certainty, in whole pixels of the
 * view (`shift` is subtracted first, so edges in world pixels land in the view).
 *
 * - Relations of one type and certainty whose curves are the same at whole pixels (both ends and
 *   the control point, either way round) are written once: in one path they draw the same pixels.
 * - With a view, a relation whose control triangle (which holds its curve) misses it by more than
 *   a pixel is not written: none of it can show.
 * - Curves that meet at an anchor are joined into one stroke (`M a Q c b c' b' …`), the same curves
 *   without a move-to each; the path's round join lies under the anchor's marker.
 * - Each curve is written relative to the end of the last (`q`): shorter numbers, and a minus sign
 *   needs no space before it.
 *
 * A generator that yields between slices of work, so a page can stay responsive while it runs;
 * `runSteps` runs it in one go. Batches come in the order their first edge comes, as on screen.
 */
export function* edgeBatches(edges: readonly BatchEdge[], shift: Point, view?: { width: number; height: number }): Generator<void, EdgeBatches> {
  const [ox, oy] = shift;
  // With no view, nothing is left out.
  const bounds = view ? [-1, -1, view.width + 1, view.height + 1] : [-Infinity, -Infinity, Infinity, Infinity];
  const state: Collected = { vertices: new Vertices(), groups: new Map(), order: [], offView: 0 };
  for (let i = 0; i < edges.length; i += SLICE) {
    // A plain function a slice: a loop in a generator is not compiled as well.
    collect(state, edges, i, Math.min(edges.length, i + SLICE), ox, oy, bounds);
    yield;
  }
  const { vertices, order, offView } = state;
  const batches: EdgeBatch[] = [];
  let done = 0;
  for (const group of order) {
    const relations = group.curves.length / 4;
    if (!relations) continue;
    batches.push({ type: group.type, certainty: group.certainty, relations, ...strokesOf(group.curves, vertices) });
    done += relations;
    if (done >= SLICE) {
      done = 0;
      yield;
    }
  }
  return { batches, offView };
}

interface Group {
  type: RelationType;
  certainty: Certainty;
  /** Four whole numbers a relation: its first end's vertex, its control point, its other end's vertex. */
  curves: number[];
}

interface Collected {
  vertices: Vertices;
  /** Per type, then certainty: strings the story already holds, so no key is made per edge. */
  groups: Map<RelationType, Map<Certainty, Group>>;
  /** The groups in the order of their first edge. */
  order: Group[];
  offView: number;
}

/** Rounds edges `from`–`to` to whole view pixels and adds each to its group, or counts it off the view. */
function collect(state: Collected, edges: readonly BatchEdge[], from: number, to: number, ox: number, oy: number, [left, top, right, bottom]: number[]) {
  const { vertices, groups, order } = state;
  for (let i = from; i < to; i++) {
    const { relation, a, c, b } = edges[i];
    const ax = Math.round(a[0] - ox);
    const ay = Math.round(a[1] - oy);
    const cx = Math.round(c[0] - ox);
    const cy = Math.round(c[1] - oy);
    const bx = Math.round(b[0] - ox);
    const by = Math.round(b[1] - oy);
    // Groups are made in the order of their first edge, seen or not: the batches stack as on screen.
    let byCertainty = groups.get(relation.type);
    if (!byCertainty) groups.set(relation.type, (byCertainty = new Map()));
    let group = byCertainty.get(relation.certainty);
    if (!group) {
      byCertainty.set(relation.certainty, (group = { type: relation.type, certainty: relation.certainty, curves: [] }));
      order.push(group);
    }
    if (Math.max(ax, bx, cx) < left || Math.min(ax, bx, cx) > right || Math.max(ay, by, cy) < top || Math.min(ay, by, cy) > bottom) {
      state.offView++;
      continue;
    }
    group.curves.push(vertices.at(ax, ay), cx, cy, vertices.at(bx, by));
  }
}

/** Runs a generator of steps to its end, in one go. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The distinct whole-pixel points edges end at (a story has a few hundred anchors, however many edges). */
class Vertices {
  readonly x: number[] = [];
  readonly y: number[] = [];
  private small = new Map<number, number>();
  private large = new Map<string, number>();

  at(x: number, y: number): number {
    // A small integer key while the point is within ±16,384 px, the usual case.
    const inRange = x > -16_384 && x < 16_384 && y > -16_384 && y < 16_384;
    const key = inRange ? (x + 16_384) * 32_768 + y + 16_384 : `${x} ${y}`;
    const map = (inRange ? this.small : this.large) as Map<number | string, number>;
    let v = map.get(key);
    if (v === undefined) {
      map.set(key, (v = this.x.length));
      this.x.push(x);
      this.y.push(y);
    }
    return v;
  }
}

/**
 * Joins curves into as few strokes as their shared ends allow (Hierholzer's walk, odd vertices
 * first; where the walk gets stuck a stroke ends) and writes them as path data.
 */
function strokesOf(input: readonly number[], vertices: Vertices): { d: string; curves: number; strokes: number } {
  // Distinct curves: per pair of ends, the control points seen (most pairs have one curve a batch).
  const first = new Map<number, number>();
  const more = new Map<number, number[]>();
  const curves: number[] = [];
  for (let k = 0; k < input.length; k += 4) {
    const va = input[k];
    const cx = input[k + 1];
    const cy = input[k + 2];
    const vb = input[k + 3];
    const pair = va < vb ? va * 1_048_576 + vb : vb * 1_048_576 + va;
    // Unique while |cy| < 2²¹ px.
    const control = cx * 4_194_304 + cy;
    const seen = first.get(pair);
    if (seen === undefined) first.set(pair, control);
    else {
      if (seen === control) continue;
      const others = more.get(pair);
      if (others?.includes(control)) continue;
      if (others) others.push(control);
      else more.set(pair, [control]);
    }
    curves.push(va, cx, cy, vb);
  }
  const n = curves.length / 4;
  // The curves at each vertex, as flat adjacency lists.
  const count = vertices.x.length;
  const start = new Int32Array(count + 1);
  for (let e = 0; e < n; e++) {
    start[curves[4 * e] + 1]++;
    start[curves[4 * e + 3] + 1]++;
  }
  for (let v = 0; v < count; v++) start[v + 1] += start[v];
  const fill = start.slice(0, count);
  const incident = new Int32Array(2 * n);
  for (let e = 0; e < n; e++) {
    incident[fill[curves[4 * e]]++] = e;
    incident[fill[curves[4 * e + 3]]++] = e;
  }
  const next = start.slice(0, count);
  const used = new Uint8Array(n);
  const odd: number[] = [];
  const even: number[] = [];
  for (let v = 0; v < count; v++) {
    const degree = start[v + 1] - start[v];
    if (degree % 2) odd.push(v);
    else if (degree) even.push(v);
  }

  // The walk pops vertices in trail order, backwards: [vertex, curve, vertex, curve, …, vertex].
  const parts: string[] = [];
  const vertexStack: number[] = [];
  const curveStack: number[] = [];
  let trail: number[] = [];
  const flush = () => {
    if (trail.length > 1) parts.push(writeTrail(trail, curves, vertices));
    trail = [];
  };
  for (const first of odd.concat(even)) {
    if (next[first] === start[first + 1]) continue;
    vertexStack.push(first);
    curveStack.push(-1);
    while (vertexStack.length) {
      const v = vertexStack[vertexStack.length - 1];
      while (next[v] < start[v + 1] && used[incident[next[v]]]) next[v]++;
      if (next[v] < start[v + 1]) {
        const e = incident[next[v]++];
        used[e] = 1;
        vertexStack.push(curves[4 * e] === v ? curves[4 * e + 3] : curves[4 * e]);
        curveStack.push(e);
        continue;
      }
      vertexStack.pop();
      const e = curveStack.pop()!;
      // A popped vertex not joined to the trail's last one begins another trail.
      if (trail.length && trail[trail.length - 1] !== v) flush();
      if (e < 0) {
        flush();
        continue;
      }
      if (!trail.length) trail.push(v);
      trail.push(e, vertexStack[vertexStack.length - 1]);
    }
  }
  flush();
  return { d: parts.join(''), curves: n, strokes: parts.length };
}

/** One stroke: `M` at its first vertex, then each curve relative to where the last one ended (`q`). */
function writeTrail(trail: readonly number[], curves: readonly number[], vertices: Vertices): string {
  let x = vertices.x[trail[0]];
  let y = vertices.y[trail[0]];
  let out = `M${x} ${y}q`;
  for (let k = 1; k < trail.length; k += 2) {
    const e = trail[k];
    const to = trail[k + 1];
    const cx = curves[4 * e + 1] - x;
    const cy = curves[4 * e + 2] - y;
    const bx = vertices.x[to] - x;
    const by = vertices.y[to] - y;
    // A number needs a space before it unless it has a minus sign (or follows the command letter).
    out += `${k === 1 || cx < 0 ? '' : ' '}${cx}${cy < 0 ? '' : ' '}${cy}${bx < 0 ? '' : ' '}${bx}${by < 0 ? '' : ' '}${by}`;
    x += bx;
    y += by;
  }
  return out;
}
