import { join } from 'node:path';
import { boundsBox, centredView, DETAIL_ZOOM, fitView, storyLongitude, storyView, type Basemap, type Filters, type View } from '../core/index.ts';
import type { Story } from '../data/index.ts';
import { basemapFromTopology, type CountriesTopology } from '../geo/basemap.ts';
import type { ReadIo } from './readFiles.ts';
import { PROJECT } from './exportFiles.ts';
import type { ExportCliOptions } from './exportOptions.ts';

// How an export frames its map: the view the options ask for, the basemap for its zoom, the filters.

/**
 * The view the options ask for. A centre or bounds given in degrees is taken in the copy of the
 * world the story is drawn in (`storyLongitude`), as the app takes a linked view: `--center -30,170`
 * frames a story drawn west of the 180° line where its actors are, at -190°.
 */
export function viewOf(options: Pick<ExportCliOptions, 'framing' | 'width' | 'height'>, story?: Story): View {
  const { framing, width, height } = options;
  if (framing.kind === 'bounds') {
    const { west, east } = framing.bounds;
    // Both sides move by the turns that bring their middle into the story's copy.
    const turn = story ? storyLongitude(story, (west + east) / 2) - (west + east) / 2 : 0;
    return fitView(boundsBox({ ...framing.bounds, west: west + turn, east: east + turn }), width, height);
  }
  if (framing.kind === 'centre') return centredView(framing.lat, story ? storyLongitude(story, framing.lon) : framing.lon, framing.zoom, width, height);
  if (!story) throw new Error('viewOf: the story framing needs the story');
  return storyView(story, width, height);
}

/** The app's basemap for a zoom: 110m for the world, 50m from DETAIL_ZOOM on. */
export function readBasemap(zoom: number, io: ReadIo): Basemap {
  const file = zoom >= DETAIL_ZOOM ? 'geo/countries-50m.json' : 'geo/countries-110m.json';
  return basemapFromTopology(JSON.parse(io.readText(join(PROJECT, file))) as CountriesTopology);
}

export function filtersOf(options: Pick<ExportCliOptions, 'types' | 'from' | 'to' | 'at'>): Filters {
  if (options.at) return { types: options.types && new Set(options.types), to: options.at, mode: 'asof' };
  return { types: options.types && new Set(options.types), from: options.from, to: options.to };
}
