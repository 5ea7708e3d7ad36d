import L from 'leaflet';
// Not from core/index.ts: the map's start loads no d3-geo (the coarse world comes projected, the
// detailed basemap brings its own projection when it loads).
import { hasDenseCorridor, storyCut, type Filters, type Rect } from '../core/storyScene.ts';
import { wrapLongitude } from '../core/greatCircle.ts';
import { MANY_EDGES } from '../core/svgMarkup.ts';
import type { Theme } from '../core/themes.ts';
import type { ProjectedWorld } from '../core/world.ts';
import type { Story } from '../data/schema.ts';
import type { CanvasSheets } from './canvasSheets.ts';
import { Highlight } from './highlight.ts';
import { HoverIndex, loadedHitIndex, waiting } from './hoverIndex.ts';
import { CANVAS_MARGIN, PaintingAhead } from './paintAhead.ts';
import { SceneCache, type StoryScene } from './sceneCache.ts';
import type { Sheet } from './sheets.ts';
import type { Slices } from './slices.ts';
import type { CalloutCode } from '../core/placeCallouts.ts';
import type { CorridorCode } from '../core/corridorBadges.ts';
import { SvgEdges, type LoadedBasemap } from './svgEdges.ts';

export type { LoadedBasemap } from './svgEdges.ts';

export interface RelationsLayerOptions extends L.LayerOptions {
  story: Story;
  /** The coarse world, projected at zoom 0 when the app was built, drawn at every zoom. */
  world: ProjectedWorld;
  /** The detailed basemap to draw over it at a zoom, if one applies and has loaded, with the core's function that projects it. */
  basemapAt: (zoom: number) => LoadedBasemap | undefined;
  theme: Theme;
  filters?: Filters;
  /** Short actor labels, for small screens. */
  compact?: boolean;
  /** How far beyond the viewport the drawing reaches, as a share of its size, so pans show no gap. */
  padding?: number;
  /**
   * Above this many drawn edges, edges go to a canvas instead of one SVG element each: a hairball
   * of thousands is not read edge by edge with the Tab key, and the DOM would cost more than a frame.
   */
  canvasAbove?: number;
  /** The editor's map: callouts are tab stops that the arrow keys move (the app's calloutKeys.ts does the moving). */
  movableCallouts?: boolean;
  /**
   * The callouts' code (placeCallouts.ts), loaded by the page for a story with callouts before the
   * layer is made (or set before a redraw, once a story gains one): without it the map draws none.
   */
  calloutCode?: CalloutCode;
  /**
   * The dense corridors' code (corridorBadges.ts): the layer loads it the first time a scene has a
   * dense corridor (the one-file map gives it), so the map's start carries none of it.
   */
  corridorCode?: CorridorCode;
}

function sameTypes(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const type of a) if (!b.has(type)) return false;
  return true;
}

// The canvases' code loads only for a story with more relations than the SVG draws edge by edge:
// the map's start, and every smaller story, never needs it.
let canvasModule: typeof import('./canvasSheets.ts') | undefined;
let canvasLoading: Promise<unknown> | undefined;
function loadedCanvas() {
  canvasLoading ??= import('./canvasSheets.ts').then((m) => (canvasModule = m));
  return canvasModule;
}

/** Up to this many relations a scene is made at once; above it, a slice at a time while the old one shows. */
const SLICED_ABOVE = 2000;

/**
 * The map's one drawing layer: basemap and relations from the pure render core, in one SVG that
 * Leaflet hosts in its overlay pane (with the edges on a canvas over it for large stories).
 * Geometry is made once per zoom level in world pixels and cached; a pan only moves the drawing, a
 * zoom animation only scales it, so no point is re-projected per frame.
 *
 * Large stories never block the page: their scenes are made and painted a slice at a time on a
 * second canvas, while the first goes on showing the previous level's edges scaled to the new one;
 * the two swap when the new one is whole. Neighbouring zooms' scenes are made ahead in idle time.
 *
 * This class is the lifecycle (adding, moving, zooming, removing) and decides what is drawn when;
 * the drawing is done by its parts: the scene cache (sceneCache.ts), the SVG (svgEdges.ts), the
 * canvas sheets (canvasSheets.ts), painting ahead (paintAhead.ts), the highlight (highlight.ts)
 * and the hover index (hoverIndex.ts).
 */
