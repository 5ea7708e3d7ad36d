import type { Rect } from '../core/storyScene.ts';
import type { Theme } from '../core/themes.ts';
import { drawCanvas } from './drawCanvas.ts';
import { CANVAS_MARGIN, type AheadHost } from './paintAhead.ts';
import type { StoryScene } from './sceneCache.ts';
import { covers, newSheet, place, prepare, type Placement, type Sheet } from './sheets.ts';
import { inSlices, type Slices } from './slices.ts';

/** Edges painted between two checks of the slice's time. */
const PAINT_CHUNK = 600;

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

  /** `now` gives the layer's zoom and extent, which every canvas is placed against. */
  constructor(private now: () => Placement) {
    this.top = document.createElement('canvas');
    this.top.className = 'drm-canvas drm-canvas-top';
    this.top.hidden = true;
  }

  /** Every canvas, bottom to top, for the layer's pane. */
  elements(): HTMLCanvasElement[] {
    return [this.front.canvas, this.back.canvas, ...this.ahead.map((s) => s.canvas), this.top];
  }

  /** What is on the canvases stays where it belongs in the world, scaled to this zoom, until repainted. */
  placeAll() {
    const now = this.now();
    place(now, this.front);
    place(now, this.back);
    place(now, this.top, this.front);
  }

  /** Hides every canvas: the edges are drawn in the SVG. */
  hideAll() {
    for (const sheet of [this.front, this.back, ...this.ahead]) {
      sheet.canvas.hidden = true;
      sheet.extent = undefined;
      sheet.key = '';
    }
    this.top.hidden = true;
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
      });
    };
    later(next);
  }

  /** Stops painting ahead. */
  cancelAhead() {
    this.aheadWork?.cancel();
  }

  /** Whether a level is being painted ahead. */
  aheadBusy(): boolean {
    return !!this.aheadWork && !this.aheadWork.done;
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

  /** Whether the sheet on show is painted whole at this zoom and covers the view (whatever its dates). */
  showsView(zoom: number, view: Rect): boolean {
    const front = this.front;
    return !front.canvas.hidden && front.key !== '' && front.zoom === zoom && covers(front.extent, view);
  }

  /** Puts a painted sheet on show in the front's place; the old front joins the sheets to paint on. */
  show(sheet: Sheet) {
    const old = this.front;
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
   * Paints a scene on the sheet on show, in place and at once, over what it showed: a playback step
   * at the same zoom and extent, whose edges fit in a slice. No other canvas is shown or hidden, so
   * the page lays out and composites nothing new, and the step is on screen in the next frame.
   */
  repaintFront(scene: StoryScene, key: string, theme: Theme) {
    const sheet = this.front;
    const context = prepare(sheet.canvas, sheet.extent!);
    drawCanvas(context, scene, theme, sheet.extent, { hairline: true });
    // Rasterised now, in the step's task, as a slice of painting is: not in the frame's commit.
    context.getImageData(0, 0, 1, 1);
    sheet.key = key;
  }

  /** Paints a scene of one zoom (its key `key`) on a sheet for a part of the world, a slice at a time, then calls `then`. */
  paintSheet(sheet: Sheet, scene: StoryScene, zoom: number, key: string, extent: Rect, theme: Theme, now: boolean, then: () => void): Slices {
    sheet.extent = extent;
    sheet.zoom = zoom;
    sheet.key = '';
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
      then();
    }, { now });
  }
}
