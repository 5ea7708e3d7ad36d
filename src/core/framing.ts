import { extent } from './extent.ts';
import { mercator } from './mercator.ts';
import { storyCut, storyScene, type View } from './storyScene.ts';
import { wrapLongitude } from './greatCircle.ts';
import type { Story } from '../data/schema.ts';

/** A box in Web Mercator world pixels at zoom 0: `[[left, top], [right, bottom]]`. */
export type WorldBox = [[number, number], [number, number]];

/** Geographic bounds in degrees, as `--bounds south,west,north,east` gives them. */
export interface LatLonBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Pixels kept free inside the view, as Leaflet's `fitBounds` padding. */
export interface Padding {
  topLeft: [number, number];
  bottomRight: [number, number];
}

/** The zooms an export may use: the app's snap step, and no deeper than the 50m basemap stays crisp. */
export const ZOOM_STEP = 0.25;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 8;

const NO_PADDING: Padding = { topLeft: [0, 0], bottomRight: [0, 0] };

/**
 * The view that fits a world box into `width`×`height` pixels less `padding`: the largest zoom in
 * steps of 0.25 (within MIN_ZOOM..MAX_ZOOM) at which the box fits, with the box centred in the
 * unpadded part. This is Leaflet's `fitBounds` with `zoomSnap: 0.25`, so a framing here matches
 * one in the app; the origin is rounded because Leaflet's pixel origin is whole pixels too.
 *
 * @example fitView([[100, 80], [140, 100]], 1280, 800) // { zoom: 5, origin: [3200, 2480], width: 1280, height: 800 }
 */
export function fitView(box: WorldBox, width: number, height: number, padding: Padding = NO_PADDING): View {
  const [[left, top], [right, bottom]] = box;
  const [padLeft, padTop] = padding.topLeft;
  const [padRight, padBottom] = padding.bottomRight;
  const roomX = Math.max(1, width - padLeft - padRight);
  const roomY = Math.max(1, height - padTop - padBottom);
  // A box of one point (a single anchor) has no extent: any zoom fits, so the deepest is used.
  const scale = Math.min(roomX / Math.max(right - left, 1e-12), roomY / Math.max(bottom - top, 1e-12));
  const zoom = snapZoomDown(Math.log2(scale));
  const k = 2 ** zoom;
  // Uneven padding shifts the centre, so the box sits in the middle of the free part of the view.
  const centreX = ((left + right) / 2) * k + (padRight - padLeft) / 2;
  const centreY = ((top + bottom) / 2) * k + (padBottom - padTop) / 2;
  return { zoom, origin: [Math.round(centreX - width / 2), Math.round(centreY - height / 2)], width, height };
}

/**
 * The view of `width`×`height` pixels centred on a latitude and longitude at a zoom, as
 * `map.setView([lat, lon], zoom)` shows it in the app.
 *
 * @example centredView(45, 100, 3, 1280, 800) // { zoom: 3, origin: [953, 337], width: 1280, height: 800 }
 */
export function centredView(lat: number, lon: number, zoom: number, width: number, height: number): View {
  const [x, y] = mercator(lat, lon, zoom);
  return { zoom, origin: [Math.round(x - width / 2), Math.round(y - height / 2)], width, height };
}

/** The world box of geographic bounds. */
export function boundsBox({ south, west, north, east }: LatLonBounds): WorldBox {
  return [mercator(north, west, 0), mercator(south, east, 0)];
}

/**
 * The default framing of a story, the app's own: every actor's anchor and the bulge of every edge,
 * with the app's padding (more on the right, where the easternmost labels run). Edges are bent at
 * zoom 2, as the app measures them, and all relations count whatever the filters, so narrowing
 * `--types` does not move the map.
 */
export function storyView(story: Story, width: number, height: number): View {
  return fitView(storyBox(story), width, height, storyPadding(width, height));
}

/**
 * A longitude moved by whole turns into the copy of the world a story is drawn in: the 360° east of
 * its cut (storyScene's `storyCut`), where its actors are. A map centre kept from another story, or
 * from a link, lands among the actors, not a world away from them.
 *
 * @example storyLongitude(redSea, 300) // -60: the Red Sea story is drawn at Greenwich's copy
 */
export function storyLongitude(story: Story, lon: number): number {
  return wrapLongitude(lon, storyCut(story));
}

/** Anchors and edge middles of a story as a world box at zoom 0. */
export function storyBox(story: Story): WorldBox {
  const zoom = 2;
  // Each actor in the copy of the world its story is drawn in (storyScene's cut).
  const cut = storyCut(story);
  const points = story.actors.map((a) => mercator(a.anchor.lat, wrapLongitude(a.anchor.lon, cut), 0));
  for (const edge of storyScene(story, { zoom, origin: [0, 0], width: 0, height: 0 }).edges) {
    // An edge that leaves the map at one side and comes back at the other has its middle far out: it does not widen the frame.
    if (edge.route?.jump === undefined) points.push([edge.mid[0] / 2 ** zoom, edge.mid[1] / 2 ** zoom]);
  }
  const [x0, x1] = extent(points.map((p) => p[0]));
  const [y0, y1] = extent(points.map((p) => p[1]));
  return [[x0, y0], [x1, y1]];
}

/** The padding kept around a story's default framing: more on the right, for the easternmost labels. */
export function storyPadding(width: number, height: number): Padding {
  const small = isCompact(width);
  const pad = small ? 10 : Math.min(width, height) * 0.06;
  return { topLeft: [pad + 10, pad + 20], bottomRight: [pad + (small ? 56 : 80), pad + 10] };
}

/** Whether a map this wide uses short labels, as the app decides for its map element. */
export function isCompact(width: number): boolean {
  return width < 600;
}

/** The deepest zoom step at or below `zoom`, within the export's range. */
function snapZoomDown(zoom: number): number {
  // The epsilon keeps an exact fit (log2 landing a hair under a step) on its step.
  const snapped = Math.floor(zoom / ZOOM_STEP + 1e-9) * ZOOM_STEP;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, snapped));
}

/** From this zoom on, maps use the detailed 1:50m basemap (the Korean peninsula at 1:110m is coarse). */
export const DETAIL_ZOOM = 4;
