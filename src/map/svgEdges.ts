import type { basemapScene } from '../core/scene.ts';
import type { Basemap, Rect, View } from '../core/storyScene.ts';
import { basemapMarkup, storyElements, svgDefs } from '../core/svgMarkup.ts';
import type { CalloutCode } from '../core/placeCallouts.ts';
import type { CorridorCode } from '../core/corridorBadges.ts';
import type { Theme } from '../core/themes.ts';
import { WORLD_VIEW, worldScene, type ProjectedWorld } from '../core/world.ts';
import { relationTypeNames } from '../data/relationTypes.ts';
import type { Story } from '../data/schema.ts';
import type { StoryScene } from './sceneCache.ts';
import { covers, grow } from './sheets.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The world's width at zoom 0, in the coarse world's pixels. */
const WORLD_WIDTH = 256;
/** Coarse worlds drawn so far, to give each its own id. */
let worlds = 0;

/** How long after a zoom or pan settles the detailed basemap is drawn, so steps in a row do not each pay for it. */
const DETAIL_DELAY = 120;

/** A basemap as loaded, with the core's `basemapScene` that projects it, loaded with it: d3-geo is not part of the map's start. */
export interface LoadedBasemap {
  basemap: Basemap;
  basemapScene: typeof basemapScene;
}

/** What the basemap is drawn from: the layer's options as they are now. */
export interface BasemapSource {
  story: Story;
  world: ProjectedWorld;
  theme: Theme;
  basemapAt: (zoom: number) => LoadedBasemap | undefined;
}

/**
 * The layer's SVG: the coarse world (projected once, scaled per zoom), the detailed basemap for a
 * zoomed-in view, and the edges of a story small enough to draw one element each.
 */
export class SvgEdges {
  readonly svg: SVGSVGElement;
  private root: SVGGElement;
  /** The whole-world basemap, projected once at zoom 0 and scaled to each zoom by a transform. */
  private coarseGroup: SVGGElement;
  private coarseDrawn?: { world: ProjectedWorld; theme: Theme };
  /** The detailed basemap for a zoomed-in view, projected for its zoom after the zoom settles. */
  private basemapGroup: SVGGElement;
  private storyGroup: SVGGElement;
  private detailTimer = 0;
  private drawn = { zoom: NaN, basemap: undefined as Basemap | undefined, clip: undefined as Rect | undefined };

