import type { Certainty, RelationType } from './relationTypes.ts';
import type { Relation, StoryData } from './schema.ts';

/** A type as verbs: what one side did to the other, and what both did together, in the past and the infinitive. */
interface Verbs {
  did: string;
  do: string;
  bothDid: string;
  bothDo: string;
}

const VERBS: Record<RelationType, Verbs> = {
  alliance: { did: 'allied itself with', do: 'ally itself with', bothDid: 'formed an alliance', bothDo: 'form an alliance' },
  war: { did: 'waged war on', do: 'wage war on', bothDid: 'were at war', bothDo: 'go to war' },
  tension: { did: 'criticised', do: 'criticise', bothDid: 'were at odds', bothDo: 'fall out' },
  visit: { did: 'visited', do: 'visit', bothDid: 'met', bothDo: 'meet' },
  arms_support: { did: 'supplied arms to', do: 'supply arms to', bothDid: 'traded arms', bothDo: 'trade arms' },
  trade: { did: 'traded with', do: 'trade with', bothDid: 'traded', bothDo: 'trade' },
  diplomatic_pressure: { did: 'pressed', do: 'press', bothDid: 'put pressure on each other', bothDo: 'put pressure on each other' },
  cooperation: { did: 'worked with', do: 'work with', bothDid: 'cooperated', bothDo: 'cooperate' },
  aid: { did: 'sent aid to', do: 'send aid to', bothDid: 'exchanged aid', bothDo: 'exchange aid' },
  mediation: { did: 'mediated with', do: 'mediate with', bothDid: 'talked through a mediator', bothDo: 'talk through a mediator' },
  sanction: { did: 'imposed sanctions on', do: 'impose sanctions on', bothDid: 'imposed sanctions on each other', bothDo: 'impose sanctions on each other' },
};

/** How sure the text is, as the sentence's frame: `{who}` acts, `{plural}` when two act together. */
function framed(certainty: Certainty, who: string, plural: boolean, did: string, infinitive: string, object: string): string {
  const rest = object ? ` ${object}` : '';
  switch (certainty) {
    case 'stated': return `${who} ${did}${rest}.`;
    case 'historical': return `${who} ${did}${rest} in the past.`;
    case 'planned': return `${who} ${plural ? 'plan' : 'plans'} to ${infinitive}${rest}.`;
    case 'alleged': return `${who} reportedly ${did}${rest}.`;
    case 'threatened': return `${who} threatened to ${infinitive}${rest}.`;
    case 'feared': return `${who} may ${infinitive}${rest}, it is feared.`;
  }
}

// Names a sentence says with "the": "the United States", "the European Union", "the Philippines".
const WITH_THE = /^(?:United |European |Netherlands|Philippines|Bahamas|Maldives|Gambia|Comoros|Seychelles|Central African|Dominican Republic|Czech Republic|Democratic Republic|Republic of|Solomon Islands|Marshall Islands|Holy See|Vatican|Gulf )|(?:Union|Council|Organi[sz]ation|Nations|League|Alliance|Forum|Bank|Fund|Agency|Court|Authority|Commission)$/;

/** A name as a sentence says it: "the United States", "Russia", "NATO". */
export function inSentence(name: string): string {
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/**
 * A relation told as a plain sentence for readers, from its type, sides, direction and certainty:
 * "Russia visited North Korea.", "Australia and Indonesia met.", "South Korea threatened to supply
 * arms to Ukraine." It names no rule and quotes no trigger: the quotes themselves are the evidence.
 *
 * @example readerSummary({ type: 'visit', from: 'AUS', to: 'IDN', directed: false, certainty: 'stated' }, (id) => names[id]) // 'Australia and Indonesia met.'
 */
export function readerSummary(relation: Pick<Relation, 'type' | 'from' | 'to' | 'directed' | 'certainty'>, nameOf: (id: string) => string): string {
  const verbs = VERBS[relation.type];
  const a = inSentence(nameOf(relation.from));
  const b = inSentence(nameOf(relation.to));
  const sentence = relation.directed
    ? framed(relation.certainty, a, false, verbs.did, verbs.do, b)
    : framed(relation.certainty, `${a} and ${b}`, true, verbs.bothDid, verbs.bothDo, '');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The drafter's own note ("Russia visits Vietnam: drafted from “met in”."), which is for the reviewer, not readers. */
const DRAFTER_NOTE = /: drafted from “[^”]*”\.$/;

/** Whether a summary is the drafter's note, never written over by a person. */
export function isDrafterNote(summary: string): boolean {
  return DRAFTER_NOTE.test(summary);
}

/**
 * The summary a reader sees: the relation's own, or, where it is still the drafter's note, the
 * plain sentence `readerSummary` makes.
 */
export function summaryForReaders(relation: Pick<Relation, 'type' | 'from' | 'to' | 'directed' | 'certainty' | 'summary'>, nameOf: (id: string) => string): string {
  return isDrafterNote(relation.summary) ? readerSummary(relation, nameOf) : relation.summary;
}

/**
 * The drafter's notes ("…: drafted from “met in”.") made plain sentences for readers, at the
 * boundary where a draft enters the review; a summary a person wrote is kept as it is.
 */
export function readerSummaries(story: StoryData, nameOf: (id: string) => string): StoryData {
  if (!story.relations.some((r) => isDrafterNote(r.summary))) return story;
  return { ...story, relations: story.relations.map((r) => (isDrafterNote(r.summary) ? { ...r, summary: readerSummary(r, nameOf) } : r)) };
}
