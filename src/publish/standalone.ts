// The one-file app: the map of the story written into the page, with everything it needs inside the
// script (1:110m geometry, country and organisation tables), for `interactiveHtml`. No request leaves it.
import 'leaflet/dist/leaflet.css';
import '../app/style.css';
import countriesJson from '../../data/countries.json';
import organisationsJson from '../../data/organisations.json';
import topology from '../../geo/countries-110m.json';
import { mountMap } from '../app/mountMap.ts';
import { el } from '../app/el.ts';
import { basemapScene } from '../core/scene.ts';
import * as calloutCode from '../core/placeCallouts.ts';
import * as corridorCode from '../core/corridorBadges.ts';
import { basemapFromTopology, type CountriesTopology } from '../geo/basemap.ts';
import { projectWorld } from '../geo/world.ts';
import { countryTable, organisationTable, type OrganisationRow } from '../data/tables.ts';
import { trustedStory } from '../data/trustedStory.ts';

const root = document.getElementById('app')!;
const stage = el('div', { class: 'story' });
root.append(stage);
const basemap = basemapFromTopology(topology as unknown as CountriesTopology);
// The story was written by "Save story" from one the loader accepted: it opens as it is.
const story = trustedStory(document.getElementById('drm-story')!.textContent!, '', countryTable(countriesJson), organisationTable(organisationsJson as { organisations: OrganisationRow[] }));
// One file, one basemap: the 1:110m shapes serve the zoomed-in views and the export too, and the world
// the map draws under everything is projected here, when the page opens.
const loaded = Promise.resolve({ basemap, basemapScene });
mountMap(stage, story, { signal: new AbortController().signal, url: true, world: projectWorld(basemap), coarse: () => loaded, detailed: () => loaded, calloutCode, corridorCode });
