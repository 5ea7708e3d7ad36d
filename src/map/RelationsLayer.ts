import L from 'leaflet';
// Not from core/index.ts: the map's start loads no d3-geo (the coarse world comes projected, the
// detailed basemap brings its own projection when it loads).
import type { basemapScene } from '../core/scene.ts';
import { storySceneSteps, type Basemap, type Filters, type Rect, type Scene, type View } from '../core/storyScene.ts';
import { basemapMarkup, MANY_EDGES, storyMarkup, svgDefs } from '../core/svgMarkup.ts';
import type { Theme } from '../core/themes.ts';
import { WORLD_VIEW, worldScene, type ProjectedWorld } from '../core/world.ts';
import { relationTypeNames } from '../data/relationTypes.ts';
import type { Story } from '../data/schema.ts';
import { drawCanvas } from './drawCanvas.ts';
import type { HitIndex } from './hitIndex.ts';
import { inSlices, type Slices } from './slices.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function covers(outer: Rect | undefined, inner: Rect | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return outer[0][0] <= inner[0][0] && outer[0][1] <= inner[0][1] && outer[1][0] >= inner[1][0] && outer[1][1] >= inner[1][1];
}

/** A rectangle grown by a quarter of its size on every side. */
function grow([[x0, y0], [x1, y1]]: Rect): Rect {
  const w = (x1 - x0) / 4;
  const h = (y1 - y0) / 4;
  return [[x0 - w, y0 - h], [x1 + w, y1 + h]];
}

/** A basemap as loaded, with the core's `basemapScene` that projects it, loaded with it: d3-geo is not part of the map's start. */
export interface LoadedBasemap {
  basemap: Basemap;
  basemapScene: typeof basemapScene;
}

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
}

/** How long after a zoom or pan settles the detailed basemap is drawn, so steps in a row do not each pay for it. */
const DETAIL_DELAY = 120;

/** The canvas covers the view and this share of its size around it: canvas pixels cost in software. */
const CANVAS_MARGIN = 0.15;
/** Edges painted between two checks of the slice's time. */
const PAINT_CHUNK = 250;
/** Edges bent between two checks of the slice's time. */
const SCENE_CHUNK = 2000;
/** Up to this many relations a scene is made at once; above it, a slice at a time while the old one shows. */
const SLICED_ABOVE = 2000;
/** Up to this many edges the hover index is made on first use; above it, a slice at a time after painting. */
const HIT_SYNC_UP_TO = 3000;
/** Up to this many highlighted edges are drawn in their full style; more, in hairlines. */
const HIGHLIGHT_FULL_UP_TO = 400;
/** Up to this many relations the levels a zoom step away are painted ahead, in idle time. */
const AHEAD_UP_TO = 20_000;

/** How many zoom levels' scenes are kept, so zooming back and forth does not rebuild them. */
const CACHED_SCENES = 6;

type StoryScene = Omit<Scene, 'countries' | 'borders'>;

// The hover index's code loads when the page is first idle (or on the first hover before that): a
// reader who only looks at the map never waits for it, and it is not part of the start.
let hitModule: typeof import('./hitIndex.ts') | undefined;
let hitLoading: Promise<unknown> | undefined;
function loadedHitIndex() {
  hitLoading ??= import('./hitIndex.ts').then((m) => (hitModule = m));
  return hitModule;
}

/** Work not started yet (a scene still being made): not done until cancelled or replaced. */
function waiting(): Slices {
  let done = false;
  return {
    cancel() {
      done = true;
    },
    get done() {
      return done;
    },
  };
}

/** A canvas and what it shows: the part of the world (world pixels at `zoom`) painted on it. */
interface Sheet {
  canvas: HTMLCanvasElement;
  extent?: Rect;
  zoom: number;
  key: string;
}

/**
 * The map's one drawing layer: basemap and relations from the pure render core, in one SVG that
 * Leaflet hosts in its overlay pane (with the edges on a canvas over it for large stories).
 * Geometry is made once per zoom level in world pixels and cached; a pan only moves the drawing, a
 * zoom animation only scales it, so no point is re-projected per frame.
 *
 * Large stories never block the page: their scenes are made and painted a slice at a time on a
 * second canvas, while the first goes on showing the previous level's edges scaled to the new one;
 * the two swap when the new one is whole. Neighbouring zooms' scenes are made ahead in idle time.
 */
