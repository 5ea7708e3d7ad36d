import { COUNTRIES, isState } from './lexicon/countries.ts';
import { execAll } from './execAll.ts';
import type { Mention } from './mentions.ts';
import { sentences } from './sentences.ts';

/** Each state's subregion (world-countries' UN geoscheme), for "the East African country". */
const SUBREGION = new Map(COUNTRIES.map((c) => [c.id, c.region ?? '']));
const GULF = new Set(['BHR', 'KWT', 'OMN', 'QAT', 'SAU', 'ARE']);
const BALKAN = new Set(['ALB', 'BIH', 'BGR', 'HRV', 'GRC', 'XKX', 'MNE', 'MKD', 'ROU', 'SRB', 'SVN']);
const BALTIC = new Set(['EST', 'LVA', 'LTU']);
const NORDIC = new Set(['DNK', 'FIN', 'ISL', 'NOR', 'SWE']);
const sub = (...names: string[]) => (id: string) => names.includes(SUBREGION.get(id) ?? '');
/** Region words news uses before "country", "nation" or "state", and which states they fit. */
const REGIONS: [RegExp, (id: string) => boolean][] = [
  [/^(?:persian\s+)?gulf$/i, (id) => GULF.has(id)],
  [/^balkan$/i, (id) => BALKAN.has(id)],
  [/^baltic$/i, (id) => BALTIC.has(id)],
  [/^(?:nordic|scandinavian)$/i, (id) => NORDIC.has(id)],
  [/^east\s+african$/i, sub('Eastern Africa')],
  [/^west\s+african$/i, sub('Western Africa')],
  [/^central\s+african$/i, sub('Middle Africa')],
  [/^southern\s+african$/i, sub('Southern Africa')],
  [/^north\s+african$/i, sub('Northern Africa')],
  [/^central\s+asian$/i, sub('Central Asia')],
  [/^south\s+asian$/i, sub('Southern Asia')],
  [/^south-?east\s+asian$/i, sub('South-Eastern Asia')],
  [/^east\s+asian$/i, sub('Eastern Asia')],
  [/^middle\s+eastern$/i, (id) => sub('Western Asia')(id) || id === 'EGY' || id === 'IRN'],
  [/^south\s+american$/i, sub('South America')],
  [/^latin\s+american$/i, (id) => sub('South America', 'Central America')(id) || ['MEX', 'CUB', 'DOM'].includes(id)],
  [/^central\s+american$/i, sub('Central America')],
  [/^caribbean$/i, sub('Caribbean')],
  [/^(?:pacific|south\s+pacific)(?:\s+island)?$/i, sub('Melanesia', 'Polynesia', 'Micronesia')],
  [/^(?:eastern|central)\s+european$/i, sub('Eastern Europe', 'Central Europe', 'Southeast Europe')],
  [/^african$/i, (id) => /Africa/.test(SUBREGION.get(id) ?? '')],
  [/^european$/i, (id) => /Europe/.test(SUBREGION.get(id) ?? '')],
  [/^asian$/i, (id) => /Asia/.test(SUBREGION.get(id) ?? '') && !sub('Western Asia')(id)],
];

/** The region a description's modifiers name ("the Central Asian country", "the Gulf state"), if any. */
function regionOf(modifiers: string): ((id: string) => boolean) | undefined {
  const words = modifiers.trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(3, words.length); n > 0; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      const found = REGIONS.find(([re]) => re.test(phrase));
      if (found) return found[1];
    }
  }
  return undefined;
}

