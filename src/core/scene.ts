// The whole scene: the story's part (./storyScene.ts, no dependencies) and the basemap's, projected
// with d3-geo. Kept apart so the map's start, which draws a basemap projected when the app is built
// (./world.ts), loads no d3-geo: this module is imported by the export, the detailed basemap, Node.
import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { worldSize } from './mercator.ts';
import { storyScene, type Basemap, type Filters, type Rect, type Scene, type View } from './storyScene.ts';
import type { Story } from '../data/schema.ts';
import * as calloutCode from './placeCallouts.ts';
import * as corridorCode from './corridorBadges.ts';

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
  return { ...basemapScene(basemap, view, story.actors.map((a) => a.id), options.clip), ...storyScene(story, view, options.filters, options.compact, calloutCode, corridorCode) };
}

/**
 * The basemap part of a scene: country shapes (actors marked) and borders, in view pixels. With
 * `clip` (a rectangle in view pixels, or `true` for the view itself) the shapes are cut to it and
 * countries wholly outside it are skipped, which keeps detailed zoomed-in views small.
 */
export function basemapScene(basemap: Basemap, view: View, actorIds: readonly string[], clip: boolean | Rect = false, digits = 1): Pick<Scene, 'countries' | 'borders'> {
  const rect: Rect | undefined = clip === true ? [[-2, -2], [view.width + 2, view.height + 2]] : clip || undefined;
  const projections = worldCopies(view).map((projection) => {
    if (rect) projection.clipExtent(rect);
    return { projection, path: geoPath(projection).digits(digits) };
  });
  const actors = new Set(actorIds);
  const countries = basemap.countries.features.flatMap((feature: Feature<Geometry, { name: string }>) => {
    const d = projections.map(({ projection, path }) => (rect && !meets(boundsOf(feature), projection, rect) ? '' : path(feature) ?? '')).join('');
    return d ? [{ id: String(feature.id), name: feature.properties.name, d, actor: actors.has(String(feature.id)) }] : [];
  });
  const borders = projections.map(({ projection, path }) => path(rect ? { ...basemap.borders, coordinates: basemap.borders.coordinates.filter((line) => meets(lineBounds(line), projection, rect)) } : basemap.borders) ?? '').join('');
  return { countries, borders };
}

/**
 * The projections that draw the world under a view: Leaflet's Web Mercator in world pixels shifted
 * to the view. A view within the world's one copy (x from 0 to the world's width) is drawn as ever,
 * cut at 180°. A view across that line (a Pacific story) turns the world to the view's middle
 * meridian, so it is cut behind the reader, and a view wider than the world (zoomed far out) gets
 * a copy of it a world's width either side, as many as it takes, as Leaflet repeats its tiles.
 */
export function worldCopies(view: View): GeoProjection[] {
  const size = worldSize(view.zoom);
  const [ox, oy] = view.origin;
  const scale = size / (2 * Math.PI);
  if (ox >= 0 && ox + view.width <= size) return [geoMercator().scale(scale).translate([size / 2 - ox, size / 2 - oy])];
  const middle = ox + view.width / 2;
  const lon = (middle / size - 0.5) * 360;
  const copies = Math.max(0, Math.ceil((view.width - size) / 2 / size));
  const out: GeoProjection[] = [];
  for (let k = -copies; k <= copies; k++) {
    out.push(geoMercator().rotate([-lon, 0]).scale(scale).translate([middle - ox + k * size, size / 2 - oy]));
  }
  return out;
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

/** Whether a feature's longitude–latitude box may fall in a pixel rectangle (always, across the map's cut). */
function meets([[w, s], [e, n]]: [[number, number], [number, number]], projection: GeoProjection, [[x0, y0], [x1, y1]]: Rect): boolean {
  if (w > e) return true;
  const [left, top] = projection([w, Math.min(n, 85.06)])!;
  const [right, bottom] = projection([e, Math.max(s, -85.06)])!;
  if (left > right) return true;
  return left <= x1 && right >= x0 && top <= y1 && bottom >= y0;
}