  constructor() {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'drm-layer');
    this.svg.innerHTML = '<defs></defs><g class="drm-root"><g class="drm-coarse"></g><g class="drm-basemap"></g><g class="drm-story"></g></g>';
    this.root = this.svg.querySelector('.drm-root')!;
    this.coarseGroup = this.svg.querySelector('.drm-coarse')!;
    this.basemapGroup = this.svg.querySelector('.drm-basemap')!;
    this.storyGroup = this.svg.querySelector('.drm-story')!;
  }

  /** Sizes the SVG to the layer's pixels (from `min`, `size` of them) with the world drawn from `origin`. */
  frame(min: { x: number; y: number }, size: { x: number; y: number }, origin: { x: number; y: number }) {
    this.svg.setAttribute('width', String(size.x));
    this.svg.setAttribute('height', String(size.y));
    this.svg.setAttribute('viewBox', `${min.x} ${min.y} ${size.x} ${size.y}`);
    this.root.setAttribute('transform', `translate(${-origin.x},${-origin.y})`);
  }

  /** Whether the edges are on a canvas rather than here. */
  get canvasMode(): boolean {
    return this.svg.classList.contains('drm-canvas-mode');
  }

  /** Draws a scene's edges as elements, or none when they go to a canvas; the focused edge or callout keeps focus. */
  drawEdges(scene: StoryScene, theme: Theme, onCanvas: boolean, movableCallouts = false, callouts?: CalloutCode, corridors?: CorridorCode) {
    this.svg.classList.toggle('drm-canvas-mode', onCanvas);
    // Redrawing replaces the edges and callouts: the one with keyboard focus gets it back.
    const active = this.svg.contains(document.activeElement) ? document.activeElement : null;
    // A dense corridor's badge is found again by its first edge (corridorBadges.ts).
    const badgeOf = active?.classList.contains('corridor-badge') ? active.parentElement?.querySelector('.edge')?.getAttribute('data-relation-id') : undefined;
    const focused = active?.hasAttribute('data-relation-id') ? `[data-relation-id="${CSS.escape(active.getAttribute('data-relation-id')!)}"]`
      : active?.hasAttribute('data-callout') ? `.callout[data-callout="${CSS.escape(active.getAttribute('data-callout')!)}"]`
      : badgeOf ? `.corridor:has(> .edge[data-relation-id="${CSS.escape(badgeOf)}"]) > .corridor-badge` : null;
    this.storyGroup.innerHTML = onCanvas ? '' : storyElements(scene, { theme, interactive: true, movableCallouts, callouts, corridors });
    if (focused) this.svg.querySelector<SVGElement>(focused)?.focus({ preventScroll: true });
  }

  /** Draws the basemap again at the next `drawBasemap`; `all` also the coarse world (the theme changed). */
  forgetBasemap(all: boolean) {
    this.drawn = { ...this.drawn, zoom: NaN, basemap: undefined };
    if (all) {
      this.drawn.clip = undefined;
      this.coarseDrawn = undefined;
    }
  }

  stop() {
    clearTimeout(this.detailTimer);
  }

  /**
   * The basemap in two layers. The coarse world comes projected (when the app is built) and is only
   * rescaled per zoom (its strokes do not scale), so neither the start nor a zoom step projects it. Where a detailed basemap applies,
   * it is projected for the view a moment after the zoom settles, and covers the coarse one.
   * `extent` gives the part of the world the SVG covers now; `stillAt` says whether the map is still at a zoom when that moment comes.
   */
  drawBasemap(zoom: number, extent: () => Rect | undefined, source: BasemapSource, stillAt: (zoom: number) => boolean) {
    const { story, theme, world } = source;
    if (this.coarseDrawn?.world !== world || this.coarseDrawn.theme !== theme) {
      this.svg.querySelector('defs')!.outerHTML = svgDefs(relationTypeNames, theme);
      const markup = basemapMarkup({ ...worldScene(world, story.actors.map((a) => a.id)), view: WORLD_VIEW }, theme);
      // The world repeats either side, as Leaflet's tiles would: a Pacific story's far shore is drawn.
      // The copies are <use> pictures of the one world, so its countries are in the page once. The
      // world's group carries the class its strokes are kept thin by: a copy is a tree of its own,
      // which a rule naming the group around the copies would not reach.
      const id = `drm-world-${++worlds}`;
      this.coarseGroup.innerHTML = `<g id="${id}" class="drm-world">${markup}</g><use href="#${id}" transform="translate(${-WORLD_WIDTH},0)" aria-hidden="true"/><use href="#${id}" transform="translate(${WORLD_WIDTH},0)" aria-hidden="true"/>`;
      this.coarseDrawn = { world, theme };
    }
    this.coarseGroup.setAttribute('transform', `scale(${2 ** zoom})`);
    const detailed = source.basemapAt(zoom);
    const basemap = detailed?.basemap;
    const fresh = zoom === this.drawn.zoom && basemap === this.drawn.basemap && covers(this.drawn.clip, extent());
    if (fresh) return;
    clearTimeout(this.detailTimer);
    this.basemapGroup.replaceChildren();
    this.drawn.zoom = NaN;
    if (!detailed) return;
    this.detailTimer = window.setTimeout(() => {
      if (!stillAt(zoom)) return;
      // Only a margin around the view: the whole world at zoom 6 is megabytes of path.
      const now = extent();
      const clip = now ? grow(now) : undefined;
      // Drawn from the clip's left edge, so a view across the 180° line gets the world's far copy there too.
      const left = clip ? clip[0][0] : 0;
      const view: View = clip ? { zoom, origin: [left, 0], width: clip[1][0] - left, height: 0 } : { zoom, origin: [0, 0], width: 0, height: 0 };
      const shifted: Rect | undefined = clip && [[0, clip[0][1]], [clip[1][0] - left, clip[1][1]]];
      this.basemapGroup.setAttribute('transform', `translate(${left},0)`);
      this.basemapGroup.innerHTML = basemapMarkup({ ...detailed.basemapScene(detailed.basemap, view, story.actors.map((a) => a.id), shifted), view }, theme);
      this.drawn = { zoom, basemap, clip };
    }, DETAIL_DELAY);
  }
}
