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
