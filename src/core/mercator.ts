/** Leaflet's Web Mercator limit: the latitude at which the world is square. */
export const MAX_LATITUDE = 85.0511287798;
const TILE = 256;

/** The size of the whole world in pixels at a zoom level, as Leaflet's EPSG:3857 CRS measures it. */
export function worldSize(zoom: number): number {
  return TILE * 2 ** zoom;
}

/**
 * Projects a latitude and longitude to Web Mercator world pixels at a zoom, the same numbers as
 * Leaflet's `map.project(latLng, zoom)`, with no map.
 *
 * @example mercator(0, 0, 0) // [128, 128]
 */
export function mercator(lat: number, lon: number, zoom: number): [number, number] {
  const size = worldSize(zoom);
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [size * (0.5 + lon / 360), size * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))];
}

/** The inverse of `mercator`: world pixels at a zoom back to [lat, lon]. */
export function unmercator(x: number, y: number, zoom: number): [number, number] {
  const size = worldSize(zoom);
  const lon = (x / size - 0.5) * 360;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / size) * 2 * Math.PI)) - Math.PI / 2) * (180 / Math.PI);
  return [lat, lon];
}
