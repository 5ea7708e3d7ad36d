import L from 'leaflet';
// Not from core/index.ts: the map's start loads no d3-geo (the coarse world comes projected, the
// detailed basemap brings its own projection when it loads).
import type { basemapScene } from '../core/scene.ts';
import { storyScene, type Basemap, type Filters, type Rect, type Scene, type View } from '../core/storyScene.ts';
import { basemapMarkup, MANY_EDGES, storyMarkup, svgDefs } from '../core/svgMarkup.ts';
import type { Theme } from '../core/themes.ts';
import { WORLD_VIEW, worldScene, type ProjectedWorld } from '../core/world.ts';
import { relationTypeNames } from '../data/relationTypes.ts';
import type { Story } from '../data/schema.ts';
import { drawCanvas } from './drawCanvas.ts';
import { hitIndex, type HitIndex } from './hitIndex.ts';

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
/** Edges painted a frame on the canvas. */
const EDGES_PER_FRAME = 2500;

/** How many zoom levels' scenes are kept, so zooming back and forth does not rebuild them. */
const CACHED_SCENES = 6;
/** Up to this many edges, the scenes of the neighbouring zooms are made in idle time. */
const PREFETCH_UP_TO = 20_000;

/**
 * The map's one drawing layer: basemap and relations from the pure render core, in one SVG that
 * Leaflet hosts in its overlay pane (with the edges on a canvas over it for large stories).
 * Geometry is made once per zoom level in world pixels and cached; a pan only moves the drawing, a
 * zoom animation only scales it, so no point is re-projected per frame.
 */
export class RelationsLayer extends L.Layer {
  declare options: RelationsLayerOptions;
  private pane?: HTMLDivElement;
  private canvas?: HTMLCanvasElement;
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
  private storyCache = new Map<string, Omit<Scene, 'countries' | 'borders'>>();
  private version = 0;

  constructor(options: RelationsLayerOptions) {
    super(options);
    L.Util.setOptions(this, { padding: 0.5, canvasAbove: MANY_EDGES, ...options });
  }

  onAdd(map: L.Map): this {
    this.pane = document.createElement('div');
    this.pane.className = 'drm-pane leaflet-zoom-animated';
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'drm-canvas';
    this.canvas.hidden = true;
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
    this.pane.append(this.svg, this.canvas, this.topCanvas);
    this.getPane()!.appendChild(this.pane);
    this.update(map);
    return this;
  }

  onRemove(): this {
    this.pane?.remove();
    clearTimeout(this.detailTimer);
    cancelIdleCallback(this.idle);
    cancelAnimationFrame(this.sliceFrame);
    this.pane = this.canvas = this.topCanvas = this.svg = this.root = this.coarseGroup = this.basemapGroup = this.storyGroup = undefined;
    this.coarseDrawn = undefined;
    this.hits = undefined;
    this.drawn = { zoom: NaN, basemap: undefined, storyKey: '', clip: undefined };
    return this;
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
    return !!this.canvas && !this.canvas.hidden;
  }

