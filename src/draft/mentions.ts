import { COUNTRIES, isState } from './lexicon/countries.ts';
import { execAll } from './execAll.ts';
import { AMBIGUOUS_CAPITALS, AMBIGUOUS_NAMES, CITIES, OTHER_CAPITALS, EXTRA_DEMONYMS, EXTRA_NAMES, LEADERS, SEATS, TITLE_WORDS } from './lexicon/actors.ts';
import { PLACES } from './lexicon/places.ts';

/** How a mention names its actor. */
export type Via = 'name' | 'demonym' | 'capital' | 'city' | 'seat' | 'organisation' | 'person' | 'description';

/** An actor named in the text: where, how, and what the words around it say of its role. */
export interface Mention {
  start: number;
  end: number;
  actor: string;
  via: Via;
  /** Preceded by "in", "at", "near"…: the place where something happens, not who does it. */
  place: boolean;
  /** Followed by "'s". */
  possessive: boolean;
  /** For a person: the name as written, and the role the text gives. */
  person?: { name: string; role?: string };
  /** For a member of a group the text names as one ("the P5+1"): the group's name; its members share the mention's offsets. */
  group?: string;
}

export interface OrganisationNames {
  id: string;
  name: string;
  shortName: string;
  aliases: readonly string[];
  /** Where it sits ("Brussels"): a visit there, in an article that names the body, is a visit to it. */
  seat?: { name: string } | null;
}

interface Entry {
  actor: string;
  via: Via;
  person?: { name: string; role?: string };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name without its accents and with one apostrophe: "Perú" and "Peru", "Côte d’Ivoire" and "Cote d'Ivoire" are one key. */
// ("Yıldırım", "Wałęsa", "Løkke": letters whose plain form no mark takes off are folded by name.)
const PLAIN: Readonly<Record<string, string>> = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H' };
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").replace(/[ıłŁøØđĐħĦ]/g, (ch) => PLAIN[ch]);

// Each accented letter (and the curly apostrophe) with the plain one it folds to: one UTF-16 unit for one, so a
// folded copy of a text keeps the text's offsets.
// Every Latin letter with a mark that folds to one plain letter (Latin-1, Extended-A and -B, the Vietnamese block):
// "Erdoğan", "Vučić", "Iohannis' Cioloș", "Nguyễn" in a text meet the names the gazetteer keeps without marks.
const UNIT_FOLD = new Map<string, string>([['’', "'"]]);
for (const [first, last] of [[0xc0, 0x24f], [0x1e00, 0x1eff]]) {
  for (let code = first; code <= last; code++) {
    const ch = String.fromCharCode(code);
    const plain = fold(ch);
    if (plain !== ch && plain.length === 1) UNIT_FOLD.set(ch, plain);
  }
}
const foldUnits = (text: string) => text.replace(/[\u00c0-\u024f\u1e00-\u1eff’]/g, (ch) => UNIT_FOLD.get(ch) ?? ch);
const WORD_UNIT = /[\p{L}\p{N}]/u;
/** Whether the code point that ends (or starts) at a unit offset is a letter or a digit. */
const wordBefore = (text: string, at: number) => {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_UNIT.test(String.fromCodePoint(text.codePointAt(start)!));
};
const wordAt = (text: string, at: number) => at < text.length && WORD_UNIT.test(String.fromCodePoint(text.codePointAt(at)!));

/**
 * Names indexed by their first two letters, longest first: the longest name that starts at a word
 * boundary and ends at one, found in one pass over the text, as a regex alternation of every name
 * would, without the cost of such a regex (thousands of names, each letter with its accented forms).
 */
class NameIndex {
  private readonly byPrefix = new Map<string, string[]>();
  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = name.slice(0, 2);
      const list = this.byPrefix.get(key);
      if (list) list.push(name); else this.byPrefix.set(key, [name]);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }
  /** The length of the longest name at `at` in a folded text, or 0. */
  longestAt(folded: string, at: number): number {
    const list = this.byPrefix.get(folded.slice(at, at + 2));
    if (!list) return 0;
    for (const name of list) if (folded.startsWith(name, at) && !wordAt(folded, at + name.length)) return name.length;
    return 0;
  }
}

/** Every name of some indexes in a text, leftmost and longest first, as `[start, end)` spans of the text. */
function findNames(text: string, indexes: readonly NameIndex[]): { start: number; end: number }[] {
  const folded = foldUnits(text);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < folded.length;) {
    if (wordBefore(folded, i)) { i++; continue; }
    let best = 0;
    for (const index of indexes) best = Math.max(best, index.longestAt(folded, i));
    if (best) { out.push({ start: i, end: i + best }); i += best; } else i++;
  }
  return out;
}

/** A map whose keys are names compared without accents. */
class FoldedMap<V> extends Map<string, V> {
  override get(key: string) { return super.get(fold(key)); }
  override has(key: string) { return super.has(fold(key)); }
  override set(key: string, value: V) { return super.set(fold(key), value); }
}
const LETTER = /[\p{L}\p{N}]/u;