// A singular definite description of a state or an organisation: "the country", "the cash-strapped
// nation", "the Central Asian country's", "the alliance", "the bloc". Plural groups ("the two
// countries") are read elsewhere, as pairs.
const DESCRIPTION = /(?<![\p{L}])the\s+(?:(?:[\p{L}-]+\s+){0,3}?)(country|nation|kingdom|republic|island nation|island|state|ally|neighbou?r|alliance|bloc|organi[sz]ation|union|league|grouping|body)(['’]s)?(?![\p{L}])/giu;
const POSTED_TO = /(?:ambassador|envoy|embassy|high commissioner|mission|delegation|representative)\s+(?:to|in)\s+(?:the\s+)?$/i;
// "the diplomat's visit", "the minister said": an office-holder named before, by their office alone.
// (Lower case only: "The President" in a statement is the speaker's own head of state.)
const PERSON_DESCRIPTION = /(?<![\p{L}])[Tt]he\s+(diplomat|foreign minister|prime minister|minister|premier|president|chancellor|envoy|monarch|king|emir|crown prince)(['’]s)?(?![\p{L}])/gu;
const ORGANISATION_HEADS = new Set(['alliance', 'bloc', 'organisation', 'organization', 'union', 'league', 'grouping', 'body']);
// Words that make "the … state" or "the … country" something else: "the state media", "the Islamic State", "the host country".
const NOT_REFERRING = /^(?:the\s+)?(?:two|three|four|both|other|host|home|same|whole|entire|first|next|last|rest|(?!Gulf\s)\p{Lu}[\p{L}-]*\s+state|\p{Lu}[\p{L}-]*\s+union|united)\b/iu;

/**
 * The actors that definite descriptions point back to, as mentions of their own (via "description"):
 * "the country" is the state the text named last, "the alliance" the organisation. A description does
 * not point to a state named earlier in its own sentence unless it is a possessive ("Sweden … the
 * country's place"), which is how English separates "Saudi Arabia gave the country" from "the
 * country's place". Offsets are the description's own words.
 *
 * @example descriptions('Kenya will send police. The East African country…', mentions) // [{ actor: 'KEN', via: 'description', … }]
 */
export function descriptions(text: string, mentions: readonly Mention[], organisations: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  const spans = sentences(text);
  let s = 0;
  for (const match of execAll(DESCRIPTION, text)) {
    const start = match.index!;
    const end = start + match[0].length - (match[2]?.length ?? 0);
    if (NOT_REFERRING.test(match[0]) || /^\s*of\s+\p{Lu}/u.test(text.slice(end, end + 6))) continue;
    // "the state" before a noun is a modifier ("state media"); an upper-case head is a name ("the Union Jack").
    // "the Kingdom" alone is the kingdom the text named; "the Kingdom of …" or "the United Kingdom" are names.
    const kingdom = match[1] === 'Kingdom' && !/^\s+(?:of|\p{Lu})/u.test(text.slice(end, end + 4));
    if ((/^\p{Lu}/u.test(match[1]) && !kingdom) || (match[1].toLowerCase() === 'state' && /^\s+\p{Ll}/u.test(text.slice(end, end + 3)) && !/^\s+(?:has|have|had|is|was|will|would|could|can|also|then|now|said|says|\p{Ll}+ed)\b/u.test(text.slice(end, end + 12)))) continue;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    // "Taiwan, the self-governed island that …": a description in apposition to a name is that name again, not one named before.
    if (mentions.some((m) => m.end <= start && /^\s*,\s*$/.test(text.slice(m.end, start)))) continue;
    // ("the pan-Arab body", "the regional body": a body with a modifier only; "the body" alone may be anything.)
    if (match[1].toLowerCase() === 'body' && !/^the\s+(?:[\p{L}-]+\s+){0,2}?(?:pan-[\p{L}]+|regional|continental|global|world|international|\d+-(?:member|nation)|[\p{L}]+-member|intergovernmental|multilateral|security|trade|economic)\s+body$/iu.test(text.slice(start, end))) continue;
    while (s < spans.length - 1 && spans[s].end <= start) s++;
    const sentenceStart = spans[s]?.start ?? 0;
    const wantOrganisation = ORGANISATION_HEADS.has(match[1].toLowerCase());
    const possessive = !!match[2];
    // "the Central Asian country": only a state of that region.
    const region = wantOrganisation ? undefined : regionOf(match[0].replace(/^the\s+/i, '').slice(0, -match[1].length - (match[2]?.length ?? 0)));
    // (A region may point inside its sentence only where it tells the sentence's states apart: one of them fits it, another does not.)
    const picks = region ? regionPicks(mentions, sentenceStart, start, region, organisations) : false;
    let referent: Mention | undefined;
    // "Qatar's emir arrived in Tehran. The country …": a state named as where something happened is the last choice.
    let place: Mention | undefined;
    for (let i = mentions.length - 1; i >= 0 && !referent; i--) {
      const m = mentions[i];
      if (m.end > start) continue;
      // (With a region too: "Israel's war in Gaza … the Middle Eastern nation" is Israel, a place only if no state fits.)
      if (m.place && !wantOrganisation) {
        if (!place && !organisations.has(m.actor) && (possessive || m.start < sentenceStart || region) && (!region || region(m.actor))) place = m;
        continue;
      }
      if (organisations.has(m.actor) !== wantOrganisation) continue;
      if (region && !region(m.actor)) continue;
      // "The British ambassador to Kenya accused the country …": a state an envoy is posted to, in the same sentence, is "the country".
      // "Taiwan and Kiribati cut ties after the tiny Pacific nation …": a region that picks one state of the sentence may point to it.
      if (!wantOrganisation && !possessive && m.start >= sentenceStart && !POSTED_TO.test(text.slice(Math.max(0, m.start - 40), m.start)) && !picks) continue;
      referent = m;
    }
    referent ??= place;
    if (!referent) continue;
    out.push({ start, end, actor: referent.actor, via: 'description', place: /(?:^|\s)(?:in|at|inside|across)\s+$/i.test(text.slice(Math.max(0, start - 8), start)), possessive });
  }
  // "Ukraine is at war. Russia invaded its neighbour in February": "its neighbour" is the state named last before, other than the owner.
  // ("Peru and Chile sent troops to their borders with Bolivia after their Andean neighbour …": "their" is the two joined by
  // "and", so their neighbour is the state named last that is neither of them.)
  for (const match of execAll(/(?<![\p{L}])(?:[Ii]ts|([Tt]heir))\s+(?:(?:smaller|larger|western|eastern|northern|southern|tiny|giant|former|old|fellow|\p{Lu}[\p{Ll}-]+)\s+)?(neighbou?r)(?![\p{L}'’])(?![\s,]+\p{Lu})/gu, text)) {
    const start = match.index! + match[0].length - match[2].length;
    const end = start + match[2].length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const before = mentions.filter((m) => m.end <= match.index! && !m.place && !organisations.has(m.actor));
    const pair = match[1] ? [...before].reverse().find((m) => before.indexOf(m) > 0 && /^\s*,?\s*and\s+(?:the\s+)?$/.test(text.slice(before[before.indexOf(m) - 1].end, m.start))) : undefined;
    const owners = pair ? [before[before.indexOf(pair) - 1].actor, pair.actor] : before.length ? [before.at(-1)!.actor] : [];
    const last = pair ?? before.at(-1);
    const referent = last && [...mentions].reverse().find((m) => m.end <= (pair ? match.index! : last.start) && !owners.includes(m.actor) && !organisations.has(m.actor) && isState(m.actor));
    if (referent) out.push({ start, end, actor: referent.actor, via: 'description', place: false, possessive: false });
  }
  // "Moon agreed to visit the North": in a text that names both Koreas, "the North" and "the South" are they.
  const korea = (id: string) => mentions.some((m) => m.actor === id && m.via === 'name');
  if (korea('PRK') && korea('KOR')) {
    for (const match of execAll(/(?<![\p{L}])the\s+(North|South)(['’]s)?(?![\p{L}-])(?!\s+(?:Korea|Korean|\p{Lu}))/gu, text)) {
      const start = match.index! + match[0].length - match[1].length - (match[2]?.length ?? 0);
      const end = start + match[1].length;
      if (mentions.some((m) => m.start < end && m.end > start)) continue;
      out.push({ start, end, actor: match[1] === 'North' ? 'PRK' : 'KOR', via: 'description', place: /(?:^|\s)(?:in|at|inside|across|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start)), possessive: !!match[2] });
    }
  }
  // "Tanzania's minister, Hussein Mwinyi, said … the dispute between his country and Malawi": a person's own country.
  for (const match of execAll(/(?<![\p{L}])(?:his|her)\s+(?:own\s+)?(?:country|nation|government)(['’]s)?(?![\p{L}])/giu, text)) {
    const start = match.index!;
    const end = start + match[0].length - (match[1]?.length ?? 0);
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    // (Or an office named after its state: "Bolivia's interim president says her government …".)
    const person = [...mentions].reverse().find((m) => m.end <= start && start - m.end < 400 && (m.person
      || /^(?:['’]s)?\s+(?:(?:interim|acting|new|former|top|chief|deputy|vice)\s+)?(?:president|prime minister|premier|foreign minister|defen[cs]e minister|minister|chancellor|king|queen|emir|leader|ambassador|envoy)\b/iu.test(text.slice(m.end, m.end + 40))));
    if (person) out.push({ start, end, actor: person.actor, via: 'description', place: /(?:^|\s)(?:in|at|inside|across)\s+$/i.test(text.slice(Math.max(0, start - 8), start)), possessive: !!match[1] });
  }
  // "Iran cut ties with Egypt when the latter signed a treaty with Israel": "the latter" is the second of the last two
  // actors named, "the former" the first. ("The former Soviet republic", "the latter half": an adjective before a noun is no reference.)
  for (const match of execAll(/(?<![\p{L}])[Tt]he\s+(latter|former)(['’]s)?(?=\s*[,;.:)]|\s+(?:\p{Ll}+ed|has|had|was|were|is|are|will|would|did|does|said|says|took|made|won|lost|sent|also|then|later|itself|themselves)(?![\p{L}]))/gu, text)) {
    const start = match.index!;
    const end = start + match[0].length - (match[2]?.length ?? 0);
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const named = mentions.filter((m) => m.end <= start && !m.place);
    const last = named.at(-1);
    const first = last && [...named].reverse().find((m) => m.actor !== last.actor);
    if (!last || !first || start - first.end > 400) continue;
    out.push({ start, end, actor: (match[1] === 'latter' ? last : first).actor, via: 'description', place: false, possessive: !!match[2] });
  }
  // Office-holders: the last person the text named, from an earlier sentence (or this one, for "the president's").
  s = 0;
  for (const match of execAll(PERSON_DESCRIPTION, text)) {
    const start = match.index!;
    const end = start + match[0].length - (match[2]?.length ?? 0);
    if (mentions.some((m) => m.start < end && m.end > start) || /^\s+of\s/i.test(text.slice(end, end + 4))) continue;
    while (s < spans.length - 1 && spans[s].end <= start) s++;
    const sentenceStart = spans[s]?.start ?? 0;
    const possessive = !!match[2];
    // ("Kenya's foreign minister arrived … The minister held talks": an office named after its state is a person too.)
    const office = match[1].toLowerCase().split(' ').at(-1)!;
    const referent = [...mentions].reverse().find((m) => m.end <= start && (possessive || m.start < sentenceStart)
      && (m.person || new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}?${office}(?![\p{L}])`, 'iu').test(text.slice(m.end, m.end + 40))));
    if (!referent) continue;
    out.push({ start, end, actor: referent.actor, via: 'description', place: false, possessive });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a region names exactly one of the states named earlier in the sentence, and not all of them. */
function regionPicks(mentions: readonly Mention[], from: number, to: number, region: (id: string) => boolean, organisations: ReadonlySet<string>): boolean {
  const named = mentions.filter((x) => x.start >= from && x.end <= to && !x.place && !organisations.has(x.actor));
  return new Set(named.filter((x) => region(x.actor)).map((x) => x.actor)).size === 1 && named.some((x) => !region(x.actor));
}
