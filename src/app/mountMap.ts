import L from 'leaflet';
import countries110m from '../../geo/countries-110m.json';
import { storyScene, THEMES, unmercator, type Basemap, type Filters } from '../core/index.ts';
import { relationTypeNames, type RelationType } from '../data/relationTypes.ts';
import type { Story } from '../data/schema.ts';
import { basemapFromTopology, type CountriesTopology } from '../geo/basemap.ts';
import { RelationsLayer } from '../map/RelationsLayer.ts';
import { el } from './el.ts';
import { legendPanel, type LegendState } from './legendPanel.ts';
import { formatUrlState, parseUrlState } from './urlState.ts';

const DETAIL_ZOOM = 4;

/** Builds the page for a story: title, the Leaflet map with its relations layer, legend and filters. */
export function mountMap(root: HTMLElement, story: Story) {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const coarse = basemapFromTopology(countries110m as unknown as CountriesTopology);
  let detailed: Basemap | undefined;

  const mapElement = el('div', { id: 'map', class: 'map', role: 'region', 'aria-label': `Map: ${story.title}` });
  const aside = el('aside', { class: 'panel' });
  root.append(
    el('header', { class: 'masthead' }, el('h1', {}, story.title), el('p', { class: 'dek' }, `Relations reported by the article, ${summaryOfDates(story)}. Hover or tab to an edge to read the article's own words.`)),
    el('div', { class: 'stage' }, mapElement, aside),
  );

  const state = parseUrlState(location.hash);
  const map = L.map(mapElement, { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 0.5, maxZoom: 7, worldCopyJump: false, maxBounds: [[-85, -200], [85, 200]], maxBoundsViscosity: 0.8, attributionControl: true });
  map.attributionControl.setPrefix('');
  map.attributionControl.addAttribution('Basemap: Natural Earth (public domain) · Drawn with Leaflet and D3');

  const filtersOf = (s: LegendState): Filters => ({ types: s.types, from: s.from || undefined, to: s.to || undefined });
  let legendState: LegendState = { types: new Set(state.types ?? relationTypeNames), from: state.from ?? '', to: state.to ?? '' };

  const layer = new RelationsLayer({
    story,
    theme: dark.matches ? THEMES.dark : THEMES.light,
    filters: filtersOf(legendState),
    compact: mapElement.clientWidth < 600,
    basemapAt: (zoom) => (zoom >= DETAIL_ZOOM && detailed ? detailed : coarse),
  });

  if (state.view) map.setView([state.view.lat, state.view.lon], state.view.zoom, { animate: false });
  else frameActors(map, story);
  layer.addTo(map);

  const dates = story.relations.map((r) => r.date.slice(0, 7)).sort();
  const legend = legendPanel(layer.currentScene()!.legend, layer.currentScene()!.certainty.map((c) => c.certainty),
    { min: dates[0].length === 4 ? `${dates[0]}-01` : dates[0], max: dates.at(-1)!.length === 4 ? `${dates.at(-1)}-12` : dates.at(-1)! },
    (next) => {
      legendState = next;
      layer.setFilters(filtersOf(next));
      saveState();
    });
  aside.append(legend.element);
  const refreshLegend = () => legend.update(layer.currentScene()!.legend, legendState);
  layer.on('draw', refreshLegend);
  refreshLegend();

  const saveState = () => {
    const c = map.getCenter();
    const hash = formatUrlState({ view: { zoom: map.getZoom(), lat: c.lat, lon: c.lng }, types: [...legendState.types] as RelationType[], from: legendState.from || undefined, to: legendState.to || undefined });
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  map.on('moveend', saveState);

  map.on('zoomend', () => {
    if (map.getZoom() >= DETAIL_ZOOM && !detailed) {
      import('../../geo/countries-50m.json').then((m) => {
        detailed = basemapFromTopology(m.default as unknown as CountriesTopology);
        layer.redraw();
      });
    }
  });
  dark.addEventListener('change', () => layer.setTheme(dark.matches ? THEMES.dark : THEMES.light));

  Object.assign(window, { drmMap: map, drmLayer: layer });
  return { map, layer };
}

/** Frames every actor's anchor and the bulge of every edge, with room for labels, on a phone as on a desktop. */
function frameActors(map: L.Map, story: Story) {
  const bounds = L.latLngBounds(story.actors.map((a) => [a.anchor.lat, a.anchor.lon] as [number, number]));
  const zoom = 2;
  for (const edge of storyScene(story, { zoom, origin: [0, 0], width: 0, height: 0 }).edges) bounds.extend(unmercator(edge.mid[0], edge.mid[1], zoom));
  const size = map.getSize();
  const small = size.x < 600;
  const pad = small ? 10 : Math.min(size.x, size.y) * 0.06;
  // Room on the right for the labels of the easternmost anchors (Korea), less where labels are short.
  map.fitBounds(bounds, { paddingTopLeft: [pad + 10, pad + 20], paddingBottomRight: [pad + (small ? 56 : 80), pad + 10], animate: false });
}

function summaryOfDates(story: Story): string {
  const years = story.relations.map((r) => Number(r.date.slice(0, 4)));
  return `${Math.min(...years)}–${Math.max(...years)}`;
}
