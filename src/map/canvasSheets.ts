import type { Rect } from '../core/storyScene.ts';
import type { Theme } from '../core/themes.ts';
import { drawCanvas } from './drawCanvas.ts';
import { CANVAS_MARGIN, type AheadHost } from './paintAhead.ts';
import type { StoryScene } from './sceneCache.ts';
import { covers, newSheet, place, prepare, type Placement, type Sheet } from './sheets.ts';
import { inSlices, type Slices } from './slices.ts';
import { canPaintInWorker, StepPainter } from './stepPainter.ts';

/** Edges painted between two checks of the slice's time. */
const PAINT_CHUNK = 600;
/**
 * Up to this many edges a playback step repaints the canvas on show in place (by the worker, or in
 * the step's own task: about a slice's work); more, and it is painted on the back sheet in slices.
 * The worker painted 50k steps (6,600 edges) in place too, but in the bench's playback at 50k, with
 * an actor highlighted, the page then had frames of 50 to 180 ms (layerizing and committing, not
 * script) that painting in slices does not have.
 */
const IN_PLACE_UP_TO = 3000;
/** Up to this many edges of all dates are sent to the worker ahead (larger stories' steps mostly exceed IN_PLACE_UP_TO). */
const HOLD_UP_TO = 20_000;

/**
 * The canvases a large story's edges are painted on (with the code that paints them, loaded only
 * for a story with more edges than the SVG draws): the one on show (front), the one the next
 * level is painted on (back), spare ones for levels painted ahead, and the top one the highlighted
 * edges are drawn on. Each is placed where the part of the world painted on it is now.
 */
export class CanvasSheets {
  front: Sheet = newSheet();
  back: Sheet = newSheet();
  /** Sheets to paint the levels a zoom step away on, ahead of time. */
  ahead: Sheet[] = [newSheet(), newSheet()];
  /** Highlighted edges are drawn here, over the base canvas, which fades under them by CSS. */
  readonly top: HTMLCanvasElement;
  /** A level being painted ahead (`paintAhead`). */
  private aheadWork?: Slices;
  /**
   * Where the browser can hand a canvas to a worker, the canvas playback steps are painted on, off
   * the main thread, shown in the front sheet's place (which it covers exactly) while steps follow.
   */
  private steps?: StepPainter;
  /** Whether the steps' canvas is on show in place of the front sheet's. */
  private stepShown = false;

  /** `now` gives the layer's zoom and extent, which every canvas is placed against. */
  constructor(private now: () => Placement) {
    this.top = document.createElement('canvas');
    this.top.className = 'drm-canvas drm-canvas-top';
    this.top.hidden = true;
    if (canPaintInWorker()) {
      try {
        this.steps = new StepPainter(() => this.paintStepsHere());
      } catch {
        this.steps = undefined;
      }
    }
  }

  /** Every canvas, bottom to top, for the layer's pane. */
  elements(): HTMLCanvasElement[] {
    return [this.front.canvas, this.back.canvas, ...this.ahead.map((s) => s.canvas), ...(this.steps ? [this.steps.canvas] : []), this.top];
  }

  /** What is on the canvases stays where it belongs in the world, scaled to this zoom, until repainted. */
  placeAll() {
    const now = this.now();
    place(now, this.front);
    place(now, this.back);
    if (this.steps) place(now, this.steps.canvas, this.front);
    place(now, this.top, this.front);
  }

  /** Hides every canvas: the edges are drawn in the SVG. */
  hideAll() {
    for (const sheet of [this.front, this.back, ...this.ahead]) {
      sheet.canvas.hidden = true;
      sheet.extent = undefined;
      sheet.key = '';
    }
    this.hideSteps();
    this.top.hidden = true;
  }

  /** The canvas the edges on show are on: the front sheet's, or the steps' in its place. */
  shown(): HTMLCanvasElement {
    return this.stepShown ? this.steps!.canvas : this.front.canvas;
  }

  /** How many edges the worker drew for the last playback step it painted; undefined while steps are painted in the page (for tests). */
  get paintedInWorker(): number | undefined {
    return this.steps?.painted;
  }

  /** Stops the steps' worker: the layer left the map. */
  close() {
    this.steps?.close();
  }

