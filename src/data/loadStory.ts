import countriesJson from '../../data/countries.json' with { type: 'json' };
import { countryTable, validateStory, type LoadOptions, type LoadResult } from './validateStory.ts';

/** Every country of the geometry, from `data/countries.json`, bundled with the code that imports it. */
export const bundledCountries = /* @__PURE__ */ countryTable(countriesJson);

/**
 * `validateStory` with the bundled country table: for Node and tests. The app fetches the table
 * instead, so its JavaScript does not carry it.
 *
 * @example
 * const result = loadStory(articleText, relationsJsonText);
 */
export function loadStory(articleText: string | undefined, relations: string | unknown, options: LoadOptions = {}): LoadResult {
  return validateStory(articleText, relations, bundledCountries, options);
}
