// What a basemap's shapes need once loaded, in one chunk that the page loads when first needed (a
// zoomed-in view, an export), not at its start: topojson-client to read them, d3-geo to project them.
export { basemapFromTopology, type CountriesTopology } from './basemap.ts';
export { basemapScene } from '../core/scene.ts';
