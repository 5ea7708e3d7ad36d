import worldUrl from 'virtual:projected-world';
import countries110mUrl from '../../geo/countries-110m.json?url';
import countries50mUrl from '../../geo/countries-50m.json?url';
import { decodeWorld, type EncodedWorld, type ProjectedWorld } from '../core/world.ts';
import type { LoadedBasemap } from '../map/RelationsLayer.ts';

// The geometry is served as files of its own, not bundled into the JavaScript: the browser caches it
// apart from the code. The map's start needs only the coarse world, projected when the app was built
// (vite.config.ts); the shapes themselves, and the code that reads and projects them, load when a
// reader zooms in or exports.
async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let world: Promise<ProjectedWorld> | undefined;

/** The 1:110m world as the map draws it at every zoom: path strings at zoom 0. */
export const projectedWorld = () => (world ??= json<EncodedWorld>(worldUrl).then(decodeWorld).catch((error: unknown) => {
  world = undefined;
  throw error;
}));

const cache = new Map<string, Promise<LoadedBasemap>>();

function load(url: string): Promise<LoadedBasemap> {
  let basemap = cache.get(url);
  if (!basemap) {
    basemap = Promise.all([json(url), import('../geo/shapes.ts')]).then(([topology, shapes]) => ({
      basemap: shapes.basemapFromTopology(topology as import('../geo/shapes.ts').CountriesTopology),
      basemapScene: shapes.basemapScene,
    }));
    // A failed load is tried again on the next call, not remembered.
    basemap.catch(() => cache.delete(url));
    cache.set(url, basemap);
  }
  return basemap;
}

/** The 1:110m world's shapes, for exports of zoomed-out views. */
export const coarseBasemap = () => load(countries110mUrl);

/** The 1:50m world, for zoomed-in views. */
export const detailedBasemap = () => load(countries50mUrl);
