import type { Theme } from '../core/themes.ts';
import type { CanvasSheets } from './canvasSheets.ts';
import type { StoryScene } from './sceneCache.ts';

/** Up to this many highlighted edges are drawn in their full style; more, in hairlines. */
const HIGHLIGHT_FULL_UP_TO = 400;

/** What the highlight is drawn over: the layer's canvases and the scene on screen. */
export interface HighlightHost {
  sheets(): CanvasSheets | undefined;
  /** The key of the scene at the zoom on screen, and that scene if it is made. */
  currentKey(): string;
  currentScene(): StoryScene | undefined;
  theme(): Theme;
  usesCanvas(): boolean;
}

/**
 * The edges shown at full strength over a faded canvas (a hovered actor's, a selected edge), and
 * each scene's edges indexed by id, so finding a few among fifty thousand takes no pass over them.
 */
export class Highlight {
  private highlighted?: ReadonlySet<string>;
  private paintFrame = 0;
  private order = new WeakMap<StoryScene, Map<string, number>>();

  constructor(private host: HighlightHost) {}

  /** Shows these edges at full strength and fades the rest, on the canvas; an empty set clears it. */
  set(ids: ReadonlySet<string>) {
    const next = ids.size ? ids : undefined;
    if (!next && !this.highlighted) return;
    this.highlighted = next;
    // One repaint a frame, however many pointer events ask for one; only the few highlighted edges are drawn.
    if (this.host.usesCanvas()) this.paintFrame ||= requestAnimationFrame(() => {
      this.paintFrame = 0;
      this.paint();
    });
  }

  stop() {
    cancelAnimationFrame(this.paintFrame);
    this.paintFrame = 0;
  }

  /** Paints the highlighted edges, in their full style, on the top canvas and fades the base one under them. */
  paint() {
    const sheets = this.host.sheets();
    if (!sheets) return;
    const top = sheets.top;
    const front = sheets.front;
    const ids = this.highlighted;
    const shown = sheets.shown();
    const current = front.key === this.host.currentKey();
    shown.classList.toggle('faded', !!ids && current);
    top.hidden = !ids || shown.hidden || !current || !front.extent;
    if (top.hidden) return;
    const scene = this.host.currentScene();
    // An actor with thousands of relations is highlighted in hairlines, as the base draws them: full
    // strokes, dashed and wide, would take longer to rasterise than a frame.
    const edges = scene ? this.edgesOf(scene, ids!) : [];
    sheets.paintTop(edges, this.host.theme(), edges.length > HIGHLIGHT_FULL_UP_TO);
  }

  /** A scene's edges with these ids, in drawing order, without a pass over fifty thousand for one edge. */
  edgesOf(scene: StoryScene, ids: ReadonlySet<string>) {
    const order = this.order.get(scene);
    // Until the scene's index by id is made (in slices, after painting), one pass over the edges.
    if (!order) return scene.edges.filter((e) => ids.has(e.id));
    const at = [...ids].flatMap((id) => order.get(id) ?? []).sort((a, b) => a - b);
    return at.map((i) => scene.edges[i]);
  }

  /** Whether a scene's edges are indexed by id. */
  indexed(scene: StoryScene): boolean {
    return this.order.has(scene);
  }

  /** Indexes a scene's edges by id, a slice at a time. */
  *orderSteps(scene: StoryScene): Generator<number, void, number> {
    const order = new Map<string, number>();
    let budget = yield 0;
    for (let i = 0; i < scene.edges.length; i++) {
      order.set(scene.edges[i].id, i);
      if (--budget <= 0) budget = yield i;
    }
    this.order.set(scene, order);
  }
}