export class RelationsLayer extends L.Layer {
  declare options: RelationsLayerOptions;
  private pane?: HTMLDivElement;
  private svgEdges?: SvgEdges;
  /** The dense corridors' code while it loads, then once it has loaded or failed to (see `loadCorridors`). */
  private corridors?: 'loading' | 'done';
  private sheets?: CanvasSheets;
  private scenes = new SceneCache(() => this.options, () => this.zoom);
  private highlighter = new Highlight({
    sheets: () => this.sheets,
    currentKey: () => this.scenes.key(this.zoom),
    currentScene: () => this.currentScene(),
    theme: () => this.options.theme,
    usesCanvas: () => this.usesCanvas(),
  });
  private hover = new HoverIndex(this.highlighter);
  private ahead = new PaintingAhead({
    map: () => this._map,
    scenes: this.scenes,
    sheets: () => this.sheets,
    relations: () => this.options.story.relations.length,
    theme: () => this.options.theme,
    usesCanvas: () => this.usesCanvas(),
  });
  /** The key of the scene drawn now, '' before the first. */
  private drawnKey = '';
  /** The part of the world (world pixels) the SVG covers now. */
  extent?: Rect;
  private center?: L.LatLng;
  zoom = 0;
  /** The paint on the back canvas under way (or the scene awaited for it). */
  private painting?: Slices;
  /** The version the last `draw` event reported, so listeners can tell a filter change from a zoom. */
  private firedVersion = -1;
  /** Whether the drawing under way is for a change of dates alone (a playback step). */
  private datesStep = false;
  private whenDrawn: (() => void)[] = [];

  constructor(options: RelationsLayerOptions) {
    super(options);
    L.Util.setOptions(this, { padding: 0.5, canvasAbove: MANY_EDGES, ...options });
  }