  private hideSteps() {
    if (!this.stepShown) return;
    this.steps!.canvas.hidden = true;
    this.steps!.canvas.classList.remove('faded');
    this.stepShown = false;
  }

  /** The worker could not paint: the front sheet shows again, and the page paints the steps. */
  private paintStepsHere() {
    if (this.stepShown) this.front.canvas.hidden = false;
    this.stepShown = false;
    this.steps = undefined;
  }

  /**
   * Paints the levels one zoom step in and out around the same centre on the spare sheets, each
   * when the page is next idle (`later`), then goes on with `then`: the painting ahead of
   * paintAhead.ts, for a story drawn on canvases.
   */
  paintAhead(host: Pick<AheadHost, 'map' | 'scenes' | 'theme'>, zoom: number, later: (fn: () => void) => void, then: () => void) {
    const map = host.map()!;
    const { scenes } = host;
    const zooms = [zoom + 1, zoom - 1].filter((z) => z >= map.getMinZoom() && z <= map.getMaxZoom());
    const center = map.getCenter();
    const size = map.getSize();
    const next = () => {
      const z = zooms.shift();
      const now = host.map();
      if (!now || now.getZoom() !== zoom) return;
      if (z === undefined) return then();
      const scene = scenes.get(z);
      const min = map.project(center, z).subtract(size.multiplyBy(0.5 + CANVAS_MARGIN)).round();
      const max = min.add(size.multiplyBy(1 + 2 * CANVAS_MARGIN)).round();
      const extent: Rect = [[min.x, min.y], [max.x, max.y]];
      if (!scene || this.ahead.some((s) => s.key === scenes.key(z) && covers(s.extent, extent))) return next();
      const sheet = this.ahead.find((s) => s.key !== scenes.key(zoom - 1) && s.key !== scenes.key(zoom + 1)) ?? this.ahead[0];
      if (!sheet) return;
      this.aheadWork = this.paintSheet(sheet, scene, z, scenes.key(z), extent, host.theme(), false, () => {
        later(next);
      }, scenes.allAt(z));
    };
    later(next);
  }

  /** Stops painting ahead. */
  cancelAhead() {
    this.aheadWork?.cancel();
  }

  /** Whether a level is being painted ahead, or the edges playback steps select from are being encoded ahead for their worker. */
  aheadBusy(): boolean {
    return (!!this.aheadWork && !this.aheadWork.done) || !!this.steps?.encoding;
  }

  /** A sheet painted ahead with this key that covers the view, taken out of the spare ones. */
  takeReady(key: string, view: Rect): Sheet | undefined {
    const ready = this.ahead.find((s) => s.key === key && covers(s.extent, view));
    if (ready) this.ahead = this.ahead.filter((s) => s !== ready);
    return ready;
  }

  /** Whether the front sheet, or the back one being painted, covers the view at this zoom. */
  covers(key: string, zoom: number, view: Rect, backPainting: boolean): boolean {
    const pending = backPainting ? this.back : undefined;
    return [this.front, pending].some((s) => s && s.zoom === zoom && (s === pending || s.key === key) && covers(s.extent, view));
  }

  /**
   * Whether a playback step of `edges` edges can repaint what is on show in place: the sheet on show
   * is painted whole at this zoom and covers the view (whatever its dates), and the step has at most
   * IN_PLACE_UP_TO edges.
   */
  showsView(zoom: number, view: Rect, edges: number): boolean {
    const front = this.front;
    return edges <= IN_PLACE_UP_TO && (!front.canvas.hidden || this.stepShown) && front.key !== '' && front.zoom === zoom && covers(front.extent, view);
  }

  /** Puts a painted sheet on show in the front's place; the old front joins the sheets to paint on. */
  show(sheet: Sheet) {
    const old = this.front;
    // A playback step repainted in place: nothing changes place.
    if (sheet === old) return;
    this.hideSteps();
    // The first step would otherwise send the edges it selects from (at all dates, the scene on show).
    if (sheet.all && sheet.all.edges.length <= HOLD_UP_TO) this.steps?.hold(sheet.all);
    sheet.canvas.hidden = false;
    place(this.now(), sheet);
    if (old !== sheet) {
      // Hidden, not only transparent: a transparent canvas is still handed to the compositor each
      // time it is painted on, which at 50,000 edges made frames of painting ahead long tasks.
      old.canvas.hidden = true;
      old.canvas.classList.remove('faded');
      if (this.back === sheet) this.back = old;
      else this.ahead.push({ ...old, key: '' });
    }
    this.front = sheet;
    place(this.now(), this.top, sheet);
  }

