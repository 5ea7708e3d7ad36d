import { readFileSync } from 'node:fs';
import { basemapFromTopology, type CountriesTopology } from '../../src/geo/basemap.ts';
import { loadStory, type Story } from '../../src/data/index.ts';

const root = new URL('../../', import.meta.url);
export const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

export const articleText = read('data/article.txt');
export const relationsText = read('data/relations.json');

/** The built-in story, loaded the way the app loads it. */
export function builtInStory(): Story {
  const result = loadStory(articleText, relationsText);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.story;
}

/** A fresh, editable copy of the built-in relation data. */
export function relationsData() {
  return JSON.parse(relationsText);
}

export const basemap110m = () => basemapFromTopology(JSON.parse(read('geo/countries-110m.json')) as CountriesTopology);

/**
 * The built-in relation data with eight more Russia–North Korea relations (copies of the defence
 * pact's, under other types and ids): a dense corridor, as a story about one bilateral tie has.
 */
export function denseRelationsData() {
  const data = relationsData();
  const pact = data.relations.find((r: { id: string }) => r.id === 'rus-prk-defence-pact');
  for (const type of ['trade', 'cooperation', 'aid', 'mediation', 'tension', 'diplomatic_pressure', 'sanction', 'war']) data.relations.push({ ...pact, id: `rus-prk-extra-${type.replace(/_/g, "-")}`, type, cameo: undefined, plover: undefined });
  return data;
}