export class RelationsLayer extends L.Layer {
  declare options: RelationsLayerOptions;
  private pane?: HTMLDivElement;
  /** The canvas on show, and the one the next level is painted on. */
  private front?: Sheet;
  private back?: Sheet;
  /** Highlighted edges are drawn here, over the base canvas, which fades under them by CSS. */
  private topCanvas?: HTMLCanvasElement;
  private hits?: { key: string; index: HitIndex };
  private svg?: SVGSVGElement;
  private root?: SVGGElement;
  /** The whole-world basemap, projected once at zoom 0 and scaled to each zoom by a transform. */
  private coarseGroup?: SVGGElement;
  private coarseDrawn?: { world: ProjectedWorld; theme: Theme };
  /** The detailed basemap for a zoomed-in view, projected for its zoom after the zoom settles. */
  private basemapGroup?: SVGGElement;
  private detailTimer = 0;
  private storyGroup?: SVGGElement;
  private drawn = { zoom: NaN, basemap: undefined as Basemap | undefined, storyKey: '', clip: undefined as Rect | undefined };
  /** The part of the world (world pixels) the SVG covers now. */
  private extent?: Rect;
  private center?: L.LatLng;
  private zoom = 0;
  private storyCache = new Map<string, StoryScene>();
  /** Scenes being made, by key, and the callbacks waiting for each. */
  private building = new Map<string, { work: Slices; waiting: ((scene: StoryScene) => void)[] }>();
  /** The paint on the back canvas under way, and the hover index being made. */
  private painting?: Slices;
  private indexing?: Slices;
  private version = 0;
  /** The version the last `draw` event reported, so listeners can tell a filter change from a zoom. */
  private firedVersion = -1;
  private whenDrawn: (() => void)[] = [];

  constructor(options: RelationsLayerOptions) {
    super(options);
    L.Util.setOptions(this, { padding: 0.5, canvasAbove: MANY_EDGES, ...options });
  }

