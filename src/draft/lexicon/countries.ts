// The states the drafter knows, read from the line table scripts/gazetteer.mjs writes (countryNames.json) from the
// world-countries package (names, other spellings, English demonyms) and data/countries.json (capitals):
// "ID|name;other name|demonym|capital|region number", one line per state.
import countryNames from './countryNames.json' with { type: 'json' };

export interface Country {
  id: string;
  /** The common name first, then the official name and other spellings English text uses. */
  names: string[];
  demonyms: string[];
  capital: string | null;
  /** The UN geoscheme subregion ("Western Asia"). */
  region: string;
}

const list = (field: string) => (field ? field.split(';') : []);

export const COUNTRIES: readonly Country[] = countryNames.table.split('\n').map((line) => {
  const [id, names, demonyms, capital, region] = line.split('|');
  return { id, names: list(names), demonyms: list(demonyms), capital: capital || null, region: countryNames.regions[Number(region)] };
});

const STATE_IDS = new Set(COUNTRIES.map((c) => c.id));
/** Whether an actor id is a state's (not an organisation's: LAS, GCC and WTO are three letters too). */
export const isState = (id: string): boolean => STATE_IDS.has(id);