/** "Uzbekistan's historic city of Samarkand", "China's “breakaway province” of Taiwan": after a state, a place of it. */
export const OWNER_OF_PLACE = /^['’]s?\s+["“]?(?:(?:historic|ancient|capital|port|coastal|northern|southern|eastern|western|central|second|largest|biggest|main|commercial|holy|border|breakaway|restive|disputed|self-ruled|autonomous)\s+){0,2}(?:city|town|port|province|region|island|capital|resort|village|coast|enclave)["”]?\s+of\s+\p{Lu}/u;

/** The static gazetteer: countries by name, demonym, capital and seat; organisations; known leaders. */
function baseEntries(organisations: readonly OrganisationNames[], published?: string): Map<string, Entry> {
  const entries = new FoldedMap<Entry>();
  const add = (surface: string, entry: Entry) => {
    if (surface.length < 2 || entries.has(surface)) return;
    entries.set(surface, entry);
  };
  for (const o of organisations) for (const s of [o.id, o.name, o.shortName, ...o.aliases]) add(s, { actor: o.id, via: 'organisation' });
  add('UN Secretary-General', { actor: 'UN', via: 'organisation' });
  add('African Union Commission', { actor: 'AU', via: 'organisation' });
  // Without a date, a name that stood for several actors in turn (Stoltenberg: Norway, then NATO, then Norway) names none of them:
  // the title beside it ("NATO Secretary General") still does.
  const actorsOf = new Map<string, Set<string>>();
  for (const leader of LEADERS) for (const n of leader.names) actorsOf.set(n, (actorsOf.get(n) ?? new Set()).add(leader.actor));
  for (const leader of LEADERS) {
    if ((leader.from && published && published < leader.from) || (leader.to && published && published > leader.to)) continue;
    if (!published && leader.names.some((n) => actorsOf.get(n)!.size > 1)) continue;
    for (const name of leader.names) add(name, { actor: leader.actor, via: 'person', person: { name: leader.names[0], role: leader.role } });
    // "the Biden administration", "the Modi government": the government a leader heads is the state.
    const surname = leader.names.at(-1)!;
    if (!/\s/.test(surname) && leader.role !== 'secretary-general' && leader.role !== 'secretary general') {
      for (const body of ['administration', 'government', 'cabinet']) add(`${surname} ${body}`, { actor: leader.actor, via: 'seat' });
    }
  }
  for (const [seat, actor] of Object.entries(SEATS)) add(seat, { actor, via: 'seat' });
  for (const [city, actor] of Object.entries(CITIES)) add(city, { actor, via: 'city' });
  for (const [capital, actor] of Object.entries(OTHER_CAPITALS)) add(capital, { actor, via: 'capital' });
  for (const [place, actor] of Object.entries(PLACES)) add(place, { actor, via: 'city' });
  for (const [actor, names] of Object.entries(EXTRA_NAMES)) for (const n of names) add(n, { actor, via: n === 'Washington' ? 'capital' : 'name' });
  for (const [actor, list] of Object.entries(EXTRA_DEMONYMS)) for (const d of list) add(d, { actor, via: 'demonym' });
  for (const c of COUNTRIES) {
    for (const n of c.names) add(n, { actor: c.id, via: 'name' });
    for (const d of c.demonyms) {
      add(d, { actor: c.id, via: 'demonym' });
      // "two Canadians", "Pakistanis": the plural of a demonym in -an or -i names the state's people.
      if (/^\p{Lu}\p{Ll}+(?:an|i)$/u.test(d)) add(`${d}s`, { actor: c.id, via: 'demonym' });
    }
    if (c.capital && !AMBIGUOUS_CAPITALS.has(c.capital)) add(c.capital, { actor: c.id, via: 'capital' });
  }
  return entries;
}

/**
 * The text with each word in capitals that the gazetteer does not know as written ("KENYA", "SOUTH
 * AFRICA", but not "NATO" or "US") in the case it knows ("Kenya"), as leads and headlines sometimes write
 * names. Each word keeps its length, so a match in this copy is at the same offsets in the text.
 */
function casedCaps(text: string, entries: Lookup): string {
  if (!/\p{Lu}{4}/u.test(text)) return text;
  // A dateline ("OHRID, NORTH MACEDONIA (AP) –") says where a report was filed: its words stay as they are.
  const datelines = execAll(DATELINE, text).map((m) => [m.index!, m.index! + m[0].length]);
  return text.replace(/(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu, (word, at: number) => (entries.has(word) || datelines.some(([a, b]) => at >= a && at < b) ? word : word[0] + word.slice(1).toLowerCase()));
}
const MEMBER_AFTER = /^(?:\s*\([^)]{1,16}\))?\s+member(?:(?:\s+|-)(?:states?|countr(?:y|ies)|nations?))?(?![\p{L}-])/iu;
/** How far into a text a dateline is looked for: the first paragraphs, after a headline. */
const DATELINE_REACH = 600;
const DATELINE = /(?<=^|\n)[ \t]*\p{Lu}[\p{Lu}.'’-]*(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*)*[ ,]*(?:\([^)\n]{1,40}\)[ \t]*)?[-–—:]/gu;

function compile(entries: ReadonlyMap<string, Entry>): NameIndex {
  return new NameIndex(entries.keys());
}

/** What may follow "City, Country" in apposition: a mark, the end, or a phrase of time or place, not a verb. */
// ("In Moscow, Russia and Turkey agreed": an "and" that joins another name makes the country a subject, not the town's apposition.)
const APPOSITION_END = /^(?:\s*(?:[,.;:!?)'"”’—–-]|$)|\s+(?:and|or)\s+(?!(?:the\s+)?\p{Lu})|\s+(?:on|in|at|last|this|next|where|during|for|to|with|from|near|yesterday|today|after|before|earlier|later|since|until)\b)/u;
const PLACE_BEFORE = /(?:^|\s)(?:in|at|near|inside|within|across|throughout|outside|around)\s+(?:the\s+)?(?:(?:[\p{L}]+-[\p{L}-]+|neighbou?ring|northern|southern|eastern|western|central|war-torn)\s+)?$/iu;
const OWNED_OFFICE = /['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:minister|ministers|leaders?|president|premier|counterparts?)\s+in\s+(?:the\s+)?$/u;
const AFFILIATION = /(?:leaders|officials|politicians|lawmakers|diplomats|authorities|government|governments|people|ministers|minister|envoys?|ambassadors?|embassy|officers|forces|troops|military|leadership|parties|nations|countries|member\s+states)\s+in\s+(?:the\s+)?$/i;
const EVENT_AFTER = /^['’]?s?\s+War\b/;
const FALSE_AFTER: Readonly<Record<string, RegExp>> = {
  Washington: /^\s+(?:Post|Times|Examiner|Nationals|Commanders|state|State\s+University|Monthly)\b/,
};
const COMMUNITY_AFTER = /^ (?:Serbs?|Croats?|Albanians?|Kurds?|Kurdish|Muslims?|Tamils?|Hutus?|Tutsis?|Uyghurs?|Uighurs?|Pashtuns?|Baloch|Rohingyas?|Shias?|Shiites?|Sunnis?|Druze|Christians?|Jews|Jewish|Arabs?|Hindus?|Sikhs?)\b/u;
const REGION_BEFORE = /(?:Latin|South|North|Central|African|Native|Asian|Arab|Korean|Mexican|Anglo|Irish|Southern|Northern|Eastern|Western)[\s-]$/;

// "Speaker of the US House of Representatives": a state's own body keeps the state's name inside a longer one.
const STATE_BODY_AFTER = /^\s+(?:House|Senate|Congress|Parliament|Army|Navy|Air\s+Force|Embassy|Ministry|Department|Government|Treasury|Coast\s+Guard|Supreme\s+Court|National\s+Assembly)\b/;

/** Whether a match is one of the classic false friends: an event, a newspaper, a first name, a US state. */
function falseFriend(text: string, start: number, end: number, surface: string, entry: Entry): boolean {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  if ((entry.via === 'name' || entry.via === 'demonym') && EVENT_AFTER.test(after)) return true;
  // "non-NATO", "anti-American": a prefix makes a word of its own.
  if (/(?:non|anti|pro|ex|pan|post|pre)-$/i.test(before)) return true;
  // "Organization of American States", "Bank of America": a word inside a longer proper name.
  if (/\p{Lu}[\p{L}]+\s+of\s+(?:the\s+)?$/u.test(before) && /^\s+\p{Lu}/u.test(after) && entry.via !== 'person' && entry.via !== 'organisation' && !STATE_BODY_AFTER.test(after) && !/(?:President|Minister|Republic|Kingdom|Ministry|Government|King|Queen|Emir|Sultan|Prince|people|Leader)\s+of\s+(?:the\s+)?$/.test(before)) return true;
  // "the Democratic Forces for the Liberation of Rwanda": the last word of an organisation's long name.
  if (entry.via !== 'organisation' && /\p{Lu}[\p{L}]+\s+(?:for|of)\s+the\s+\p{Lu}[\p{L}]+\s+of\s+(?:the\s+)?$/u.test(before)) return true;
  // "the US National Security Council", "Japan's National Security Council": a state's own council, not the UN's.
  if (entry.via === 'organisation' && /^Security Council$/.test(surface) && STATE_COUNCIL_BEFORE.test(before)) return true;
  // "launched a WTO case against China", "WTO dispute settlement consultations with China": the trade body named as the forum
  // of a quarrel between others is no party to it.
  if (entry.via === 'organisation' && entry.actor === 'WTO' && /^\)?(?:\s*\((?:WTO|World Trade Organi[sz]ation)\))?\s+(?:dispute|disputes|case|cases|complaint|complaints|ruling|rulings|panel|panels|rules|challenge|appeal|arbitration|arbitrator|settlement|proceedings|litigation|suit|lawsuit|judges?|adjudicators?)\b/u.test(after)) return true;
  // "US$6.5 billion", "A$300 million": a currency, not the state.
  if (/^\$/.test(after)) return true;
  if (FALSE_AFTER[surface]?.test(after)) return true;
  if (surface === 'Washington' && /George\s+$/.test(before)) return true;
  if (entry.via === 'demonym' && REGION_BEFORE.test(before)) return true;
  // "the former Soviet republic of Georgia", "a former French colony": a state's past, describing another.
  if (entry.via === 'demonym' && /(?<![\p{L}])(?:former|ex-)\s*$/iu.test(before) && /^\s+(?:republics?|states?|colon(?:y|ies)|provinces?|territor(?:y|ies)|satellites?|protectorates?|possessions?)\b/iu.test(after)) return true;
  // "its UN ambassador", "Iran's UN envoy": a state's envoy posted to a body speaks for the state, not the body.
  if (entry.via === 'organisation' && /^\s+(?:ambassador|envoy|representative|delegate|mission|delegation)s?\b/.test(after) && /(?:(?<![\p{L}])(?:its|his|her|their)|['’]s?)\s+$/u.test(before)) return true;
  // "Bosnian Serb positions", "Iraqi Kurdish forces", "Kosovo Albanians": a community within a state is not that state.
  if ((entry.via === 'demonym' || entry.via === 'name') && COMMUNITY_AFTER.test(after)) return true;
  // "Latin America", "North America": a continent, not the United States.
  if (surface === 'America' && /(?:Latin|South|North|Central|Middle)\s+$/.test(before)) return true;
  const ambiguity = AMBIGUOUS_NAMES[surface];
  if (ambiguity === 'first-name' && (/^\s+\p{Lu}\p{Ll}/u.test(after) || /\p{Lu}\p{Ll}+\s+$/u.test(before) && !/(?:^|[.!?]\s+|\b(?:The|In|From|To|And|With|By|Of|For|On|At|As)\s+)$/.test(before))) return true;
  if (ambiguity === 'us-state' && (/,\s*$/.test(before) && /\p{Lu}\p{Ll}+,\s*$/u.test(before) || /^\s+(?:Gov\.|Governor|Senate|senator|state|State|Republicans?|Democrats?|Tech|Bulldogs|Power)\b/.test(after) || /state of\s+$/i.test(before) || /\bAtlanta\b/.test(text))) return true;
  return false;
}

// A title before a name: "Russian President Vladimir Putin", "Iran's Foreign Minister Abbas Araghchi".
const TITLES = [...TITLE_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|');
// (A particle is a word of its own: "Nancy Pelosi landed" is no "Nancy Pelosi la".)
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|(?:bin|de|da|von|der|van|le|la)(?![\\p{L}'’.-])|al-\\p{L}+|el-\\p{L}+))*";
const TITLED = new RegExp(`(?<![\\p{L}])(${TITLES})\\s+(${NAME})`, 'gu');
const TITLED_OF = new RegExp(`(?<![\\p{L}])(${TITLES})\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s+){2,8}\\p{Lu}[\\p{L}'’.-]*)`, 'gu');
// "the president of Chad, General Mahamat Idriss Deby Itno" and "Chad's president, Mahamat Deby".
const OF_COUNTRY = /(?:^|\s)(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+of\s+$/u;
const ROLE_NOUNS = `${TITLES}|mediator|negotiator|diplomat|official|head of state|head of government|chief|representative`;
const APPOSED = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}(?:\\s+(?:Jr|Sr)\\.?)?),\\s+(?:the|a|an)\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}?)(?:(?:top|chief|senior|special|former|then|new|acting|interim|deputy|foreign|defen[cs]e)\\s+){0,2}(${ROLE_NOUNS})(?![\\p{L}])`, 'gu');
const OWNED_NAME = /(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}'’])/gu;
const INSTITUTION = /^(?:Council|Court|Party|Ministry|Army|Navy|Force|Forces|Bank|Agency|Office|Parliament|Assembly|Committee|Commission|Front|Movement|Union|Service|Guard|Guards|Corps|Department|Embassy|Government|Airlines|Airways|Company|Group|News|Times|Post|Congress|Senate|House|Cabinet|Kremlin|Foreign|Defence|Defense|Security|National|Supreme|Central|State|Federal|Republic|Islands?|Sea|Gulf|Strait|River|Lake|Mountains?|Day|Cup|Games|League|Association|Institute|University|Museum|Channel|Radio|Television|Television|Media|Press|Post)$/;
const NOT_NAMES = new Set(['The', 'He', 'She', 'His', 'Her', 'It', 'They', 'On', 'In', 'At', 'But', 'And', 'A', 'An', 'This', 'That', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

/**
 * The people the text introduces with a title and a country ("German Chancellor Olaf Scholz", "the
 * president of Chad, General Mahamat Deby"): each then stands for that country wherever the text
 * names him or her again ("Scholz", "Deby").
 */
const US_PARTY_TAGGED = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+\((?:D|R|I)-[A-Z][A-Za-z.]{1,12}\)/gu;

function titledPeople(text: string, pattern: NameIndex, entries: ReadonlyMap<string, Entry>): Map<string, Entry> {
  const people = new FoldedMap<Entry>();
  for (const m of execAll(TITLED, text)) {
    if (inHeadline(text, m.index!)) continue;
    const name = trimName(m[2], entries);
    if (!name || entries.has(name)) continue;
    const words = name.split(/\s+/);
    if (words.length < 2 || NOT_NAMES.has(words[0])) continue;
    const actor = ownerBefore(text, m.index!, pattern, entries) ?? ownerAfterTitle(text, m.index! + m[1].length, entries) ?? ownerAfterName(text, m.index! + m[0].length, entries);
    if (!actor) continue;
    register(people, entries, name, actor, m[1]);
  }
  // "Deputy Prime Minister of Ethiopia Demeke Mekonnen": the country between the title and the name.
  for (const m of execAll(TITLED_OF, text)) {
    if (inHeadline(text, m.index!)) continue;
    const words = m[2].split(/\s+/);
    for (let n = Math.min(words.length - 2, 4); n > 0; n--) {
      const owner = entries.get(words.slice(0, n).join(' '));
      if (!owner || owner.via === 'person' || owner.via === 'city') continue;
      const name = trimName(words.slice(n).join(' '), entries);
      if (name.split(/\s+/).length >= 2 && !NOT_NAMES.has(name.split(/\s+/)[0])) register(people, entries, name, owner.actor, m[1]);
      break;
    }
  }
  // "Amos Hochstein, the US mediator in …": a name, then a comma and its state's office in apposition.
  for (const m of execAll(APPOSED, text)) {
    if (inHeadline(text, m.index!)) continue;
    const owner = entries.get(m[2].trim());
    if (!owner || owner.via === 'person' || owner.via === 'city') continue;
    const name = trimName(m[1], entries);
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 3 || NOT_NAMES.has(words[0]) || words.some((w) => TITLE_WORDS.includes(w) || INSTITUTION.test(w))) continue;
    register(people, entries, name, owner.actor, m[3]);
  }
  // "Greece's Alexis Tsipras and Macedonia's Zoran Zaev": a possessive state before a bare personal name.
  for (const m of execAll(OWNED_NAME, text)) {
    if (inHeadline(text, m.index!)) continue;
    const owner = entries.get(m[1]);
    if (!owner || owner.via === 'person' || owner.via === 'city') continue;
    const name = trimName(m[2], entries);
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 3 || NOT_NAMES.has(words[0]) || words.some((w) => TITLE_WORDS.includes(w) || INSTITUTION.test(w))) continue;
    register(people, entries, name, owner.actor);
  }
  // "House Speaker Nancy Pelosi (D-CA)", "Sen. Ted Cruz (R-Texas)": a party and a state in brackets after a name mark an American politician.
  for (const m of execAll(US_PARTY_TAGGED, text)) {
    const name = trimName(m[1].replace(/^(?:(?:Rep|Sen|Gov|Del|Reps|Sens)\.?|Senator|Representative|Congressman|Congresswoman|Speaker)\s+/u, ''), entries);
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 4 || NOT_NAMES.has(words[0]) || entries.has(name)) continue;
    register(people, entries, name, 'USA');
  }
  // "President Jiang Zemin … Jiang said": a known leader named in full is then named by the family name alone.
  for (const { start, end } of findNames(text, [pattern])) {
    const entry = entries.get(text.slice(start, end));
    // ("Joao Lourenco … Lourenco": the full name as the text writes it, marks or none.)
    if (entry?.via !== 'person' || !entry.person || fold(text.slice(start, end)) !== fold(entry.person.name)) continue;
    const words = entry.person.name.split(/\s+/);
    // "Lai Ching-te … Lai said": a hyphenated given name after the family name, as `register` reads it.
    const givenHyphenated = words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]);
    if (words.length < 2 || (words.some((w) => w.includes('-')) && !givenHyphenated)) continue;
    const family = FAMILY_FIRST.has(entry.actor) || givenHyphenated ? words[0] : words.at(-1)!;
    if (family.length > 2 && !entries.has(family) && !people.has(family)) people.set(family, entry);
  }
  for (const [k, v] of people) if (!v.actor) people.delete(k);
  return people;
}

/** States whose leaders' names put the family name first ("Jiang Zemin" is President Jiang). */
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'HKG', 'MAC']);

/**
 * A person the text introduces, under the full name and the surname: a first name alone is too often part of another name ("Luis Alberto Arce").
 * A name whose last part is a hyphenated given name ("Tsai Ing-wen", "Lee Myung-bak") puts the family name first.
 */
function register(people: Map<string, Entry>, entries: ReadonlyMap<string, Entry>, name: string, actor: string, role?: string) {
  const entry: Entry = { actor, via: 'person', person: role ? { name, role } : { name } };
  // ("Ferdinand Marcos Jr." is Mr. Marcos: a generational suffix is no surname.)
  const words = name.split(/\s+/).filter((w, i, all) => i === 0 || i < all.length - 1 || !/^(?:Jr|Sr)\.?$|^I{2,3}$|^IV$/.test(w));
  const surname = words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]) ? words[0] : words.at(-1)!;
  for (const surface of [name, surname]) {
    const seen = people.get(surface);
    // A surname two people share stands for neither.
    if (seen && seen.actor !== actor) people.set(surface, { ...seen, actor: '' });
    else if (!seen && !entries.has(surface) && !NOT_NAMES.has(surface)) people.set(surface, entry);
  }
}

/**
 * Whether a position is in a headline: a short line of capitalised words, where a title-case verb
 * looks like a name. Only a line under 160 characters can be one, so no more than that is read
 * either way: a text of one very long line stays linear.
 */
function inHeadline(text: string, at: number): boolean {
  const window = Math.max(0, at - 160);
  const back = text.slice(window, at).lastIndexOf('\n');
  if (back < 0 && window > 0) return false;
  const lineStart = back < 0 ? 0 : window + back + 1;
  const next = text.slice(at, at + 160).indexOf('\n');
  if (next < 0 && text.length - at >= 160) return false;
  const lineEnd = next < 0 ? text.length : at + next;
  const line = text.slice(lineStart, lineEnd);
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  // A line with a full stop in it, or at its end, is prose.
  if (/\.(?:\s|["”’]?$)/.test(line.trim())) return false;
  return lineEnd - lineStart < 160 && words.length > 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}

function trimName(raw: string, entries: ReadonlyMap<string, Entry>): string {
  // A name stops before a word that begins a new phrase ("Abiy Ahmed And", "Putin On") or names an actor.
  // Nor does it run past a line's end or a full stop ("… Padrino López.\n\nDogu told"): an initial ("J.") is no full stop.
  const words = raw.split(/\n/)[0].split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (NOT_NAMES.has(w) || entries.has(w.replace(/[.,]$/, ''))) break;
    kept.push(w.replace(/[.,]$/, ''));
    if (/\p{L}{3,}\.$/u.test(w) && !/^(?:Jr|Sr)\.$/.test(w)) break;
  }
  return kept.join(' ').replace(/['’]s$/, '');
}

/**
 * What makes a "Security Council" a state's own rather than the UN's: "National" before it, or one of the
 * states whose own council bears that name ("the Russian Security Council", "Armenia's Security Council").
 */
const STATE_COUNCIL_BEFORE = /(?:Collective|CSTO|CSTO['’]s|National|Russian|Russia['’]s|Kremlin['’]s|Ukrainian|Ukraine['’]s|Armenian|Armenia['’]s|Belarusian|Belarus['’]s?|Kazakh|Kazakhstan['’]s|Georgian|Georgia['’]s|Azerbaijani|Azerbaijan['’]s|Kyrgyz|Kyrgyzstan['’]s|Tajik|Tajikistan['’]s|Uzbek|Uzbekistan['’]s|Moldovan|Moldova['’]s)\s+$/u;

/** The country or organisation named just before a title, with only modifiers between ("U.S. Mideast envoy"). */
function ownerBefore(text: string, at: number, pattern: NameIndex, entries: ReadonlyMap<string, Entry>): string | undefined {
  const window = text.slice(Math.max(0, at - 48), at);
  let found: string | undefined;
  for (const span of findNames(window, [pattern])) {
    const m = [window.slice(span.start, span.end)];
    const rest = window.slice(span.end);
    // Only possessives, modifiers and other titles may stand between the owner and the title.
    if (/^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}-]*|the|former|then|new|top|senior|deputy|acting|interim|military|foreign|national|security|special|chief))*\s*$/u.test(rest)) {
      const entry = entries.get(m[0]);
      // ("US National Security Council coordinator Kurt Campbell": the state's council, not the UN's.)
      if (entry && entry.via === 'organisation' && m[0] === 'Security Council' && STATE_COUNCIL_BEFORE.test(window.slice(0, span.start))) continue;
      if (entry && entry.via !== 'person') found = entry.actor;
    }
  }
  return found;
}

/** "President Kassym-Jomart Tokayev of Kazakhstan": the country after the name. */
function ownerAfterName(text: string, at: number, entries: ReadonlyMap<string, Entry>): string | undefined {
  const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(text.slice(at, at + 60));
  if (!of) return undefined;
  // The longest run of words that names an actor: "of South Korea's", "of the Solomon Islands".
  const words = of[1].replace(/['’]s$/, '').split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const entry = entries.get(words.slice(0, n).join(' '));
    if (entry && entry.via !== 'person' && entry.via !== 'city') return entry.actor;
  }
  return undefined;
}

/** "the president of Chad, General …": the country after "of", before the name. */
function ownerAfterTitle(text: string, at: number, entries: ReadonlyMap<string, Entry>): string | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return undefined;
  const head = before.slice(0, comma);
  const of = /\bof\s+((?:the\s+)?[\p{Lu}][\p{L}.\s-]*)$/u.exec(head);
  if (!of || !OF_COUNTRY.test(head.slice(0, of.index + 1) + ' of ')) return undefined;
  const entry = entries.get(of[1].replace(/^the\s+/, '').trim());
  return entry && entry.via !== 'person' ? entry.actor : undefined;
}

/** Two folded maps as one, the second's entries winning. */
/** Names to look up (compared without accents, as `FoldedMap` compares them). */
type Lookup = Pick<ReadonlyMap<string, Entry>, 'get' | 'has'>;

/** The text's own people and the gazetteer, looked up together without copying it; where both know a name, the gazetteer's entry wins. */
function layered(people: Lookup, known: Lookup): Lookup {
  return { get: (key) => known.get(key) ?? people.get(key), has: (key) => known.has(key) || people.has(key) };
}

export interface Gazetteer {
  /** Every actor mention of a text, in order, false friends left out. */
  mentions(text: string, published?: string): Mention[];
  /** The state where the report was filed, from a dateline that opens a paragraph near the top ("PANAMA CITY (AP) —"). */
  dateline(text: string): { actor: string; start: number; end: number } | undefined;
}

/**
 * The drafter's gazetteer: countries (names, other spellings, demonyms, capitals, seats of
 * government), organisations, known leaders, and the people each text introduces with a title.
 *
 * @example gazetteer(orgs).mentions('The Kremlin warned Finland.') // [{ actor: 'RUS', via: 'seat', … }, { actor: 'FIN', … }]
 */
const CAPITALS = new Set(COUNTRIES.map((c) => c.capital).filter(Boolean));

export function gazetteer(organisations: readonly OrganisationNames[]): Gazetteer {
  // The bodies by the city they sit in, for cities that stand for no state on their own (an ambiguous capital, or none).
  const seated = new Map<string, string[]>();
  for (const o of organisations) {
    const city = o.seat?.name;
    if (city && /^[\p{L} .'-]+$/u.test(city) && (AMBIGUOUS_CAPITALS.has(city) || !CAPITALS.has(city))) seated.set(city, [...(seated.get(city) ?? []), o.id]);
  }
  const byDate = new Map<string, { entries: Map<string, Entry>; pattern: NameIndex }>();
  const base = (published = '') => {
    let b = byDate.get(published);
    if (!b) {
      const entries = baseEntries(organisations, published || undefined);
      byDate.set(published, (b = { entries, pattern: compile(entries) }));
    }
    return b;
  };
  return {
    dateline(text) {
      const { entries } = base();
      for (const m of execAll(DATELINE, text.slice(0, DATELINE_REACH))) {
        // "ADDIS ABABA (Reuters) -", "PESHAWAR, Pakistan (CNN) --": the city, or the state after its comma.
        const words = m[0].replace(/\([^)]*\)/g, ' ').replace(/[-–—:]+\s*$/, '').trim().split(/\s*,\s*/).filter(Boolean);
        const titled = (w: string) => w.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
        for (const part of [...words].reverse()) {
          // ("PANAMA CITY", "KUWAIT CITY": a capital named for its state is the state.)
          const entry = entries.get(titled(part)) ?? entries.get(part) ?? entries.get(titled(part).replace(/\s+City$/u, ''));
          if (entry && isState(entry.actor) && (entry.via === 'city' || entry.via === 'capital' || entry.via === 'name')) {
            return { actor: entry.actor, start: m.index!, end: m.index! + m[0].length };
          }
        }
      }
      return undefined;
    },
    mentions(text, published) {
      const { entries: known, pattern: knownPattern } = base(published);
      const people = titledPeople(text, knownPattern, known);
      const entries = people.size ? layered(people, known) : known;
      const indexes = people.size ? [compile(people), knownPattern] : [knownPattern];
      const found: Mention[] = [];
      const placeAt = (start: number, via: Via, end: number, actor: string) => {
        if (via === 'city') return true;
        // "on the Indonesian island of Bintan", "in the Polish city of Gliwice": a demonym naming where a place lies.
        if (via === 'demonym') return (/(?<![\p{L}])(?:in|on|at|to|near|from)\s+(?:the|a)\s+$/iu.test(text.slice(Math.max(0, start - 12), start))
          && /^\s+(?:[\p{Ll}-]+\s+)?(?:island|city|town|port|province|region|capital|resort|village|state|coast|border town|enclave|exclave|territory|seaside|base)\s+(?:of|city)\b/u.test(text.slice(end, end + 40)))
          // ("flew to the Vietnamese capital", "arrived in the Chinese capital on Monday": a state's capital named by its people is a place of it.)
          || (/(?<![\p{L}])(?:in|to|at|into|near|from)\s+(?:the|this|that)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(text.slice(Math.max(0, start - 24), start)) && /^\s+capital\b(?!\s+(?:of|city\s+of)\b)/u.test(text.slice(end, end + 24)));
        if (via === 'person') return false;
        // "left Uzbekistan's historic city of Samarkand": a state that owns a named place is where it lies.
        if (OWNER_OF_PLACE.test(text.slice(end, end + 60))) return true;
        // "leaders in South Korea" belong to it: the preposition after such a noun names an affiliation.
        // "met Singapore's prime minister in Jakarta": a noun whose owner is already named has its affiliation; "in" is a place.
        // ("Ugandan troops in the Democratic Republic of Congo": troops a state is named as owning are in a place.)
        const owner = found.at(-1);
        // ("his counterparts in the Quad alliance": a body named with its class is one belonged to, not a place.)
        if (!isState(actor) && /^["”’]?\s+(?:alliance|bloc|grouping|group|partnership|format|club|coalition|framework)(?![\p{L}])/u.test(text.slice(end, end + 24))) return false;
        if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return !AFFILIATION.test(text.slice(Math.max(0, start - 40), start)) || OWNED_OFFICE.test(text.slice(Math.max(0, start - 60), start))
          || (!!owner && !owner.place && start - owner.end < 40 && /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:forces|troops|military|soldiers|officers|diplomats|embassy|ambassadors?|envoys?)\s+in\s+(?:the\s+)?$/u.test(text.slice(owner.end, start)));
        // "met in Puno, Peru": a country after a town we do not know, set off by a comma after "in", is where that town is.
        // ("in Puglia, southern Italy": the same with the part of the country the town lies in.)
        const town = /(?<![\p{L}])(?:in|at|near)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s*(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/u.exec(text.slice(Math.max(0, start - 52), start));
        const townAt = town ? Math.max(0, start - 52) + town.index : 0;
        // (A body after the comma is none: "After the summit in Brussels, NATO and Ukraine signed".)
        if (town && isState(actor) && !found.some((f) => f.start >= townAt && f.end <= start)) return true;
        // "in St. Petersburg, Russia": a country after a place, in apposition, is that place too.
        const previous = found.at(-1);
        // "in northern Iraq and Syria": a country joined by "and" or "or" to a place is a place of the same list (not "Israel's" response).
        // ("After talks in Geneva, Egypt and Sudan agreed": a country after a city it does not lie in begins a clause of its own.)
        // ("Speaking in Nairobi, Kenya's president": a country that owns what follows is no apposition, nor one a verb follows:
        // "From Moscow, Russia warned Finland"; "in Kazan, Russia, on Tuesday" and "in Kazan, Russia." are.)
        const within = (previous?.via === 'city' || previous?.via === 'capital' ? previous.actor === actor : true) && !/^['’]/.test(text.slice(end, end + 1))
          && (previous?.via !== 'city' && previous?.via !== 'capital' || APPOSITION_END.test(text.slice(end, end + 16)));
        return !!previous && previous.place && ((within && /^,\s*(?:(?:northern|southern|eastern|western|central)\s+)?$/.test(text.slice(previous.end, start)))
          || (/^,?\s+(?:and|or)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$/u.test(text.slice(previous.end, start)) && !/^['’]/.test(text.slice(end, end + 1))));
      };
      const cased = casedCaps(text, entries);
      let memberUntil = -1;
      for (const { start, end } of findNames(cased, indexes)) {
        const surface = cased.slice(start, end);
        const entry = entries.get(surface)!;
        // A word in capitals is read as a country's name or people ("KENYA has sent troops"), never as a city:
        // a dateline ("QUITO (Reuters) -") says where the report was written, not who acts.
        if (surface !== text.slice(start, end) && entry.via !== 'name' && entry.via !== 'demonym') continue;
        if (falseFriend(text, start, end, surface, entry)) continue;
        if (!LETTER.test(surface)) continue;
        // "the Gulf of Guinea", "the Sea of Japan", "the Gulf of Mexico": a body of water named after a state is no state.
        if (entry.via === 'name' && /(?<![\p{L}])(?:Gulf|Sea|Bay|Strait|Straits|Ocean|Gulf)\s+of\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - 16), start))) continue;
        // "the Timor Sea", "the Korea Strait": the same, with the name first.
        if ((entry.via === 'name' || entry.via === 'demonym') && /^\s+(?:Sea|Strait|Straits|Ocean|Gulf|Bay)(?![\p{L}])/u.test(text.slice(end, end + 10))) continue;
        // "a visit to an ICC member state", "an International Criminal Court (ICC) member": one member the text leaves
        // unnamed, not the body (nor the body's short name in brackets).
        if (start < memberUntil) continue;
        // ("shipments by the two NATO countries": members counted, not the body.)
        const counted = entry.via === 'organisation' && /(?<![\p{L}])(?:two|three|four|five|several|both|other|fellow|many|some)\s+$/iu.test(text.slice(Math.max(0, start - 10), start))
          && /^\s+(?:member\s+)?(?:countries|states|nations|members|allies|governments)\b/iu.test(text.slice(end, end + 24));
        if (counted) continue;
        // "mainly ethnic Albanian", "ethnic Russians in Latvia": a people by descent, not the state.
        // ("100,000 U.S. dollars in aid", "5 billion Chinese yuan": a currency, not its state.)
        // ("the Korean won", "South African rand": a currency; "Kenya won support" is a verb.)
        if ((entry.via === 'name' || entry.via === 'demonym') && (/^\s+(?:dollars?|yuan|renminbi|rupees?|euros?|yen|roubles?|rubles?|francs?|dinars?|dirhams?|riyals?|rials?|lira|liras|pesos?|shillings?|currency)\b/iu.test(text.slice(end, end + 14))
          // ("Russia pounds Ukraine": a verb, unless the state's money is the pound.)
          || (/^\s+pounds?\b/iu.test(text.slice(end, end + 8)) && ['GBR', 'EGY', 'LBN', 'SYR', 'SDN', 'SSD'].includes(entry.actor) && !/^\s+pounds?\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 24)))
          || (/^\s+won\b/iu.test(text.slice(end, end + 6)) && (entry.actor === 'KOR' || entry.actor === 'PRK')) || (/^\s+rand\b/iu.test(text.slice(end, end + 6)) && entry.actor === 'ZAF'))) continue;
        // ("its Serb community", "the Russian minority": a people living elsewhere, not the state.)
        if (entry.via === 'demonym' && ((/(?<![\p{L}])ethnic(?:ally)?\s+$/iu.test(text.slice(Math.max(0, start - 12), start)) && !/^\s+(?:forces|troops|fighters|soldiers|army|militar(?:y|ies))\b/iu.test(text.slice(end, end + 12))) || /^[\s-]+(?:communit(?:y|ies)|minorit(?:y|ies)|diaspora|population|majority|enclaves?|-majority)\b/iu.test(text.slice(end, end + 14)))) continue;
        const member = entry.via === 'organisation' && /(?<![\p{L}])(?:a|an|another|any|one)\s+$/iu.test(text.slice(Math.max(0, start - 9), start))
          && !/(?<![\p{L}])(?:become|becomes|became|becoming|join(?:s|ed|ing)?\s+as)\s+(?:\S+\s+)?$/iu.test(text.slice(Math.max(0, start - 24), start)) ? MEMBER_AFTER.exec(text.slice(end, end + 40)) : null;
        if (member) {
          memberUntil = end + member[0].length;
          continue;
        }
        found.push({
          start, end, actor: entry.actor, via: entry.via,
          place: placeAt(start, entry.via, end, entry.actor),
          possessive: /^['’]s\b/.test(text.slice(end, end + 3)),
          ...(entry.person ? { person: entry.person } : {}),
        });
      }
      // "North and South Korea", "East and West Germany": the first of two states that share a name, with the name said once.
      for (const m of execAll(/(?<![\p{L}])(North|South|East|West)\s+and\s+(?:North|South|East|West)\s+(Korea|Sudan|Germany|Vietnam|Yemen)(?![\p{L}])/gu, text)) {
        const entry = entries.get(`${m[1]} ${m[2]}`);
        const start = m.index!;
        const end = start + m[1].length;
        if (entry && !found.some((x) => x.start < end && x.end > start)) found.push({ start, end, actor: entry.actor, via: entry.via, place: placeAt(start, entry.via, end, entry.actor), possessive: false });
      }
      // "Iran and the P5+1 reached a deal": a group of states named as one is each of them, at the group's own words.
      for (const [pattern, name, members] of GROUPS) {
        for (const m of execAll(pattern, text)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (found.some((x) => x.start < end && x.end > start)) continue;
          const possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2));
          for (const actor of members) found.push({ start, end, actor, via: 'name', place: false, possessive, group: name });
        }
      }
      // "Central Asian leaders", "the three Sahel nations", "the EU and Central Asia": a region's states named as one are
      // those of its states the article names elsewhere, when it names two or more (and as many as a count says).
      for (const [pattern, name, fits] of REGION_GROUPS) {
        for (const m of execAll(pattern, text)) {
          const start = m.index! + (m[1]?.length ?? 0);
          const end = m.index! + m[0].length;
          if (found.some((x) => x.start < end && x.end > start)) continue;
          // (A bare region's name is a party only beside another ("the EU and Central Asia") or as an owner; elsewhere it is a place.)
          if (m.groups?.bare && !/['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2))
            && !/(?:\s+(?:and|&)|\s*[–—-])\s*$/u.test(text.slice(Math.max(0, start - 6), start)) && !/^\s*(?:and|&|[–—-])\s/u.test(text.slice(end, end + 6))) continue;
          if (m.groups?.bare && /(?<![\p{L}])(?:in|across|throughout|to|from|into|around|of)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, start - 14), start))) continue;
          // (Its states named near it, by recency as a reader takes them, and not those the same sentence names on their
          // own: "Gulf leaders signed a deal with Qatar" leaves Qatar out.)
          const near = found.filter((x) => !x.group && isState(x.actor) && fits(x.actor) && x.start >= start - REGION_REACH_BEFORE && x.end <= end + REGION_REACH_AFTER);
          const sameSentence = (x: Mention) => !/[.!?]["”’]?\s|\n/u.test(x.end <= start ? text.slice(x.end, start) : text.slice(end, x.start));
          const own = new Set(near.filter(sameSentence).map((x) => x.actor));
          const members = [...new Set(near.map((x) => x.actor))].filter((a) => !own.has(a));
          const count = m.groups?.count ? COUNT_WORDS.indexOf(m.groups.count.toLowerCase()) : -1;
          // ("the two South Caucasus states" is a pair, read as one where pairs are.)
          if (members.length < 2 || count === 2 || (count > 0 && count !== members.length)) continue;
          const possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2));
          for (const actor of members) found.push({ start, end, actor, via: 'name', place: false, possessive, group: name });
        }
      }
      // "on a working visit to Brussels, where he met the heads of EU institutions": a city that is no one state's on
      // its own stands for the body seated there that the article names (the most named, if several are).
      const named = new Map<string, number>();
      for (const m of found) if (m.via === 'organisation') named.set(m.actor, (named.get(m.actor) ?? 0) + 1);
      if (named.size) {
        for (const [city, bodies] of seated) {
          const body = bodies.filter((b) => named.has(b)).sort((a, b) => named.get(b)! - named.get(a)!)[0];
          if (!body) continue;
          for (const m of execAll(new RegExp(`(?<![\\p{L}])${city.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'gu'), text)) {
            const start = m.index!;
            const end = start + city.length;
            if (!found.some((x) => x.start < end && x.end > start)) found.push({ start, end, actor: body, via: 'seat', place: placeAt(start, 'seat', end, body), possessive: false });
          }
        }
      }
      found.sort((a, b) => a.start - b.start);
      // "Bosnian Serb positions", "Kosovo Albanians": a people named with its state of residence is a community, neither state.
      return found.filter((m, i) => !pairedPeople(text, found[i - 1], m) && !pairedPeople(text, m, found[i + 1]));
    },
  };
}

/**
 * Groups of states that news names as one, with their members (facts): the six powers that negotiated with Iran from
 * 2006 ("the P5+1", "E3+3", "six world powers"), the three European ones ("the E3"), and the Normandy format's four.
 */
const GROUPS: readonly (readonly [RegExp, string, readonly string[]])[] = [
  [/(?<![\p{L}\d])(?:P5\s*\+\s*1|P5\s+plus\s+(?:1|one)|EU?3\s*\+\s*3|EU?3\s+plus\s+(?:3|three)|(?:six|6)\s+(?:world|major|global|big)\s+powers)(?![\p{L}\d])/gu, 'P5+1', ['GBR', 'FRA', 'DEU', 'CHN', 'RUS', 'USA']],
  [/(?<=(?:[Tt]he|[Tt]he\s+so-called)\s+)E3(?![\p{L}\d]|\s*(?:\+|plus))/gu, 'E3', ['GBR', 'FRA', 'DEU']],
  [/(?<![\p{L}])Normandy\s+(?:[Ff]our|[Ff]ormat|[Qq]uartet)(?![\p{L}])/gu, 'Normandy format', ['DEU', 'FRA', 'RUS', 'UKR']],
];

/** How far from a region's name its states are looked for (characters before and after): a paragraph, as a reader would. */
const REGION_REACH_BEFORE = 700;
const REGION_REACH_AFTER = 300;
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SUBREGION = new Map(COUNTRIES.map((c) => [c.id, c.region]));
const inSubregion = (...names: string[]) => (id: string) => names.includes(SUBREGION.get(id) ?? '');
/** A region's name and adjective before a plural of states or leaders ("Central Asian leaders"), or its name alone. */
const regionGroup = (adjective: string, bare?: string) => new RegExp(String.raw`(?<![\p{L}])((?:[Tt]he|[Aa]ll)\s+(?:the\s+)?)?(?:(?:(?<count>two|three|four|five|six|seven|eight|nine|ten|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)|other|fellow)\s+)?(?:(?:${adjective})\s+(?:states|countries|nations|leaders|presidents|heads\s+of\s+state|governments|republics)${bare ? String.raw`|(?<bare>${bare})` : ''})(?![\p{L}])`, 'gu');
/**
 * Regions whose states news names as one (facts: the UN geoscheme from world-countries, and the common groupings of
 * the Baltic, the Nordic states, the South Caucasus, the Western Balkans and the central Sahel). Not the Gulf: "Gulf
 * states" is as often the Gulf without Qatar, or without Oman, as all six, so it names no members we can know.
 */
const REGION_GROUPS: readonly (readonly [RegExp, string, (id: string) => boolean])[] = [
  [regionGroup(String.raw`Central\s+Asian?`, String.raw`Central\s+Asia`), 'Central Asia', inSubregion('Central Asia')],
  [regionGroup('Baltic', String.raw`(?<=[Tt]he\s+)Baltics`), 'the Baltic states', (id) => ['EST', 'LVA', 'LTU'].includes(id)],
  [regionGroup('Nordic|Scandinavian'), 'the Nordic states', (id) => ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'].includes(id)],
  [regionGroup(String.raw`South\s+Caucas(?:us|ian)`, String.raw`(?<=[Tt]he\s+)South\s+Caucasus`), 'the South Caucasus', (id) => ['ARM', 'AZE', 'GEO'].includes(id)],
  [regionGroup(String.raw`Western\s+Balkans?|Balkan`, String.raw`(?<=[Tt]he\s+)Western\s+Balkans`), 'the Western Balkans', (id) => ['ALB', 'BIH', 'XKX', 'MNE', 'MKD', 'SRB'].includes(id)],
  [regionGroup(String.raw`Sahel(?:ian)?`), 'the Sahel states', (id) => ['MLI', 'BFA', 'NER', 'TCD', 'MRT'].includes(id)],
  [regionGroup(String.raw`Central\s+American`), 'Central America', inSubregion('Central America')],
  [regionGroup(String.raw`Pacific\s+[Ii]sland|South\s+Pacific`), 'the Pacific islands', inSubregion('Melanesia', 'Polynesia', 'Micronesia')],
  [regionGroup(String.raw`(?<!Association\s+of\s+)South-?[Ee]ast\s+Asian`), 'Southeast Asia', inSubregion('South-Eastern Asia')],
];

/** Whether two mentions side by side name one community ("Bosnian Serb", "Kosovo Albanians"), not two states. */
function pairedPeople(text: string, a: Mention | undefined, b: Mention | undefined): boolean {
  return !!a && !!b && a.actor !== b.actor && b.via === 'demonym' && (a.via === 'demonym' || a.via === 'name') && !a.possessive && !a.place
    && text.slice(a.end, b.start) === ' ' && /^\p{Lu}/u.test(text.slice(a.start, a.end)) && /^\p{Lu}/u.test(text.slice(b.start, b.end));
}