  /** Paints these edges on the top canvas, over the sheet on show and where it is (the highlight). */
  paintTop(edges: StoryScene['edges'], theme: Theme, hairline: boolean) {
    const front = this.front;
    const context = prepare(this.top, front.extent!);
    place(this.now(), this.top, front);
    drawCanvas(context, { edges, anchors: [], labels: [] }, theme, front.extent, { hairline });
  }

  /**
   * Paints a playback step (`scene`, selected from `all`, the scene of all dates at its zoom) in place
   * of what is on show, at the same zoom and extent, then calls `then`. Where the browser can, a
   * worker paints it on the steps' canvas, shown in the front sheet's place once painted (the first
   * step swaps the two; later ones change no element), and `then` waits for it. Elsewhere the page
   * paints the front sheet at once, in the step's own task, and `then` is called before this returns.
   */
  repaintFront(scene: StoryScene, key: string, theme: Theme, all: StoryScene | undefined, then: () => void) {
    const sheet = this.front;
    sheet.key = key;
    const steps = this.steps;
    if (!steps || !all) {
      this.paintHere(sheet, scene, theme);
      return then();
    }
    const [[x0, y0], [x1, y1]] = sheet.extent!;
    const canvas = steps.canvas;
    if (canvas.style.width !== `${x1 - x0}px` || canvas.style.height !== `${y1 - y0}px`) {
      canvas.style.width = `${x1 - x0}px`;
      canvas.style.height = `${y1 - y0}px`;
    }
    place(this.now(), canvas, sheet);
    steps.paint(all, scene, sheet.extent!, theme, () => {
      // Only over the sheet it was painted for: a zoom or pan may have put another on show meanwhile.
      if (this.front === sheet && sheet.key === key && !this.stepShown) {
        canvas.hidden = false;
        sheet.canvas.hidden = true;
        sheet.canvas.classList.remove('faded');
        this.stepShown = true;
      }
      then();
    }, () => {
      if (this.front === sheet && sheet.key === key) this.paintHere(sheet, scene, theme);
      then();
    });
  }

  /** Paints a step on the front sheet in the page, in this task. No other canvas is shown or hidden, so the page lays out and composites nothing new. */
  private paintHere(sheet: Sheet, scene: StoryScene, theme: Theme) {
    const context = prepare(sheet.canvas, sheet.extent!);
    drawCanvas(context, scene, theme, sheet.extent, { hairline: true });
    // Rasterised now, in the step's task, as a slice of painting is: not in the frame's commit.
    context.getImageData(0, 0, 1, 1);
  }

  /**
   * Paints a scene of one zoom (its key `key`) on a sheet for a part of the world, a slice at a time,
   * then calls `then`. `all`: the scene of all dates it was selected from, sent to the steps' worker
   * ahead once the sheet is on show.
   */
  paintSheet(sheet: Sheet, scene: StoryScene, zoom: number, key: string, extent: Rect, theme: Theme, now: boolean, then: () => void, all?: StoryScene): Slices {
    sheet.extent = extent;
    sheet.zoom = zoom;
    sheet.key = '';
    sheet.all = undefined;
    const context = prepare(sheet.canvas, extent);
    place(this.now(), sheet);
    function* steps(): Generator<number, void, number> {
      for (let from = 0; from < scene.edges.length; from += PAINT_CHUNK) {
        drawCanvas(context, { edges: scene.edges.slice(from, from + PAINT_CHUNK), anchors: [], labels: [] }, theme, extent, { hairline: true });
        // Rasterise now, inside the slice's time, rather than all at once when the task ends.
        context.getImageData(0, 0, 1, 1);
        yield from;
      }
      drawCanvas(context, { edges: [], anchors: scene.anchors, labels: scene.labels }, theme, extent, { hairline: true });
    }
    // Painting starts in a task of its own when the scene was just finished: the two together would be a long one.
    return inSlices(steps(), 1, () => {
      sheet.key = key;
      sheet.all = all;
      then();
    }, { now });
  }
}
