// Builds geo/countries-110m.json and geo/countries-50m.json from the world-atlas package (Natural Earth):
// each country keyed by its ISO 3166-1 alpha-3 code from data/countries.json, with its common name.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const table = JSON.parse(readFileSync(new URL('data/countries.json', root), 'utf8')).countries;
const byNumeric = new Map(table.filter((c) => c.numeric).map((c) => [c.numeric, c]));
const byAtlasName = new Map(table.map((c) => [c.atlasName, c]));

for (const resolution of ['110m', '50m']) {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
  const unmatched = [];
  for (const geometry of topology.objects.countries.geometries) {
    const country = (geometry.id && byNumeric.get(geometry.id)) || byAtlasName.get(geometry.properties.name);
    if (!country) unmatched.push(geometry.properties.name);
    else {
      geometry.id = country.iso3;
      geometry.properties = { name: country.name };
    }
  }
  if (unmatched.length) throw new Error(`countries-${resolution}: no row in data/countries.json for ${unmatched.join(', ')}`);
  delete topology.objects.land;
  const out = new URL(`geo/countries-${resolution}.json`, root);
  writeFileSync(out, JSON.stringify(topology));
  console.log(`geo/countries-${resolution}.json: ${topology.objects.countries.geometries.length} countries, ${(JSON.stringify(topology).length / 1024).toFixed(0)} KiB`);
}
