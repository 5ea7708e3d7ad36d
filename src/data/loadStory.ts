import countriesJson from '../../data/countries.json' with { type: 'json' };
import organisationsJson from '../../data/organisations.json' with { type: 'json' };
import { countryTable, organisationTable, validateStory, type LoadOptions, type LoadResult, type OrganisationRow } from './validateStory.ts';

/** Every country of the geometry, from `data/countries.json`, bundled with the code that imports it. */
export const bundledCountries = /* @__PURE__ */ countryTable(countriesJson);

/** Every organisation of `data/organisations.json`. */
export const bundledOrganisations = /* @__PURE__ */ organisationTable(organisationsJson as { organisations: OrganisationRow[] });

/**
 * `validateStory` with the bundled country and organisation tables: for Node and tests. The app fetches the table
 * instead, so its JavaScript does not carry it.
 *
 * @example
 * const result = loadStory(articleText, relationsJsonText);
 */
export function loadStory(articleText: string | undefined, relations: string | unknown, options: LoadOptions = {}): LoadResult {
  return validateStory(articleText, relations, bundledCountries, { organisations: bundledOrganisations, ...options });
}
