import countries110mUrl from '../../geo/countries-110m.json?url';
import countries50mUrl from '../../geo/countries-50m.json?url';
import type { Basemap } from '../core/index.ts';
import { basemapFromTopology, type CountriesTopology } from '../geo/basemap.ts';

// The geometry is served as files of its own, not bundled into the JavaScript: the browser caches it
// apart from the code, and the detailed one is only fetched when a reader zooms in.
const cache = new Map<string, Promise<Basemap>>();

function load(url: string): Promise<Basemap> {
  let basemap = cache.get(url);
  if (!basemap) {
    basemap = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return basemapFromTopology((await response.json()) as CountriesTopology);
    });
    cache.set(url, basemap);
  }
  return basemap;
}

/** The 1:110m world, the map's default basemap. */
export const coarseBasemap = () => load(countries110mUrl);

/** The 1:50m world, for zoomed-in views. */
export const detailedBasemap = () => load(countries50mUrl);
