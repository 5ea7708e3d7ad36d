// The benchmark's baseline: the same story drawn with nothing but Leaflet's own vector layers.
//
//   baseline/index.html?story=../stories/10k/relations.json&renderer=svg|canvas&w=960&h=700&z=1.25&lat=20&lon=10
//
// Same map options, same view (z/lat/lon, taken from our app by the driver) and same map size as the
// app's map. The same basemap as ours (Natural Earth 1:110m countries and borders, from the app's own
// topology) as L.geoJSON, anchors as L.circleMarker with permanent L.tooltip labels, and each relation
// as an L.polyline of 25 points sampled from the same quadratic curve our core bends it into (lanes
// included), coloured and dashed by type, faded by certainty. Hover shows a sticky L.tooltip bound to
// the edge group (Leaflet's own mouseover); there is no arrowhead, no export, no validation.
import 'leaflet/dist/leaflet.css';
import './style.css';
import L from 'leaflet';
import countries110m from '../../geo/countries-110m.json';
import { CERTAINTY_STYLES, curves, EDGE_STYLES, mercator, THEMES, unmercator, type Point } from '../../src/core/index.ts';
import type { Certainty, RelationType } from '../../src/data/index.ts';
import { basemapFromTopology, type CountriesTopology } from '../../src/geo/basemap.ts';

interface RawStory {
  actors: { id: string; name: string; anchor: { name: string; lat: number; lon: number } }[];
  relations: { id: string; type: RelationType; from: string; to: string; directed: boolean; certainty: Certainty; summary: string; evidence: { quote: string }[] }[];
}

const SAMPLES = 25;
const params = new URLSearchParams(location.search);
const storyPath = params.get('story') ?? '../stories/article/relations.json';
const rendererName = params.get('renderer') === 'canvas' ? 'canvas' : 'svg';
const zoom = Number(params.get('z') ?? 2);
const center: [number, number] = [Number(params.get('lat') ?? 30), Number(params.get('lon') ?? 60)];
const theme = THEMES.light;

const element = document.getElementById('map')!;
element.style.width = `${Number(params.get('w') ?? 960)}px`;
element.style.height = `${Number(params.get('h') ?? 700)}px`;

// The basemap is ready before the story arrives, as in our app (which fetches and converts it first).
const basemap = basemapFromTopology(countries110m as unknown as CountriesTopology);
const text = await (await fetch(new URL(storyPath, location.href))).text();
const story = JSON.parse(text) as RawStory;

const renderer = rendererName === 'canvas' ? L.canvas() : L.svg();
const map = L.map(element, {
  renderer, preferCanvas: rendererName === 'canvas',
  zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 0.5, maxZoom: 7, worldCopyJump: false,
  maxBounds: [[-85, -200], [85, 200]], maxBoundsViscosity: 0.8,
});
map.setView(center, zoom, { animate: false });

// Basemap: the app's own 1:110m topology, story actors filled in the actor colour.
const actorIds = new Set(story.actors.map((a) => a.id));
// (GeoJSON layers take the map's renderer option.)
L.geoJSON(basemap.countries, {
  interactive: false,
  style: (f) => ({ fillColor: actorIds.has(String(f?.id)) ? theme.actor : theme.land, fillOpacity: 1, color: theme.coast, weight: 0.6, lineJoin: 'round' }),
}).addTo(map);
L.geoJSON(basemap.borders, { interactive: false, style: { color: theme.border, weight: 0.9, fill: false } }).addTo(map);

// Edges: the core's curve at this zoom (same lanes as ours), sampled into 25 points and unprojected.
const actors = new Map(story.actors.map((a) => [a.id, a]));
const anchorPx = (id: string): Point => mercator(actors.get(id)!.anchor.lat, actors.get(id)!.anchor.lon, zoom);
const shapes = curves(story.relations.map((r) => ({ id: r.id, from: r.from, to: r.to, a: anchorPx(r.from), b: anchorPx(r.to) })));
const edges = story.relations.map((relation, i) => {
  const { a, c, b } = shapes[i];
  const latlngs: L.LatLngTuple[] = [];
  for (let k = 0; k < SAMPLES; k++) {
    const t = k / (SAMPLES - 1);
    const u = 1 - t;
    const x = u * u * a[0] + 2 * u * t * c[0] + t * t * b[0];
    const y = u * u * a[1] + 2 * u * t * c[1] + t * t * b[1];
    latlngs.push(unmercator(x, y, zoom));
  }
  const style = EDGE_STYLES[relation.type];
  const layer = L.polyline(latlngs, {
    renderer, color: style.stroke, weight: style.width, dashArray: style.dash || undefined, lineCap: style.linecap,
    opacity: CERTAINTY_STYLES[relation.certainty].opacity,
  });
  (layer as L.Polyline & { relationId: string }).relationId = relation.id;
  return layer;
});
const relations = new Map(story.relations.map((r) => [r.id, r]));
const group = L.featureGroup(edges).bindTooltip((layer) => {
  const r = relations.get((layer as L.Layer & { relationId: string }).relationId)!;
  return `<strong>${r.summary}</strong><br>“${r.evidence[0].quote}”`;
}, { sticky: true });
group.addTo(map);

// Anchors and labels, as ours draws a dot and a name at every actor's capital.
for (const actor of story.actors) {
  L.circleMarker([actor.anchor.lat, actor.anchor.lon], { renderer, radius: 3.5, color: theme.halo, weight: 1.5, fillColor: theme.anchor, fillOpacity: 1, interactive: false })
    .bindTooltip(actor.name, { permanent: true, direction: 'right', className: 'bench-label', interactive: false })
    .addTo(map);
}

// Hooks for the driver, named like the app's (`drmMap`, `drmLayer`).
Object.assign(window, { benchMap: map, benchEdges: edges, benchLayer: group, benchRelations: relations });
