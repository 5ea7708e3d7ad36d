import type { Anchor } from './schema.ts';

/** A row of `data/countries.json`: a country of the geometry, its name and its capital. */
export interface CountryRow {
  iso3: string;
  name: string;
  capital: string | null;
  lat: number;
  lon: number;
}

/** The countries a story may use, by ISO3 code. */
export type CountryTable = ReadonlyMap<string, CountryRow>;

/** The table of `data/countries.json`'s parsed content. */
export function countryTable(json: { countries: readonly CountryRow[] }): CountryTable {
  return new Map(json.countries.map((c) => [c.iso3, c]));
}

/** A row of `data/organisations.json`. */
export interface OrganisationRow {
  id: string;
  name: string;
  shortName: string;
  aliases: readonly string[];
  /** Headquarters or secretariat; null where the body has none. */
  seat: Anchor | null;
  members: readonly string[];
}

/** The organisations a story may use, by id. */
export type OrganisationTable = ReadonlyMap<string, OrganisationRow>;

/** The table of `data/organisations.json`'s parsed content. */
export function organisationTable(json: { organisations: readonly OrganisationRow[] }): OrganisationTable {
  return new Map(json.organisations.map((o) => [o.id, o]));
}
