// The drafter's lexicon of known leaders (`LEADERS` in src/draft/lexicon/actors.ts): who each name stands for,
// and the checks that keep the list from shadowing a country, a capital or another leader.
import { describe, expect, test } from 'vitest';
import { LEADERS } from '../../src/draft/lexicon/actors.ts';
import { fold, gazetteer } from '../../src/draft/mentions.ts';
import { COUNTRIES } from '../../src/draft/lexicon/countries.ts';
import countriesJson from '../../data/countries.json' with { type: 'json' };
import organisationsJson from '../../data/organisations.json' with { type: 'json' };

const names = gazetteer(organisationsJson.organisations);
/** The people a text names, as "name→actor". */
const people = (text: string, published?: string) =>
  names.mentions(text, published).filter((m) => m.via === 'person').map((m) => `${text.slice(m.start, m.end)}→${m.actor}`);

describe('leaders named in full stand for their country', () => {
  test.each([
    ['Prime Minister Christopher Luxon met the delegation in the morning.', 'Christopher Luxon→NZL'],
    ['Mette Frederiksen spoke to reporters after the summit.', 'Mette Frederiksen→DNK'],
    ['Nayib Bukele announced the agreement on Monday.', 'Nayib Bukele→SLV'],
    ['Sheikh Hasina left the country by helicopter.', 'Sheikh Hasina→BGD'],
    ['Abdelmadjid Tebboune received the envoy.', 'Abdelmadjid Tebboune→DZA'],
    ['Andrej Plenković thanked his hosts.', 'Andrej Plenković→HRV'],
    ['Tô Lâm travelled to the capital on a state visit.', 'Tô Lâm→VNM'],
    ['Mohamed Muizzu asked the troops to leave.', 'Mohamed Muizzu→MDV'],
    ['Gustavo Petro and Daniel Noboa traded tariffs.', 'Gustavo Petro→COL'],
  ])('%s', (text, expected) => {
    expect(people(text)).toContain(expected);
  });

  test('a name written with its marks is the name written without them', () => {
    expect(people('Erdoğan met Vučić.')).toEqual(['Erdoğan→TUR', 'Vučić→SRB']);
    expect(people('Ciolacu and Cioloș disagreed.')).toEqual(['Ciolacu→ROU', 'Cioloș→ROU']);
  });
});

describe('a distinctive surname alone stands for the country', () => {
  test.each([
    ['Luxon said the talks had gone well.', 'Luxon→NZL'],
    ['Plenković said Croatia would help.', 'Plenković→HRV'],
    ['Bukele rejected the criticism.', 'Bukele→SLV'],
    ['Mnangagwa promised reforms.', 'Mnangagwa→ZWE'],
    ['Zourabichvili refused to sign the law.', 'Zourabichvili→GEO'],
    ['Sybiha called his counterpart on Tuesday.', 'Sybiha→UKR'],
    ['Mitsotakis and Christodoulides met in Athens.', 'Christodoulides→CYP'],
  ])('%s', (text, expected) => {
    expect(people(text)).toContain(expected);
  });
});

describe('a common surname alone stands for no one', () => {
  const COMMON = ['Lee', 'Khan', 'Kim', 'Wang', 'Li', 'Ali', 'Ahmed', 'Singh', 'Nguyen', 'Silva', 'Santos', 'Costa', 'Sánchez', 'Martin', 'Johnson', 'Sharif', 'Abdullah', 'Rama', 'Muscat'];
  test.each(COMMON)('"%s said"', (surname) => {
    expect(people(`${surname} said the plan would work.`)).toEqual([]);
  });
  test('no leader is listed under a common surname alone', () => {
    const listed = new Set(LEADERS.flatMap((l) => l.names.map(fold)));
    expect(COMMON.filter((s) => listed.has(fold(s)))).toEqual([]);
  });
});

describe('a name that changed actor is read by the article’s date', () => {
  test('Kaja Kallas: Estonia before December 2024, the EU after', () => {
    expect(people('Kaja Kallas visited Kyiv.', '2023-05-10')).toEqual(['Kaja Kallas→EST']);
    expect(people('Kaja Kallas visited Kyiv.', '2025-02-03')).toEqual(['Kaja Kallas→EU']);
  });
  test('António Costa: Portugal, then the European Council', () => {
    expect(people('António Costa chaired the meeting.', '2019-03-01')).toEqual(['António Costa→PRT']);
    expect(people('António Costa chaired the meeting.', '2025-03-01')).toEqual(['António Costa→EU']);
  });
});

describe('the list itself', () => {
  const ids = new Set([...countriesJson.countries.map((c) => c.iso3), ...organisationsJson.organisations.map((o) => o.id)]);

  test('every entry names a known actor, has names and a role', () => {
    const bad = LEADERS.filter((l) => !ids.has(l.actor) || !l.names.length || !l.role);
    expect(bad).toEqual([]);
    expect(LEADERS.length).toBeGreaterThan(1000);
  });

  test('dates are YYYY, YYYY-MM or YYYY-MM-DD, and a range runs forward', () => {
    const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
    const bad = LEADERS.filter((l) => (l.from && !date.test(l.from)) || (l.to && !date.test(l.to)) || (l.from && l.to && l.from > l.to));
    expect(bad).toEqual([]);
  });

  test('no name stands for two actors at once: entries that share a name are dated apart', () => {
    const byName = new Map<string, (typeof LEADERS)[number][]>();
    for (const l of LEADERS) for (const n of new Set(l.names.map(fold))) byName.set(n, [...(byName.get(n) ?? []), l]);
    const overlapping: string[] = [];
    for (const [name, entries] of byName) {
      for (const a of entries) {
        for (const b of entries) {
          if (a === b || a.actor === b.actor) continue;
          const apart = (a.to && b.from && a.to < b.from) || (b.to && a.from && b.to < a.from);
          if (!apart) overlapping.push(`${name}: ${a.actor} and ${b.actor}`);
        }
      }
    }
    expect(overlapping).toEqual([]);
  });

  test('no leader’s name is a country’s name, demonym or capital', () => {
    const places = new Set<string>();
    for (const c of COUNTRIES) for (const n of [...c.names, ...c.demonyms, c.capital ?? '']) if (n) places.add(fold(n));
    for (const c of countriesJson.countries) if (c.capital) places.add(fold(c.capital));
    const clashes = LEADERS.flatMap((l) => l.names.filter((n) => places.has(fold(n))));
    expect(clashes).toEqual([]);
  });
});
