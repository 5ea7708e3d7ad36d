import { EDGE_STYLES, strokeOf } from '../core/edgeStyles.ts';
import type { Scene, SceneEdge } from '../core/scene.ts';
import type { Theme } from '../core/themes.ts';
import { arrivalFrom } from '../core/edgeRoutes.ts';
import type { Point } from '../core/edgeCurves.ts';

/** The part of a canvas API the drawing uses, so it runs on any 2D context. */
export type Context2D = Pick<CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'quadraticCurveTo' | 'lineTo' | 'closePath' | 'stroke' | 'fill' | 'arc' | 'setLineDash' | 'fillText' | 'strokeText'
  | 'lineWidth' | 'strokeStyle' | 'fillStyle' | 'globalAlpha' | 'lineCap' | 'lineJoin' | 'font' | 'textAlign'>;

/**
 * Draws a scene's edges, anchors and labels to a 2D context, for stories too large for one SVG
 * element an edge. Edges are batched by style and certainty, one stroke a batch, so ten thousand
 * edges cost a few dozen draw calls; arrowheads are filled triangles along the curve's end tangent.
 */
export function drawCanvas(context: Context2D, scene: { edges: readonly CanvasEdge[] } & Pick<Scene, 'anchors' | 'labels'>, theme: Theme, extent?: Extent, options: { hairline?: boolean } = {}) {
  const batches = new Map<string, CanvasEdge[]>();
  for (const edge of scene.edges) {
    const key = `${edge.relation.type}|${edge.opacity}`;
    const batch = batches.get(key);
    if (batch) batch.push(edge);
    else batches.set(key, [edge]);
  }
  for (const [key, edges] of batches) {
    const [type, opacity] = key.split('|');
    const style = EDGE_STYLES[type as keyof typeof EDGE_STYLES];
    context.globalAlpha = Number(opacity);
    context.strokeStyle = strokeOf(style, theme);
    context.fillStyle = context.strokeStyle;
    // Hairlines: thousands of wide, dashed, translucent strokes take seconds to rasterise in
    // software; one-pixel ones a tenth of that. The pattern shows on the edge a reader hovers.
    context.lineWidth = options.hairline ? 1 : style.width;
    context.lineCap = options.hairline ? 'butt' : style.linecap;
    context.setLineDash(style.dash && !options.hairline ? style.dash.split(' ').map(Number) : []);
    context.beginPath();
    for (const { a, c, b, route } of edges) {
      if (route) polyline(context, route.points, route.jump);
      else curve(context, a, c, b, extent);
    }
    context.stroke();
    context.beginPath();
    for (const { c, b, relation, route } of edges) {
      if (relation.directed && !options.hairline && (!extent || inside(b, extent, 16))) arrowhead(context, route ? arrivalFrom(route.points) : c, b);
    }
    context.fill();
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.fillStyle = theme.anchor;
  context.beginPath();
  for (const { at, kind } of scene.anchors) {
    if (kind === 'organisation') {
      context.moveTo(at[0] - 4.5, at[1] - 4.5);
      context.lineTo(at[0] + 4.5, at[1] - 4.5);
      context.lineTo(at[0] + 4.5, at[1] + 4.5);
      context.lineTo(at[0] - 4.5, at[1] + 4.5);
      context.closePath();
    } else if (kind === 'other') {
      context.moveTo(at[0], at[1] - 6);
      context.lineTo(at[0] + 6, at[1]);
      context.lineTo(at[0], at[1] + 6);
      context.lineTo(at[0] - 6, at[1]);
      context.closePath();
    } else {
      context.moveTo(at[0] + 3.5, at[1]);
      context.arc(at[0], at[1], 3.5, 0, Math.PI * 2);
    }
  }
  context.fill();
  context.font = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  context.lineWidth = 3.5;
  context.lineJoin = 'round';
  context.strokeStyle = theme.halo;
  context.fillStyle = theme.text;
  for (const label of scene.labels) {
    context.textAlign = label.anchor === 'middle' ? 'center' : label.anchor === 'end' ? 'right' : 'left';
    context.strokeText(label.text, label.x, label.y);
    context.fillText(label.text, label.x, label.y);
  }
}

/** What drawing an edge takes: its curve (or route), how sure it is, its type and whether it has a direction. */
export interface CanvasEdge {
  a: Point;
  c: Point;
  b: Point;
  route?: { points: readonly Point[]; jump?: number };
  opacity: number;
  relation: Pick<SceneEdge['relation'], 'type' | 'directed'>;
}

/** `[[left, top], [right, bottom]]` of what the canvas shows, in the scene's pixels. */
export type Extent = readonly [readonly [number, number], readonly [number, number]];

const inside = ([x, y]: readonly number[], [[x0, y0], [x1, y1]]: Extent, margin = 0) =>
  x >= x0 - margin && x <= x1 + margin && y >= y0 - margin && y <= y1 + margin;

/**
 * Adds a quadratic curve to the path, or only its parts in the extent: zoomed in, curves run
 * thousands of pixels past the canvas, and stroking (above all dashing) costs by length drawn.
 */
function curve(context: Context2D, a: readonly number[], c: readonly number[], b: readonly number[], extent?: Extent) {
  if (!extent || (inside(a, extent) && inside(b, extent) && inside(c, extent))) {
    context.moveTo(a[0], a[1]);
    context.quadraticCurveTo(c[0], c[1], b[0], b[1]);
    return;
  }
  const [[x0, y0], [x1, y1]] = extent;
  // The curve lies within the triangle of its three points: outside it entirely, nothing to draw.
  if (Math.max(a[0], b[0], c[0]) < x0 || Math.min(a[0], b[0], c[0]) > x1 || Math.max(a[1], b[1], c[1]) < y0 || Math.min(a[1], b[1], c[1]) > y1) return;
  const length = Math.hypot(c[0] - a[0], c[1] - a[1]) + Math.hypot(b[0] - c[0], b[1] - c[1]);
  const steps = Math.max(8, Math.min(256, Math.ceil(length / 24)));
  let px = a[0];
  let py = a[1];
  let drawing = false;
  for (let k = 1; k <= steps; k++) {
    const t = k / steps;
    const u = 1 - t;
    const x = u * u * a[0] + 2 * u * t * c[0] + t * t * b[0];
    const y = u * u * a[1] + 2 * u * t * c[1] + t * t * b[1];
    const visible = !(Math.max(px, x) < x0 || Math.min(px, x) > x1 || Math.max(py, y) < y0 || Math.min(py, y) > y1);
    if (visible) {
      if (!drawing) context.moveTo(px, py);
      context.lineTo(x, y);
    }
    drawing = visible;
    px = x;
    py = y;
  }
}

/** Adds a great-circle route to the path: a second piece from `jump` on. */
function polyline(context: Context2D, points: readonly (readonly number[])[], jump?: number) {
  points.forEach(([x, y], k) => (k === 0 || k === jump ? context.moveTo(x, y) : context.lineTo(x, y)));
}

/** A triangle whose tip stands a little short of the end, pointing along the curve, as the SVG marker does. */
function arrowhead(context: Context2D, c: readonly number[], b: readonly number[]) {
  const dx = b[0] - c[0];
  const dy = b[1] - c[1];
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const tipX = b[0] - ux * 3.3;
  const tipY = b[1] - uy * 3.3;
  const baseX = tipX - ux * 11;
  const baseY = tipY - uy * 11;
  context.moveTo(tipX, tipY);
  context.lineTo(baseX - uy * 5.5, baseY + ux * 5.5);
  context.lineTo(baseX + uy * 5.5, baseY - ux * 5.5);
  context.closePath();
}
