// The whole scene: the story's part (./storyScene.ts, no dependencies) and the basemap's, projected
// with d3-geo. Kept apart so the map's start, which draws a basemap projected when the app is built
// (./world.ts), loads no d3-geo: this module is imported by the export, the detailed basemap, Node.
import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { worldSize } from './mercator.ts';
import { storyScene, type Basemap, type Filters, type Rect, type Scene, type View } from './storyScene.ts';
import type { Story } from '../data/schema.ts';

export * from './storyScene.ts';

export interface SceneOptions {
  filters?: Filters;
  /** Clip the basemap to the view (for a standalone export) or to a rectangle in view pixels. */
  clip?: boolean | Rect;
  /** Short labels (an actor's `shortName`) for small screens. */
  compact?: boolean;
}

/**
 * The pure heart of the map: a story, a basemap and a view become a scene of path strings, labels
 * and legend entries, all in pixels from the view's top left. No DOM: the same scene is drawn by
 * the Leaflet layer in the browser and written as a standalone SVG file in Node.
 *
 * @example
 * const s = scene(story, basemap, { zoom: 2, origin: [1100, 300], width: 1280, height: 800 });
 * s.edges.map((e) => e.d);
 */
export function scene(story: Story, basemap: Basemap, view: View, options: SceneOptions = {}): Scene {
  return { ...basemapScene(basemap, view, story.actors.map((a) => a.id), options.clip), ...storyScene(story, view, options.filters, options.compact) };
}

/**
 * The basemap part of a scene: country shapes (actors marked) and borders, in view pixels. With
 * `clip` (a rectangle in view pixels, or `true` for the view itself) the shapes are cut to it and
 * countries wholly outside it are skipped, which keeps detailed zoomed-in views small.
 */
export function basemapScene(basemap: Basemap, view: View, actorIds: readonly string[], clip: boolean | Rect = false, digits = 1): Pick<Scene, 'countries' | 'borders'> {
  const size = worldSize(view.zoom);
  // The same Web Mercator as Leaflet, in world pixels shifted to the view.
  const projection = geoMercator().scale(size / (2 * Math.PI)).translate([size / 2 - view.origin[0], size / 2 - view.origin[1]]);
  const rect: Rect | undefined = clip === true ? [[-2, -2], [view.width + 2, view.height + 2]] : clip || undefined;
  if (rect) projection.clipExtent(rect);
  const path = geoPath(projection).digits(digits);
  const actors = new Set(actorIds);
  const countries = basemap.countries.features.flatMap((feature: Feature<Geometry, { name: string }>) => {
    if (rect && !meets(boundsOf(feature), projection, rect)) return [];
    const d = path(feature);
    return d ? [{ id: String(feature.id), name: feature.properties.name, d, actor: actors.has(String(feature.id)) }] : [];
  });
  const borders = rect ? { ...basemap.borders, coordinates: basemap.borders.coordinates.filter((line) => meets(lineBounds(line), projection, rect)) } : basemap.borders;
  return { countries, borders: path(borders) ?? '' };
}

const lineBoxes = new WeakMap<object, [[number, number], [number, number]]>();
function lineBounds(line: number[][]) {
  let b = lineBoxes.get(line);
  if (!b) lineBoxes.set(line, (b = geoBounds({ type: 'LineString', coordinates: line })));
  return b;
}

const bounds = new WeakMap<object, [[number, number], [number, number]]>();
function boundsOf(feature: Feature) {
  let b = bounds.get(feature);
  if (!b) bounds.set(feature, (b = geoBounds(feature)));
  return b;
}

/** Whether a feature's longitude–latitude box may fall in a pixel rectangle (always, across the antimeridian). */
function meets([[w, s], [e, n]]: [[number, number], [number, number]], projection: GeoProjection, [[x0, y0], [x1, y1]]: Rect): boolean {
  if (w > e) return true;
  const [left, top] = projection([w, Math.min(n, 85.06)])!;
  const [right, bottom] = projection([e, Math.max(s, -85.06)])!;
  return left <= x1 && right >= x0 && top <= y1 && bottom >= y0;
}