  onAdd(map: L.Map): this {
    this.pane = document.createElement('div');
    this.pane.className = 'drm-pane leaflet-zoom-animated';
    this.svgEdges = new SvgEdges();
    this.pane.append(this.svgEdges.svg);
    if (this.options.story.relations.length > this.options.canvasAbove!) loadedCanvas();
    this.getPane()!.appendChild(this.pane);
    this.update(map, true);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => loadedHitIndex());
    else loadedHitIndex();
    return this;
  }

  onRemove(): this {
    this.pane?.remove();
    this.sheets?.close();
    this.stopWork();
    this.pane = this.sheets = this.svgEdges = undefined;
    this.hover.reset();
    this.drawnKey = '';
    return this;
  }

  private stopWork() {
    this.svgEdges?.stop();
    this.highlighter.stop();
    this.ahead.stop();
    this.painting?.cancel();
    this.hover.stop();
    this.scenes.stop();
  }

  getEvents() {
    return {
      viewreset: this.reset,
      zoom: this.onZoom,
      zoomanim: this.onAnimZoom,
      moveend: this.onMoveEnd,
    } as unknown as { [name: string]: L.LeafletEventHandlerFn };
  }

  /** The SVG the layer draws into (for the app's event delegation and for export). */
  getContainer(): SVGSVGElement | undefined {
    return this.svgEdges?.svg;
  }

  /** Whether edges are drawn to the canvas (a large story) rather than as SVG elements. */
  usesCanvas(): boolean {
    return this.drawnKey !== '' && this.svgEdges!.canvasMode;
  }

  /** How many scenes of all dates (edges laid out in lanes, labels placed) the layer has made: a filter or a decision in review makes none. */
  layouts(): number {
    return this.scenes.laidOut;
  }

  /** Resolves once the edges of the current view are all on screen (at once if they are). */
  drawnNow(): Promise<void> {
    if (this.isDrawn()) return Promise.resolve();
    return new Promise((resolve) => this.whenDrawn.push(resolve));
  }

  private isDrawn() {
    return !this.painting || this.painting.done;
  }

  private settled() {
    if (!this.isDrawn()) return;
    const waiting = this.whenDrawn;
    this.whenDrawn = [];
    for (const resolve of waiting) resolve();
  }

  /**
   * The edge nearest to a point of the map's container, within `radius` pixels: on the canvas the
   * only way to find one, and among SVG edges the way to tell crowded neighbours apart (the one
   * drawn last would otherwise take the pointer). Small stories index their edges on first use at a
   * zoom; large ones after the edges are painted, and find nothing until then.
   */
  edgeAt(containerPoint: L.Point, radius = 7): string | undefined {
    const scene = this.currentScene();
    if (!this._map || !scene) return undefined;
    const world = this._map.containerPointToLayerPoint(containerPoint).add(this._map.getPixelOrigin());
    return this.hover.find(scene, this.scenes.key(this.zoom), world.x, world.y, radius);
  }

  /** Shows these edges at full strength and fades the rest, on the canvas; an empty set clears it. */
  highlight(ids: ReadonlySet<string>): void {
    this.highlighter.set(ids);
  }

  /** The scene of the story at the map's current zoom, in world pixels, once it is made. */
  currentScene(): StoryScene | undefined {
    return this.scenes.get(this.zoom);
  }

  /** The middle of a drawn edge in world pixels at the current zoom, or undefined if it is not drawn. */
  edgeMid(id: string): [number, number] | undefined {
    const scene = this.currentScene();
    return scene && this.highlighter.edgesOf(scene, new Set([id]))[0]?.mid;
  }

  /** The geographic box of an edge's two anchors, for framing it: in the copy of the world the story is drawn in. */
  edgeBounds(id: string): L.LatLngBounds | undefined {
    const { story } = this.options;
    const relation = story.relations.find((r) => r.id === id);
    if (!relation) return undefined;
    const at = (code: string) => story.actors.find((a) => a.id === code)!.anchor;
    const lon = (code: string) => wrapLongitude(at(code).lon, storyCut(story));
    return L.latLngBounds([at(relation.from).lat, lon(relation.from)], [at(relation.to).lat, lon(relation.to)]);
  }

  setFilters(filters: Filters): this {
    // A change of dates alone (a playback step) selects from the scenes of all dates, kept.
    const datesOnly = sameTypes(this.options.filters?.types, filters.types);
    this.options.filters = filters;
    this.forget(datesOnly);
    this.datesStep = datesOnly;
    if (this._map) this.draw(this._map.getZoom());
    this.datesStep = false;
    return this;
  }

  setTheme(theme: Theme): this {
    this.options.theme = theme;
    return this.redraw();
  }

  /** Draws the basemap again, as after a more detailed one arrived; the edges stay as they are. */
  refreshBasemap(): this {
    this.svgEdges?.forgetBasemap(false);
    if (this._map) this.drawBasemap(this._map.getZoom());
    return this;
  }

  /** Draws everything again, as after the theme changed. */
  redraw(): this {
    this.forget();
    this.svgEdges?.forgetBasemap(true);
    this.drawnKey = '';
    if (this._map) this.draw(this._map.getZoom());
    return this;
  }

  /** Drops every scene made or being made: the filters or the theme changed. */
  private forget(datesOnly = false) {
    this.ahead.cancelPaint();
    this.scenes.forget(datesOnly);
    this.ahead.cancelLater();
  }

  private onMoveEnd() {
    if (this._map) this.update(this._map);
  }

  private reset() {
    if (!this._map) return;
    this.update(this._map);
    this.updateTransform(this.center!, this.zoom);
  }

  private onZoom() {
    if (this._map) this.updateTransform(this._map.getCenter(), this._map.getZoom());
  }

  private onAnimZoom(e: L.ZoomAnimEvent) {
    this.updateTransform(e.center, e.zoom);
  }

  // The same arithmetic as Leaflet's own renderers, so the SVG moves in step with the tiles and panes.
  private updateTransform(center: L.LatLng, zoom: number) {
    const map = this._map;
    if (!map || !this.pane || !this.center) return;
    const scale = map.getZoomScale(zoom, this.zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + this.options.padding!);
    const currentCenterPoint = map.project(this.center, zoom);
    const newPixelOrigin = (map as unknown as { _getNewPixelOrigin(c: L.LatLng, z: number): L.Point })._getNewPixelOrigin(center, zoom);
    const offset = viewHalf.multiplyBy(-scale).add(currentCenterPoint).subtract(newPixelOrigin);
    L.DomUtil.setTransform(this.pane, offset, scale);
  }

  private update(map: L.Map, first = false) {
    if (!this.svgEdges) return;
    const p = this.options.padding!;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-p)).round();
    const extent = size.multiplyBy(1 + 2 * p).round();
    this.center = map.getCenter();
    this.zoom = map.getZoom();
    L.DomUtil.setPosition(this.pane!, min);
    const origin = map.getPixelOrigin();
    this.svgEdges.frame(min, extent, origin);
    const x0 = min.x + origin.x;
    const y0 = min.y + origin.y;
    this.extent = [[x0, y0], [x0 + extent.x, y0 + extent.y]];
    this.sheets?.placeAll();
    if (!this.draw(this.zoom, first) && this.usesCanvas() && !this.covered()) this.paintCanvas(this.options.story.relations.length <= SLICED_ABOVE);
  }

  /**
   * Paints the story's scene at the current zoom on the back canvas, for the view and a small margin,
   * a slice at a time, then shows it in place of the front one. A newer paint cancels an older one.
   * A level painted ahead that covers the view is shown at once instead.
   */
  private paintCanvas(now = true) {
    const scene = this.currentScene();
    this.painting?.cancel();
    this.ahead.cancelPaint();
    if (!scene || !this.extent || !this._map) {
      this.painting = undefined;
      return this.settled();
    }
    if (!this.canvases()) {
      // The canvases' code is still loading: the paint waits for it (and for nothing newer).
      const job = waiting();
      this.painting = job;
      void canvasLoading!.then(() => !job.done && this._map && this.paintCanvas());
      return;
    }
    const key = this.scenes.key(this.zoom);
    // A playback step repaints what is on show, where it is, unless a zoom or pan is still being
    // painted: in a worker where the browser can (drawn once it says so), else in this task.
    if (this.datesStep && this.sheets!.showsView(this.zoom, this.viewExtent(0), scene.edges.length)) {
      const job = (this.painting = waiting());
      this.sheets!.repaintFront(scene, key, this.options.theme, this.scenes.allAt(this.zoom), () => {
        if (job.done) return;
        job.cancel();
        this.show(this.sheets!.front, scene);
      });
      return;
    }
    const ready = this.sheets!.takeReady(key, this.viewExtent(0));
    if (ready) {
      this.painting = undefined;
      this.show(ready, scene);
      return;
    }
    const sheet = this.sheets!.back;
    this.painting = this.sheets!.paintSheet(sheet, scene, this.zoom, key, this.viewExtent(CANVAS_MARGIN), this.options.theme, now, () => this.show(sheet, scene), this.scenes.allAt(this.zoom));
  }

  /**
   * Whether the view is already painted (or being painted) at this zoom: Leaflet ends a zoom with
   * `viewreset` and `moveend` both, and a short pan stays within the painted margin.
   */
  private covered(): boolean {
    // No canvases yet: the paint waiting for their code paints the view as it is then.
    if (!this.sheets) return true;
    return this.sheets.covers(this.scenes.key(this.zoom), this.zoom, this.viewExtent(0), !!this.painting && !this.painting.done);
  }

  /** The canvases, made and put in the pane once their code has loaded (it starts loading now if it has not). */
  private canvases(): CanvasSheets | undefined {
    if (this.sheets || !this.pane) return this.sheets;
    const module = loadedCanvas();
    if (!module) return undefined;
    this.sheets = new module.CanvasSheets(() => this);
    this.pane.append(...this.sheets.elements());
    this.sheets.placeAll();
    return this.sheets;
  }

  /** Puts a painted sheet on show, then highlights, indexes and looks ahead from it. */
  private show(sheet: Sheet, scene: StoryScene) {
    this.sheets!.show(sheet);
    this.highlighter.paint();
    this.hover.later(scene, sheet.key, sheet.extent!);
    this.settled();
    this.ahead.prefetch(sheet.zoom);
  }

  /** The view in world pixels, grown by a share of its size on every side. */
  private viewExtent(margin: number): Rect {
    const map = this._map!;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-margin)).add(map.getPixelOrigin()).round();
    const max = min.add(size.multiplyBy(1 + 2 * margin)).round();
    return [[min.x, min.y], [max.x, max.y]];
  }

  private drawBasemap(zoom: number) {
    this.svgEdges!.drawBasemap(zoom, () => this.extent, this.options, (z) => !!this._map && this._map.getZoom() === z);
  }

  /**
   * Draws what changed at this zoom; says whether it started painting the canvas. A scene not yet
   * made is made now for a small story (or the first drawing), else a slice at a time, and drawn when whole.
   */
  private draw(zoom: number, now = false): boolean {
    this.drawBasemap(zoom);
    const key = this.scenes.key(zoom);
    if (key === this.drawnKey) return false;
    const part = this.scenes.get(zoom);
    if (part) {
      this.drawScene(part, key, zoom);
      return true;
    }
    if (now || this.options.story.relations.length <= SLICED_ABOVE) {
      this.drawScene(this.scenes.now(zoom), key, zoom);
      return true;
    }
    // Meanwhile the canvas shows the previous level, scaled; the hover waits for the new one.
    // Waiting is set first: a scene made within its first slice is painted before `later` returns.
    this.painting?.cancel();
    this.painting = waiting();
    // A scene made within its first slice (a playback step's few edges) is painted in the same task,
    // so the step is on screen in the next frame; one made over several tasks paints in a task of its own.
    let inThisTask = true;
    this.scenes.later(zoom, (scene) => {
      if (this._map && this.scenes.key(this.zoom) === key) this.drawScene(scene, key, zoom, !inThisTask, inThisTask);
    });
    inThisTask = false;
    return true;
  }

  private drawScene(part: StoryScene, key: string, zoom: number, late = false, paintNow?: boolean) {
    const onCanvas = part.edges.length > this.options.canvasAbove!;
    // A scene with a dense corridor (its labels keep clear of the badge, or its SVG draws it) waits
    // for the badges' code; the map shows what it showed meanwhile.
    if (!this.options.corridorCode && this.corridors !== 'done' && (this.scenes.needsCorridors(zoom) || (!onCanvas && hasDenseCorridor(part.edges)))) return this.loadCorridors();
    if (!onCanvas) {
      this.painting?.cancel();
      this.painting = undefined;
      this.sheets?.hideAll();
    }
    this.svgEdges!.drawEdges(part, this.options.theme, onCanvas, this.options.movableCallouts, this.options.calloutCode, this.options.corridorCode);
    this.drawnKey = key;
    // A large story paints in tasks of its own, after whatever asked for the drawing (a zoom, a
    // filter, a playback step too large to repaint in place).
    if (onCanvas) this.paintCanvas(paintNow ?? (!late && this.options.story.relations.length <= SLICED_ABOVE));
    const changed = this.firedVersion !== this.scenes.version;
    this.firedVersion = this.scenes.version;
    this.fire('draw', { scene: part, changed });
    // The neighbouring zooms are made once this one is on screen.
    if (!onCanvas) this.ahead.prefetch(zoom);
    this.settled();
  }

  /**
   * Loads the dense corridors' code (corridorBadges.ts), then makes the scenes that need it again
   * (their labels keep clear of the badges) and draws. Should it fail, dense corridors are drawn edge by
   * edge, as in a file.
   */
  private loadCorridors() {
    if (this.corridors) return;
    this.corridors = 'loading';
    void import('../core/corridorBadges.ts').then((code) => {
      this.options.corridorCode = code;
    }, () => undefined).then(() => {
      this.corridors = 'done';
      this.forget();
      this.drawnKey = '';
      if (this._map) this.draw(this._map.getZoom());
    });
  }

  /**
   * Whether the layer still has work under way or waiting for idle time: a scene, a paint, an index,
   * a level painted ahead, the dense corridors' code. For tests and the bench, which wait for a quiet page.
   */
  working(): boolean {
    const busy = (w?: Slices) => !!w && !w.done;
    return this.corridors === 'loading' || this.ahead.busy() || this.scenes.busy() || busy(this.painting) || this.hover.busy();
  }
}
