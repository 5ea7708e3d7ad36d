import type { Point } from '../core/edgeCurves.ts';
import type { SceneEdge } from '../core/storyScene.ts';
import type { CanvasEdge } from './drawCanvas.ts';

/**
 * A scene's edges as typed arrays, to hand to a worker once (their buffers transferred, not
 * copied): what painting them in hairlines takes, and nothing else.
 */
export interface EdgeGeometry {
  count: number;
  /** Each edge's start, control point and end: six numbers an edge, in world pixels. */
  curves: Float32Array;
  /** Each edge's type, as an index into `types`. */
  type: Uint8Array;
  types: string[];
  /** Each edge's opacity (how sure it is), as an index into `opacities`. */
  opacity: Uint8Array;
  opacities: number[];
  /** Where each edge's great-circle route starts in `routePoints` (in points), `count + 1` of them: an edge without a route has none. */
  routeAt: Uint32Array;
  /** The routes' points, two numbers each. */
  routePoints: Float32Array;
  /** Where a route's second piece starts (0: it is one piece). */
  routeJump: Uint16Array;
}

/** The buffers of a geometry, for `postMessage`'s transfer list. */
export function buffers(g: EdgeGeometry): ArrayBuffer[] {
  return [g.curves, g.type, g.opacity, g.routeAt, g.routePoints, g.routeJump].map((a) => a.buffer as ArrayBuffer);
}

/** Encodes a scene's edges, in their drawing order. */
export function encodeEdges(edges: readonly SceneEdge[]): EdgeGeometry {
  const steps = encodeSteps(edges);
  for (;;) {
    const step = steps.next(Infinity);
    if (step.done) return step.value;
  }
}

/**
 * The same a slice at a time (slices.ts's `inSlices`): each `next(n)` encodes about `n` edges more.
 * Started in slices, it can be finished at once by asking for `Infinity`.
 */
export function* encodeSteps(edges: readonly SceneEdge[]): Generator<number, EdgeGeometry, number> {
  const count = edges.length;
  const curves = new Float32Array(count * 6);
  const type = new Uint8Array(count);
  const opacity = new Uint8Array(count);
  const routeAt = new Uint32Array(count + 1);
  const routeJump = new Uint16Array(count);
  const types: string[] = [];
  const opacities: number[] = [];
  const typeIndex = new Map<string, number>();
  const opacityIndex = new Map<number, number>();
  let routed = 0;
  for (const edge of edges) routed += edge.route?.points.length ?? 0;
  const routePoints = new Float32Array(routed * 2);
  let at = 0;
  let budget = yield 0;
  for (let i = 0; i < count; i++) {
    if (--budget <= 0) budget = yield i;
    const edge = edges[i];
    const k = i * 6;
    curves[k] = edge.a[0];
    curves[k + 1] = edge.a[1];
    curves[k + 2] = edge.c[0];
    curves[k + 3] = edge.c[1];
    curves[k + 4] = edge.b[0];
    curves[k + 5] = edge.b[1];
    type[i] = indexOf(typeIndex, types, edge.relation.type);
    opacity[i] = indexOf(opacityIndex, opacities, edge.opacity);
    routeAt[i] = at;
    if (edge.route) {
      for (const [x, y] of edge.route.points) {
        routePoints[at * 2] = x;
        routePoints[at * 2 + 1] = y;
        at++;
      }
      routeJump[i] = edge.route.jump ?? 0;
    }
  }
  routeAt[count] = at;
  return { count, curves, type, types, opacity, opacities, routeAt, routePoints, routeJump };
}

function indexOf<T>(index: Map<T, number>, list: T[], value: T): number {
  let i = index.get(value);
  if (i === undefined) {
    i = list.push(value) - 1;
    index.set(value, i);
  }
  return i;
}

/** The edges of a geometry as the canvas drawing takes them (hairlines: no arrowheads, so no direction). */
export function decodeEdges(g: EdgeGeometry): CanvasEdge[] {
  const edges: CanvasEdge[] = [];
  const p = g.curves;
  for (let i = 0; i < g.count; i++) {
    const k = i * 6;
    const edge: CanvasEdge = {
      a: [p[k], p[k + 1]],
      c: [p[k + 2], p[k + 3]],
      b: [p[k + 4], p[k + 5]],
      opacity: g.opacities[g.opacity[i]],
      relation: { type: g.types[g.type[i]] as CanvasEdge['relation']['type'], directed: false },
    };
    const from = g.routeAt[i];
    const to = g.routeAt[i + 1];
    if (to > from) {
      const points: Point[] = [];
      for (let j = from; j < to; j++) points.push([g.routePoints[j * 2], g.routePoints[j * 2 + 1]]);
      edge.route = g.routeJump[i] ? { points, jump: g.routeJump[i] } : { points };
    }
    edges.push(edge);
  }
  return edges;
}

/**
 * Which of a scene's edges (of all dates) a selection from it shows, one byte an edge: the
 * selection keeps their order, so one walk finds them.
 */
export function activeSet(all: readonly SceneEdge[], shown: readonly SceneEdge[]): Uint8Array {
  const active = new Uint8Array(all.length);
  for (let i = 0, j = 0; i < all.length && j < shown.length; i++) {
    if (all[i] === shown[j]) {
      active[i] = 1;
      j++;
    }
  }
  return active;
}

/** The edges an active set shows, in their order. */
export function activeEdges<T>(edges: readonly T[], active: Uint8Array): T[] {
  const out: T[] = [];
  for (let i = 0; i < edges.length; i++) if (active[i]) out.push(edges[i]);
  return out;
}
