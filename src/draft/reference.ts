import type { Mention } from './mentions.ts';
import { sentences } from './sentences.ts';

// A singular definite description of a state or an organisation: "the country", "the cash-strapped
// nation", "the Central Asian country's", "the alliance", "the bloc". Plural groups ("the two
// countries") are read elsewhere, as pairs.
const DESCRIPTION = /(?<![\p{L}])the\s+(?:(?:[\p{L}-]+\s+){0,3}?)(country|nation|kingdom|republic|island nation|island|state|ally|neighbou?r|alliance|bloc|organi[sz]ation|union)(['’]s)?(?![\p{L}])/giu;
const ORGANISATION_HEADS = new Set(['alliance', 'bloc', 'organisation', 'organization', 'union']);
// Words that make "the … state" or "the … country" something else: "the state media", "the Islamic State", "the host country".
const NOT_REFERRING = /^(?:the\s+)?(?:two|three|four|both|other|host|home|same|whole|entire|first|next|last|rest|\p{Lu}[\p{L}-]*\s+state|\p{Lu}[\p{L}-]*\s+union|united)\b/iu;

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
  for (const match of text.matchAll(DESCRIPTION)) {
    const start = match.index!;
    const end = start + match[0].length - (match[2]?.length ?? 0);
    if (NOT_REFERRING.test(match[0]) || /^\s*of\s+\p{Lu}/u.test(text.slice(end, end + 6))) continue;
    // "the state" before a noun is a modifier ("state media"); an upper-case head is a name ("the Union Jack").
    // "the Kingdom" alone is the kingdom the text named; "the Kingdom of …" or "the United Kingdom" are names.
    const kingdom = match[1] === 'Kingdom' && !/^\s+(?:of|\p{Lu})/u.test(text.slice(end, end + 4));
    if ((/^\p{Lu}/u.test(match[1]) && !kingdom) || (match[1].toLowerCase() === 'state' && /^\s+\p{Ll}/u.test(text.slice(end, end + 3)))) continue;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    while (s < spans.length - 1 && spans[s].end <= start) s++;
    const sentenceStart = spans[s]?.start ?? 0;
    const wantOrganisation = ORGANISATION_HEADS.has(match[1].toLowerCase());
    const possessive = !!match[2];
    let referent: Mention | undefined;
    for (let i = mentions.length - 1; i >= 0 && !referent; i--) {
      const m = mentions[i];
      if (m.end > start) continue;
      if (organisations.has(m.actor) !== wantOrganisation) continue;
      if (!wantOrganisation && !possessive && m.start >= sentenceStart) continue;
      referent = m;
    }
    if (!referent) continue;
    out.push({ start, end, actor: referent.actor, via: 'description', place: /(?:^|\s)(?:in|at|inside|across)\s+$/i.test(text.slice(Math.max(0, start - 8), start)), possessive });
  }
  return out;
}
