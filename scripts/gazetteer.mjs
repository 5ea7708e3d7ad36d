// Writes src/draft/lexicon/countryNames.json (and organisationNames.json, below): the names, other spellings and demonyms that news text
// uses for each country, from the world-countries package, with each capital from data/countries.json.
// A table of facts for the drafter, small enough for its browser chunk (world-countries itself is not). The files carry
// no note of their source, as every byte of them ships in the drafter's chunk: to change organisationNames.json, edit
// data/organisations.json and run this script; countryNames.json is read by src/draft/lexicon/countries.ts.
//
//   npm run gazetteer            (npm run gazetteer -- --check compares instead of writing)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const table = JSON.parse(readFileSync(new URL('../data/countries.json', import.meta.url), 'utf8')).countries;
const known = new Set(table.map((c) => c.iso3));

// Other spellings worth matching: written in Latin letters, not two-letter codes, not inverted
// ("Korea, Republic of"); upper-case abbreviations only where news uses them.
const ABBREVIATIONS = new Set(['USA', 'UAE', 'DPRK', 'DRC', 'PRC', 'ROK', 'UK']);
const latin = (s) => /^[A-Za-zÀ-ÿ'’.\- ]+$/.test(s);
// Other spellings that are also common words in English text ("the Pacific Island Forum" is not Iceland's
// "Island"; Thai "Prathet" is "country"): never a country's name here.
const COMMON_WORDS = new Set(['Island', 'Prathet']);
// Formal names in other languages ("Republika Srbija", "Dawlat Libya", "Jamhuri ya Kenya"): the words for "republic",
// "state" or "kingdom" in them never begin a state's name in English text.
const FOREIGN_FORMAL = /(?:^|\s)(?:République|República|Republika|Respublika|Respublikasy|Repubblica|Repubblika|Republiek|Republik|Jamhuri|Jamhuuriyadda|Dawlat|Ripublik|Repiblik|Repúblika|Lýðveldið|Sathalanalat|Gônôprôjatôntri|Ganrajya|Jumhooriyya|Çumhuriyi|Cumhuriyeti|Matanitu|Muso|Ratcha|Estados|Gabuutih)(?=\s|$)/u;
const keep = (s) => latin(s) && !s.includes(',') && !COMMON_WORDS.has(s) && (s.length > 3 || ABBREVIATIONS.has(s)) && (!/^[A-Z]+$/.test(s) || ABBREVIATIONS.has(s));

// States only: a territory's name or demonym ("French" for the French Southern Territories, "American"
// for the Northern Marianas) would shadow its state's. Taiwan and Palestine are states in the news.
// The Cook Islands and Niue, in free association with New Zealand, conduct their own foreign relations.
const STATES_TOO = new Set(['TWN', 'PSE', 'XKX', 'ESH', 'COK', 'NIU']);
// world-countries codes Kosovo with the placeholder UNK; the map's table (and news data) use XKX.
const CODES = { UNK: 'XKX' };
const rows = countries
  .map((c) => (CODES[c.cca3] ? { ...c, cca3: CODES[c.cca3] } : c))
  .filter((c) => known.has(c.cca3) && (c.independent || STATES_TOO.has(c.cca3)))
  .map((c) => {
    // (A state's official name in its own languages, "República de Chile", "Kongeriket Norge", is not how English text names it.)
    const nativeOfficial = new Set(Object.entries(c.name.native ?? {}).filter(([lang]) => lang !== 'eng').map(([, n]) => n.official)
      .filter((n) => n !== c.name.common && n !== c.name.official && !/\b(?:Republic|Kingdom|State|States|Islands|Commonwealth|Federation|Union|Principality|Duchy|Sultanate|Emirate)\b/.test(n)));
    const names = [...new Set([c.name.common, c.name.official, ...c.altSpellings].filter((n) => keep(n) && !nativeOfficial.has(n) && !FOREIGN_FORMAL.test(n)))];
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d) => d && latin(d)))];
    const capital = table.find((t) => t.iso3 === c.cca3)?.capital ?? null;
    return { id: c.cca3, names, demonyms, capital, region: c.subregion || c.region };
  })
  .sort((a, b) => (a.id < b.id ? -1 : 1));
// The organisations as the drafter reads them: names and seat only (the members, coordinates and
// sources of data/organisations.json are the map's, and would cost the drafter's chunk 2.7 KB gzip).
const organisations = JSON.parse(readFileSync(new URL('../data/organisations.json', import.meta.url), 'utf8')).organisations
  .map((o) => ({ id: o.id, name: o.name, shortName: o.shortName, aliases: o.aliases, seat: o.seat ? { name: o.seat.name } : null }));
const outputs = [
  // One line per state, "ID|name;other name|demonym|capital|region number" (src/draft/lexicon/countries.ts reads it back):
  // the same facts as objects, for about 1 KB less gzip in the drafter's chunk.
  [new URL('../src/draft/lexicon/countryNames.json', import.meta.url), {
    regions: [...new Set(rows.map((r) => r.region))].sort(),
    table: '',
  }],
  [new URL('../src/draft/lexicon/organisationNames.json', import.meta.url), {
    organisations,
  }],
].map(([target, data]) => [target, `${JSON.stringify(data.table === '' ? { ...data, table: rows.map((r) => [r.id, r.names.join(';'), r.demonyms.join(';'), r.capital ?? '', data.regions.indexOf(r.region)].join('|')).join('\n') } : data)}\n`]);
// --check: exit 1 when a committed table is not what the packages and data/ give today.
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([target, json]) => readFileSync(target, 'utf8') !== json).map(([target]) => target.pathname.replace(/.*\/src\//, 'src/'));
  console.log(stale.length ? `gazetteer: ${stale.join(' and ')} out of date; run npm run gazetteer` : 'gazetteer: up to date');
  process.exitCode = stale.length ? 1 : 0;
} else {
  for (const [target, json] of outputs) writeFileSync(target, json);
  console.log(`gazetteer: ${rows.length} countries, ${organisations.length} organisations`);
}
