// The worker that paints a large story's playback steps on a canvas the page handed over
// (`transferControlToOffscreen`): the page sends the edges of all dates once, then for each step only
// which of them are active and where the canvas is, so its main thread does no raster work for a step.
import type { PlacedLabel } from '../core/placeLabels.ts';
import type { Rect, SceneAnchor } from '../core/storyScene.ts';
import type { Theme } from '../core/themes.ts';
import { drawCanvas, type CanvasEdge } from './drawCanvas.ts';
import { activeEdges, decodeEdges, type EdgeGeometry } from './edgeGeometry.ts';

export type StepRequest =
  | { kind: 'canvas'; canvas: OffscreenCanvas }
  | { kind: 'geometry'; id: number; geometry: EdgeGeometry; anchors: SceneAnchor[]; labels: PlacedLabel[] }
  /** Paints the geometry `id`'s edges that `active` marks, for the world's part `extent` at `ratio` device pixels a pixel. */
  | { kind: 'paint'; seq: number; id: number; active: Uint8Array; extent: Rect; ratio: number; theme: Theme };

/** A step painted (or, when steps came faster than they were painted, left for a later one): `edges` drawn. */
export type StepResponse = { kind: 'painted'; seq: number; edges: number } | { kind: 'failed'; seq: number; message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<StepRequest>) => void) | null; postMessage(message: StepResponse): void };

let context: OffscreenCanvasRenderingContext2D | undefined;
let scene: { id: number; edges: CanvasEdge[]; anchors: SceneAnchor[]; labels: PlacedLabel[] } | undefined;
/** The latest step asked for: steps that come faster than they are painted are painted once, the last. */
let next: Extract<StepRequest, { kind: 'paint' }> | undefined;

scope.onmessage = ({ data }) => {
  if (data.kind === 'canvas') context = data.canvas.getContext('2d') ?? undefined;
  else if (data.kind === 'geometry') scene = { id: data.id, edges: decodeEdges(data.geometry), anchors: data.anchors, labels: data.labels };
  else {
    if (!next) setTimeout(paint, 0);
    next = data;
  }
};

function paint() {
  const step = next!;
  next = undefined;
  try {
    if (!context || scene?.id !== step.id) throw new Error(context ? `no geometry ${step.id}` : 'no canvas');
    const { extent: [[x0, y0], [x1, y1]], ratio } = step;
    const canvas = context.canvas;
    const width = Math.round((x1 - x0) * ratio);
    const height = Math.round((y1 - y0) * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(ratio, 0, 0, ratio, -x0 * ratio, -y0 * ratio);
    const edges = activeEdges(scene.edges, step.active);
    // Hairlines, as the page paints a step: the pattern shows on the edge a reader hovers.
    drawCanvas(context, { edges, anchors: scene.anchors, labels: scene.labels }, step.theme, step.extent, { hairline: true });
    scope.postMessage({ kind: 'painted', seq: step.seq, edges: edges.length });
  } catch (error) {
    scope.postMessage({ kind: 'failed', seq: step.seq, message: (error as Error).message });
  }
}
