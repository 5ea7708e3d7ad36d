// The drafter's table of places below the country level (`PLACES` in src/draft/lexicon/places.ts): each is a
// place of one state, never an actor, and never a name that also stands for a country, a people, a capital,
// a seat, a body or a known leader. The sentences are our own, written for this test.
import { describe, expect, test } from 'vitest';
import { AMBIGUOUS_CAPITALS, CITIES, EXTRA_DEMONYMS, EXTRA_NAMES, LEADERS, SEATS } from '../../src/draft/lexicon/actors.ts';
import { PLACES } from '../../src/draft/lexicon/places.ts';
import { fold, gazetteer } from '../../src/draft/mentions.ts';
import { draftStory } from '../../src/draft/index.ts';
import { COUNTRIES } from '../../src/draft/lexicon/countries.ts';
import countriesJson from '../../data/countries.json' with { type: 'json' };
import organisationsJson from '../../data/organisations.json' with { type: 'json' };

const names = gazetteer(organisationsJson.organisations);
const mentions = (text: string) => names.mentions(text).map((m) => `${text.slice(m.start, m.end)}→${m.actor}${m.via === 'city' ? ' place' : ''}`);
const FAMILY: Record<string, string> = { visit: 'V', tension: 'X', war: 'X', sanction: 'X', diplomatic_pressure: 'X' };
function families(text: string): string[] {
  const relations = draftStory({ text, published: '2024-06-21' }).relations;
  return [...new Set(relations.map((r) => `${r.from}${r.directed ? '>' : '~'}${r.to} ${FAMILY[r.type] ?? 'C'}`))].sort();
}

describe('the table itself', () => {
  const codes = new Set(countriesJson.countries.map((c) => c.iso3));
  const drafted = new Set(COUNTRIES.map((c) => c.id));

  test('every code is an alpha-3 code of a state the drafter knows', () => {
    const bad = Object.entries(PLACES).filter(([, code]) => !/^[A-Z]{3}$/.test(code) || !codes.has(code) || !drafted.has(code));
    expect(bad).toEqual([]);
    expect(Object.keys(PLACES).length).toBeGreaterThan(900);
  });

  test('no two names are one name once accents are set aside, and none is also in CITIES', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const name of Object.keys(PLACES)) {
      if (seen.has(fold(name))) twice.push(`${seen.get(fold(name))} / ${name}`);
      seen.set(fold(name), name);
    }
    expect(twice).toEqual([]);
    const cities = new Set(Object.keys(CITIES).map(fold));
    expect(Object.keys(PLACES).filter((n) => cities.has(fold(n)))).toEqual([]);
  });

  test('no place is a country’s name, short name, demonym or capital, a seat, a body or a leader', () => {
    const taken = new Set<string>();
    const put = (n: string | null | undefined) => { if (n) taken.add(fold(n)); };
    for (const c of COUNTRIES) for (const n of [...c.names, ...c.demonyms, c.capital]) put(n);
    for (const c of countriesJson.countries) { put(c.name); put(c.capital); }
    for (const list of [...Object.values(EXTRA_NAMES), ...Object.values(EXTRA_DEMONYMS)]) for (const n of list) put(n);
    for (const n of [...Object.keys(SEATS), ...AMBIGUOUS_CAPITALS]) put(n);
    for (const o of organisationsJson.organisations) for (const n of [o.id, o.name, o.shortName, ...o.aliases, o.seat?.name]) put(n);
    for (const l of LEADERS) for (const n of l.names) put(n);
    expect(Object.keys(PLACES).filter((n) => taken.has(fold(n)))).toEqual([]);
  });

  test('common words and first names that are also places are left out', () => {
    const WORDS = ['Georgia', 'Virginia', 'Washington', 'Victoria', 'Jordan', 'Chad', 'Florence', 'Nice', 'Reading', 'Mobile', 'Split', 'Bath', 'Male',
      'Austin', 'Charlotte', 'Orlando', 'Cleveland', 'Columbus', 'Phoenix', 'Montana', 'Salvador', 'Regina', 'Adelaide', 'Darwin', 'Perth', 'Kobe',
      'Guerrero', 'Hidalgo', 'Mendoza', 'Rosario', 'Brittany', 'Punjab', 'Hyderabad', 'New York', 'Santiago', 'Valencia'];
    const keys = new Set(Object.keys(PLACES).map(fold));
    expect(WORDS.filter((w) => keys.has(fold(w)))).toEqual([]);
  });

  test('each place, named after "in", is one place of its state: the whole name, not a shorter one inside it', () => {
    const wrong: string[] = [];
    for (const [name, code] of Object.entries(PLACES)) {
      const text = `The talks were held in ${name} on Monday.`;
      const found = mentions(text);
      if (found.length !== 1 || found[0] !== `${name}→${code} place`) wrong.push(`${name}: ${found.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the longest name wins', () => {
  test.each([
    ['The delegation flew to New Mexico.', ['New Mexico→USA place']],
    ['Officials met in Baja California.', ['Baja California→MEX place']],
    ['Police in Northern Ireland said the border was calm.', ['Northern Ireland→GBR place']],
    ['Hundreds were displaced near Benin City.', ['Benin City→NGA place']],
    ['The envoy arrived in Inner Mongolia.', ['Inner Mongolia→CHN place']],
    ['The minister toured British Columbia.', ['British Columbia→CAN place']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('a visit told by the place', () => {
  test.each([
    ['Albanese and Sunak met in California on Monday.', ['AUS>USA V', 'AUS~GBR C', 'GBR>USA V']],
    ['Leaders of Chile and Peru gathered in Cusco.', ['CHL>PER V']],
    ['The Tajik and Kyrgyz presidents held talks in Khujand.', ['KGZ>TJK V', 'KGZ~TJK C']],
    ['The Japanese prime minister arrived in Bavaria for the summit.', ['JPN>DEU V']],
  ])('%s', (text, expected) => {
    expect(families(text)).toEqual(expected);
  });
});

describe('a person whose name is a place word left out is no place', () => {
  test.each([
    ['Victoria Nuland met the Ukrainian foreign minister.', 'Victoria'],
    ['Lloyd Austin spoke with his Philippine counterpart.', 'Austin'],
    ['Florence Parly visited the troops.', 'Florence'],
  ])('%s', (text, word) => {
    expect(mentions(text).filter((m) => m.startsWith(word))).toEqual([]);
  });
});