  /**
   * The edge nearest to a point of the map's container, within `radius` pixels: on the canvas the
   * only way to find one, and among SVG edges the way to tell crowded neighbours apart (the one
   * drawn last would otherwise take the pointer). The index is built on first use at a zoom.
   */
  edgeAt(containerPoint: L.Point, radius = 7): string | undefined {
    const scene = this.currentScene();
    if (!this._map || !scene) return undefined;
    const key = this.storyKey(this.zoom);
    if (this.hits?.key !== key) this.hits = { key, index: hitIndex(scene.edges) };
    const world = this._map.containerPointToLayerPoint(containerPoint).add(this._map.getPixelOrigin());
    return this.hits.index.find(world.x, world.y, radius);
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

  /** The scene of the story at the map's current zoom, in world pixels. */
  currentScene(): Omit<Scene, 'countries' | 'borders'> | undefined {
    return this.storyCache.get(this.storyKey(this.zoom));
  }

  /** The middle of a drawn edge in world pixels at the current zoom, or undefined if it is not drawn. */
  edgeMid(id: string): [number, number] | undefined {
    return this.currentScene()?.edges.find((e) => e.id === id)?.mid;
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
    this.version++;
    this.storyCache.clear();
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
    this.version++;
    this.storyCache.clear();
    this.drawn = { zoom: NaN, basemap: undefined, storyKey: '', clip: undefined };
    this.coarseDrawn = undefined;
    if (this._map) this.draw(this._map.getZoom());
    return this;
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

  private update(map: L.Map) {
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
    if (!this.draw(this.zoom) && this.usesCanvas()) this.paintCanvas();
  }

  /**
   * Paints the canvas edges for the view and a small margin, a slice of edges a frame, so a story
   * of fifty thousand relations never blocks the page for long; a newer paint cancels an older one.
   */
  private paintCanvas() {
    const scene = this.currentScene();
    cancelAnimationFrame(this.sliceFrame);
    if (!scene || !this.extent || !this._map) return;
    this.canvasExtent = this.viewExtent(CANVAS_MARGIN);
    const context = this.prepare(this.canvas!);
    if (!context) return;
    const { theme } = this.options;
    const extent = this.canvasExtent;
    const slice = (from: number) => {
      const edges = scene.edges.slice(from, from + EDGES_PER_FRAME);
      const last = from + EDGES_PER_FRAME >= scene.edges.length;
      drawCanvas(context, { edges, anchors: last ? scene.anchors : [], labels: last ? scene.labels : [] }, theme, extent, { hairline: true });
      if (!last) this.sliceFrame = requestAnimationFrame(() => slice(from + EDGES_PER_FRAME));
    };
    slice(0);
    this.paintHighlight();
  }

  private sliceFrame = 0;
  /** The part of the world (world pixels) the canvases cover: the view and a margin. */
  private canvasExtent?: Rect;

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
    const top = this.topCanvas!;
    const ids = this.highlighted;
    this.canvas!.classList.toggle('faded', !!ids);
    top.hidden = !ids || this.canvas!.hidden;
    if (top.hidden) return;
    const scene = this.currentScene();
    const context = this.prepare(top);
    if (scene && context) drawCanvas(context, { edges: scene.edges.filter((e) => ids!.has(e.id)), anchors: [], labels: [] }, this.options.theme, this.canvasExtent);
  }

  /** Sizes a canvas to the part of the world it covers, places it in the pane, clears it, and maps world pixels onto it. */
  private prepare(canvas: HTMLCanvasElement) {
    if (!this.canvasExtent || !this.extent) return undefined;
    const [[x0, y0], [x1, y1]] = this.canvasExtent;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round((x1 - x0) * ratio);
    const height = Math.round((y1 - y0) * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${x1 - x0}px`;
      canvas.style.height = `${y1 - y0}px`;
    }
    canvas.style.left = `${x0 - this.extent[0][0]}px`;
    canvas.style.top = `${y0 - this.extent[0][1]}px`;
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

  /** Draws what changed at this zoom; says whether it painted the canvas. */
  private draw(zoom: number): boolean {
    const { theme } = this.options;
    this.drawBasemap(zoom);
    const key = this.storyKey(zoom);
    if (key !== this.drawn.storyKey) {
      const part = this.sceneAt(zoom);
      const onCanvas = part.edges.length > this.options.canvasAbove!;
      this.canvas!.hidden = !onCanvas;
      if (!onCanvas) this.topCanvas!.hidden = true;
      this.svg!.classList.toggle('drm-canvas-mode', onCanvas);
      // Redrawing replaces the edges: the one with keyboard focus gets it back.
      const focused = this.svg!.contains(document.activeElement) ? document.activeElement?.getAttribute('data-relation-id') : null;
      this.storyGroup!.innerHTML = onCanvas ? '' : storyMarkup(part, { theme, interactive: true });
      if (focused) this.svg!.querySelector<SVGElement>(`[data-relation-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
      this.drawn.storyKey = key;
      if (onCanvas) this.paintCanvas();
      this.fire('draw', { scene: part });
      this.prefetch(zoom, part.edges.length);
      return onCanvas;
    }
    return false;
  }

  /** The story's scene at a zoom, from the cache or made now. */
  private sceneAt(zoom: number) {
    const key = this.storyKey(zoom);
    let part = this.storyCache.get(key);
    if (!part) {
      part = storyScene(this.options.story, { zoom, origin: [0, 0], width: 0, height: 0 }, this.options.filters, this.options.compact);
      this.storyCache.set(key, part);
      if (this.storyCache.size > CACHED_SCENES) this.storyCache.delete(this.storyCache.keys().next().value!);
    }
    return part;
  }

  /**
   * While the page is idle, makes the scenes one zoom step in and out, so the next zoom only paints.
   * Not for the largest stories, where one scene is a long task of its own.
   */
  private prefetch(zoom: number, edges: number) {
    if (edges > PREFETCH_UP_TO || typeof requestIdleCallback !== 'function') return;
    cancelIdleCallback(this.idle);
    const map = this._map;
    if (!map) return;
    const zooms = [zoom + 1, zoom - 1, zoom + 0.5, zoom - 0.5].filter((z) => z >= map.getMinZoom() && z <= map.getMaxZoom());
    const next = (deadline: IdleDeadline) => {
      while (zooms.length && deadline.timeRemaining() > 0) this.sceneAt(zooms.shift()!);
      if (zooms.length) this.idle = requestIdleCallback(next);
    };
    this.idle = requestIdleCallback(next);
  }

  private idle = 0;
}
