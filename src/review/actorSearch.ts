import type { Anchor, StoryData } from '../data/schema.ts';
import type { CountryTable, OrganisationTable } from '../data/tables.ts';
import { COUNTRIES } from '../draft/lexicon/countries.ts';

/** One actor a reviewer may pick: its code, kind, the name shown, and the other names it is found by. */
export interface ActorEntry {
  id: string;
  kind: 'country' | 'organisation' | 'other';
  name: string;
  /** Where its edges meet, as a person reads it: "Moscow", "Brussels". */
  place: string;
  names: readonly string[];
}

export interface ActorSearch {
  /** The actors whose names (or code) match what was typed, best first: the whole name, then a word's start, then anywhere. */
  find(query: string, limit?: number): ActorEntry[];
  get(id: string): ActorEntry | undefined;
  /** Where an actor's edges meet: a country's capital, an organisation's seat, the story's own anchor. */
  place(id: string): Anchor | undefined;
}

/** Lower case, without accents, curly apostrophes straight: "Côte d’Ivoire" is found by "cote d'ivoire". */
export const foldName = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase().trim();

/**
 * The actors of a review to search by name: the story's own (armed groups and others it defines), every
 * organisation of data/organisations.json (name, short name, aliases) and every country of
 * data/countries.json (with the names and spellings world-countries gives, as the drafter uses them).
 *
 * @example actorSearch(story, tables).find('korea').map((a) => a.id) // ['KOR', 'PRK']
 */
export function actorSearch(story: Pick<StoryData, 'actors'>, tables: { countries: CountryTable; organisations: OrganisationTable }): ActorSearch {
  const other = new Map(COUNTRIES.map((c) => [c.id, c.names]));
  const entries = new Map<string, ActorEntry>();
  for (const a of story.actors) {
    if (a.kind !== 'other' || !a.name) continue;
    entries.set(a.id, { id: a.id, kind: 'other', name: a.name, place: a.anchor?.name ?? '', names: [a.name, ...(a.shortName ? [a.shortName] : [])] });
  }
  for (const o of tables.organisations.values()) {
    entries.set(o.id, { id: o.id, kind: 'organisation', name: o.name, place: o.seat?.name ?? '', names: [o.name, o.shortName, ...o.aliases] });
  }
  for (const c of tables.countries.values()) {
    entries.set(c.iso3, { id: c.iso3, kind: 'country', name: c.name, place: c.capital ?? '', names: [c.name, ...(other.get(c.iso3) ?? [])] });
  }
  const folded = [...entries.values()].map((entry) => ({ entry, names: entry.names.map(foldName) }));
  return {
    get: (id) => entries.get(id),
    place(id) {
      const country = tables.countries.get(id);
      if (country) return { name: country.capital ?? country.name, lat: country.lat, lon: country.lon };
      const organisation = tables.organisations.get(id);
      if (organisation) return organisation.seat ?? undefined;
      return story.actors.find((a) => a.id === id)?.anchor;
    },
    find(query, limit = 8) {
      const q = foldName(query);
      if (!q) return [];
      const scored: { entry: ActorEntry; score: number }[] = [];
      for (const { entry, names } of folded) {
        let score = entry.id.toLowerCase() === q ? 0 : Infinity;
        for (const n of names) {
          const s = n === q ? 1 : n.startsWith(q) ? 2 : n.split(/[\s\-'(]+/).some((w) => w.startsWith(q)) ? 3 : q.length > 2 && n.includes(q) ? 4 : Infinity;
          score = Math.min(score, s);
        }
        if (score < Infinity) scored.push({ entry, score });
      }
      // Among equals, the story's own actors first, then the shorter (the commoner) name.
      const rank = { other: 0, country: 1, organisation: 1 } as const;
      return scored.sort((a, b) => a.score - b.score || rank[a.entry.kind] - rank[b.entry.kind] || a.entry.name.length - b.entry.name.length || a.entry.name.localeCompare(b.entry.name))
        .slice(0, limit).map((s) => s.entry);
    },
  };
}

/**
 * A code for an actor the tables do not know, from its name: capitals, digits and hyphens, never the
 * code of a country, an organisation or another actor of the story.
 *
 * @example actorCode('Wagner Group', taken) // 'WAGNER-GROUP'
 */
export function actorCode(name: string, taken: (code: string) => boolean): string {
  const base = foldName(name).toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'ACTOR';
  let code = base;
  for (let n = 2; taken(code); n++) code = `${base}-${n}`;
  return code;
}