  onAdd(map: L.Map): this {
    this.pane = document.createElement('div');
    this.pane.className = 'drm-pane leaflet-zoom-animated';
    const sheet = (): Sheet => {
      const canvas = document.createElement('canvas');
      canvas.className = 'drm-canvas';
      canvas.hidden = true;
      return { canvas, zoom: NaN, key: '' };
    };
    this.front = sheet();
    this.back = sheet();
    this.ahead = [sheet(), sheet()];
    this.topCanvas = document.createElement('canvas');
    this.topCanvas.className = 'drm-canvas drm-canvas-top';
    this.topCanvas.hidden = true;
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'drm-layer');
    this.svg.innerHTML = '<defs></defs><g class="drm-root"><g class="drm-coarse"></g><g class="drm-basemap"></g><g class="drm-story"></g></g>';
    this.root = this.svg.querySelector('.drm-root')!;
    this.coarseGroup = this.svg.querySelector('.drm-coarse')!;
    this.basemapGroup = this.svg.querySelector('.drm-basemap')!;
    this.storyGroup = this.svg.querySelector('.drm-story')!;
    this.pane.append(this.svg, this.front.canvas, this.back.canvas, ...this.ahead.map((s) => s.canvas), this.topCanvas);
    this.getPane()!.appendChild(this.pane);
    this.update(map, true);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => loadedHitIndex());
    else loadedHitIndex();
    return this;
  }

  onRemove(): this {
    this.pane?.remove();
    this.stopWork();
    this.pane = this.front = this.back = this.topCanvas = this.svg = this.root = this.coarseGroup = this.basemapGroup = this.storyGroup = undefined;
    this.coarseDrawn = undefined;
    this.hits = undefined;
    this.drawn = { zoom: NaN, basemap: undefined, storyKey: '', clip: undefined };
    return this;
  }

  private stopWork() {
    clearTimeout(this.detailTimer);
    cancelAnimationFrame(this.paintFrame);
    this.paintFrame = 0;
    this.cancelLater();
    this.painting?.cancel();
    this.indexing?.cancel();
    this.aheadWork?.cancel();
    for (const { work } of this.building.values()) work.cancel();
    this.building.clear();
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
    return this.svg;
  }

  /** Whether edges are drawn to the canvas (a large story) rather than as SVG elements. */
  usesCanvas(): boolean {
    return this.drawn.storyKey !== '' && this.svg!.classList.contains('drm-canvas-mode');
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
    const key = this.storyKey(this.zoom);
    if (this.hits?.key !== key) {
      const hitIndex = loadedHitIndex();
      if (scene.edges.length > HIT_SYNC_UP_TO || !hitIndex) return undefined;
      this.hits = { key, index: hitIndex.hitIndex(scene.edges) };
    }
    const world = this._map.containerPointToLayerPoint(containerPoint).add(this._map.getPixelOrigin());
    return this.hits.index.find(world.x, world.y, radius);
  }

  /** Makes the hover index of the painted edges a slice at a time, for the canvas's extent. */
  private indexLater(scene: StoryScene, key: string, extent: Rect) {
    this.indexing?.cancel();
    if (scene.edges.length <= HIT_SYNC_UP_TO) return;
    const module = loadedHitIndex();
    if (module === undefined) {
      // Once the index's code has loaded, unless something newer asked for an index meanwhile.
      const job = waiting();
      this.indexing = job;
      void hitLoading!.then(() => !job.done && this.indexLater(scene, key, extent));
      return;
    }
    const layer = this;
    const found = module;
    function* steps(): Generator<number, void, number> {
      const index = yield* found.hitIndexSteps(scene.edges, { extent });
      layer.hits = { key, index };
      if (!layer.order.has(scene)) yield* layer.orderSteps(scene);
    }
    this.indexing = inSlices(steps(), 1000, () => {}, { now: false });
  }

  /** Shows these edges at full strength and fades the rest, on the canvas; an empty set clears it. */
  highlight(ids: ReadonlySet<string>): void {
    const next = ids.size ? ids : undefined;
    if (!next && !this.highlighted) return;
    this.highlighted = next;
    // One repaint a frame, however many pointer events ask for one; only the few highlighted edges are drawn.
    if (this.usesCanvas()) this.paintFrame ||= requestAnimationFrame(() => {
      this.paintFrame = 0;
      this.paintHighlight();
    });
  }

  private highlighted?: ReadonlySet<string>;
  private paintFrame = 0;

  /** The scene of the story at the map's current zoom, in world pixels, once it is made. */
  currentScene(): StoryScene | undefined {
    return this.storyCache.get(this.storyKey(this.zoom));
  }

  /** The middle of a drawn edge in world pixels at the current zoom, or undefined if it is not drawn. */
  edgeMid(id: string): [number, number] | undefined {
    const scene = this.currentScene();
    return scene && this.edgesOf(scene, new Set([id]))[0]?.mid;
  }

  /** The geographic box of an edge's two anchors, for framing it. */
  edgeBounds(id: string): L.LatLngBounds | undefined {
    const relation = this.options.story.relations.find((r) => r.id === id);
    if (!relation) return undefined;
    const at = (code: string) => this.options.story.actors.find((a) => a.id === code)!.anchor;
    return L.latLngBounds([at(relation.from).lat, at(relation.from).lon], [at(relation.to).lat, at(relation.to).lon]);
  }

  setFilters(filters: Filters): this {
    this.options.filters = filters;
    this.forget();
    if (this._map) this.draw(this._map.getZoom());
    return this;
  }

  setTheme(theme: Theme): this {
    this.options.theme = theme;
    return this.redraw();
  }

  /** Draws the basemap again, as after a more detailed one arrived; the edges stay as they are. */
  refreshBasemap(): this {
    this.drawn = { ...this.drawn, zoom: NaN, basemap: undefined };
    if (this._map) this.drawBasemap(this._map.getZoom());
    return this;
  }

  /** Draws everything again, as after the theme changed. */
  redraw(): this {
    this.forget();
    this.drawn = { zoom: NaN, basemap: undefined, storyKey: '', clip: undefined };
    this.coarseDrawn = undefined;
    if (this._map) this.draw(this._map.getZoom());
    return this;
  }

  /** Drops every scene made or being made: the filters or the theme changed. */
  private forget() {
    this.version++;
    this.aheadWork?.cancel();
    this.storyCache.clear();
    for (const { work } of this.building.values()) work.cancel();
    this.building.clear();
    this.cancelLater();
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
    if (!this.svg) return;
    const p = this.options.padding!;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-p)).round();
    const extent = size.multiplyBy(1 + 2 * p).round();
    this.center = map.getCenter();
    this.zoom = map.getZoom();
    L.DomUtil.setPosition(this.pane!, min);
    this.svg.setAttribute('width', String(extent.x));
    this.svg.setAttribute('height', String(extent.y));
    this.svg.setAttribute('viewBox', `${min.x} ${min.y} ${extent.x} ${extent.y}`);
    const origin = map.getPixelOrigin();
    this.root!.setAttribute('transform', `translate(${-origin.x},${-origin.y})`);
    const x0 = min.x + origin.x;
    const y0 = min.y + origin.y;
    this.extent = [[x0, y0], [x0 + extent.x, y0 + extent.y]];
    // What is on the canvases stays where it belongs in the world, scaled to this zoom, until repainted.
    this.place(this.front!);
    this.place(this.back!);
    this.place(this.topCanvas!, this.front!);
    if (!this.draw(this.zoom, first) && this.usesCanvas() && !this.covered()) this.paintCanvas(this.options.story.relations.length <= SLICED_ABOVE);
  }

  /** Sets a canvas where the part of the world painted on it is now, scaled from the zoom it was painted at. */
  private place(canvas: Sheet | HTMLCanvasElement, of?: Sheet) {
    const sheet = canvas instanceof HTMLCanvasElement ? of! : canvas;
    const element = canvas instanceof HTMLCanvasElement ? canvas : canvas.canvas;
    if (!sheet.extent || !this.extent) return;
    const scale = 2 ** (this.zoom - sheet.zoom);
    const [[x0, y0]] = sheet.extent;
    const left = x0 * scale - this.extent[0][0];
    const top = y0 * scale - this.extent[0][1];
    element.style.transformOrigin = '0 0';
    element.style.transform = scale === 1 ? `translate(${left}px,${top}px)` : `translate(${left}px,${top}px) scale(${scale})`;
  }

  /**
   * Paints the story's scene at the current zoom on the back canvas, for the view and a small margin,
   * a slice at a time, then shows it in place of the front one. A newer paint cancels an older one.
   * A level painted ahead that covers the view is shown at once instead.
   */
  private paintCanvas(now = true) {
    const scene = this.currentScene();
    this.painting?.cancel();
    this.aheadWork?.cancel();
    if (!scene || !this.extent || !this._map) {
      this.painting = undefined;
      return this.settled();
    }
    const key = this.storyKey(this.zoom);
    const view = this.viewExtent(0);
    const ready = this.ahead.find((s) => s.key === key && covers(s.extent, view));
    if (ready) {
      this.ahead = this.ahead.filter((s) => s !== ready);
      this.painting = undefined;
      this.show(ready, scene);
      return;
    }
    const sheet = this.back!;
    this.painting = this.paintSheet(sheet, scene, this.zoom, this.viewExtent(CANVAS_MARGIN), now, () => this.show(sheet, scene));
  }

  /**
   * Whether the view is already painted (or being painted) at this zoom: Leaflet ends a zoom with
   * `viewreset` and `moveend` both, and a short pan stays within the painted margin.
   */
  private covered(): boolean {
    const key = this.storyKey(this.zoom);
    const view = this.viewExtent(0);
    const pending = this.painting && !this.painting.done ? this.back! : undefined;
    return [this.front!, pending].some((s) => s && s.zoom === this.zoom && (s === pending || s.key === key) && covers(s.extent, view));
  }

  /** Puts a painted sheet on show in the front's place; the old front joins the sheets to paint on. */
  private show(sheet: Sheet, scene: StoryScene) {
    const old = this.front!;
    sheet.canvas.hidden = false;
    this.place(sheet);
    if (old !== sheet) {
      // Hidden, not only transparent: a transparent canvas is still handed to the compositor each
      // time it is painted on, which at 50,000 edges made frames of painting ahead long tasks.
      old.canvas.hidden = true;
      old.canvas.classList.remove('faded');
      if (this.back === sheet) this.back = old;
      else this.ahead.push({ ...old, key: '' });
    }
    this.front = sheet;
    this.place(this.topCanvas!, sheet);
    this.paintHighlight();
    this.indexLater(scene, sheet.key, sheet.extent!);
    this.settled();
    this.prefetch(sheet.zoom);
  }

  /** Paints a scene of one zoom on a sheet for a part of the world, a slice at a time, then calls `then`. */
  private paintSheet(sheet: Sheet, scene: StoryScene, zoom: number, extent: Rect, now: boolean, then: () => void): Slices {
    sheet.extent = extent;
    sheet.zoom = zoom;
    sheet.key = '';
    const context = this.prepare(sheet.canvas, extent);
    this.place(sheet);
    const { theme } = this.options;
    const key = this.storyKey(zoom);
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

  /**
   * While the page is idle, paints the levels one zoom step in and out around the same centre on
   * spare canvases, so a zoom step by button or key only swaps canvases. Only for stories whose
   * levels paint in a few slices: fifty thousand edges would keep the page busy for seconds.
   */
  private paintAhead(zoom: number, then: () => void) {
    const map = this._map;
    this.aheadWork?.cancel();
    if (!map) return;
    if (this.options.story.relations.length > AHEAD_UP_TO || !this.usesCanvas()) return then();
    const zooms = [zoom + 1, zoom - 1].filter((z) => z >= map.getMinZoom() && z <= map.getMaxZoom());
    const center = map.getCenter();
    const size = map.getSize();
    const next = () => {
      const z = zooms.shift();
      if (!this._map || this._map.getZoom() !== zoom) return;
      if (z === undefined) return then();
      const scene = this.storyCache.get(this.storyKey(z));
      const min = map.project(center, z).subtract(size.multiplyBy(0.5 + CANVAS_MARGIN)).round();
      const max = min.add(size.multiplyBy(1 + 2 * CANVAS_MARGIN)).round();
      const extent: Rect = [[min.x, min.y], [max.x, max.y]];
      if (!scene || this.ahead.some((s) => s.key === this.storyKey(z) && covers(s.extent, extent))) return next();
      const sheet = this.ahead.find((s) => s.key !== this.storyKey(zoom - 1) && s.key !== this.storyKey(zoom + 1)) ?? this.ahead[0];
      if (!sheet) return;
      this.aheadWork = this.paintSheet(sheet, scene, z, extent, false, () => {
        this.later(next);
      });
    };
    this.later(next);
  }

  private ahead: Sheet[] = [];
  private aheadWork?: Slices;

  /** The view in world pixels, grown by a share of its size on every side. */
  private viewExtent(margin: number): Rect {
    const map = this._map!;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-margin)).add(map.getPixelOrigin()).round();
    const max = min.add(size.multiplyBy(1 + 2 * margin)).round();
    return [[min.x, min.y], [max.x, max.y]];
  }

  /** Paints the highlighted edges, in their full style, on the top canvas and fades the base one under them. */
  private paintHighlight() {
    if (!this.topCanvas || !this.front) return;
    const top = this.topCanvas;
    const front = this.front!;
    const ids = this.highlighted;
    const current = front.key === this.storyKey(this.zoom);
    front.canvas.classList.toggle('faded', !!ids && current);
    top.hidden = !ids || front.canvas.hidden || !current || !front.extent;
    if (top.hidden) return;
    const scene = this.currentScene();
    const context = this.prepare(top, front.extent!);
    this.place(top, front);
    // An actor with thousands of relations is highlighted in hairlines, as the base draws them: full
    // strokes, dashed and wide, would take longer to rasterise than a frame.
    const edges = scene ? this.edgesOf(scene, ids!) : [];
    if (scene && context) drawCanvas(context, { edges, anchors: [], labels: [] }, this.options.theme, front.extent, { hairline: edges.length > HIGHLIGHT_FULL_UP_TO });
  }

  /** A scene's edges with these ids, in drawing order, without a pass over fifty thousand for one edge. */
  private edgesOf(scene: StoryScene, ids: ReadonlySet<string>) {
    const order = this.order.get(scene);
    // Until the scene's index by id is made (in slices, after painting), one pass over the edges.
    if (!order) return scene.edges.filter((e) => ids.has(e.id));
    const at = [...ids].flatMap((id) => order.get(id) ?? []).sort((a, b) => a - b);
    return at.map((i) => scene.edges[i]);
  }

  /** Indexes a scene's edges by id, a slice at a time. */
  private *orderSteps(scene: StoryScene): Generator<number, void, number> {
    const order = new Map<string, number>();
    let budget = yield 0;
    for (let i = 0; i < scene.edges.length; i++) {
      order.set(scene.edges[i].id, i);
      if (--budget <= 0) budget = yield i;
    }
    this.order.set(scene, order);
  }

  private order = new WeakMap<StoryScene, Map<string, number>>();

  /** Sizes a canvas to the part of the world it covers, clears it, and maps world pixels onto it. */
  private prepare(canvas: HTMLCanvasElement, [[x0, y0], [x1, y1]]: Rect) {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round((x1 - x0) * ratio);
    const height = Math.round((y1 - y0) * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${x1 - x0}px`;
      canvas.style.height = `${y1 - y0}px`;
    }
    const context = canvas.getContext('2d')!;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(ratio, 0, 0, ratio, -x0 * ratio, -y0 * ratio);
    return context;
  }

  private storyKey(zoom: number) {
    return `${zoom}|${this.version}`;
  }

  /**
   * The basemap in two layers. The coarse world comes projected (when the app is built) and is only
   * rescaled per zoom (its strokes do not scale), so neither the start nor a zoom step projects it. Where a detailed basemap applies,
   * it is projected for the view a moment after the zoom settles, and covers the coarse one.
   */
  private drawBasemap(zoom: number) {
    const { story, theme, world } = this.options;
    if (this.coarseDrawn?.world !== world || this.coarseDrawn.theme !== theme) {
      this.svg!.querySelector('defs')!.outerHTML = svgDefs(relationTypeNames, theme);
      this.coarseGroup!.innerHTML = basemapMarkup({ ...worldScene(world, story.actors.map((a) => a.id)), view: WORLD_VIEW }, theme);
      this.coarseDrawn = { world, theme };
    }
    this.coarseGroup!.setAttribute('transform', `scale(${2 ** zoom})`);
    const detailed = this.options.basemapAt(zoom);
    const basemap = detailed?.basemap;
    const fresh = zoom === this.drawn.zoom && basemap === this.drawn.basemap && covers(this.drawn.clip, this.extent);
    if (fresh) return;
    clearTimeout(this.detailTimer);
    this.basemapGroup!.replaceChildren();
    this.drawn.zoom = NaN;
    if (!detailed) return;
    this.detailTimer = window.setTimeout(() => {
      if (!this._map || this._map.getZoom() !== zoom) return;
      const view: View = { zoom, origin: [0, 0], width: 0, height: 0 };
      // Only a margin around the view: the whole world at zoom 6 is megabytes of path.
      const clip = this.extent ? grow(this.extent) : undefined;
      this.basemapGroup!.innerHTML = basemapMarkup({ ...detailed.basemapScene(detailed.basemap, view, story.actors.map((a) => a.id), clip), view }, theme);
      this.drawn = { ...this.drawn, zoom, basemap, clip };
    }, DETAIL_DELAY);
  }

  /**
   * Draws what changed at this zoom; says whether it started painting the canvas. A scene not yet
   * made is made now for a small story (or the first drawing), else a slice at a time, and drawn when whole.
   */
  private draw(zoom: number, now = false): boolean {
    this.drawBasemap(zoom);
    const key = this.storyKey(zoom);
    if (key === this.drawn.storyKey) return false;
    const part = this.storyCache.get(key);
    if (part) {
      this.drawScene(part, key, zoom);
      return true;
    }
    if (now || this.options.story.relations.length <= SLICED_ABOVE) {
      this.drawScene(this.sceneNow(zoom), key, zoom);
      return true;
    }
    // Meanwhile the canvas shows the previous level, scaled; the hover waits for the new one.
    // Waiting is set first: a scene made within its first slice is painted before `sceneLater` returns.
    this.painting?.cancel();
    this.painting = waiting();
    this.sceneLater(zoom, (scene) => {
      if (this._map && this.storyKey(this.zoom) === key) this.drawScene(scene, key, zoom, true);
    });
    return true;
  }

  private drawScene(part: StoryScene, key: string, zoom: number, late = false) {
    const { theme } = this.options;
    const onCanvas = part.edges.length > this.options.canvasAbove!;
    this.svg!.classList.toggle('drm-canvas-mode', onCanvas);
    if (!onCanvas) {
      this.painting?.cancel();
      this.painting = undefined;
      for (const sheet of [this.front!, this.back!, ...this.ahead]) {
        sheet.canvas.hidden = true;
        sheet.extent = undefined;
        sheet.key = '';
      }
      this.topCanvas!.hidden = true;
    }
    // Redrawing replaces the edges: the one with keyboard focus gets it back.
    const focused = this.svg!.contains(document.activeElement) ? document.activeElement?.getAttribute('data-relation-id') : null;
    this.storyGroup!.innerHTML = onCanvas ? '' : storyMarkup(part, { theme, interactive: true });
    if (focused) this.svg!.querySelector<SVGElement>(`[data-relation-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    this.drawn.storyKey = key;
    // A large story paints in tasks of its own, after whatever asked for the drawing (a zoom, a filter).
    if (onCanvas) this.paintCanvas(!late && this.options.story.relations.length <= SLICED_ABOVE);
    const changed = this.firedVersion !== this.version;
    this.firedVersion = this.version;
    this.fire('draw', { scene: part, changed });
    // The neighbouring zooms are made once this one is on screen.
    if (!onCanvas) this.prefetch(zoom);
    this.settled();
  }

  /** The story's scene at a zoom, from the cache or made now. */
  private sceneNow(zoom: number): StoryScene {
    const key = this.storyKey(zoom);
    let part = this.storyCache.get(key);
    if (!part) {
      this.building.get(key)?.work.cancel();
      this.building.delete(key);
      const steps = storySceneSteps(this.options.story, { zoom, origin: [0, 0], width: 0, height: 0 }, this.options.filters, this.options.compact);
      for (let step = steps.next(Infinity); ; step = steps.next(Infinity)) if (step.done) {
        part = step.value;
        break;
      }
      this.keep(key, part);
    }
    return part;
  }

  /** Makes the story's scene at a zoom a slice at a time (once, however many ask), then hands it on. */
  private sceneLater(zoom: number, then: (scene: StoryScene) => void) {
    const key = this.storyKey(zoom);
    const cached = this.storyCache.get(key);
    if (cached) return then(cached);
    const pending = this.building.get(key);
    if (pending) return void pending.waiting.push(then);
    const job = { work: undefined as unknown as Slices, waiting: [then] };
    this.building.set(key, job);
    job.work = inSlices(storySceneSteps(this.options.story, { zoom, origin: [0, 0], width: 0, height: 0 }, this.options.filters, this.options.compact), SCENE_CHUNK, (scene) => {
      this.building.delete(key);
      this.keep(key, scene);
      for (const next of job.waiting) next(scene);
    });
  }

  private keep(key: string, scene: StoryScene) {
    this.storyCache.set(key, scene);
    if (this.storyCache.size > CACHED_SCENES) {
      // The oldest scene goes, but never the one on screen.
      const current = this.storyKey(this.zoom);
      const old = [...this.storyCache.keys()].find((k) => k !== current && k !== key);
      if (old) this.storyCache.delete(old);
    }
  }

  /**
   * While the page is idle, makes the scenes one zoom step in and out, a slice at a time, so the
   * next zoom only paints.
   */
  private prefetch(zoom: number) {
    if (typeof requestIdleCallback !== 'function') return;
    this.cancelLater();
    const map = this._map;
    if (!map) return;
    // A whole step in and out first, painted ahead as soon as made; half steps (the zoom buttons on a phone) after.
    const steps: (number | 'paint')[] = [zoom + 1, zoom - 1, 'paint', zoom + 0.5, zoom - 0.5];
    const zooms = steps.filter((z) => z === 'paint' || (z >= map.getMinZoom() && z <= map.getMaxZoom() && !this.storyCache.has(this.storyKey(z))));
    const next = () => {
      const z = zooms.shift();
      if (z === undefined || !this._map) return;
      if (z === 'paint') return this.paintAhead(zoom, next);
      this.sceneLater(z, () => {
        this.later(next);
      });
    };
    this.later(next);
  }

  private idle = 0;
  private idlePending = false;

  /** Runs `fn` when the page is next idle, in place of anything asked for before. */
  private later(fn: () => void) {
    cancelIdleCallback(this.idle);
    this.idlePending = true;
    this.idle = requestIdleCallback(() => {
      this.idlePending = false;
      fn();
    });
  }

  private cancelLater() {
    cancelIdleCallback(this.idle);
    this.idlePending = false;
  }

  /**
   * Whether the layer still has work under way or waiting for idle time: a scene, a paint, an index,
   * a level painted ahead. For tests and the bench, which wait for a quiet page.
   */
  working(): boolean {
    const busy = (w?: Slices) => !!w && !w.done;
    return this.idlePending || this.building.size > 0 || busy(this.painting) || busy(this.indexing) || busy(this.aheadWork);
  }
}
