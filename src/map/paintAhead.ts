import type L from 'leaflet';
import type { Theme } from '../core/themes.ts';
import type { CanvasSheets } from './canvasSheets.ts';
import type { SceneCache } from './sceneCache.ts';

/** The canvas covers the view and this share of its size around it: canvas pixels cost in software. */
export const CANVAS_MARGIN = 0.15;
/** Up to this many relations the levels a zoom step away are painted ahead, in idle time. */
const AHEAD_UP_TO = 20_000;

/** What is made and painted ahead: the layer's map, scenes and canvases as they are now. */
export interface AheadHost {
  map(): L.Map | undefined;
  scenes: SceneCache;
  sheets(): CanvasSheets | undefined;
  relations(): number;
  theme(): Theme;
  usesCanvas(): boolean;
}

/**
 * Work for the next zoom done while the page is idle: the scenes one step in and out made a slice
 * at a time, and for stories whose levels paint in a few slices, those levels painted on spare
 * canvases, so a zoom step by button or key only swaps canvases.
 */
export class PaintingAhead {
  private idle = 0;
  private idlePending = false;

  constructor(private host: AheadHost) {}

  /** Makes the scenes a zoom step in and out around this one, then paints them ahead. */
  prefetch(zoom: number) {
    if (typeof requestIdleCallback !== 'function') return;
    this.cancelLater();
    const map = this.host.map();
    if (!map) return;
    const { scenes } = this.host;
    // A whole step in and out first, painted ahead as soon as made; half steps (the zoom buttons on a phone) after.
    const steps: (number | 'paint')[] = [zoom + 1, zoom - 1, 'paint', zoom + 0.5, zoom - 0.5];
    const zooms = steps.filter((z) => z === 'paint' || (z >= map.getMinZoom() && z <= map.getMaxZoom() && !scenes.has(z)));
    const next = () => {
      const z = zooms.shift();
      if (z === undefined || !this.host.map()) return;
      if (z === 'paint') return this.paintAhead(zoom, next);
      scenes.later(z, () => {
        this.later(next);
      });
    };
    this.later(next);
  }

  /**
   * While the page is idle, paints the levels one zoom step in and out on spare canvases (the
   * canvases' code does it: canvasSheets.ts). Only for stories whose levels paint in a few slices:
   * fifty thousand edges would keep the page busy for seconds.
   */
  private paintAhead(zoom: number, then: () => void) {
    const sheets = this.host.sheets();
    sheets?.cancelAhead();
    if (!this.host.map() || !sheets) return;
    if (this.host.relations() > AHEAD_UP_TO || !this.host.usesCanvas()) return then();
    sheets.paintAhead(this.host, zoom, (fn) => this.later(fn), then);
  }

  /** Stops painting ahead (a paint for the view comes first, or the scenes changed). */
  cancelPaint() {
    this.host.sheets()?.cancelAhead();
  }

  /** Runs `fn` when the page is next idle, in place of anything asked for before. */
  private later(fn: () => void) {
    cancelIdleCallback(this.idle);
    this.idlePending = true;
    this.idle = requestIdleCallback(() => {
      this.idlePending = false;
      fn();
    });
  }

  cancelLater() {
    cancelIdleCallback(this.idle);
    this.idlePending = false;
  }

  stop() {
    this.cancelLater();
    this.cancelPaint();
  }

  /** Whether work waits for idle time or a level is being painted ahead. */
  busy(): boolean {
    return this.idlePending || !!this.host.sheets()?.aheadBusy();
  }
}
