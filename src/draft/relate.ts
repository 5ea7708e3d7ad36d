import { RELATION_TYPES, type Certainty, type RelationType } from '../data/relationTypes.ts';
import { execAll } from './execAll.ts';
import { OWNER_OF_PLACE, type Mention } from './mentions.ts';
import { clauses, type Clause, type Span } from './sentences.ts';
import { eventYears } from './years.ts';
import { isState } from './lexicon/countries.ts';
import { foldCase, KeyIndex } from './lexicon/triggerKeys.ts';
import { HISTORY, MODALITY, NEGATION, RIVAL_LEADER, SPEECH, TRIGGERS, type Trigger } from './lexicon/triggers.ts';

/** One relation a trigger states in one sentence, before relations are merged across sentences. */
export interface Finding {
  type: RelationType;
  from: string;
  to: string;
  directed: boolean;
  certainty: Certainty;
  rule: string;
  cameo: string;
  plover: Trigger['plover'];
  confidence: number;
  trigger: Span;
  sentence: Span;
}

/**
 * What the article has said so far, for words that point back: "they", "the two countries" and
 * "the old enemies" name the last pair of actors the text joined; a supply whose recipient goes
 * unsaid goes to the last recipient of the same kind.
 */
export interface Discourse {
  pair?: [string, string];
  recipients: Map<RelationType, string>;
  /** The actor in subject position of the last sentence that had one, and whether it is a group ("US officials"). */
  subject?: { actor: string; group: boolean; person?: boolean };
  /** The two actors of the last relation found, for "the two countries" when no pair was named with "and". */
  related?: [string, string];
  /** The two sides of the last undirected relation found (a war, a row, a deal): the parties a mediator stands between. */
  joined?: [string, string];
  /** The last state named as a place ("hit eastern Libya"): where help goes when the text names only a city of it. */
  place?: string;
  /** Who did the last act the text told (a strike, a ban, a visit): "the strike" later names its agent. */
  actOf?: string;
  /** The last organisation the text named: "will become full members" with no body named joins that one. */
  organisation?: string;
  /** Who made the last move the text told of any kind: the agent of a directed act, else the subject of a sentence that related it ("Palestine joined the court"). */
  moveOf?: string;
  /** The state of the last person the text named ("US House Speaker Nancy Pelosi"): "her visit" in a sentence that names no person. */
  person?: string;
  /** Every act the text told, in order, with who did it: "Saturday's raid" later is the last raid's, not the last act's. */
  acts?: { from: string; type: RelationType; rule: string }[];
  /** All who did that act together ("The United States and Britain struck …"), when more than one did. */
  actsOf?: string[];
  /** Where the event the text tells takes place ("a conference in Berlin"), and where it was said: those who attend it later travel there. */
  venue?: { actor: string; at: number };
  /** How often each actor has been named so far: "the two countries" of an article about two. */
  named?: Map<string, number>;
  /** Every actor the text has named as a party so far, not only as a place ("in Buenos Aires"): "all three countries" of an article about three. */
  parties?: Set<string>;
  /** The last group of three or more actors the text named together ("the presidents of A, B, C and D"): "the leaders" later. */
  group?: string[];
  /** Where the report was filed, from its dateline ("PANAMA CITY (AP) —"): those who meet there in its first sentence are there. */
  dateline?: { actor: string; start: number; end: number };
  /** The states the last sentence named, for "the three countries" when no list of three was joined by "and". */
  states?: string[];
}

const RECEIVING = TRIGGERS.filter((t) => t.rule === 'aid.receive');
/** Each trigger's keys (`triggerKeys.ts`): a clause without one of them is not searched with its pattern. */
const KEYS = new KeyIndex(TRIGGERS);
export const newDiscourse = (): Discourse => ({ recipients: new Map() });

const before = (text: string, at: number, length: number) => text.slice(Math.max(0, at - length), at);
const PASSIVE = /(?<![\p{L}])(?:was|were|been|being|is|are|be|got)\s+(?:\p{L}+ly\s+)?$/iu;
// ("the presidents of Rwanda, Paul Kagame, and of Uganda": a parallel "of" after "and" joins too.)
// ("The European Commission and South American trade bloc Mercosur": a body's class before its name is part of the item.)
const JOINED = /^\s*(?:,|and|&|,\s*and)\s*(?:(?<=and\s*)of\s+(?:the\s+)?)?(?:(?:the|most|all|some|many|several|other)\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:bloc|alliance|grouping)\s+)?(?:(?<=and\s+)(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$/iu;
// A plural common noun (not one standing for a state's people or officials) right before a participle: "countries buying".
const NOUN_BEFORE_PARTICIPLE = /(?<![\p{L}])(?!(?:forces|troops|officials|leaders|authorities|diplomats|soldiers|ministers|envoys|negotiators|delegates|militaries|governments|is|was|has|does|this|thus|as|us|its|his|hers|theirs|ours|yes|plus|less|unless|always|perhaps|sometimes|besides|across|towards|afterwards)\b)\p{Ll}{3,}s\s+$/u;
// Nouns of armed events, and what makes one a phrase of its own: a determiner before it, and no light verb before that.
const EVENT_NOUN = /^(?:war|invasion|attacks?|strikes?|air ?strikes?|offensive|incursion|bombings?|shelling|conflict|fighting|hostilities|clashes)\b/i;
const DETERMINED = /(?<![\p{L}])(?:the|a|an|this|that|these|those)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu;
const LIGHT_VERB = /(?<![\p{L}])(?:launch(?:ed|es|ing)?|began|begun|begins?|start(?:ed|s|ing)?|wag(?:ed|es|ing|e)|continu(?:ed|es|ing|e)|escalat(?:ed|es|ing|e)|carr(?:ied|ies|y) out|conduct(?:ed|s|ing)?|stag(?:ed|es|ing|e)|mount(?:ed|s|ing)?|unleash(?:ed|es|ing)?|fought|fight(?:s|ing)?|pa(?:id|ys?|ying)|ma(?:de|kes?|king)|undert(?:ook|akes?|aking|aken)|embark(?:ed|s|ing)? on|(?:is|was|are|were|be|been) on|kick(?:ed|s|ing)? off|open(?:ed|s|ing)?|wrap(?:ped|s|ping)? up|conclud(?:ed|es|ing|e)|cut short|end(?:ed|s|ing)?|complet(?:ed|es|ing|e)|capp(?:ed|ing)|cap(?:s)?|round(?:ed|s|ing)? off|finish(?:ed|es|ing)?|(?:has|have|had) (?:been )?on)\s+(?:\S+\s+){0,3}$/iu;
// The preposition before a name that makes it an oblique, not a subject.
const APPOINTED_AS = /(?:appointed|named|chosen|designated|tapped|mandated|picked|nominated)\s+by\s+(?:the\s+)?\S+(?:\s+\S+){0,3}?\s+(?:as|to\s+(?:serve|act)\s+as)\s+(?:a\s+|the\s+|its\s+)?(?:chief\s+|lead\s+|special\s+)?(?:mediator|facilitator|envoy|negotiator)/iu;
const VP_AND = /,\s+(?:and|but)\s+(?:(?:also|then|later|now|still)\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|did|does|remains?|remained)\s/u;
const ABSOLUTE_TAIL = /^(?:\s*(?:,|,?\s*and)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*\s+(?:also|too|now|both|each|all|even|likewise|similarly)\s+\p{Ll}{2,}ing\s/u;
const OBLIQUE_OFFICE = /(?<![\p{L}])(?:with|against|to|for|from)\s+the\s+(?:President|Chair|Chairman|Chairwoman|Chairperson|Head|Secretary[- ]General|Presidency)\s+of\s+(?:the\s+)?$/iu;
const OBLIQUE = /(?<![\p{L}])(?:with|against|to|for|on|over|about|into|towards?|amid|than|like|from|during|under|throughout|within|via|despite|alongside|besides|unlike)\s+(?:the\s+)?$/iu;
// A possessive determiner before a noun trigger: "his trip to Moscow" is the trip of the person named last.
const HIS = /(?<![\p{L}])(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// Words that may follow a verb's object: a name followed by any other lower-case word modifies a noun ("welcomes Qatar's decision").
const AFTER_OBJECT = /^(?:['’]s\s+(?:\p{Lu}|(?:acting|interim|new|top|chief|deputy|foreign|defen[cs]e|trade|prime|vice|president|visiting|army|military|junta|king|queen|crown|emir|sultan|monarch|leaders?|ruler|premier|head|envoy|ambassador|ministers?|delegation|security|national|finance|economy|interior|parliament|speaker|visit|state visit|official visit|trip|arrival|stay)\b)|[\s,.;:!?)"”’]*$|[,.;:!?)"”’]|\s+(?:to|on|in|at|for|with|and|or|as|who|which|that|after|before|during|into|from|by|ahead|back|last|this|next|earlier|later|when|while|amid|over|since|until|despite|of|but|,)\b|\s+\p{Lu}|\s+(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|bin|ibn|al|el|le|la)\s+\p{Lu}|\s+\p{Ll}+ly\b|\s+(?:prime|president|vice|foreign|defen[cs]e|leaders?|officials?|delegations?|counterparts?|ministers?|king|queen|emir|crown|head|envoys?|ambassadors?|chancellor|premier|government|team|side)\b)/u;
const NEEDED = /(?<![\p{L}])(?:need|needs|needed|needing|in need of|requires?|required|requiring|lacks?|lacked|lacking|short of|without|appeal(?:s|ed)? for|calls? for|called for)\s+(?:\S+\s+){0,2}$/iu;
// Things, not people, between "welcomed" and a name: "welcomed aid from Japan", "welcomed the move by Chile".
const THING_WELCOMED = /(?<![\p{L}])(?:aid|assistance|help|support|supplies|investments?|offers?|proposals?|decisions?|moves?|statements?|declarations?|accords?|communiqu[eé]s?|treat(?:y|ies)|pacts?|memorand(?:um|a)|roadmaps?|calls?|plans?|news|reports?|deals?|agreements?|initiatives?|funds|funding|loans?|weapons|arms|steps?|efforts?|resolution|ruling|announcement|pledges?|commitments?|release|return|ceasefire|truce|talks|sanctions|measures|restrictions|actions?|criticism|condemnation|remarks|comments|gestures?|signals?|progress|outcome|results?|response|mediation|involvement|participation|contributions?|donations?|vaccines?)(?![\p{L}])/iu;
// What may stand between a noun and the participle that describes it: "Rwandan forces, backed by", "Vietnam was accused by".
const ADJACENT_HEAD = /^(?:['’]s)?\s*(?:(?:forces|troops|army|military|government|officials|authorities|leaders?|regime|administration|ministry|diplomats)\s*)?,?\s*(?:(?:was|were|is|are|has been|have been|had been|being|been|got)\s+)?(?:\p{L}+ly\s+)?$/iu;
// The authors of an act named after it: "calls from Washington", "support from presidents such as X of Bolivia".
const FROM_AUTHOR = /^\s*from\s+(?:the\s+)?(?:(?:\S+\s+){0,3}?(?:such as|including|like)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}of\s+)?$/u;
// Items of a list of patients: "Argentina, Chile; Peru as well as the Dominican Republic or Uruguay", "Chile in addition to Brazil".
const LISTED = /^\s*(?:,|;|and|&|or|as well as|in addition to|,?\s*and\s+(?:his|her|their|its)|,\s*(?:and|or|as well as)|;\s*(?:and\s+|as well as\s+)?)\s*(?:the\s+)?(?:(?:former|late|then|ethnic)\s+)?(?:(?<=and\s+)(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?(?:(?<=and\s+)(?:most|all|some|many)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}of\s+(?:the\s+)?)?(?:(?<=and\s+)(?:(?:downstream|upstream|neighbou?ring|fellow|regional)\s+)?(?:nations|countries|states|neighbou?rs)\s+)?$/u;
// Capitalised words that may stand between a verb and its object without being a noun of their own ("condemned Prime Minister X").
const TITLE_GAP = /^(?:The|A|An|President|Vice|Prime|Minister|Foreign|Defen[cs]e|Secretary|General|King|Queen|Crown|Prince|Emir|Sultan|Chancellor|Premier|Supreme|Leader|Mr|Mrs|Ms|Dr|Gen|Ambassador|Envoy|Senator|Commissioner|Chairman|Chairperson|Secretary-General|Interior|Finance|Trade|Economy|State|Deputy|Acting|Interim|Former|Then|New|Top|Senior)\.?$/;

const OFFICE_OF = /(?<![\p{L}])(?:Minister|Ministers|Secretary|Secretaries|Commissioner|Ministry|Department|Minister\s+of\s+State)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*(?:\s+(?:and|&)\s+|\s+|,\s+)){1,8}(?:of|to)\s+(?:the\s+)?$/u;

/**
 * Whether a noun of its own stands between a verb and an actor named after it: a capitalised word
 * no actor of ours covers ("asked Congress to supply Kenya", "backed M23 rebels in Congo"), so the
 * actor is not the verb's object.
 */
// What one does with calls or pressure aimed at oneself: "rejected calls for restraint from Washington", "bowed to pressure from".
// A verb that meets pressure, anywhere between its subject and the pressure's author ("resisting, according to its officials, G7 pressure").
const RESISTED = /(?<![\p{L}])(?:rejected|rejects|rejecting|dismissed|dismissing|ignored|ignores|ignoring|defied|defies|defying|resisted|resists|resisting|brushed aside|shrugged off|bowed to|bowing to|gave in to|giving in to|yielded to|faced|faces|facing|came under|comes under|coming under|under)(?=[\s,])/iu;
// A reporting tag that closes a sentence: ", Philippine President Rodrigo Duterte said.", ", the Saudi foreign ministry said in a statement."
const CLOSING_TAG = /,\s+(?:[^,;:"“”]{0,60}?\s)?(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|parliament|lawmakers)|reported|added|stated|announced|wrote|tweeted|posted)(?:\s+(?:on|in|at)\s+[^,;:]{0,40})?[\s.!?"”’]*$/u;
// The non-state group a relative pronoun after a comma points back to: "the rebels, who …".
// A quarrel's noun and its "between", as the verb's object: "discussed the crisis between …" (but "a deal ending the war between …" is a deal between them).
// "train Mozambican troops": soldiers right after a verb of training are its object, whoever else the clause names.
const TRAINS_TROOPS = /^(?:train|trains|trained|training|equip|equips|equipped|equipping|arm|arms|armed|arming|mentor|mentors|mentored|mentoring)\s+(?:the\s+)?$/iu;
const QUARREL_BETWEEN = /^\s+(?:(?:over|about|on|regarding|concerning)\s+)?(?:the|a|an|their|its|this)\s+(?:(?!that\s|which\s)[\p{Ll}-]+\s+){0,2}?(?:crisis|dispute|conflict|war|row|tensions?|stand-?off|feud|rift|fighting|clashes|hostilities|spat|quarrel)\s+between\s+(?:(?:\S+\s+){0,6}?(?:and|,)\s+)?(?:the\s+)?$/iu;
// "amid tensions with", "amid a row with": what an act is amid, up to the side named.
const AMID_WITH = /(?<![\p{L}])(?:amid|amidst|despite)\s+(?:(?:rising|growing|mounting|heightened|renewed|escalating|the|a|an|its|their)\s+)*(?:tensions?|disputes?|rows?|frictions?|rivalry|confrontation|standoff|stand-off|hostility)\s+with\s+(?:the\s+)?$/iu;
// "must be resolved through negotiations", "should be settled by dialogue": a means called for, not one used.
const CALLED_FOR_MEANS = /(?<![\p{L}])(?:must|should|needs?\s+to|ought\s+to|has\s+to|have\s+to|to)\s+be\s+(?:\p{Ll}+ly\s+)?(?:resolved|settled|solved|addressed|handled|ended|tackled)\s+(?:\S+\s+){0,3}?(?:through|via|by|in|with)\s+(?:\S+\s+){0,2}$/iu;
const GROUP_ANTECEDENT = /(?<![\p{L}])(?:rebels|insurgents|militants|militias?|separatists|gunmen|proxies|guerrillas|jihadists|fighters)\s*,\s*(?:which|who)\s+$/u;
const UNNAMED_HEAD = /(?<![\p{L}])(?:countries|nations|states|governments|firms|companies|actors|groups|entities|people|those|others|individuals|banks|militias?|rebels|insurgents|militants|separatists|gunmen|proxies|guerrillas|jihadists)\s*,?\s+(?:that|which|who)\s+(?:(?:\p{Ll}+ly|also|still|now|have|has|had|allegedly|reportedly)\s+)?$/u;
// (A name in quotation marks ends at its closing mark: "called the move an “act of war” and pointed a finger at Iran".)
const NAMED_AS = /(?<![\p{L}])(?:call(?:ed|ing|s)?|label(?:l?ed|l?ing|s)?|brand(?:ed|ing|s)?|describ(?:ed|ing|es)|term(?:ed|ing|s)?|dubb?(?:ed|ing|s)?)\s+(?!for\s|on\s|upon\s|off\s|in\s)[^.;:]{1,80}?\s+(?:as\s+)?(?:a|an)\s+["“‘']?(?:[^\s.;"”]+\s+){0,4}$/iu;
// "Ethiopia's move to fill the dam drew objections from …": what one did, and the protest it drew.
const DREW = /^(?:['’]s?)?\s+(?:[^,;:]{1,80}?\s+)?(?:drew|draws|drawing|(?:has|have|had)\s+drawn|sparked|sparks|triggered|triggers|provoked|provokes|prompted|prompts|attracted|attracts)\s+(?:(?:strong|sharp|fierce|angry|swift|immediate|international|widespread|the|an?)\s+)*$/iu;
const FACED = /^(?:['’]s?)?\s+(?:\S+\s+){0,3}?(?:rejected|rejects|rejecting|dismissed|dismisses|ignored|ignores|defied|defies|resisted|resists|withstood|withstands|brushed aside|shrugged off|bowed to|bows to|gave in to|yielded to|faced|faces|facing|came under|comes under|under)\s+(?:(?:the|growing|mounting|renewed|repeated|international|western|US|EU)\s+)*$/iu;
const ALLY_OF_NEXT = /^\s+(?:ally|allies|partner|client|proxy|neighbou?r|rival|arch-?rival|foe|arch-?foe|arch-?enemy)\s+(?:the\s+)?$/iu;
const CLASS_BEFORE = /(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:member(?:\s+(?:state|country|nation))?|state|country|nation|ally|partner|neighbou?r|monarchy|kingdom|emirate|island\s+nation|republic)s?\s+$/u;
function foreignNounBetween(text: string, from: number, to: number, mentions: readonly Mention[]): boolean {
  // "cut ties with Western nations such as the US and France", "with Gulf states, including Qatar": the states a plural names by example.
  if (/^\s+(?:\p{Ll}+\s+){0,4}?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:countries|nations|states|republics|governments|allies|partners|neighbou?rs|members|powers|capitals|others)\s*,?\s+(?:including|such\s+as|like|notably|namely|among\s+them|especially|particularly)\s+(?:(?:\S+\s+){1,3}?(?:from|in|of)\s+)?(?:the\s+)?$/u.test(text.slice(from, to))) return false;
  // "the Essequibo region of Guyana", "the Donbas region of Ukraine": a part named before the state it belongs to is that state's.
  if (/^\s+(?:the\s+)?(?:former\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:region|province|territory|islands?|enclave|peninsula|area|district|border\s+town|city|town|port|state|republic|colony)\s+of\s+(?:the\s+)?$/u.test(text.slice(from, to))) return false;
  // "received the Minister of Foreign Affairs and International Cooperation of Somalia": an office's full name before its state.
  const office = OFFICE_OF.exec(text.slice(from, to));
  // ("with fellow Gulf state Qatar", "EU member Hungary": a class the state belongs to, named right before it.)
  const kind = CLASS_BEFORE.exec(text.slice(from, to));
  const end = office ? to - office[0].length : kind ? to - kind[0].length : to;
  for (const m of execAll(/\p{Lu}[\p{L}\d.-]*/gu, text.slice(from, end))) {
    const at = from + m.index!;
    if (mentions.some((x) => x.start <= at && x.end > at)) continue;
    if (!TITLE_GAP.test(m[0])) return true;
  }
  return false;
}

const SPEECH_VERB = /^(?:said|says|told|tells|added|adds|wrote|writes)\b/u;
/** "He urged the OAS to act and condemned Haiti": a sentence whose subject is "he" or "she" names, there, the person the text last made its subject. */
function withPronounSubject(text: string, sentence: Span, discourse: Discourse, mentions: Mention[]): Mention[] {
  const actor = heOrShe(discourse);
  if (!actor) return mentions;
  const lead = /^(\W*)(He|She)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+|has\s+|had\s+|will\s+|would\s+)?\p{Ll}/u.exec(text.slice(sentence.start, sentence.end));
  // ("“We will send aid to Somalia,” he said": the pronoun of a tag after a quotation that speaks as "we" is the one it points back to.)
  const tag = /^\s*["“][^"”]*?(?<![\p{L}])[Ww]e\s[^"”]*[,!?]["”]\s+(he|she)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|told|stressed|insisted|declared|noted|wrote)\b/u.exec(text.slice(sentence.start, sentence.end));
  if (tag) {
    const start = sentence.start + tag[0].length - tag[0].slice(tag[0].lastIndexOf(tag[1])).length;
    return [...mentions, { start, end: start + tag[1].length, actor, via: 'person' as const, place: false, possessive: false }].sort((a, b) => a.start - b.start);
  }
  // ("She said the two leaders had talks in Hanoi": a pronoun that only reports is no party to what it reports.)
  if (!lead || SPEECH_VERB.test(text.slice(sentence.start + lead[0].length - 1, sentence.end))) return mentions;
  const start = sentence.start + lead[1].length;
  return [{ start, end: start + lead[2].length, actor, via: 'person', place: false, possessive: false }, ...mentions];
}

/** A participle of feeling is an adjective after "is" or "was": "concerned by", "disappointed with" name what causes it, not who acts. */
const FEELING = /^(?:concerned|worried|alarmed|disappointed|dismayed|troubled|frustrated|outraged|appalled|angered|irritated|deeply\s+disappointed)\b/iu;
/** What an object pronoun stands for: "him" or "her" the last person named before it in the sentence; "it" or "them" nothing here. */
function personBefore(mentions: readonly Mention[], at: number, word: string): Mention | undefined {
  if (!/^\s*(?:him|her)\b/i.test(word)) return undefined;
  return mentions.filter((m) => m.end <= at && m.person).at(-1);
}

/**
 * Two actors joined by a hyphen or an en dash ("EU-Viet Nam", "Armenia–Azerbaijan") in the noun
 * phrase of a trigger: just before it ("the Armenia-Azerbaijan pact") or just after it ("signing of
 * the EU-Viet Nam Free Trade Agreement"), with only capitalised words or "the" between.
 */
function hyphenPair(text: string, mentions: readonly Mention[], span: Span): [Mention, Mention] | undefined {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    // ("Turkey Syria Tensions Continue": a headline may set two names side by side without the hyphen.)
    const spaced = text.slice(a.end, b.start) === ' ' && a.via === 'name' && b.via === 'name' && !a.possessive && !b.possessive;
    if (a.actor === b.actor || (!/^[-–]$/.test(text.slice(a.end, b.start)) && !spaced)) continue;
    const near = b.end <= span.start ? /^(?:\s+(?:\p{Lu}[\p{L}-]*|\p{Ll}+))?\s+$/u.test(text.slice(b.end, span.start))
      : a.start >= span.end && (/^\s+(?:and\s+\p{Ll}+\s+)?(?:of\s+|with\s+|on\s+)?(?:the\s+)?$/iu.test(text.slice(span.end, a.start))
        // ("a thaw in China-India relations": the pair's own relations, after "in".)
        || (/^\s+in\s+(?:the\s+)?$/iu.test(text.slice(span.end, a.start)) && /^\s+(?:relations|ties|relationship)\b/iu.test(text.slice(b.end, b.end + 16))));
    if (near) return [a, b];
  }
  return undefined;
}

/** "Meeting in The Hague, without Russia, the G7 leaders …": a name after "without" is who is left out, a party to nothing the sentence tells. */
const WITHOUT = /(?<![\p{L}])without\s+(?:the\s+)?$/iu;
/** Whether a mention names an organisation (its id is not a three-letter country code). */
const organisation = (m: Mention) => m.via === 'organisation' || !isState(m.actor);

/** Every pair of some parties to a mutual act, undirected. */
function everyPair(parties: readonly Mention[], weight: number): Pair[] {
  // ("The declaration was signed by Brazil, Uruguay, Paraguay, Argentina, Colombia and Peru": a text of more than five
  // states is multilateral; fifteen ties among its signers would say more than the sentence does.)
  // ("Iran and the P5+1 reached a deal": a group named as one is one side; its members are no pairs of one another.)
  const side = (m: Mention) => (m.group ? `${m.group}@${m.start}` : m.actor);
  if (new Set(parties.map(side)).size > MOST_PAIRED) return [];
  const out: Pair[] = [];
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) {
    if (parties[i].actor !== parties[j].actor && side(parties[i]) !== side(parties[j])) out.push({ from: parties[i].actor, to: parties[j].actor, directed: false, weight });
  }
  return out;
}

const MOST_PAIRED = 5;

/** ("Foreign ministers of the GCC — the UAE, Saudi Arabia, Qatar, Bahrain, Kuwait and Oman — met": a meeting of more than five is multilateral, whichever rule paired them.) */
function fewSides(found: Pair[]): Pair[] {
  // ("negotiations with Canada, India, Japan, Indonesia and Vietnam": one side and each of many is no such web.)
  const mutual = found.filter((p) => !p.directed);
  const sides = new Set(mutual.flatMap((p) => [p.from, p.to])).size;
  if (sides <= MOST_PAIRED || mutual.length < sides) return found;
  return found.filter((p) => p.directed);
}

/** The items of a list that begins with `first`: "expelled diplomats from Argentina, Chile and Peru". */
function listFrom(text: string, candidates: readonly Mention[], first: Mention): Mention[] {
  return run(text, candidates, first, LISTED);
}

/** The mentions after `first` that each stand after the one before across a gap `joint` allows. */
function run(text: string, candidates: readonly Mention[], first: Mention, joint: RegExp): Mention[] {
  const group = [first];
  let closed = false;
  for (const m of candidates.slice(candidates.indexOf(first) + 1)) {
    // ("the P5+1": a group's members share its words, and are items of the list it is in.)
    if (m.group && m.group === group.at(-1)!.group && m.start === group.at(-1)!.start) {
      group.push(m);
      continue;
    }
    // "Thailand's acting Prime Minister X and Cambodian Prime Minister Y": a person's title and name stay inside the item.
    // ("both China, its largest trading partner, and South Korea": an apposition between two items stays inside the first.)
    const gap = text.slice(group.at(-1)!.end, m.start).replace(PERSON_TAIL, '').replace(/^,\s+(?:its|their|his|her|the|a|an)\s+[^,;()]{1,40},(?=\s+and\s)/u, '');
    // ("between the Serbian president and the Kosovo prime minister": a name that modifies an office is as good as a demonym.)
    const modifiesOffice = (x: Mention) => x.via === 'demonym' || (x.via === 'name' && OFFICE_AFTER.test(text.slice(x.end, x.end + 30)));
    if (!joint.test(gap) && !(modifiesOffice(group.at(-1)!) && (modifiesOffice(m) || m.possessive) && DEMONYM_OFFICE_GAP.test(gap))) break;
    // ("brokered by the Pope and Canada, Cuba and the US restored ties": the name after "and" ends a list; a comma then begins something else.)
    if (closed && /^\s*,\s*(?:the\s+)?$/u.test(gap)) break;
    closed = /(?<![\p{L}])and(?![\p{L}])/iu.test(gap);
    // ", South Korean officials say": a reporting tag is no item of the list.
    if (REPORTING_TAG.test(text.slice(m.end, m.end + 40))) break;
    // ("If Russia attacks Moldova, Romania will respond": a name after a bare comma with a verb of its own begins the main clause.)
    if (/^\s*,\s*(?:the\s+)?$/u.test(gap) && CLAUSE_VERB.test(text.slice(m.end, m.end + 24))) break;
    // ("Lula visited China, and then Japan criticised Brazil": "then" goes on to a next event, not to a next item.)
    if (/(?<![\p{L}])then(?![\p{L}])/iu.test(gap) && /^\s+(?!(?:on|in|for|last|next|this|to|at|by|with|during|before|after|and|or)(?![\p{L}]))\p{Ll}/u.test(text.slice(m.end, m.end + 20))) break;
    // ("between Israel and the Iran-backed group Hezbollah": a state that modifies the item is not the item.)
    if (TIED_TO.test(text.slice(m.end, m.end + 16))) break;
    // ("invasion of Ukraine and North Korea's nuclear ambitions": a possessor of a noun of its own begins another item, not this list's.)
    if (m.possessive && !group.at(-1)!.possessive && OWN_NOUN_AFTER.test(text.slice(m.end, m.end + 24))) break;
    group.push(m);
  }
  return distinct(group);
}
const PERSON_TAIL = /^['’]s(?:\s+(?:acting|interim|new|top|chief|deputy|foreign|defen[cs]e|trade|prime|vice|president|minister|premier|chancellor|leader|king|queen|crown|prince|emir|envoy|ambassador|head|of|state|government|administration|cabinet|authorities|leadership|\p{Lu}[\p{L}.'’-]*)){1,8}(?=\s*(?:,|and|&|;))/u;
const CLAUSE_VERB = /^\s+(?:(?:also|then|later|now|still|quickly|swiftly|immediately)\s+)?(?:will|would|could|can|must|should|may|might|shall|has|have|had|is|are|was|were|did|does|responded|retaliated|reacted|replied|vowed|pledged|promised|threatened)\b/u;
const REPORTING_TAG = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:said|say|says|told|reported|reports|claimed|claim|according)\b/u;
// A demonym that names a company, a group or a thing, not the state: "the Russian mercenary company", "Chinese transport planes".
const REPORTED = /(?<![\p{L}])(?:said|says|say|believe|believes|believed|think|thinks|thought|claimed|claims|argued|argues|warned|warns|told reporters|added)(?:\s+(?:that|they\s+believe))?(?![\p{L}])/giu;
const TROOPS_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:troops|forces|peacekeepers|soldiers|monitors|observers|personnel|units|contingents?|mission)\b/u;
const OPPONENTS = /^\s+(?:opposition|rebels?|protesters?|dissidents?|activists?|insurgents?|separatists?|militants?|exiles?)\b/iu;
// (The noun it modifies comes before any verb: "Ukrainian forces struck an oil refinery" is no oil company.)
const PRIVATE_HEAD = /^(?!\s+(?:presidents?|prime|ministers?|leaders?|officials?|foreign|defen[cs]e|government|envoys?|diplomats?|counterparts?|heads?|chiefs?|delegations?)\b)\s+(?:(?!(?:\p{Ll}+ed|struck|hit|sent|fired|launched|shot|said|says|has|have|had|is|are|was|were|will|would|did|does)\s)[\p{L}-]+\s+){0,3}?(?:company|companies|firm|firms|group|mercenar(?:y|ies)|militia|rebels|opposition|protesters|dissidents|activists|insurgents|separatists|militants|media|newspapers?|outlets?|airlines?|businessm[ae]n|tourists|oligarchs?|billionaires?|banks?|brands?|carmakers?|makers?|manufacturers?|investors|students|fans|players|team|club|tankers?|cargo|oil|gas|grain|wheat|seafood|products|goods)\b(?!\s+(?:of|to|for)\s)/iu;
/** "must face sanctions", "risks new sanctions": the words before a measure that make the subject its target. */
const FACES = /(?<![\p{L}])(?:face|faces|faced|facing|risk|risks|risked|risking|suffer(?:s|ed|ing)?|endure[sd]?|enduring)\s+(?:(?:new|further|more|fresh|tough|tougher|harsh|harsher|stiff|heavy|crippling|possible|economic|financial|western|international)\s+){0,3}$/iu;
const TIED_TO = /^-(?:affiliated|linked|backed|based|speaking|born|made|built|owned|funded|trained|aligned|sponsored|supported|allied|appointed|nominated|designated|mandated|installed)(?![\p{L}])/u;
const VISIT_NOUN = /^(?:(?:state |official |working |first |historic |rare )?visits?|trips?|journeys?|tours?|arrival|stay)\b/i;
// ("responding to attacks on Saudi Arabia's embassy": what one responds to is another's act.)
const GOVERNED = /(?<![\p{L}])(?:for|amid|because of|due to|owing to|during|after|before|over|against|since|despite|including|such as|like|about|responding to|respond to|responds to|in response to|in retaliation for|reacting to|in reaction to|(?:triggered|caused|prompted|sparked|provoked|driven|motivated|spurred|angered|outraged|alarmed|shaken|rattled)\s+by)\s+["“]?(?:[\p{L}-]+["”]?\s+){0,2}$/iu;
// A number or quantity before a people's name: "14,000 South Koreans", "thousands of Russians".
// A deal noun and the subject of its relative clause, with no other verb or preposition between: "agreements the island nation (struck)".
const DEAL_RELATIVE = /(?<![\p{L}])(?:deals?|agreements?|accords?|pacts?|bargains?|compromises?|partnerships?)\s+(?:that\s+|which\s+)?(?:(?!(?:after|before|when|because|since|as|while|until|if|came|was|were|is|are|had|has|have|been|of|in|on|with|to|for|and|but|by)\s)[\p{L}-]+\s+){1,5}$/iu;
const COUNTED_BEFORE = /(?:(?<![\p{L}])(?:\d[\d,.]*|\d[\d,.]*\s+(?:million|thousand|hundred)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|thousand|several|many|few|some|more|fewer)|(?:thousands|hundreds|millions|dozens|scores|tens\s+of\s+thousands|hundreds\s+of\s+thousands|number|numbers|group|groups)\s+of)\s+$/iu;
const NOUN_TRIGGER = /^(?:(?:state|official|working|first|historic|rare|surprise|two-day|three-day|four-day|week-long)\s+)?(?:membership|accession|bid|supply|supplies|sale|sales|objections?|deliver(?:y|ies)|transfers?|shipments?|invasion|attacks?|strikes?|sanctions?|embargo|accusations?|criticism|condemnation|threats?|pressure|support|backing|visits?|trips?|aid|assistance)\b/i;
// "Envoys from Iran", "a delegation from the EU": people from a state act for it.
const PEOPLE_FROM = /(?<![\p{L}])(?:envoys?|officials?|delegations?|delegates|leaders|ministers|diplomats|representatives|negotiators|troops|forces|soldiers|teams?|mediators|counterparts|emissar(?:y|ies)|ambassadors)\s+from\s+(?:the\s+)?$/iu;
// ("several countries, including Iran": a plural of states and its examples, no clause.)
const CLAUSE_BETWEEN = /(?<!(?:countries|nations|states|others|governments|allies|partners|members|neighbou?rs|powers)),\s+including\b|,\s+(?:(?!including\b)\p{Ll}+ing|which|who|where|when|while|as|after|before|because|since|although|though)\b/u;
const GOVERNED_NOUN = /^(?:tensions?|disputes?|rows?|rift|feud|spat|stand-?off|confrontations?|hostility|enmity|pressure|criticism|condemnation|accusations?|support|cooperation|partnership|friendship|talks|negotiations|alliance|sanctions?|embargo)\b/i;
const NAME_RUN = /((?:\p{Lu}[\p{L}.'’-]*\s+)+)$/u;
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;

/**
 * Whether the words right before a verb are a name of no actor of ours ("after Tsai met McCarthy",
 * "Hamas accused"): then the verb's subject is that name, not an actor named earlier. A run that
 * holds an actor, follows one ("Maduro's Foreign Minister Yván Gil"), or is only titles and dates is not.
 */
function foreignSubjectBefore(text: string, at: number, lead: string, mentions: readonly Mention[]): boolean {
  const run = NAME_RUN.exec(lead);
  if (!run) return false;
  const start = at - run[1].length;
  const words = run[1].trim().split(/\s+/);
  if (words.every((w) => TITLE_GAP.test(w) || TIME_WORD.test(w))) return false;
  // "After meeting Erdogan": a capitalised preposition opening the sentence is no name.
  if (words.length === 1 && /^(?:After|Before|While|Since|Upon|On|When|Having|Despite|Following|Without|By|In|At|For|With|During)$/.test(words[0])) return false;
  if (mentions.some((m) => m.end > start && m.start < at)) return false;
  // "A Chinese delegation led by Vice Premier Liu arrived": a name inside "led by" is the leader of the subject, not the subject.
  if (/(?<![\p{L}])(?:led|headed|accompanied|joined)\s+by\s+$/iu.test(lead.slice(0, lead.length - run[1].length))) return false;
  if (mentions.some((m) => m.end <= start && /^(?:['’]s?)?\s*$/u.test(text.slice(m.end, start)))) return false;
  // "Kenya's president William Ruto travelled", "Spanish foreign minister Jose Albares signed", "Taiwan leader Tsai Ing-wen denounced": a person titled by an actor's office is that actor's.
  if (mentions.some((m) => m.end <= start && start - m.end < 48 && /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){1,3}$/u.test(text.slice(m.end, start))
    && text.slice(m.end, start).replace(/^['’]s?\s+/u, '').trim().split(/\s+/).every((w) => TITLE_GAP.test(w[0].toUpperCase() + w.slice(1))))) return false;
  return true;
}
// ("after attending the Shanghai Cooperation Organisation (SCO) summit and holding talks with …": a body that names a meeting is no subject.)
const NAME_AS_MODIFIER = /^(?:\s+\([^)]{1,12}\))?\s+(?:era|years|days|times|period|rule|regime's|administration's|government's|doctrine|legacy|visit\b|trip\b|summit\b|summits\b|ministerial\b|conference\b)/u;
// What a possessor owns when it is a thing, not people who act: "Sweden's membership", "China's economy".
const THING_HEAD = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:membership|bid|economy|decision|move|plan|policy|territory|soil|border|airspace|waters|coast(?!\s+guard)|capital|sovereignty|instruments?|ratification|accession|request|application|position|stance|role|influence|behaviou?r|claims?|interests?|security|future|population|people|citizens|nationals|exports?|imports?|products|goods|oil|gas|grain|market|currency|debt|elections?)\b(?!\s+(?:chief|head|adviser|advisor|envoy|minister|spokes(?:man|woman|person)|officials?|director|team|makers?|coordinator|representative)\b)/iu;
// "called for a ceasefire", "urged restraint and talks": what one asks for is not asserted.
const CALLED_FOR = /(?<![\p{L}])(?:call(?:ed|s|ing)? for|push(?:ed|es|ing)? for|press(?:ed|es|ing)? for|appeal(?:ed|s|ing)? for|seek(?:s|ing)?|sought|demand(?:ed|s|ing)?|urg(?:ed|es|ing|e))\s+(?:\S+\s+){0,6}$/iu;
// ("The Turkish-Cypriot leader", "a Greek-Cypriot negotiator": a people's name before another's, hyphened, before a person or a community, names one community, not two states.)
const ETHNIC_PREFIX = /^-(?:Cypriot|American|Canadian|British|Australian|African|Arab|Israeli|Palestinian|Russian|Ukrainian|Serb|Croat|Bosniak|Albanian|Armenian|Azerbaijani|Kurdish|Turkish|Greek)s?\s+(?:leader|leaders|leadership|community|communities|side|president|population|people|minority|politicians?|negotiators?|officials?|authorities|administration|businessm[ae]n|nationals?|citizens?|origin|descent|heritage|parties|party)\b/u;
const SUMMONED_FOR = /(?<![\p{L}])(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in|receiv(?:e|es|ed|ing)|met|meets|host(?:s|ed|ing)?)\s+(?:again\s+)?(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
const OBJECT_CONTROL = /(?<![\p{L}])(?:accus|suspect|blam|charg|convict|urg|ask|tell|told|call(?:ed|s|ing)? on|press|persuad|invit|allow|forc|order|encourag|help|want|expect|push|lobb|convinc|pressur|enabl|permit|warn|prompt|led|lead|caus|spur|compel|oblig|drove|driv|get|got|leav|left|prepar)\p{L}*\s/iu;
// "the US decision to sell": a noun that takes an infinitive hands it its owner, not the clause's subject.
const OWNED_ACT = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:decision|plans?|move|bid|applications?|requests?|offers?|pledges?|refusal|attempts?|efforts?|willingness|intention|interest|ambitions?|desire|readiness|determination|threats?|push|drive|campaign|preparations?)\s+(?:to|in|of|for|at)\s+$/u;
const NOUN_TO = /(?<![\p{L}])(?:decision|plans?|move|bid|attempts?|efforts?|willingness|refusal|agreement|promise|pledge|offer|request|call|order|push|deal|readiness|intention|right|ability|failure|threat|commitment|proposal|permission|approval|readiness|determination|resolve)\s+to\s+$/iu;
// "X joined the US and UK in issuing sanctions": everyone named does the act.
const JOINED_IN = /(?<![\p{L}])join(?:ed|s|ing)?\s+(?:\S+\s+){1,8}?in\s+(?:\S+\s+)?$/iu;
// "signed a deal to end fighting": what an act ends is not told as going on.
const ENDED = /(?<![\p{L}])(?:cessation\s+of|terminat(?:e|es|ed|ing)|t(?:ore|ear|ears|earing|orn)\s+up|cancel(?:s|l?ed|l?ing)?|revok(?:e|es|ed|ing)|annull?(?:s|ed|ing)?|end|ending|ended|ends|halt|halting|halted|halts|stop|stopping|stopped|stops|to stop|to end|to halt|scuttle|scuttled|scuttling|scrap|scrapped|scrapping|de-escalate|prevent|preventing|avert|averting|set aside|setting aside|sets aside|put aside|putting aside|renounc(?:e|ed|es|ing)|abandon(?:ed|s|ing)?)\s+(?:the\s+)?(?:(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|nearly\s+\S+|more\s+than\s+\S+)\s+)?(?:years|decades|months|weeks|days)\s+of\s+)?(?:\S+\s+)?$/iu;
const TOLD_REAL = /^[^.;]*?(?<![\p{L}])(?:that|which)\s+(?:have|has|had)\s+(?:already\s+)?(?:killed|left|claimed|displaced|wounded|raged|lasted|cost)(?![\p{L}])/iu;
const DENIED_AFTER = /^\s*(?:\S+\s+){0,6}?(?:was|is|are|were|would be|will be|remains?)\s+(?:not|never|impossible|unlikely|off the table)\b/i;
const TOPIC_PLACE = /(?<![\p{L}])(?:war|wars|conflict|crisis|fighting|situation|violence|unrest|insurgency|famine|bloodshed|hostilities|tensions?|peace|stability|security|ceasefire|truce)\s+(?:\S+\s+){0,2}?(?:in|on)\s+(?:the\s+)?$/iu;
const PACT_ASKS = /(?<![\p{L}])(?:deal|agreement|accord|pact|treaty|roadmap|framework)\s+(?:between\s+[^.;:]{1,90}?\s+)?(?:(?:has|have|had)\s+been\s+\p{Ll}+\s+|(?:was|were)\s+\p{Ll}+\s+)?(?:(?:that|which)\s+)?(?:also\s+)?$/iu;
// "reduced high-level visits, contacts and financial cooperation with Kosovo": a tie cut back, with the other ties listed before it, is no cooperation.
const CURTAILED = /(?<![\p{L}])(?:reduc(?:e|ed|es|ing)|curtail(?:ed|s|ing)?|scal(?:e|ed|es|ing)\s+(?:back|down)|downgrad(?:e|ed|es|ing)|limit(?:ed|s|ing)?)\s+(?:(?:its|their|all|the)\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:visits|contacts|exchanges|meetings|ties|trade|aid|links),?\s+(?:and\s+)?){0,3}(?:[\p{Ll}-]+\s+){0,2}$/u;
const BROKEN = /(?<![\p{L}])(?:abandon(?:ed|s|ing)?|walk(?:ed|s|ing)? away from|cut|cuts|cutting|suspend(?:ed|s|ing)?|halt(?:ed|s)?|sever(?:ed|s)?|froze|frozen|freez(?:e|es)|end(?:ed|s)?(?!\s+(?:with|in|up)\s)|broke off|break(?:s|ing)? off|broken off|scrapp?(?:ed)?|scuttl(?:e|ed|es|ing)|pull(?:ed)? out of|withdr[ae]w from|quit|exit(?:ed)?|cut-offs?\s+of|cutoffs?\s+of|suspension\s+of|termination\s+of|freeze\s+on|halt\s+to|end\s+to)["”’]?\s+(?:\S+\s+){0,4}$/iu;
/** A meeting called off before the trigger: "cancelled a planned summit with", "postponed her visit to". */
const CALLED_OFF = /(?<![\p{L}])(?:cancel(?:s|led|ed|ling|ing)?|postpon(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|put(?:s|ting)?\s+off|boycott(?:s|ed|ing)?|(?:will|would)\s+not\s+attend|won['’]t\s+attend|(?:refused|refuses|declined|declines)\s+to\s+attend|pull(?:ed|s)?\s+out\s+of)\s+(?:\S+\s+){0,5}$/iu;
/** "blocked the EU's aid package for Ukraine", "bars US loans to India": aid or a deal one side stops is not given (a membership bid blocked stays a bid). */
const STOPPED = /(?<![\p{L}])(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|vetoed|bars|barred|barring|bans|banned|banning|ban\s+on|embargo\s+on|oppose[sd]?|opposing|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:\S+\s+){0,5}$/iu;
const OPPOSED = /(?<![\p{L}])(?:opposition\s+to|oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?|against|reject(?:s|ed|ing)?|veto(?:es|ed|ing)?|block(?:s|ed|ing)?)\s+(?:(?:an?|the|any|new|further|more|immediate|tougher|proposed|planned|full|total|complete|blanket|EU|US|western|Western)\s+){0,3}$/u;
/** "blocked a UN resolution condemning North Korea": a text stopped before it was adopted says nothing of anyone. */
const BLOCKED_TEXT = /(?<![\p{L}])(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|vetoe?d|reject(?:s|ed|ing)?|voted\s+(?:down|against)|opposed|oppose[sd]?)\s+(?:a|an|the)\s+(?:\S+\s+){0,3}?(?:resolution|motion|draft|statement|declaration|bill)\s+(?:that\s+(?:would\s+(?:have\s+)?)?)?$/iu;
const HYPOTHETICAL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,5}?(?:would|could|might)\s/iu;
// What a list of demands holds: "demands, including X's condemnation of …", "The demands included Doha ending …".
const DEMANDED = /(?<![\p{L}])(?:demands|conditions|requirements|requests)\s*,?\s+(?:(?:\S+\s+){0,3}?(?:include[sd]?|including|such\s+as|like|notably)|were|are|:)\s[^.;:]*$/iu;
const ASKED_EARLIER = /(?<![\p{L}])(?:urg(?:ed|es|ing|e)|call(?:ed|s|ing)? on|ask(?:ed|s|ing)?|press(?:ed|es|ing)|demand(?:ed|s|ing)?|want(?:s|ed)?|pressur(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|implor(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+(?:\S+\s+){0,4}?to\s[^;:.]*$/iu;
const ASKED = /(?<![\p{L}])(?:urg(?:ed|es|ing|e)|call(?:ed|s|ing)? on|ask(?:ed|s|ing)?|press(?:ed|es|ing)|demand(?:ed|s|ing)?|want(?:s|ed)?|pressur(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|implor(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+(?:\S+\s+){0,4}?to\s+(?:\S+\s+){0,1}$/iu;
const ARMED_TO = /(?<![\p{L}])(?:suppl(?:y|ies|ied|ying)|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?|train(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|back(?:s|ed|ing)?|send(?:s|ing)?|sent)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,3}?(?:with\s+(?:[\p{L}-]+\s+){1,3}?)?to\s+(?:\S+\s+){0,1}$/iu;
// A verb or noun that punishes or blames, right before its object: "sanctions on", "condemned", "expelled diplomats of".
const PUNISHED_BEFORE = /(?<![\p{L}])(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|measures|restrictions|penalt(?:y|ies)|condemn(?:s|ed|ing|ation)?|critici[sz](?:e|es|ed|ing)|criticism\s+of|punish(?:es|ed|ing|ment)?|penali[sz](?:e|es|ed|ing)|blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|censur(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|expel(?:s|led|ling)?|isolat(?:e|es|ed|ing))\s+(?:(?:on|against|of|from)\s+)?(?:the\s+)?$/iu;
const ARMED_GROUP = /(?<![\p{L}])(?:militias?|rebels?|fighters|groups?|proxies|insurgents|separatists|gunmen|militants|movements?|factions?|mercenaries|guerrillas?|paramilitar(?:y|ies))(?![\p{L}])/iu;
const SUBORDINATOR = /(?<![\p{L}])(?<!(?:as well|such|so long|as soon|as far|as much|as many|as long|the same|as) )(?:after|before|because|since|when|once|until|as|while|whereas|although|though)\s+(?=(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?\S+\s+(?:had|has|have|was|were|is|are|will|would|could|decided|\p{Ll}{3,}ed)\s)/giu;
// The subject of a clause that stands for a group named before: "The presidents", "The three countries", "All five leaders".
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const GROUP_SUBJECT = /^\s*(?:(?:On|Later|Then|Afterwards|Finally)\s+(?:\S+\s+){0,2}?)?(?:[Tt]he|[Aa]ll(?:\s+the)?)\s+(?:(three|four|five|six|seven|eight|nine|ten)\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|(?:foreign\s+)?ministers|countries|nations|states|governments|sides|parties|delegations)\s+(?:\p{Ll}+\s+){0,5}$/u;
// ("… to counter Chinese influence", but "a call to persuade Iran": one whom a purpose's verb addresses is still the one talked to.)
const PURPOSE_TO = /(?<![\p{L}])to\s+(\p{Ll}+)\s/u;
const GROUP_OBJECT = /^\s+(?:the|these|all\s+(?:the\s+)?)\s*(?:(?:three|four|five|western|western|asian|arab|european|gulf|african|latin\s+american|nordic|baltic|other)\s+)?(?:allies|partners|countries|nations|states|governments|trio|quartet|powers|signatories)(?![\p{L}])/iu;
const TWO_PLAIN = /(?<![\p{L}])(?:the two|both) (?:countries|nations|neighbou?rs|states|governments|capitals|sides|leaders|presidents|rivals|allies|partners|prime ministers|premiers)(?![\p{L}])/iu;
// "the two South Caucasus states", "both former Soviet republics", "the two Asian giants": a pair described by where or what
// they are (capitalised words, or a few adjectives of kind) before the plural noun. Case matters here: a lower-case
// word other than these ("both Russian and Chinese leaders") ends the description.
const GROUP_MODIFIERS = String.raw`(?:(?:\p{Lu}[\p{L}'’-]*|former|neighbou?ring|rival|feuding|warring|nuclear-armed|estranged|allied|fellow|oil-rich|landlocked|island|coastal|regional)\s+){1,3}`;
const TWO_DESCRIBED = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he two|[Bb]oth) ${GROUP_MODIFIERS}(?:countries|nations|neighbou?rs|states|republics|kingdoms|governments|capitals|sides|leaders|presidents|rivals|allies|partners|powers|giants|prime ministers|premiers)(?![\p{L}])`, 'u');
const TWO = { exec: (s: string) => TWO_PLAIN.exec(s) ?? TWO_DESCRIBED.exec(s), test: (s: string) => TWO_PLAIN.test(s) || TWO_DESCRIBED.test(s) };
const HOSTED = /(?<![\p{L}])(?:co-?)?host(?:ed|s|ing)?\s+(?:\S+\s+){0,4}$/iu;
const REFUSED = /(?<![\p{L}])(?:rejected|rejects|reject|rejecting|refused|refuses|refuse|refusing|declined|declines|decline|declining|turned down|turn down|turning down|spurned|spurn|rebuffed)\s+(?:\S+\s+){0,3}$/iu;
const RESISTED_TIE = /(?<![\p{L}])(?:resist(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|opposed\s+to|opposition\s+to)\s+(?:(?:any|the|a|an|full|further|closer|formal|diplomatic|deeper|renewed)\s+)*$/iu;
const PRONOUN = /(?<![\p{L}])(?:they|he|she|it)(?![\p{L}])/iu;
const PLURAL_PLAIN = /(?<![\p{L}])(?:they|them|their|both (?:countries|sides|nations|governments)|the two (?:countries|nations|sides|neighbou?rs|leaders|states|governments|presidents|men)|(?:the|these|two) (?:\S+ ){0,3}(?:enemies|rivals|neighbou?rs|foes|adversaries|nations))(?![\p{L}])/iu;
const PLURAL = { exec: (s: string) => PLURAL_PLAIN.exec(s) ?? TWO_DESCRIBED.exec(s), test: (s: string) => PLURAL_PLAIN.test(s) || TWO_DESCRIBED.test(s) };
// The owner of a title beside a person's name: "Ethiopian Prime Minister Abiy Ahmed" is one actor.
const SAME_ACTOR_GAP = /^(?:['’]s)?\s*(?:(?:\p{Lu}[\p{L}.-]*|of|the|top|senior|foreign|prime|deputy|chief|acting|interim|new|newly-elected|newly|elected|re-elected|caretaker|visiting|long-serving|veteran|embattled|former|outgoing|incoming|defen[cs]e|trade|finance|economy|counterpart|leader|president|premier|minister|envoy|ambassador)\s+){0,5}$|^\s+(?:[\p{Ll}-]+\s+){0,2}(?:counterpart|leader|president|premier|minister|chancellor|envoy|ambassador|king|emir),\s+(?:(?:President|Prime\s+Minister|Minister|Chancellor|King|Emir|Mr|Mrs|Ms|Dr)\.?\s+)?$/u;

/** Adjacent mentions of one actor as one, so a title and its name count once ("German Chancellor Olaf Scholz"). */
const DISASTER = /(?<![\p{L}])(?:floods?|flooding|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|tsunamis?|wildfires?|landslides?|droughts?|eruptions?|disasters?)(?![\p{L}])(?:\s+\S+){0,6}?\s+(?:hit|hits|struck|strikes|battered|ravaged|devastated|rocked|swept|killed|left)\b/iu;
// ("the Luanda and Nairobi peace processes": the first of two cities before a plural names one too.)
const NAMED_TEXT = /^(?:\s+and\s+\p{Lu}[\p{L}-]+(?=(?:[-\s](?:climate|peace|nuclear))?\s+(?:agreements|accords|treaties|protocols|conventions|processes|formats)\b))?(?:[-\s](?:climate|peace|nuclear))?\s+(?:agreements?|accords?|treat(?:y|ies)|protocols?|conventions?|declaration|principles|process(?:es)?|formats?|consensus|club|agenda|charter|group|initiative|framework|communiqu[eé])\b/iu;
const PLACE_OF = /^\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:[\p{Ll}\d]+\s+){0,3}?(?:in|to|at)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*,\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+)?(?:capital|city|port|town|province|region|island|state|village|resort|base)\s+(?:of|in)\s+(?:the\s+)?$/u;
const HELD = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:soldiers|troops|sailors|nationals|citizens|fishermen|journalists|diplomats|workers|tourists|students|crew|crew members|seamen|pilots|officers|servicemen)\s+(?:who\s+(?:were|are|had been|have been)\s+)?(?:detained|held|arrested|jailed|imprisoned|captured|seized|sentenced|kidnapped|abducted)\s+(?:\S+\s+){0,2}?(?:in|by)\s+(?:the\s+)?$/u;
const OUTLET = /^(?:\s+Point)?\s+(?:News|Times|Post|Daily|Herald|Tribune|Observer|Gazette|Chronicle|Telegraph|Journal|Independent|Broadcasting|Television|TV|Radio|Today|Insider)\b/u;
const BODY_TITLE_GAP = /^['’]?s?\s+(?:(?:President|Secretary[- ]General|Secretary|General|Chief|High|Representative|Commissioner|Envoy|Special|Foreign|Policy|Council|Commission|Chairman|Chair|Chairperson|Head|Director|Deputy|Vice|Spokesman|Spokeswoman|Spokesperson|Ambassador)\s+){1,5}$/u;
// "fellow GCC state Qatar", "NATO-member Romania": an organisation that names what the next state is, not an actor.
const MEMBER_OF_NEXT = /^(?:\s+|-)(?:member(?:\s+(?:state|country|nation))?|state|country|nation|ally|partner)\s+(?:the\s+)?$/iu;
function collapse(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (next && organisation(m) && !organisation(next) && !next.place && MEMBER_OF_NEXT.test(text.slice(m.end, next.start))) continue;
    // "the Paris agreement", "the Minsk accords", "the Minsk Group": a city that names a text or a body is no actor.
    if ((m.via === 'capital' || m.via === 'city') && NAMED_TEXT.test(text.slice(m.end, m.end + 48))) continue;
    // "(Pakistan Point News)", "China Daily reported": a name in an outlet's name is no actor.
    if (OUTLET.test(text.slice(m.end, m.end + 24))) continue;
    const last = out.at(-1);
    // ("E.U. President Donald Tusk", "NATO Secretary General Jens Stoltenberg": a person titled by a body's office speaks for the body.)
    if (last && m.via === 'person' && organisation(last) && !organisation(m) && BODY_TITLE_GAP.test(text.slice(last.end, m.start))) {
      out[out.length - 1] = { ...last, end: m.end };
      continue;
    }
    // "the Democratic Republic of Congo (DRC)": a short name in brackets after the name is the same mention, brackets and all.
    const bracketed = last && last.actor === m.actor && /^\s*\($/.test(text.slice(last.end, m.start)) && text[m.end] === ')';
    if (last && last.actor === m.actor && (bracketed || SAME_ACTOR_GAP.test(text.slice(last.end, m.start)))) {
      out[out.length - 1] = { ...last, end: bracketed ? m.end + 1 : m.end, place: last.place && m.place, possessive: m.possessive, person: m.person ?? last.person };
    } else out.push(m);
  }
  return out;
}

/** The distinct actors of some mentions, first mention first. */
function distinct(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.actor) && seen.add(m.actor));
}

const OFFICE = String.raw`(?:foreign|defen[cs]e|prime|trade|finance|interior|economy|deputy|vice|acting|top|chief|minister|ministers|secretary|president|leader|premier|chancellor|king|queen|emir|envoys?|ambassadors?|delegations?|negotiators?|diplomats?|affairs|of|state|crown|prince)`;
const OFFICES_JOINED = new RegExp(String.raw`^(?:['’]s)?\s+(?:${OFFICE}\s+){1,4}and\s+(?:the|his|her|their)\s+$`, 'iu');

const OFFICE_AFTER = /^\s+(?:(?:foreign|defen[cs]e|prime|trade|finance|interior|deputy|vice)\s+)?(?:president|premier|minister|leader|chancellor|envoy|ambassador)\b/iu;
const DEMONYM_OFFICE_GAP = /^\s+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Tt]rade|[Ff]inance|[Ii]nterior|[Dd]eputy|[Vv]ice)\s+)?(?:[Cc]ounterparts?|[Pp]remier|[Pp]resident|[Mm]inister|[Ll]eader|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ee]nvoy|[Aa]mbassador)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|bin|ibn|al|el|de|da|van|von))*\s*(?:,|and|,\s*and)\s+(?:(?:the|his|her|its|their)\s+)?$/u;
const ALLIES_INCLUDING = /^(?:['’]s)?\s+and\s+(?:its\s+|their\s+|other\s+|several\s+|some\s+)?(?:allies|partners|neighbou?rs|supporters)\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?$/iu;
/** Mentions side by side, joined by "and" or commas, ending with `last` ("Ethiopia and Eritrea"). */
/** After a possessor: a noun of its own, not an office or a body of the state ("Russia's invasion", not "Russia's government"). */
const OWN_NOUN_AFTER = /^(?:['’]s?)?\s+(?!(?:governments?|leaders?|president|prime|foreign|defen[cs]e|officials|ministers?|military|forces|troops|delegations?|envoys?|ambassadors?|navy|army|authorities|counterparts?|former|top|acting|new|current|chief|senior|deputy|vice|late|then|interim|king|queen|emir|crown|head|heads|representatives?|negotiators?)\b)\p{Ll}/u;
function coordinated(text: string, mentions: readonly Mention[], last: Mention): Mention[] {
  const group = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    // "Minister Ahn and his Polish counterpart": the counterpart is the other of a pair.
    // "Japan's foreign minister and the Chinese foreign minister": two office-holders joined by "and".
    // ("the P5+1": a group's members share its words, and are items of the list it is in.)
    if (mentions[i].group && mentions[i].group === group[0].group && mentions[i].start === group[0].start) { group.unshift(mentions[i]); continue; }
    const gap = text.slice(mentions[i].end, group[0].start);
    // "his DR Congo counterpart Félix Tshisekedi": two names of one actor in one phrase are one item.
    if (mentions[i].actor === group[0].actor && SAME_ACTOR_GAP.test(gap)) { group[0] = mentions[i]; continue; }
    const counterpart = (/^\s*and\s+(?:his|her|their|its)?\s*$/i.test(gap) && (/^\s+counterparts?\b/i.test(text.slice(group[0].end, group[0].end + 16)) || /^\S+(?:\s+\S+){0,2}\s+counterparts?[\s,]/i.test(text.slice(group[0].start, group[0].end))))
      || OFFICES_JOINED.test(gap);
    // ("Both Peru's government and Chile's government": an item's own office or government stays inside it.)
    // ("Saudi Arabia and allies including the UAE, Bahrain and Egypt cut ties": the allies listed act with the one named first.)
    const allies = ALLIES_INCLUDING.test(gap);
    // ("his Qatari counterpart Khalid Al Attiyah and Libyan premier Fayez al-Sarraj": office-holders named by their states.)
    if (mentions[i].via === 'demonym' && (group[0].via === 'demonym' || group[0].possessive) && DEMONYM_OFFICE_GAP.test(gap)) { group.unshift(mentions[i]); continue; }
    if (!JOINED.test(gap) && !JOINED.test(gap.replace(PERSON_TAIL, '')) && !counterpart && !allies && !titledItems(text, mentions[i], group[0])) break;
    // ("discuss Taiwan, Russia's invasion of Ukraine": a possessor of a noun of its own is no item of the names before it.)
    if (group[0].possessive && !mentions[i].possessive && OWN_NOUN_AFTER.test(text.slice(group[0].end, group[0].end + 24))) break;
    group.unshift(mentions[i]);
  }
  return distinct(group);
}

// "Presidents Luis Arce of Bolivia, Sadyr Japarov of Kyrgyzstan and …": each item a name, perhaps unknown, "of" a state.
const TITLED_ITEM_GAP = /^\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|foreign|defen[cs]e|prime|trade|finance|ministers?|presidents?|leaders?|heads?\s+of\s+(?:state|government)|envoys?|premiers?|kings?|emirs?)\s+){1,4}of\s+(?:the\s+)?$/u;
// "the President of Peru Dina Boluarte, the President of Chile …": a state's office-holder named after the state.
const OFFICE_OF_BEFORE = /(?<![\p{L}])(?:President|Prime\s+Minister|Minister|Premier|Chancellor|King|Emir|Sultan|Leader|Head\s+of\s+State|Foreign\s+Minister)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const NAME_THEN_JOINT = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?=\s*(?:,|and\s|&))/u;

/** Two items of a list of titled people, whose names the gazetteer may not know: "X of Bolivia, Y of Chile", "the President of Peru X, the President of Chile Y". */
function titledItems(text: string, left: Mention, right: Mention): boolean {
  let gap = text.slice(left.end, right.start);
  if (OFFICE_OF_BEFORE.test(before(text, left.start, 40))) gap = gap.replace(NAME_THEN_JOINT, '');
  return TITLED_ITEM_GAP.test(gap) && right.via === 'name';
}

// "Foreign Minister Ahmet Davutoglu and his Armenian counterpart": a titled name the gazetteer does not know.
const UNKNOWN_COUNTERPART = /(?<![\p{L}])(?:(?:Foreign|Defen[cs]e|Prime|Trade|Finance|Economy|Interior)\s+)?(?:Minister|President|Premier|Chancellor|Secretary(?:\s+of\s+State)?)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s+and\s+(?:his|her)\s+$/du;

/**
 * "Minister X and his Armenian counterpart", while the text is about Turkey and Armenia: X, whom the
 * gazetteer does not know, is the pair's other side (one's counterpart is never of one's own state).
 */
function withCounterpart(text: string, sentence: Span, mentions: Mention[], pair: readonly [string, string] | undefined): Mention[] {
  if (!pair) return mentions;
  const i = mentions.findIndex((m) => m.via === 'demonym' && /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+counterparts?\b/u.test(text.slice(m.start, m.start + 40)) && UNKNOWN_COUNTERPART.test(text.slice(Math.max(sentence.start, m.start - 90), m.start)));
  if (i < 0 || !pair.includes(mentions[i].actor)) return mentions;
  const lead = text.slice(Math.max(sentence.start, mentions[i].start - 90), mentions[i].start);
  const match = UNKNOWN_COUNTERPART.exec(lead)!;
  const start = mentions[i].start - lead.length + match.indices![1][0];
  const end = start + match[1].length;
  if (mentions.some((m) => m.start < end && m.end > start)) return mentions;
  const other = pair[0] === mentions[i].actor ? pair[1] : pair[0];
  const person: Mention = { start, end, actor: other, via: 'person', place: false, possessive: false };
  return [...mentions.slice(0, i).filter((m) => m.start < start), person, ...mentions.slice(0, i).filter((m) => m.start >= start), ...mentions.slice(i)];
}

// "He held talks with Prime Minister Abiy Ahmed": an official met, titled but of no state the text names.
const MET_OFFICIAL = /(?<![\p{L}])(?:talks|meeting|meetings|met|meets|meet|hosted|received|welcomed|greeted)\s+(?:with\s+|by\s+)?(?:(?:Foreign|Defen[cs]e|Prime|Trade)\s+)?(?:Minister|President|Premier|Chancellor|King|Emir|Sultan)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})/dgu;

/**
 * After "The Kenyan president arrived in Addis Ababa", "He held talks with Prime Minister Abiy Ahmed":
 * an official met whom the gazetteer does not know is the host's, the state the text last named as a place.
 */
function withHostOfficial(text: string, sentence: Span, mentions: Mention[], discourse: Discourse): Mention[] {
  const host = discourse.place;
  if (!host || discourse.subject?.actor === host || mentions.some((m) => m.actor === host)) return mentions;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of execAll(MET_OFFICIAL, body)) {
    const start = sentence.start + m.indices![1][0];
    const end = start + m[1].length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    const person: Mention = { start, end, actor: host, via: 'person', place: false, possessive: false };
    return [...mentions.filter((x) => x.start < start), person, ...mentions.filter((x) => x.start >= start)];
  }
  return mentions;
}

// "Yemen's Houthi rebels", "Syrian opposition fighters", "Kurdish militias", "Libyan tribes", "the two Sudanese camps": a state named as the home of an armed group or an
// opposition is no actor there; the group acts, and groups are not mapped. ("Russian-backed rebels" keep their backer.)
const HOME_OF_GROUP = /^(?:['’]s?)?\s+(?:(?![\p{L}-]*-(?:backed|supported|sponsored|armed|funded|led|allied)\b)[\p{L}-]+\s+){0,2}?(?:rebels?|insurgents?|militants?|militias?|separatists?|guerrillas?|jihadists?|opposition|dissidents?|tribes|tribesmen|clans|factions|camps)(?![\p{L}-])/u;
// "met with Juan Guaido, the opposition leader": a person the text names as his state's opposition does not stand for the state.
// "one Syrian refugee", "Ethiopian migrants", "Indian students": people named by where they come from are no state that acts.
const PEOPLE_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:refugees?|migrants?|asylum[- ]seekers?|evacuees|pilgrims|tourists|students|(?:migrant\s+)?workers|labou?rers)(?![\p{L}])/u;
const OPPOSITION_FIGURE = /^,\s+(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+)?opposition\s+(?:leader|figure|chief|candidate|politician|head)\b/u;
const ownsArmedGroup = (text: string, m: Mention) => (m.possessive || m.via === 'demonym') && HOME_OF_GROUP.test(text.slice(m.end, m.end + 50));

/** The names a "brokered by", "mediated by" or "hosted by" phrase lists in a clause: the go-betweens of an act, not its parties. */
function brokersIn(text: string, clause: Span, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of execAll(/(?<![\p{L}])(?:brokered|mediated|facilitated|co-?hosted|hosted|sponsored|co-?organi[sz]ed|organi[sz]ed|convened|chaired)\s+(?:jointly\s+)?by\s+/giu, text.slice(clause.start, clause.end))) {
    const at = clause.start + m.index! + m[0].length;
    const first = mentions.find((x) => x.start >= at && x.start - at <= 40 && !/[,;]/.test(text.slice(at, x.start)));
    if (!first) continue;
    // ("by Pope Francis and Canada, Cuba and the US restored ties": a list ends with the name after its "and".)
    out.push(first);
    for (const x of mentions.filter((x) => x.start > first.start && x.end <= clause.end)) {
      const gap = text.slice(out.at(-1)!.end, x.start);
      if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/iu.test(gap)) break;
      out.push(x);
      if (/and/i.test(gap)) break;
    }
  }
  return out;
}

/**
 * Whom "he" or "she" points back to: the last subject, if it was a person; else the last person named
 * ("Von der Leyen travels to Uruguay. … Belgium is divided. … she is expected in Montevideo").
 */
function heOrShe(discourse: Discourse): string | undefined {
  const subject = discourse.subject;
  if (subject && !subject.group && subject.person) return subject.actor;
  return discourse.person ?? (subject && !subject.group ? subject.actor : undefined);
}

/** Whom "his" or "her" points back to when the sentence names only a state's body: the last person named, else the last subject that was one. */
function lastPerson(discourse: Discourse, not: readonly string[], at: number): Mention | undefined {
  const actor = discourse.person ?? (discourse.subject && !discourse.subject.group ? discourse.subject.actor : undefined);
  return actor && !not.includes(actor) ? { start: at, end: at, actor, via: 'person', place: false, possessive: false } : undefined;
}

/**
 * Every relation the triggers find in one sentence: for each trigger in each clause, the actors its
 * frame names (subject and object, two sides of a mutual act, visitor and host, mediator and parties),
 * unless a negation denies it; certainty from the trigger and the clause's modality and tense.
 */
export function relateSentence(text: string, sentence: Span, allMentions: readonly Mention[], discourse: Discourse = newDiscourse(), publishedYear?: number): Finding[] {
  const findings: Finding[] = [];
  const mentions = withPronounSubject(text, sentence, discourse, withHostOfficial(text, sentence, withCounterpart(text, sentence, collapse(text, allMentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !ownsArmedGroup(text, m) && !WITHOUT.test(before(text, m.start, 12)) && !OPPOSITION_FIGURE.test(text.slice(m.end, m.end + 40)) && !ETHNIC_PREFIX.test(text.slice(m.end, m.end + 40)) && !(m.via === 'demonym' && PEOPLE_AFTER.test(text.slice(m.end, m.end + 40))))), discourse.joined ?? discourse.pair ?? discourse.related), discourse));
  // "The two countries" with no pair named yet: the two the last relation joined.
  // "Iran and Saudi Arabia agreed …, after years of tensions between the two countries": a pair named earlier in the same sentence comes first.
  const own = ownPair(text, mentions);
  const two = TWO.exec(text.slice(sentence.start, sentence.end));
  // "diplomats killed in Afghanistan were returned to Iran, while tensions between the two countries flared": the two states named before it.
  // (A dateline, "PESHAWAR, Pakistan (CNN) --", names where the report was filed.)
  const dateline = /^[\p{Lu}\s.,'’-]+,\s+[\p{L}\s.]+\([^)]{1,30}\)\s*[-–—]+\s*/u.exec(text.slice(sentence.start, sentence.end));
  const namedBefore = two ? [...new Set(mentions.filter((m) => m.start >= sentence.start + (dateline?.[0].length ?? 0) && m.end <= sentence.start + two.index! && isState(m.actor)).map((m) => m.actor))] : [];
  // ("the conflict between both countries": countries are two states, never a state and a body.)
  const states = (p: [string, string] | undefined) => (p && two && /countries|nations|states|neighbou?rs|capitals/i.test(two[0]) && !p.every((a) => isState(a)) ? undefined : p);
  // ("… Modi told Putin after the two shook hands": "the two" after two people of the sentence is those two, whatever pair the sentence quarrels about.)
  const twoAt = /(?<![\p{L}])(?:the two|both)(?:\s+(?:men|women|leaders|presidents|premiers|prime\s+ministers))?\s+(?!countries|nations|states|sides|governments)\p{Ll}/u.exec(text.slice(sentence.start, sentence.end));
  const people = twoAt ? [...new Set(mentions.filter((m) => (m.via === 'person' || !!m.person) && m.end <= sentence.start + twoAt.index).map((m) => m.actor))] : [];
  const plural = (people.length === 2 ? [people[0], people[1]] as [string, string] : undefined) ?? states(own) ?? states(discourse.pair) ?? (two ? states(discourse.related) ?? states(mostNamed(discourse)) ?? (namedBefore.length === 2 ? [namedBefore[0], namedBefore[1]] as [string, string] : undefined) : undefined);
  // Only the triggers whose keys a clause holds can match in it. (Folding keeps the sentence's
  // offsets unless a letter's lowercase is longer, as "İ"'s is; then each clause is folded alone.)
  const folded = foldCase(text.slice(sentence.start, sentence.end));
  const aligned = folded.length === sentence.end - sentence.start;
  const hits = aligned ? KEYS.hits(folded) : [];
  for (const clause of clauses(text, sentence)) {
    const body = text.slice(clause.start, clause.end);
    const candidates = aligned && clause.start >= sentence.start && clause.end <= sentence.end ? KEYS.within(hits, clause.start - sentence.start, clause.end - sentence.start) : KEYS.in(foldCase(body));
    for (const trigger of candidates) {
      trigger.pattern.lastIndex = 0;
      for (const m of execAll(trigger.pattern, body)) {
        const span = { start: clause.start + m.index!, end: clause.start + m.index! + m[0].length };
        if (trigger.after && !trigger.after.test(text.slice(span.end, Math.min(sentence.end, span.end + 120)))) continue;
        // "Pope Francis's call for Ukraine to …": a possessor right before the act is its author; one that is no actor of ours takes the act with it.
        const owner = /(\p{Lu}[\p{L}.-]*)['’]s?\s+(?:[\p{L}-]+\s+)?$/u.exec(text.slice(Math.max(clause.start, span.start - 40), span.start));
        if (owner && /['’]s?\s/u.test(owner[0]) && !mentions.some((x) => x.end >= span.start - owner[0].length + owner[1].length && x.start < span.start - owner[0].length + owner[1].length + 1)) continue;
        // ("Raisi's visit: US warns Pakistan": a headline's colon ends the visit's phrase; what follows is no host.)
        if (trigger.type === 'visit' && /^\s*:/.test(text.slice(span.end, span.end + 3)) && !mentions.some((x) => x.end <= span.start && span.start - x.end <= 3 && x.via !== 'person' && x.via !== 'demonym')) continue;
        // "countries buying weapons from Russia": a participle after a noun of its own has that noun as its agent.
        if (/^\p{L}+ing\b/iu.test(m[0]) && NOUN_BEFORE_PARTICIPLE.test(text.slice(Math.max(clause.start, span.start - 30), span.start))) continue;
        // A trigger inside an actor's own name ("Gulf Cooperation Council") is no trigger.
        // A pattern that reaches over its object ("pressing Caracas to") is still a trigger.
        if (mentions.some((x) => x.start <= span.start && x.end > span.start && !(span.end > x.end + 1 && /^[-–]/.test(text.slice(x.end, x.end + 1))))) continue;
        // ("gave their backing to the general's claim as Bolivia's acting president": support for a rival leader is no tie with the state.)
        if (trigger.rule === 'cooperation.support' && RIVAL_LEADER.test(text.slice(span.end, Math.min(sentence.end, span.end + 160)))) continue;
        // ("left open the door for talks between Washington and Beijing": talks only made possible are not held.)
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /(?<![\p{L}])(?:door|doors|possibility|prospect|prospects|chance|way)\s+(?:open\s+)?(?:for|of|to)\s+(?:new\s+|further\s+|possible\s+|future\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) continue;
        // ("his meeting with Xi, Biden told Asian leaders in Cambodia": a comma and a new subject with its verb end the talks' phrase.)
        if (trigger.rule === 'visit.talks-in' && /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Ll}+ed|told|said|met|held|went|made|spoke|flew|sent)\s/u.test(m[0])) continue;
        // "praised Oman for mediating disputes in the region": a quarrel placed in a region, of no one named.
        if (trigger.rule === 'tension.relations' && /^\s+(?:in|across|around|throughout)\s+(?:the\s+)?(?:region|area|world|continent|neighbou?rhood|Middle\s+East|Gulf|Horn\s+of\s+Africa|Balkans|Caucasus|Sahel)\b/iu.test(text.slice(span.end, span.end + 30))) continue;
        // "the rejection of threats or use of force": a conflict renounced in principle is none.
        // ("a call rejecting the use of force against Ukraine", "urged both sides to refrain from the use of force".)
        if (RELATION_TYPES[trigger.type].family === 'conflict' && /(?<![\p{L}])(?:rejection|renunciation|non-use|prohibition|outlawing)\s+of\s+(?:the\s+)?(?:\S+\s+(?:or|and)\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start))) continue;
        if (RELATION_TYPES[trigger.type].family === 'conflict' && /^use\s+of\s+(?:military\s+)?force/iu.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:reject(?:s|ed|ing)?|renounc(?:e|es|ed|ing)|refrain(?:s|ed|ing)?\s+from|rul(?:e|es|ed|ing)\s+out|oppos(?:e|es|ed|ing)|against|warn(?:s|ed|ing)?\s+against|without)\s+(?:the\s+|any\s+)?(?:\S+\s+(?:or|and)\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start))) continue;
        // ("a pact aimed at curbing China's influence": a thing's purpose names no one who acts.)
        if (trigger.rule === 'tension.counter' && /(?<![\p{L}])(?:aimed\s+at|designed\s+to|meant\s+to|intended\s+to)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 16), span.start))) continue;
        // "expressed concern about tensions between Venezuela and Guyana": worry about others' quarrel is no quarrel with them.
        if (trigger.rule === 'tension.criticise' && /^\s+(?:\S+\s+){0,4}?(?:tensions?|conflicts?|fighting|disputes?|crisis|clashes|war|hostilities|rivalry)\s+between\s/iu.test(text.slice(span.end, Math.min(clause.end, span.end + 80)))) continue;
        // "The Saudi-led alliance imposed a blockade on Qatar": an alliance led by one, acting, names no ally of it.
        if (trigger.rule === 'alliance.pact' && /^(?:alliance|coalition)$/i.test(m[0]) && /-led\s+$/u.test(text.slice(Math.max(sentence.start, span.start - 8), span.start))) continue;
        // ("bar Mr. Mugabe from travelling to EU countries" is a travel ban, a sanction, not a snub.)
        if (trigger.rule === 'tension.criticise' && /^(?:bar|ban)/i.test(m[0]) && /^[^;:]{0,100}? from (?:travel(?:l)?ing|entering|visiting|setting foot)\b/iu.test(text.slice(span.end, sentence.end))) continue;
        // ("their partnership amid escalating regional threats": threats of a region, or shared, are no threat between those who face them.)
        if (RELATION_TYPES[trigger.type].family === 'conflict' && /^(?:threats?|tensions?)$/i.test(m[0]) && /(?<![\p{L}])(?:regional|global|international|external|common|shared|security|transnational|emerging|new|nuclear|missile|terrorist|terror|hybrid|cyber)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 16), span.start))
          && !/^\s+(?:from|by|of|to|against|with|between)\s/iu.test(text.slice(span.end, span.end + 10))) continue;
        // ("Macron in Algiers for talks": only in a headline, a line with no closing mark, and only after a person named by a leader's name.)
        if (trigger.rule === 'visit.headline-in' && (/[.!?]["”’]?\s*$/u.test(text.slice(sentence.start, sentence.end)) || !/^\s*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 2))
          || !mentions.some((x) => (x.via === 'person' || !!x.person) && x.end <= span.start && /^\s+$/.test(text.slice(x.end, span.start))))) continue;
        // ("mortar shells that landed in Bangladesh": what lands or falls after a thing of war, in its relative clause, is the thing, no traveller.)
        if (trigger.type === 'visit' && /(?<![\p{L}])(?:shells?|missiles?|rockets?|drones?|bombs?|bullets?|projectiles?|debris|mortars?|rounds|munitions|balloons?|planes?|aircraft|jets?|helicopters?)\s+(?:that|which)\s+(?:(?:had|have|has|reportedly|allegedly)\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) continue;
        // ("warned against non-crucial travel to Saudi Arabia": a travel advisory is no journey, nor a threat to the place.)
        if ((trigger.type === 'visit' || trigger.rule === 'tension.threaten') && /(?<![\p{L}])(?:warn(?:s|ed|ing)?|advis(?:e|es|ed|ing)|caution(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}?against\s+(?:all\s+|any\s+)?(?:non-?(?:essential|crucial)\s+|unnecessary\s+)?(?:travel|trips?|visits?)\s+to(?![\p{L}])/iu.test(text.slice(Math.max(clause.start, span.start - 60), Math.min(clause.end, span.end + 50)))) continue;
        // "they forbid me personally entering Slovakia", "barred him from visiting Kyiv": a journey forbidden is not made.
        if (trigger.type === 'visit' && /(?<![\p{L}])(?:forb(?:id|ids|ade|idden|idding)|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|refus(?:e|es|ed|ing)|den(?:y|ies|ied|ying))\s+(?:\S+\s+){0,3}?(?:from\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start)) && /^\p{Ll}+ing\b/u.test(m[0])) continue;
        // "smuggling oil to Syria in breach of European Union sanctions": sanctions broken or evaded are no measure taken here.
        if (trigger.type === 'sanction' && /(?<![\p{L}])(?:breach(?:es|ed|ing)?\s+of|in\s+breach\s+of|violat(?:e|es|ed|ing|ion\s+of|ions\s+of)|evad(?:e|es|ed|ing)|evasion\s+of|circumvent(?:s|ed|ing)?|defy(?:ing)?|defied|bust(?:s|ed|ing)?|despite)\s+(?:the\s+)?(?:\S+\s+){0,3}$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start))) continue;
        // "Russia asked the UN Security Council to meet in an emergency session": a body asked to meet is a forum, not pressed.
        // "refuses to recognise Donetsk and Luhansk as independent republics": refused independence is the territory's, no quarrel with its state.
        if (trigger.type === 'tension' && /recogni[sz]e$/i.test(m[0]) && /^\s+[^.;:]{1,80}?\s+as\s+(?:an?\s+)?(?:independent|sovereign|separate)\b/iu.test(text.slice(span.end, span.end + 110))) continue;
        // "Moscow's support for the breakaway Georgian regions": support for a state's separatists is none for the state.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /^\s+(?:(?:for|to|of)\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:breakaway|separatists?|secessionists?|rebels?|rebel-held|insurgents?)\b/iu.test(text.slice(span.end, span.end + 40))) continue;
        // "military exercises by both Chinese and Taiwanese forces": drills each side holds are no joint drills.
        if (trigger.rule === 'cooperation.drills' && !/joint|combined|trilateral|multilateral/i.test(m[0]) && /^\s+by\s+both\b/i.test(text.slice(span.end, span.end + 12))) continue;
        // "ready to heed nationalists' calls to send troops into Ukraine": an act others only call for is not done.
        if (['war', 'sanction', 'arms_support', 'aid', 'visit'].includes(trigger.type) && /(?<![\p{L}])(?:calls|demands|appeals|pleas|requests)\s+(?:from\s+(?:\S+\s+){1,3})?to\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start))) continue;
        // "The Sudanese army said it entered the Heglig region": an army that enters a place invades it; it pays no visit.
        if (trigger.type === 'visit' && /^(?:enter|cross|set|stepp)/i.test(m[0]) && /(?<![\p{L}])(?:army|armies|troops|forces|soldiers|military|militaries|tanks|units|battalions?|brigades?|fighters|militias?|rebels|jets|warplanes|drones|warships|columns?)(?![\p{L}])/iu.test(text.slice(Math.max(sentence.start, span.start - 60), span.start))) continue;
        // "a deal between the six powers and Iran has been struck that calls on Tehran to …": what a pact asks of a party is its terms, no one's pressure.
        if (trigger.type === 'diplomatic_pressure' && PACT_ASKS.test(text.slice(Math.max(sentence.start, span.start - 140), span.start))) continue;
        if (trigger.type === 'diplomatic_pressure' && /^\s+(?:the\s+)?(?:UN|U\.N\.|United Nations)?\s*(?:Security Council|General Assembly|Council|Assembly|Human Rights Council)\s+(?:\S+\s+)?to\s+(?:meet|convene|hold|discuss|consider|debate|take up)\b/u.test(text.slice(span.end, span.end + 80))) continue;
        // "sent 25,000 troops to the region to mount air strikes unless Iraq agrees": forces sent to a region have no recipient there.
        if ((trigger.type === 'arms_support' || trigger.type === 'aid') && /^\s+(?:\S+\s+){0,2}?to\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+)?(?:region|area|zone|theatre|theater|front|borders?|frontiers?|waters)\b/iu.test(text.slice(span.end, span.end + 60))) continue;
        // "spoke with his Iranian counterpart to officially end ties": a call made to break off ties is no cooperation.
        if (trigger.type === 'cooperation' && /^\s+(?:\S+\s+){0,6}?to\s+(?:officially\s+|formally\s+)?(?:end|cut|sever|break(?:\s+off)?|suspend|downgrade)\s+(?:all\s+|diplomatic\s+)?(?:ties|relations)\b/iu.test(text.slice(span.end, span.end + 80))) continue;
        // "A and B shared concerns about the security pact": a pact that is what a stance is about is someone else's, not the subject's.
        if ((trigger.type === 'alliance' || trigger.rule === 'cooperation.agreement') && /(?<![\p{L}])(?:concerns?|worries|worried|fears?|objections?|opposition|unease|alarm|misgivings|reservations|anxiety|concerned)\s+(?:about|over|regarding|at|to|of|against|with)\s+(?:the|this|that|a|any)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(text.slice(Math.max(clause.start, span.start - 60), span.start))
          && !/^\s+(?:\S+\s+){0,3}?(?:between|with|among)\s/iu.test(text.slice(span.end, span.end + 40))) continue;
        // "to annex occupied Palestinian territories", "in the occupied West Bank": "occupied" before a noun describes land; no one acts in the clause.
        if (trigger.rule === 'war.fight' && /^occupied$/i.test(m[0]) && /(?<![\p{L}])(?:the|annex\p{L}*|in|of|from|into|across|over|and|its|their|his|her|other|illegally|formerly)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 16), span.start))) continue;
        // "agreed to suspend plans to annex the territories": what plans are suspended or dropped for is not done.
        if (/(?<![\p{L}])(?:suspend|drop|abandon|shelve|halt|freez|froze|scrap|postpon|cancel|withdr[ae]w|put\s+on\s+hold)\p{L}*\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:\S+\s+)?(?:plans?|bid|moves?|intention|threats?|proposal)\s+to\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // ("Israel agreed to suspend plans to annex …": a deal to drop a plan against a third is no tie with the third.)
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /(?<![\p{L}])(?:suspend|drop|abandon|shelve|halt|freez|scrap|postpon|cancel)\p{L}*\s+(?:\S+\s+)?(?:plans?|bids?|moves?)$/iu.test(m[0])) continue;
        // "referring to the prospect of dialogue with Ankara": what is only in prospect has not happened, nor is it planned.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /(?<![\p{L}])(?:prospects?|possibility|chances?|hopes?)\s+(?:of|for)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:[\p{Ll}-]+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) continue;
        // "Tonga was breaching an agreement within the Forum": an agreement broken is no tie made.
        if (trigger.rule === 'cooperation.agreement' && /(?<![\p{L}])(?:(?:breach|violat|flout|reneg|disregard|undermin)\p{L}*|break(?:s|ing)?|broke|broken)\s+(?:on\s+)?(?:the|an|a|its|their|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start))) continue;
        // "Libya would have reciprocated the move if it did": what would have happened did not.
        if (/(?<![\p{L}])(?:would|could|might)\s+have\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 16), span.start))) continue;
        // "It is now more urgent than it was yesterday that both Pakistan and India renounce further tests, sign the treaty": what is urged is not done.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /(?<![\p{L}])(?:urgent|important|essential|vital|imperative|necessary|crucial)\s+(?:[^.;]{0,40}?\s)?that\s+[^.;]*$/iu.test(text.slice(sentence.start, span.start))) continue;
        // "Australia and New Zealand …, exacerbating tensions with the military regime": a quarrel with a side of no actor of ours.
        if (trigger.type === 'tension' && trigger.frame === 'mutual' && /^\s+with\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:regime|junta|government|rebels|militants|opposition|group|movement|authorities|leadership)\b/u.test(text.slice(span.end, span.end + 50))) continue;
        // "a pipeline expected to help ease deficits and stem tensions in the region", "that they hope will stem tensions": tension a thing may help to ease is no quarrel of its builders.
        if (trigger.type === 'tension' && trigger.frame === 'mutual' && /(?<![\p{L}])(?:defus|eas|reduc|calm|lower|de-?escalat|cool|diffus|stem|avert|prevent|soothe|tamp|resolv|settl)(?:e|es|ed|ing|s|med|ming)?\s+(?:the\s+|rising\s+|growing\s+|regional\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 24), span.start))
          // ("called on the council to help resolve the dispute", "a plan for the warring parties to reduce tensions": others are to ease it.)
          && /(?<![\p{L}])(?:help|helps|helped|helping|expected\s+to|aimed\s+at|aims?\s+to|meant\s+to|designed\s+to|intended\s+to|could|would|should|will|may|might|hope|hopes|hoped|hoping)\s|(?<![\p{L}])(?:for|urg\p{L}*|ask\p{L}*|call\p{L}*\s+on|press\p{L}*)\s+(?:the\s+|all\s+|both\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:parties|sides|factions|groups|rivals|belligerents)\s+to\s/iu.test(text.slice(Math.max(clause.start, span.start - 90), span.start)) && !/^\s+(?:\S+\s+){0,2}?(?:between|with)\s/iu.test(text.slice(span.end, span.end + 30))) continue;
        // "Mexico and Uruguay urged all parties to defuse tensions": tension others are asked to ease is not the askers' own.
        if (trigger.type === 'tension' && trigger.frame === 'mutual' && /(?<![\p{L}])(?:defus|eas|reduc|calm|lower|de-?escalat|cool|diffus)(?:e|es|ed|ing)?\s+(?:the\s+|rising\s+|growing\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 24), span.start))
          && /(?<![\p{L}])(?:urg|call|ask|appeal|press)\p{L}*\s/iu.test(text.slice(clause.start, span.start)) && !/^\s+(?:\S+\s+){0,2}?(?:between|with)\s/iu.test(text.slice(span.end, span.end + 30))) continue;
        // "the Minister of Foreign Affairs and International Cooperation", "the Ministry of Trade": a word in an office's name.
        if (/^\p{Lu}/u.test(m[0]) && /(?<![\p{L}])(?:Minister|Ministry|Ministers|Department|Secretary|Commissioner|Agency|Bureau|Directorate)\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:and|&)\s+)?){0,6}$/u.test(text.slice(Math.max(clause.start, span.start - 80), span.start))) continue;
        // "threatened to send weapons": a threat to act is the act's modality, not a quarrel with its object.
        if (trigger.rule === 'tension.threaten' && /^\s+to\s+\p{L}+/u.test(text.slice(span.end, span.end + 20)) && !/^\s+to\s+(?:\p{Lu}|the\s+\p{Lu})/u.test(text.slice(span.end, span.end + 20))) continue;
        // ("provided no assistance to": a denial inside the trigger's own words.)
        // ("did not sign because of pressure from Russia": what the reason phrase tells is not what the main verb denies.)
        const reason = /(?<![\p{L}])(?:because\s+of|due\s+to|owing\s+to|under)\s+(?:\S+\s+){0,2}$/iu.exec(text.slice(clause.start, span.start));
        const negated = NEGATION.test(text.slice(reason ? clause.start + reason.index : clause.start, span.start));
        if (negated || DENIED_AFTER.test(text.slice(span.end, clause.end)) || /(?<![\p{L}-])no(?![\p{L}-])/iu.test(text.slice(span.start, span.end))) continue;
        // "cut trade ties", "suspended cooperation": a broken tie is no cooperation.
        // ("the war ended with a ceasefire": what a thing ends with or in is its outcome, not what is ended.)
        // ("broke off relations with Taiwan and recognised Beijing": a second verb after "and" is an act of its own.)
        const brokenBefore = text.slice(Math.max(clause.start, span.start - 48), span.start);
        // "sent warships into waters claimed by the Philippines": ships sent into contested waters are a show of force, not arms given.
        if (trigger.rule === 'arms.supply' && /^\s*(?:\S+\s+){0,2}?(?:into|near|off|toward|towards|around|close\s+to|over|across)\s+(?:the\s+)?(?:\S+\s+)?(?:waters|airspace|seas?|strait|coast|zone|shores?|island|islands|border|frontier)\b/iu.test(text.slice(span.end, span.end + 60))) continue;
        // "a major buyer of Russian arms", "a key supplier of drones": weapons bought or sold are arms, not trade.
        if (trigger.rule === 'trade.supplier' && /^\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:arms|weapons|military|drones|jets|fighters|helicopters|tanks|missiles|warships|submarines|ammunition|munitions)\b/iu.test(text.slice(span.end, span.end + 50))) continue;
        if (BLOCKED_TEXT.test(text.slice(Math.max(clause.start, span.start - 80), span.start))) continue;
        // ("told the Geneva conference that Ukraine …": a gathering named for a city we do not place has no host of ours, whoever follows.)
        if (trigger.rule === 'visit.event-city' && !mentions.some((x) => (x.via === 'city' || x.via === 'capital') && x.start >= span.end && /^\s+(?:(?:\d+(?:st|nd|rd|th)|annual|\d{4})\s+)?$/u.test(text.slice(span.end, x.start)))) continue;
        // ("cancelled a planned meeting in Spain with X", "called off his trip to Denmark": a journey called off is none; one
        // postponed stays, as planned.)
        if (trigger.type === 'visit' && CALLED_OFF.test(text.slice(Math.max(clause.start, span.start - 60), span.start)) && !/(?<![\p{L}])(?:postpon\p{L}*|put(?:s|ting)?\s+off)\s+(?:\S+\s+){0,5}$/iu.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // ("cancelled a planned summit with Putin": a meeting called off is no cooperation.)
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame !== 'mediation' && CALLED_OFF.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // ("a ban on the import of Iranian oil": goods barred are no trade either.)
        if ((trigger.type === 'aid' || trigger.type === 'cooperation' || trigger.type === 'arms_support' || trigger.type === 'trade') && trigger.frame !== 'mediation' && STOPPED.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // "the admission … would help improve their relations", "hopes the two will mend their ties": a tie to be mended is not stated.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame !== 'mediation' && (/(?<![\p{L}])(?:would|could|may|might|should|will)\s+(?:\S+\s+)?help\s+(?:to\s+)?(?:improve|mend|repair|normali[sz]e|restore|warm|thaw)\s+(?:\S+\s+){0,3}$/iu.test(before(text, span.start, 60))
          || (/^(?:help\s+(?:to\s+)?)?(?:improve|mend|repair|normali[sz]e|restore|warm|thaw)/i.test(m[0]) && /(?<![\p{L}])(?:would|could|may|might|should|will)\s+(?:\S+\s+)?(?:help\s+(?:to\s+)?)?$/iu.test(before(text, span.start, 30))))) continue;
        // ("agreed to begin the returns to Myanmar": "returns" after an article is refugees going home, no one's visit.)
        if (trigger.type === 'visit' && /^returns\b/i.test(m[0]) && /(?<![\p{L}])(?:the|their|its|of)\s+(?:\S+\s+)?$/iu.test(before(text, span.start, 16))) continue;
        // ("negotiations had hit deadlock", "talks are at an impasse": talks that have failed are no tie.)
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /(?:talks|negotiations|dialogue|process)(?:\s+with)?$/i.test(m[0]) && /^\s+(?:(?:with\s+)?(?:\S+\s+){1,3}?)?(?:(?:had|have|has|are|were|is|was)\s+)?(?:(?:hit|reached|at)\s+(?:a\s+|an\s+)?(?:deadlock|impasse|stalemate|dead\s+end)|stalled|collapsed|broke\s+down|broken\s+down|failed|deadlocked)\b/iu.test(text.slice(span.end, clause.end))) continue;
        // "called for a ceasefire and a surge in humanitarian aid to Gaza": aid called for is not given.
        if (trigger.type === 'aid' && /(?<![\p{L}])(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+for\s+[^.;:]*$/iu.test(text.slice(clause.start, span.start))) continue;
        // "its total demand for petroleum products": what a market wants is no demand made of a state.
        if (trigger.rule === 'pressure.demand' && /^demand$/i.test(m[0]) && (/(?<![\p{L}])(?:total|domestic|global|world|energy|consumer|market|fuel|oil|gas|import|export|rising|growing|strong|weak|falling|annual)\s+$/iu.test(before(text, span.start, 14)) || /^\s+for\s+(?:\S+\s+){0,2}?(?:products|goods|oil|gas|energy|fuel|electricity|imports|exports|commodities|food|grain|wheat|coal|petroleum|power|water)\b/iu.test(text.slice(span.end, span.end + 40)))) continue;
        // "will also take Trump to occupied Jerusalem": "occupied" before a place names the place, not an act of the clause's subject.
        if (trigger.type === 'war' && /^occupied$/i.test(m[0]) && /(?<![\p{L}])(?:to|in|into|from|of|the|an?|across|through)\s+$/iu.test(before(text, span.start, 8)) && /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(span.end, span.end + 8))) continue;
        // "despite Russia and China's objection to imposing sanctions on Syria": an act objected to, as a gerund, is not done.
        if (/(?<![\p{L}])(?:objections?|opposition|opposed|resistance|reluctance|refusal|refused|veto)\s+to\s+(?:\p{Ll}+ing\s+(?:(?:new|further|more|any|tougher)\s+)?)?$/iu.test(before(text, span.start, 40)) && (/^\p{L}+ing\b/u.test(m[0]) || /\p{Ll}+ing\s+(?:\S+\s+)?$/u.test(before(text, span.start, 24)))) continue;
        // "warned Finland against joining NATO", "cautioned Kyiv against any attempt to join": a tie warned or argued against is not made.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /(?<![\p{L}])against\s+(?:(?:any|the|a|an|its|their)\s+)?(?:(?:attempts?|plans?|moves?|bids?|efforts?|steps?|decision|idea)\s+to\s+)?$/iu.test(before(text, span.start, 48))
          && (/^\p{L}+ing\b/u.test(m[0]) || /(?:attempts?|plans?|moves?|bids?|efforts?|steps?|decision|idea)\s+to\s+$/iu.test(before(text, span.start, 24)))) continue;
        // "its opposition to an embargo on Russian energy", "voted against sanctions on Iran": a measure opposed is not imposed.
        if (trigger.type === 'sanction' && NOUN_TRIGGER.test(text.slice(span.start, span.end)) && OPPOSED.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && CURTAILED.test(text.slice(Math.max(clause.start, span.start - 100), span.start))) continue;
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && BROKEN.test(brokenBefore) && !/^in favou?r of$/i.test(m[0]) && !(/(?<![\p{L}])(?:and|but|then)\s+$/iu.test(brokenBefore) && /^\p{Ll}+(?:ed|d)\b/u.test(text.slice(span.start, span.end)))
          && !/(?<![\p{L}])(?:and|but|then)\s+(?:\p{Ll}+ing|sought|seeks?|wants?|wanted)\s+(?:a|an|the)\s+(?:full\s+)?$/iu.test(brokenBefore)) continue;
        // "Egypt and Saudi Arabia hosted peace talks": hosts of talks are no parties to them, nor visitors.
        if ((trigger.type === 'cooperation' || trigger.rule === 'visit.talks-in') && HOSTED.test(text.slice(clause.start, span.start))) continue;
        // "the US and its allies": allies the text does not name are no relation.
        if (trigger.rule === 'alliance.allies' && /(?<![\p{L}])(?:its|their|his|her|our)\s+(?:\S+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 24), span.start))) continue;
        // "Sudan rejected Kenya as a mediator": a refused offer is no cooperation.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && REFUSED.test(text.slice(clause.start, span.start))) continue;
        // "continues to resist normalisation with Damascus", "opposed closer ties with Beijing": a tie resisted is not made.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && RESISTED_TIE.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) continue;
        // "urged India to cooperate": what one side asks of another is the request, not the act.
        // "the meeting had achieved steps toward peace in Ukraine": "in" after a state of affairs tells where that is, not where they met.
        if (trigger.rule === 'visit.talks-in' && /(?<![\p{L}])(?:peace|war|conflict|fighting|crisis|stability|security|violence|ceasefire|truce|situation|hostilities)\s+(?:in|at)$/iu.test(text.slice(span.start, span.end))) continue;
        // "Calling Russia's invasion of Ukraine a "war of aggression"": what something is called is a name for it, not one more act.
        if (RELATION_TYPES[trigger.type].family === 'conflict' && NAMED_AS.test(text.slice(Math.max(clause.start, span.start - 100), span.start))) continue;
        // "France, Germany and the UK released a joint statement condemning the US": a statement issued to say something is the
        // vehicle of what it says, not a tie among those who issue it (one signed after talks still is).
        if (trigger.type === 'cooperation' && /^joint\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|declaration)s?$/iu.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:issued|issue|issues|issuing|released|release|releases|releasing|put\s+out|published)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 30), span.start))
          && /^,?\s+(?:\S+\s+){0,4}?(?:condemning|claiming|calling|urging|criticising|criticizing|accusing|denouncing|rejecting|recalling|demanding|expressing|warning|saying|stating|announcing|voicing)(?![\p{L}])/iu.test(text.slice(span.end, Math.min(sentence.end, span.end + 60)))) continue;
        // "warned Helsinki of consequences if it joins NATO", "asked whether Chile would sign": a tie inside a condition or a question is not told.
        if (RELATION_TYPES[trigger.type].family !== 'conflict' && /(?<![\p{L}])(?<!(?:as|even)\s)(?:if|unless|whether)\s+[^,;:]*$/iu.test(text.slice(Math.max(sentence.start, span.start - 80), span.start))) continue;
        // ("relaxing sanctions in exchange for a set of demands, including Maduro's condemnation of Russia's invasion", "The demands included Doha
        // downgrading ties with Iran": what is demanded is not done.)
        // ("… condemnation of Russia's invasion of Ukraine": an act named as what another act is about is told as fact.)
        if (trigger.type !== 'diplomatic_pressure' && DEMANDED.test(text.slice(Math.max(sentence.start, span.start - 160), span.start)) && !/(?<![\p{L}])(?:of|against|over|for)\s+(?:the\s+)?(?:\S+['’]s?\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 30), span.start))) continue;
        // ("a deadline for Qatar to agree to a list of demands": what a deadline or a call is for is not done.)
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.type !== 'mediation' && /(?<![\p{L}])(?:deadline|time|chance|opportunity|call|calls|pressure|way|path|conditions?)\s+for\s+(?:the\s+)?(?:\S+\s+){1,3}?to\s+(?:\S+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // ("Costa Rica and the Dominican Republic lamented in a joint statement …": a statement made to say something is no tie among those who make it.)
        if (trigger.type === 'cooperation' && /^joint\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|declaration)s?$/iu.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:said|say|says|lamented|laments|condemned|condemns|critici[sz]ed|denounced|rejected|rejects|expressed|demanded|urged|called|warned|voiced|deplored|protested|regretted)\s+(?:\S+\s+){0,3}?in\s+(?:a|their|the)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // "urged its allies to forgo deals with Russia": pressure on unnamed others names no one pressed.
        if (trigger.type === 'diplomatic_pressure' && /^\s+(?:its|their|his|her|all|other|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:allies|partners|countries|nations|states|members|governments|neighbou?rs|counterparts|friends)\s+(?:not\s+)?to\s/u.test(text.slice(span.end, span.end + 60))) continue;
        // "third countries that materially support Russia's war": a relative clause whose head is no actor of ours has no agent of ours.
        if (trigger.frame === 'agent' && RELATION_TYPES[trigger.type].family !== 'contact' && UNNAMED_HEAD.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // ("Iran backs the Houthi rebels, who have fired missiles at Saudi Arabia": the same when a comma sets the relative clause off.)
        if (trigger.frame === 'agent' && clause.relative && RELATION_TYPES[trigger.type].family !== 'contact' && GROUP_ANTECEDENT.test(text.slice(Math.max(sentence.start, clause.start - 40), clause.start))
          && /^(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(clause.start, span.start))) continue;
        // ("urged Indonesia to condemn Russia", "resisting G7 pressure to condemn Russia": the same of a quarrel or a trip asked for.)
        // ("wanted to send an envoy to Kyiv": what one wants to do oneself is a plan of one's own, its modality says so.)
        // ("firmly rejects the accusation of genocide against Israel", "Tehran denied accusations": who rejects an accusation makes none.)
        if (/^accusations?$/i.test(m[0]) && /(?<![\p{L}])(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|brush(?:es|ed|ing)?\s+off)\s+(?:\S+\s+){0,2}$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) continue;
        // ("a pause that would allow the entry of humanitarian aid into Gaza": aid let in names no giver.)
        if (trigger.type === 'aid' && /(?<![\p{L}])(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|let(?:s|ting)?|facilitat(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)|block(?:s|ed|ing)?|impede[sd]?|imped(?:e|ing))\s+(?:the\s+)?(?:entry|delivery|passage|flow|access|distribution)\s+of\s+(?:\S+\s+){0,2}$/iu.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // ("discussed the crisis with Macron": a crisis one discusses with a person is the topic, the person the partner.)
        if (trigger.type === 'tension' && /(?<![\p{L}])(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about|review(?:ed|s|ing)?|address(?:ed|es|ing)?)\s+(?:the|a|an|this|that)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))
          && mentions.some((x) => x.start >= span.end && x.via === 'person' && /^\s*with\s+(?:\S+\s+){0,3}$/iu.test(text.slice(span.end, x.start)))) continue;
        // ("landed in Cairo to discuss the conflict between Israel and Hamas in Gaza": the place of a conflict discussed is not where the talks are.)
        if (trigger.rule === 'visit.talks-in' && /(?<![\p{L}])(?:conflict|war|fighting|crisis|situation|violence|tensions?|dispute|hostilities|clashes)\s+(?:between\s+(?:\S+\s+){1,6}?)?in$/iu.test(m[0]) && !/^(?:talks|meetings?|summits?)\b/i.test(m[0])) continue;
        // ("his counterparts in the Quad alliance": a body one belongs to, named with its class, is no place one meets in.)
        if (trigger.rule === 'visit.talks-in' && /\sin$/i.test(m[0]) && /^\s+(?:the\s+)?["“]?[\p{L}.-]+["”]?\s+(?:alliance|bloc|grouping|group|partnership|format|club|coalition|framework)(?![\p{L}])/u.test(text.slice(span.end, span.end + 40))) continue;
        // ("visited the region and met with Qatar's emir": a visit to a region names no state as its host.)
        if (trigger.type === 'visit' && /visit(?:ed|s|ing)?$/i.test(m[0]) && /^\s+(?:the\s+)?(?:region|area|continent|border|frontline|front\s+line|site|scene|troops|wounded|Gulf|Middle\s+East|Balkans|Caucasus|Sahel)\b/u.test(text.slice(span.end, span.end + 16))) continue;
        // ("NATO called an “extraordinary meeting” in Brussels": a meeting called for is not yet one held there.)
        if (trigger.rule === 'visit.talks-in' && /(?<![\p{L}])(?:called|calls|calling|requested|requests|requesting|sought|seeks|seeking|seek|demanded|demands|demanding|proposed|proposes|proposing)\s+(?:for\s+)?(?:an?\s+|the\s+)?["“]?(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) continue;
        // ("rejects the accusation of genocide made against Israel": rejecting a charge against a state takes its side; "rejected China's claims" still quarrels.)
        if (/^(?:reject|den(?:y|ie)|dismiss|refut)/i.test(m[0]) && /^\s+(?:the|an?|all|any|these|those|such)\s+(?:[\p{Ll}-]+\s+){0,2}(?:accusations?|allegations?|charges?)\b/u.test(text.slice(span.end, span.end + 50)) && !/^[^.;,]{0,60}?(?<![\p{L}])(?:by|from)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(span.end, span.end + 70))) continue;
        // "supplying Houthi militia with arms to attack Saudi Arabia": the one armed or helped does the infinitive; if it is no actor of ours, no one we map does.
        const armed = ARMED_TO.exec(text.slice(clause.start, span.start));
        if (armed && ARMED_GROUP.test(armed[0]) && !mentions.some((x) => x.start >= clause.start + armed.index && x.end <= span.start)) continue;
        // ("wants Turkey to stop the invasion, implement a ceasefire, and to begin to negotiate with Greece": an infinitive after ", and"
        // goes on with the one asked for before it.)
        if (trigger.type !== 'diplomatic_pressure' && RELATION_TYPES[trigger.type].family === 'cooperation' && /(?:,\s+(?:and\s+)?|\s(?:and|or)\s+)(?:to\s+)?(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(clause.start, span.start)) && ASKED_EARLIER.test(text.slice(sentence.start, span.start))) continue;
        if (trigger.type !== 'diplomatic_pressure' && ASKED.test(text.slice(clause.start, span.start))
          && (RELATION_TYPES[trigger.type].family === 'cooperation' || !/^want/i.test(ASKED.exec(text.slice(clause.start, span.start))![0]))) continue;
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame !== 'mediation' && CALLED_FOR.test(text.slice(clause.start, span.start))) continue;
        // ("talks aimed at ending border clashes between A and B that have killed dozens": a relative clause tells the fighting as real.)
        if (trigger.type === 'war' && ENDED.test(text.slice(Math.max(clause.start, span.start - 30), span.start)) && !(TOLD_REAL.test(text.slice(span.end, span.end + 160)) && /^\s+(?:\S+\s+){0,2}?between\s/iu.test(text.slice(span.end, span.end + 40)))) continue;
        // "a prisoner of war exchange", "war crimes", "a host of officials": compounds and idioms, not the act.
        if (trigger.type === 'war' && (/(?<![\p{L}])prisoners?\s+of\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 14), span.start)) || /^\s+(?:games|memorial|veterans?|graves?|dead|crimes?|criminals?|tribunal|correspondents?|reporters?|museum|chest)\b/i.test(text.slice(span.end, span.end + 14)))) continue;
        // "a trade war", "a price war": a war of tariffs or words is a quarrel, not fighting.
        if (trigger.type === 'war' && /^(?:wars?|conflicts?|battles?|fight(?:ing)?|hostilities)(?:\s+(?:with|between|against))?$/i.test(m[0]) && /(?<![\p{L}])(?:trade|tariff|price|currency|chip|tech|technology|propaganda|information|media|legal|diplomatic|culture|cultural)[\s-]+$/iu.test(text.slice(Math.max(clause.start, span.start - 16), span.start))) continue;
        // "thousands of bombs", "more missiles": a weapon counted is a thing, not the act of war.
        if (trigger.type === 'war' && /^(?:bombs|attacks|strikes|missiles)$/i.test(m[0]) && /(?<![\p{L}])(?:of|more|new|\d[\d,.]*)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 12), span.start))) continue;
        // "to prevent its neighbour joining the UN", "tried to stop Finland joining NATO": a membership prevented is none.
        if (trigger.rule === 'alliance.member' && /(?<![\p{L}])(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|keep(?:s|ing)?|kept)\s+(?:\S+\s+){1,4}(?:from\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 50), span.start))) continue;
        // "after the truce collapsed": a pact that failed is no cooperation.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && /^\s+(?:has\s+|had\s+|have\s+)?(?:collapsed|broke down|broken down|failed|fell apart|fallen apart|expired|lapsed|unravell?ed)\b/i.test(text.slice(span.end, span.end + 24))) continue;
        // "A free trade deal … has been struck": a deal struck is agreed.
        if (trigger.type === 'war' && /^struck$/i.test(m[0]) && /(?<![\p{L}])(?:deals?|agreements?|accords?|pacts?|truce|ceasefire|bargain|compromise)(?![\p{L}])[^.;]{0,80}(?:has|have|had|was|were|is|are|been|being)\s+(?:\S+\s+)?$/iu.test(text.slice(Math.max(sentence.start, span.start - 120), span.start))) continue;
        // "agreements the Pacific island nation struck with China": a deal's own relative clause strikes no one.
        if (trigger.type === 'war' && /^(?:struck|strikes?|striking)$/i.test(m[0]) && DEAL_RELATIVE.test(text.slice(Math.max(sentence.start, span.start - 60), span.start))) continue;
        // "Australia strikes free trade deal with UK": one strikes a deal, not a state.
        if (trigger.type === 'war' && /^strik/i.test(m[0]) && /^\s+(?:\S+\s+){0,3}?(?:deals?|agreements?|accords?|pacts?|bargains?|compromises?|balance|tone|note|chord|partnership)\b/i.test(text.slice(span.end, span.end + 50))) continue;
        // "with sanctioned Venezuelan Defense Minister …": a participle before a noun describes it, and no one acts.
        if (trigger.type === 'sanction' && /^sanctioned$/i.test(m[0]) && /(?<![\p{L}])(?:with|the|a|an|of|against|on|and|two|three|several|other)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 10), span.start))) continue;
        if (trigger.rule === 'visit.host' && /^host$/i.test(m[0]) && /^\s+of\b/i.test(text.slice(span.end, span.end + 4))) continue;
        // "for the second year in a row", "as opposed to single flights": idioms, not quarrels.
        if (/^(?:row|opposed)$/i.test(m[0]) && /(?<![\p{L}])(?:in a|as)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 6), span.start)) && !/^\s+(?:over|with|between|about|after)\b/i.test(text.slice(span.end, span.end + 10))) continue;
        // "held joint military exercises near the border with Belarus": drills together are cooperation, and a show of force names its target right after "around", "near" or "off".
        if (trigger.rule === 'tension.drills' && (/^joint\b/i.test(m[0]) || /joint\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(clause.start, span.start - 20), span.start)) || !mentions.some((x) => x.start >= span.end && /^\s*(?:the\s+)?$/.test(text.slice(span.end, x.start))))) continue;
        // "did not know about the talks in Riyadh": talks named as a thing tell no one's journey; "held the talks in Riyadh" does.
        // ("their first summit in over four years": an "in" of time is no place.)
        if (trigger.rule === 'visit.talks-in' && /\sin$/i.test(m[0]) && /^\s+(?:over|more\s+than|nearly|almost|about|some|at\s+least|\d|a\s+(?:decade|year|month|week|generation|century)|years|decades|months|weeks|recent|the\s+(?:past|last|first|coming|next|wake|midst|run-up|aftermath))/i.test(text.slice(span.end, span.end + 20))
          && !mentions.some((x) => x.place && x.start >= span.end && x.end <= clause.end)) continue;
        // ("talks amid rising tension over North Korea's launch": a tension the clause only says it is amid, with no side named, is no quarrel of its subjects.)
        if (trigger.type === 'tension' && trigger.frame === 'mutual' && /(?<![\p{L}])(?:amid|amidst|(?:fraught|filled|laden|rife|marked|overshadowed|clouded|tinged)\s+with)\s+(?:(?:rising|growing|mounting|heightened|renewed|regional|escalating)\s+)*$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start)) && !/^\s+(?:with|between)\s/i.test(text.slice(span.end, span.end + 10))) continue;
        if (trigger.rule === 'visit.talks-in' && /^(?:talks|meetings?|summits?)\b/i.test(m[0]) && /(?<![\p{L}])(?:the|these|those|this|that)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 8), span.start))
          && !/(?<![\p{L}])(?:held|hold|holds|holding|attend(?:s|ed|ing)?|join(?:s|ed|ing)?|host(?:s|ed|ing)?|led|lead(?:s|ing)?|chair(?:s|ed|ing)?)\s+(?:\S+\s+){0,2}$/iu.test(text.slice(Math.max(clause.start, span.start - 30), span.start))) continue;
        // "greeted the talks with skepticism": "with" and a word of attitude tell the manner, and name no partner.
        if (/\swith$/i.test(m[0]) && /^\s+(?:(?:great|some|deep|much|cautious|guarded|mixed|considerable|growing)\s+)?(?:s[ck]epticism|suspicion|caution|optimism|hope|interest|concern|alarm|relief|enthusiasm|reservations?|feelings|dismay|disbelief|indifference|contempt|derision|a view to|an eye to|urgency|care)\b/i.test(text.slice(span.end, span.end + 40))) continue;
        // "the dispute must be resolved through negotiations between Iran and the UAE": talks a text calls for are not held.
        if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame !== 'mediation' && CALLED_FOR_MEANS.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) continue;
        // "mediates in Mali over detained Ivorian soldiers": a participle before its noun says they are held, not by whom.
        if ((trigger.rule === 'tension.detain' || trigger.rule === 'tension.seize') && /^(?:detained|arrested|jailed|imprisoned|held|captured|abducted|kidnapped)$/i.test(m[0]) && /(?<![\p{L}])(?:over|of|for|about|with|the|two|three|four|five|\d+|several|some|many|recently|newly)\s+$/iu.test(before(text, span.start, 12))) continue;
        // ("accepting $2 billion in aid from Russia": aid inside a phrase of receiving is the receiver's, told by that phrase.)
        if (trigger.type === 'aid' && trigger.rule !== 'aid.receive' && RECEIVING.some((r) => { r.pattern.lastIndex = 0; return execAll(r.pattern, body).some((x) => clause.start + x.index! <= span.start && clause.start + x.index! + x[0].length >= span.end); })) continue;
        // "25 million people need emergency aid": what is needed is not yet given by anyone.
        if (trigger.type === 'aid' && NEEDED.test(text.slice(Math.max(clause.start, span.start - 30), span.start))) continue;
        const context = { text, trigger, span, clause, sentence, mentions, discourse, plural };
        // "After negotiations brokered by the Pope and Canada, Cuba and the US restored ties": who brokers two others' act is no party to it.
        const brokers = trigger.frame === 'mutual' ? new Set(brokersIn(text, clause, mentions).map((b) => b.actor)) : undefined;
        const found = fewSides(trilateral(text, clause, span, trigger, pairs(context)).filter((p) => !brokers?.size || (!brokers.has(p.from) && !brokers.has(p.to))));
        for (const pair of found.concat(gapped(text, sentence, span, mentions, found, trigger))) {
          if (pair.from === pair.to) continue;
          // ("attended by leaders of BRICS nations": a body's members travel, each for its state; the body makes no journey.)
          if (trigger.type === 'visit' && mentions.some((x) => x.actor === pair.from && organisation(x) && /^\s+(?:nations|countries|members|member\s+states|states|leaders|heads\s+of\s+state|governments)\b/iu.test(text.slice(x.end, x.end + 24)))) continue;
          // "members of the European Union and NATO": two bodies one belongs to are no pact between them.
          if (trigger.type === 'alliance' && [pair.from, pair.to].every((a) => mentions.some((x) => x.actor === a && organisation(x))) && /(?<![\p{L}])members?\s+of\s+(?:both\s+)?(?:the\s+)?$/iu.test(before(text, Math.min(...mentions.filter((x) => x.actor === pair.from || x.actor === pair.to).map((x) => x.start)), 24))) continue;
          // ("after joining EU sanctions against Russia": an organisation that names what one joins is no body one joins.)
          if (trigger.rule === 'alliance.member' && /^(?:re)?join/i.test(m[0]) && mentions.some((x) => organisation(x) && (x.actor === pair.from || x.actor === pair.to) && x.start >= span.end && /^\s+(?:sanctions|statement|efforts?|calls?|condemnation|criticism|measures|initiative|mission|operation|talks|negotiations|pledge|appeal)\b/i.test(text.slice(x.end, x.end + 16)))) continue;
          // Membership is of an organisation: "re-admitted to the fold, with Algeria …" joins no two states.
          if (trigger.rule === 'alliance.member' && !mentions.some((x) => organisation(x) && (x.actor === pair.from || x.actor === pair.to))) continue;
          // "a referendum on joining Russia", "Japan joined the US in condemning": what one joins right after the verb is the organisation; a state joined is an annexation or a fellow, no membership.
          if (trigger.rule === 'alliance.member' && /^(?:re)?join(?:s|ed|ing)?$/i.test(m[0]) && mentions.some((x) => !organisation(x) && x.start >= span.end && /^\s+(?:the\s+)?$/i.test(text.slice(span.end, x.start)))) continue;
          // "the decision, which France and Russia have opposed": two names of one coordinated subject act together, not on each other (unless "each other").
          // (Fights and clashes are reciprocal: "Ethiopia and Eritrea fought a war" is between them.)
          // ("Russia, China and South Africa held drills off Durban": a drill off one of its own subjects' shores is theirs together.)
          if (trigger.rule === 'tension.drills' && coordinated(text, mentions.filter((x) => !x.place && x.start >= clause.start && x.end <= span.start), mentions.filter((x) => !x.place && x.start >= clause.start && x.end <= span.start).at(-1) ?? mentions[0]).some((x) => x.actor === pair.to)) continue;
          // ("Iraqi and US troops are fighting Islamic State militants": two joined subjects who fight a third, named by a noun of no
          // state, fight side by side, not each other.)
          if (trigger.type === 'war' && trigger.frame === 'agent' && CO_BELLIGERENTS.test(text.slice(span.end, span.end + 60)) && !mentions.some((x) => x.start >= span.end && x.start - span.end < 6)) {
            const sides = mentions.filter((x) => !x.place && x.start >= clause.start && x.end <= span.start);
            const a = sides.filter((x) => x.actor === pair.from);
            const b = sides.filter((x) => x.actor === pair.to);
            if (a.some((x) => b.some((y) => /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/iu.test(x.end <= y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start))))) continue;
          }
          if (trigger.frame === 'agent' && trigger.type === 'tension' && !/^(?:trad|exchang|clash|fought|fight|swapp)/i.test(m[0]) && !/(?<![\p{L}])(?:each\s+other|one\s+another)/iu.test(text.slice(clause.start, clause.end))) {
            const a = mentions.filter((x) => x.actor === pair.from && x.end <= span.start && x.start >= clause.start);
            const b = mentions.filter((x) => x.actor === pair.to && x.end <= span.start && x.start >= clause.start);
            const joinedAB = a.some((x) => b.some((y) => /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/iu.test(x.end <= y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start))));
            if (joinedAB && !mentions.some((x) => (x.actor === pair.from || x.actor === pair.to) && x.start >= span.end)) continue;
          }
          // "Ghana and Togo signed deals to normalise ties with Benin": a deal's partner after "with" makes it each subject's with the partner, not the subjects' with each other.
          if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame === 'mutual') {
            const a = mentions.find((x) => x.actor === pair.from && x.start >= clause.start && x.end <= span.start && !x.place);
            const b = mentions.find((x) => x.actor === pair.to && x.start >= clause.start && x.end <= span.start && !x.place);
            const joinedAB = a && b && JOINED.test(a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
            // (Only a "with" that belongs to the deal: right after it, or after "to normalise ties"; not "exercises near the border with Belarus", nor "with Qatari help".)
            if (joinedAB && mentions.some((x) => x.start >= span.end && x.end <= clause.end && !x.place && x.actor !== pair.from && x.actor !== pair.to
              && /^\s+(?:to\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:ties|relations)\s+)?with\s+(?:the\s+)?$/u.test(text.slice(span.end, x.start)) && !/^\s+(?:help|support|assistance|mediation|backing|approval|blessing|participation|funding)\b/u.test(text.slice(x.end, x.end + 16)))) continue;
          }
          // "discussed the crisis between Mali and Ivory Coast": two sides a quarrel's noun names after the verb are the quarrel's, not the verb's.
          if (RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame !== 'mediation' && (pair.type === undefined || RELATION_TYPES[pair.type].family === 'cooperation')
            && [pair.from, pair.to].every((a) => mentions.some((x) => x.actor === a && x.start >= span.end && x.end <= clause.end && QUARREL_BETWEEN.test(text.slice(span.end, x.start))))) continue;
          // "a partnership amid tensions with the US": a state named in what the act is amid is no party to it.
          if (RELATION_TYPES[trigger.type].family === 'cooperation' && (pair.type === undefined || RELATION_TYPES[pair.type].family === 'cooperation')
            && mentions.some((x) => (x.actor === pair.from || x.actor === pair.to) && x.start >= span.end && !mentions.some((y) => y !== x && (y.actor === x.actor) && y.start >= span.end && y.end <= clause.end && !AMID_WITH.test(text.slice(span.end, y.start))) && AMID_WITH.test(text.slice(span.end, x.start)))) continue;
          // ("crossed into Bangladesh, U.N. agencies say, after insurgent attacks": who reports an attack did not make it.)
          if (trigger.type === 'war' && mentions.some((x) => x.actor === pair.from && x.end <= span.start && x.start >= sentence.start) && mentions.filter((x) => x.actor === pair.from && x.end <= span.start && x.start >= sentence.start).every((x) => /,\s*(?:the\s+)?$/u.test(before(text, x.start, 8)) && /^\s*(?:[\p{L}.-]+\s+){0,2}?(?:say|says|said|reported|reports|claim|claims|claimed)\s*,/u.test(text.slice(x.end, x.end + 40)))) continue;
          // ("called for a surge in humanitarian aid to Gaza": a place aid should reach is no one pressed.)
          if (trigger.type === 'diplomatic_pressure' && mentions.some((x) => x.actor === pair.to && x.start >= span.end && /(?<![\p{L}])(?:aid|assistance|access|supplies|relief|help)\s+(?:to|for|into)\s+(?:the\s+)?$/iu.test(before(text, x.start, 24))) && !mentions.some((x) => x.actor === pair.to && x.start >= span.end && !/(?<![\p{L}])(?:aid|assistance|access|supplies|relief|help)\s+(?:to|for|into)\s+(?:the\s+)?$/iu.test(before(text, x.start, 24)))) continue;
          // "any sanctions would depend on the EU": what a measure depends on is no target of it.
          if (trigger.type === 'sanction' && mentions.some((x) => x.actor === pair.to && x.start > span.end && /(?<![\p{L}])(?:depends?|depending|depended|rel(?:y|ies|ied|ying)|hinges?|hinged|hinging)\s+(?:on|upon)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu.test(before(text, x.start, 60)))) continue;
          // "after the Russian invasion, at tense talks in Turkey": a place that belongs to another event noun is not where an attack landed.
          if (trigger.type === 'war' && mentions.some((x) => x.place && x.actor === pair.to && x.start > span.end && !mentions.some((y) => y.actor === pair.to && !y.place && y.start > span.end) && /(?<![\p{L}])(?:talks|meetings?|summits?|negotiations|conference|ceremony|visit)(?![\p{L}])/iu.test(text.slice(span.end, x.start)))) continue;
          // "lodging a complaint with the UN Security Council": a body a complaint is lodged with is its forum, not its target.
          if (/(?:complaints?|protests?|cases?|lawsuits?)$/i.test(m[0]) && mentions.some((x) => organisation(x) && (x.actor === pair.from || x.actor === pair.to) && x.start >= span.end && /^\s+(?:with|to|at|before)\s+(?:the\s+)?$/iu.test(text.slice(span.end, x.start)))) continue;
          // "Eritrean troops fought alongside Ethiopian forces": one fights with whom it fights alongside, not against it.
          // ("sanctioned five officials, in coordination with the US": a partner in the act is no target of it.)
          if (RELATION_TYPES[trigger.type].family === 'conflict' && mentions.some((x) => (x.actor === pair.from || x.actor === pair.to) && x.start >= span.end && /(?<![\p{L}])(?:alongside|together\s+with|side\s+by\s+side\s+with|in\s+support\s+of|on\s+the\s+side\s+of|in\s+(?:close\s+)?(?:coordination|concert|cooperation|tandem|partnership|lockstep)\s+with|jointly\s+with)\s+(?:the\s+)?$/iu.test(before(text, x.start, 40)))) continue;
          // "China and Russia abstained over concerns about the use of force": a one-sided act by a coordinated subject is no fight between its members.
          if (trigger.type === 'war' && /^(?:(?:the\s+)?use\s+of\s+(?:military\s+)?force|force|strikes?|attacks?|bombing|invasion)$/i.test(m[0]) && !/(?<![\p{L}])(?:exchang|trad|swapp|launched\s+(?:\S+\s+)?tit-for-tat)\p{L}*\s+(?:\S+\s+){0,2}$/iu.test(text.slice(clause.start, span.start))) {
            const a = mentions.filter((x) => x.actor === pair.from && x.end <= span.start && x.start >= clause.start);
            const b = mentions.filter((x) => x.actor === pair.to && x.end <= span.start && x.start >= clause.start);
            if (a.some((x) => b.some((y) => /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/iu.test(x.end <= y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start))))) continue;
          }
          // "Japan joined the United States in condemning the test": the one joined is a fellow in the act, not its target.
          if (mentions.some((x) => (x.actor === pair.from || x.actor === pair.to) && x.end <= span.start && /(?<![\p{L}])join(?:s|ed|ing)?\s+(?:the\s+)?$/iu.test(before(text, x.start, 16)) && /^\s+in\s+(?:\S+\s+){0,2}$/i.test(text.slice(x.end, span.start)))) continue;
          // One leaves an organisation; "left Kabul" or "pulled out of Syria" is a movement, not a break.
          // ("withdrew from the treaty with the United States": a pact's other side is left too.)
          if (trigger.rule === 'tension.withdraw' && !/^(?:separation|split)/i.test(m[0]) && !mentions.some((x) => x.actor === pair.to && (organisation(x) || (x.start > span.end && /(?<![\p{L}])(?:treaty|agreement|pact|deal|accord|talks|dialogue)\s+with\s+(?:the\s+)?$/iu.test(before(text, x.start, 40)))))) continue;
          findings.push({
            type: pair.type ?? trigger.type, from: pair.from, to: pair.to, directed: pair.directed,
            certainty: certaintyOf(text, trigger, span, clause, publishedYear),
            rule: pair.rule ?? trigger.rule, cameo: pair.cameo ?? trigger.cameo, plover: ploverFor(pair.type ?? trigger.type, trigger.plover),
            confidence: Math.round(trigger.confidence * pair.weight * 100) / 100,
            trigger: span, sentence,
          });
        }
      }
    }
  }
  for (const f of spokeIn(text, sentence, mentions, publishedYear)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from && x.to === f.to)) findings.push(f);
  for (const f of attended(text, sentence, mentions, discourse, publishedYear)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from)) findings.push(f);
  for (const f of gatheredBefore(text, sentence, mentions, publishedYear)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from && x.to === f.to)) findings.push(f);
  for (const f of atCityEvent(text, sentence, mentions, publishedYear)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from)) findings.push(f);
  for (const f of onTrip(text, sentence, mentions, findings)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from)) findings.push(f);
  for (const f of unnamedBody(text, sentence, mentions, discourse)) if (!findings.some((x) => x.type === 'alliance' && [x.from, x.to].includes(f.from) && [x.from, x.to].includes(f.to))) findings.push(f);
  for (const f of visitingPerson(text, sentence, mentions, discourse)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from)) findings.push(f);
  for (const f of unownedVisit(text, sentence, mentions, findings, discourse)) if (!findings.some((x) => x.type === 'visit' && x.to === f.to)) findings.push(f);
  for (const f of fromWhere(text, sentence, mentions, findings)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from && x.to === f.to)) findings.push(f);
  for (const f of fromDateline(text, sentence, mentions, findings, discourse)) if (!findings.some((x) => x.type === 'visit' && x.from === f.from)) findings.push(f);
  for (const f of deployed(text, sentence, mentions, publishedYear)) if (!findings.some((x) => RELATION_TYPES[x.type].family === 'cooperation' && [x.from, x.to].includes(f.from) && [x.from, x.to].includes(f.to))) findings.push(f);
  remember(text, mentions, findings, discourse, sentence);
  const venue = venueOf(text, sentence, mentions);
  if (venue) discourse.venue = { actor: venue, at: sentence.start };
  return findings;
}

const COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d+)`;
const COUNTED_OBJECT = new RegExp(String.raw`^\s+(?:each\s+)?${COUNT}\s`, 'iu');
const GAP_REMNANT = new RegExp(String.raw`^,\s+(?:and\s+)?((?:the\s+)?[^,;.]+?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[^,;.]+?)*)\s+${COUNT}(?:\s+each)?(?=\s*(?:[,;.]|$))`, 'iu');

/**
 * The subjects a gapped sentence adds to a verb it does not repeat: "Germany and France will each expel
 * four Russian diplomats, the Czech Republic and Lithuania three, and Latvia one". Each remnant after
 * the counted object is a list of names and a count, nothing else; its names do what the subject does,
 * to the same object.
 */
function gapped(text: string, sentence: Span, span: Span, mentions: readonly Mention[], found: readonly Pair[], trigger: Trigger): Pair[] {
  if (trigger.frame !== 'agent' || !found.length || !COUNTED_OBJECT.test(text.slice(span.end, span.end + 24))) return [];
  const objectEnd = text.slice(span.end, sentence.end).search(/,/);
  if (objectEnd < 0) return [];
  const out: Pair[] = [];
  let at = span.end + objectEnd;
  for (;;) {
    const m = GAP_REMNANT.exec(text.slice(at, sentence.end));
    if (!m) break;
    const start = at + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const named = mentions.filter((x) => x.start >= start && x.end <= end && !x.place);
    // Only names, joined by commas and "and": any other word makes it a clause of its own.
    let rest = text.slice(start, end);
    for (const x of [...named].reverse()) rest = rest.slice(0, x.start - start) + rest.slice(x.end - start);
    if (!named.length || !/^(?:\s|,|and|the)*$/iu.test(rest)) break;
    for (const x of named) for (const p of found) if (p.directed && !out.some((o) => o.from === x.actor && o.to === p.to)) out.push({ ...p, from: x.actor, weight: p.weight * 0.95 });
    at += m[0].length;
  }
  return out;
}

const GATHERING = String.raw`(?:summit|conference|meeting|talks|forum|gathering|ceremony|event|negotiations|session|congress|celebrations|commemorations|parade|inauguration|funeral)`;
// "a summit in the Kyrgyz resort town of Cholpon-Ata", "the conference in Berlin": an event and the place right after its "in" or "at".
// ("the session of the CSTO Collective Security Council opened in Yerevan": the body whose meeting it is may come between.)
const EVENT_IN = new RegExp(String.raw`(?<![\p{L}])${GATHERING}\s+(?:of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){1,6})?(?:\S+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?$`, 'iu');
// "the Berlin conference", "the Tianjin summit": a city or capital right before the event noun.
const PLACE_EVENT = new RegExp(String.raw`^\s+(?:\S+\s+)?${GATHERING}(?![\p{L}])`, 'iu');
const ATTENDS = /(?<![\p{L}])(?:attended|attending|attends|took\s+part|taking\s+part|takes\s+part|participated|participating|participates|(?:was|were)\s+(?:also\s+)?present|jetted\s+in|flew\s+in|(?:was|were)\s+(?:also\s+)?joined\s+by|among\s+those\s+(?:who\s+attended|present|attending|taking\s+part)|(?:also\s+)?in\s+attendance)(?![\p{L}])/iu;
const ATTENDED: Trigger = { rule: 'visit.attended-venue', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.65, pattern: /(?!)/gu };

const OFFICE_POSSESSIVE = /^\s+(?:(?:vice|deputy|acting|interim|new|former)\s+)?(?:president|prime\s+minister|premier|leader|king|queen|emir|crown\s+prince|foreign\s+minister|defen[cs]e\s+minister|chancellor|head\s+of\s+state)['’]s?\s+(?:(?:state|official|working|first|historic|rare|two-day|three-day|four-day|week-long|planned|recent|upcoming|surprise)\s+)?$/iu;
/** "during Mirziyoyev's state visit": a visit noun whose possessor, right before it, is its visitor, whatever the clause says before. */
function ownVisit(text: string, subject: Mention, span: Span): boolean {
  return subject.possessive && VISIT_NOUN.test(text.slice(span.start, span.end).replace(/^(?:state|official|working|first|historic|rare)\s+/i, '')) && /^['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(subject.end, span.start));
}

/** The places a journey goes on to after `last`, its verb left out: "…, and then to the Vatican and to Brussels and Italy". */
function laterLegs(text: string, sentence: Span, last: Mention, mentions: readonly Mention[]): Mention[] {
  const then = /^[^.;:!?()]{0,60}?(?:,\s*|\s+)(?:and\s+)?(?:then|later|afterwards|next|from\s+there)\s+(?:on\s+)?(?:to|heads?\s+to|travels?\s+to|goes\s+to)\s+(?:the\s+)?$/iu;
  const legs: Mention[] = [];
  let at = -1;
  for (const m of mentions) {
    if (m.start <= last.end || m.end > sentence.end || m.via === 'demonym' || m.via === 'person') continue;
    if (!legs.length) {
      if (!then.test(text.slice(last.end, m.start))) { if (m.start - last.end > 80) break; continue; }
    // ("to the Vatican and to Brussels and Italy": a place we do not know may stand in the list.)
    } else if (!/^\s*(?:,|and|,\s*and)?\s*(?:to\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*(?:,|and|,\s*and)\s*(?:to\s+)?(?:the\s+)?)?$/u.test(text.slice(at, m.start))) break;
    legs.push(m);
    at = m.end;
  }
  return legs;
}

/** The state where an event the sentence names takes place: "a summit in the Kyrgyz town of Cholpon-Ata", "the Berlin conference". */
function venueOf(text: string, sentence: Span, mentions: readonly Mention[]): string | undefined {
  for (const m of mentions) {
    if (!isState(m.actor) || !(m.place || m.via === 'city' || m.via === 'capital' || (m.via === 'demonym' && /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:town|city|capital|resort|port)\b/u.test(text.slice(m.end, m.end + 30))))) continue;
    if (EVENT_IN.test(text.slice(Math.max(sentence.start, m.start - 80), m.start))) return m.actor;
    if ((m.via === 'city' || m.via === 'capital') && PLACE_EVENT.test(text.slice(m.end, m.end + 30))) return m.actor;
  }
  return undefined;
}

/**
 * Those said to attend the event the text placed a little before: "The conference opened in Berlin on Sunday.
 * Among those who attended were Russian President Vladimir Putin, …", "Representatives from countries including
 * Russia and Iran jetted in". Only a sentence with no place of its own, and only people, or states listed as where
 * the attendees come from.
 */
function attended(text: string, sentence: Span, mentions: readonly Mention[], discourse: Discourse, publishedYear?: number): Finding[] {
  const venue = discourse.venue;
  if (!venue || sentence.start - venue.at > 1200) return [];
  const body = text.slice(sentence.start, sentence.end);
  const verb = ATTENDS.exec(body);
  if (!verb || mentions.some((m) => m.place && isState(m.actor)) || /(?<![\p{L}])(?:not|never|n['’]t|no)\s+(?:\S+\s+)?$/iu.test(body.slice(Math.max(0, verb.index - 16), verb.index))) return [];
  const at = { start: sentence.start + verb.index, end: sentence.start + verb.index + verb[0].length };
  const from = (m: Mention) => /(?<![\p{L}])(?:from|including|such\s+as)\s+(?:the\s+)?$/iu.test(before(text, m.start, 14));
  // ("Blinken pressed African leaders attending the summit": a participle after a noun that follows other words names that noun's people only.)
  const postmodifier = /^attending/i.test(verb[0]) && /\S\s+\p{Ll}{3,}(?<![su])s\s+$/u.test(body.slice(0, verb.index));
  const attendees: Mention[] = [];
  for (const m of mentions) {
    if (organisation(m) || m.actor === venue.actor || attendees.some((a) => a.actor === m.actor)) continue;
    if (postmodifier && (m.end > at.start || !/^\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(text.slice(m.end, at.start)))) continue;
    const listed = attendees.length > 0 && JOINED.test(text.slice(attendees.at(-1)!.end, m.start)) && from(attendees[0]);
    if (m.via === 'person' || !!m.person || from(m) || listed) attendees.push(m);
  }
  return attendees.map((m) => ({ type: 'visit' as const, from: m.actor, to: venue.actor, directed: true, certainty: certaintyOf(text, ATTENDED, at, sentence, publishedYear), rule: ATTENDED.rule, cameo: ATTENDED.cameo, plover: ATTENDED.plover, confidence: ATTENDED.confidence, trigger: at, sentence }));
}

const AT_CITY_EVENT: Trigger = { rule: 'visit.city-event', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.65, pattern: /(?!)/gu };
// "at a Paris summit", "on the sidelines of the Astana talks": a gathering named by its city, which the sentence's people attend.
const AT_BEFORE_CITY = /(?<![\p{L}])(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|addressed|address(?:es|ing)?|told)\s+(?:a|an|the|this\s+week['’]s|last\s+week['’]s|\p{L}+day['’]s)\s+(?:\S+\s+)?$/iu;
const CITY_EVENT_AFTER = /^(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:[Ss]ummit|[Cc]onference|meeting|talks|[Ff]orum|gathering|negotiations|[Dd]ialogue)(?![\p{L}])/u;
/**
 * "Sarkozy agreed at a Paris summit with US Secretary of State Hillary Clinton": people of other states at a gathering
 * the sentence names by its city, whose state takes part, were in that state. Only people (a state's name may be the
 * gathering's topic), and none the sentence says stayed away or spoke by phone.
 */
function atCityEvent(text: string, sentence: Span, mentions: readonly Mention[], publishedYear?: number): Finding[] {
  const city = mentions.find((m) => (m.via === 'city' || m.via === 'capital') && isState(m.actor) && AT_BEFORE_CITY.test(text.slice(Math.max(sentence.start, m.start - 50), m.start)) && CITY_EVENT_AFTER.test(text.slice(m.end, m.end + 40)));
  // (Only where the host takes part, named in the sentence: a state that is only the venue of others' meeting gets no edge.)
  if (!city || !mentions.some((m) => m.actor === city.actor && !m.place && m.via !== 'city' && m.via !== 'capital')) return [];
  const body = text.slice(sentence.start, sentence.end);
  if (/(?<![\p{L}])(?:by\s+(?:tele)?phone|video\s*(?:link|call|conference)|virtual(?:ly)?|remotely|online|(?:did|does|will|would)\s+not\s+attend|skipp?(?:ed|ing|s)?|boycott\p{L}*|absent|absence|cancel\p{L}*|postpon\p{L}*)(?![\p{L}])/iu.test(body)) return [];
  const at = { start: city.start, end: city.end };
  // (The sentence's subject and those with it, met or joined: "Macron, speaking at a Paris summit, criticised Putin" puts no Putin there.)
  const own = mentions.filter((m) => !m.place);
  const subject = own.length ? [own[0], ...own.slice(1).filter((_, i) => own.slice(0, i + 2).every((x, j) => j === 0 || JOINED.test(text.slice(own[j - 1].end, x.start).replace(PERSON_TAIL, ''))))] : [];
  // ("agreed at a Paris summit with European leaders, US Secretary of State Hillary Clinton, …": a list after "with" too.)
  const present = (m: Mention) => subject.includes(m) || /(?<![\p{L}])(?:with|joined|alongside|met|meeting|meets|hosted|hosting|greeted|received)\s+(?:(?:the|his|her|their)\s+)?(?:[\p{L}.'’-]+,?\s+){0,8}$/iu.test(before(text, m.start, 80));
  const people = distinct(mentions.filter((m) => (m.via === 'person' || !!m.person) && !m.place && !organisation(m) && m.actor !== city.actor && isState(m.actor) && present(m)));
  return people.map((m) => ({
    type: 'visit' as const, from: m.actor, to: city.actor, directed: true, certainty: certaintyOf(text, AT_CITY_EVENT, at, sentence, publishedYear),
    rule: AT_CITY_EVENT.rule, cameo: AT_CITY_EVENT.cameo, plover: AT_CITY_EVENT.plover, confidence: AT_CITY_EVENT.confidence, trigger: at, sentence,
  }));
}

/**
 * "PANAMA CITY (AP) — Secretary of State Marco Rubio held talks with Panamanian President José Raúl Mulino", "ADDIS ABABA
 * (Reuters) - The leaders of Sudan and South Sudan signed deals": in the sentence a dateline opens, people of other states
 * who meet, talk, sign or press face to face are where the report was filed. Not by phone, not a resident envoy, and
 * not where the sentence places the event itself.
 */
function fromDateline(text: string, sentence: Span, mentions: readonly Mention[], findings: readonly Finding[], discourse: Discourse): Finding[] {
  const line = discourse.dateline;
  if (!line || line.start < sentence.start || line.start >= sentence.end) return [];
  if (mentions.some((m) => m.place && isState(m.actor)) || /(?<![\p{L}])(?:(?:tele)?phone|video|virtual(?:ly)?|online|letter|statement)(?![\p{L}])/iu.test(text.slice(sentence.start, sentence.end))) return [];
  const met = findings.filter((f) => (RELATION_TYPES[f.type].family === 'cooperation' || f.type === 'diplomatic_pressure') && f.type !== 'visit' && f.certainty === 'stated');
  // (Named as people, or as leaders or ministers of their state: "The leaders of Sudan and South Sudan".)
  const inPerson = (actor: string) => mentions.some((m) => m.actor === actor && m.start >= line.end && (((m.via === 'person' || !!m.person) && !/ambassador|envoy to|charg/i.test(m.person?.role ?? ''))
    || /(?<![\p{L}])(?:leaders?|presidents?|prime\s+ministers?|premiers?|(?:foreign|defen[cs]e)\s+ministers?|heads\s+of\s+(?:state|government)|delegations?)\s+of\s+(?:the\s+)?(?:\S+\s+(?:and\s+)?){0,3}$/iu.test(before(text, m.start, 60))));
  // (Only those who deal with the dateline's own state: a state that is only the venue of others' talks gets no edge.)
  const visitors = [...new Set(met.filter((f) => f.from === line.actor || f.to === line.actor).flatMap((f) => [f.from, f.to]))].filter((a) => a !== line.actor && isState(a) && inPerson(a));
  const at = { start: line.start, end: line.end };
  return visitors.map((actor) => ({ type: 'visit' as const, from: actor, to: line.actor, directed: true, certainty: 'stated' as const, rule: DATELINE_VISIT.rule, cameo: DATELINE_VISIT.cameo, plover: DATELINE_VISIT.plover, confidence: DATELINE_VISIT.confidence, trigger: at, sentence }));
}
const ON_TRIP: Trigger = { rule: 'visit.on-trip', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.6, pattern: /(?!)/gu };
// "on his first foreign trip as the top U.S. diplomat", "during her Asian tour": a journey the sentence names without where it goes.
const TRIP_UNPLACED = /(?<![\p{L}])(?:on|during|in\s+the\s+course\s+of)\s+(?:his|her|their)\s+(?:(?:first|second|third|latest|maiden|debut|two-day|three-day|four-day|week-long|whirlwind|regional|foreign|overseas|international|official|diplomatic|\p{Lu}\p{Ll}+)\s+){0,3}(?:trip|tour|visit|journey|swing)(?![\p{L}])(?!\s+(?:to|of|in|through|around|across)\s)/u;
/**
 * "Rubio, on his first foreign trip as the top U.S. diplomat, held talks with Mulino": one on a trip that goes
 * unplaced, who meets a state's leader face to face, is in that state. The traveller is the sentence's subject.
 */
function onTrip(text: string, sentence: Span, mentions: readonly Mention[], findings: readonly Finding[]): Finding[] {
  const trip = TRIP_UNPLACED.exec(text.slice(sentence.start, sentence.end));
  if (!trip || mentions.some((m) => m.place && isState(m.actor)) || /(?<![\p{L}])(?:(?:tele)?phone|video|virtual(?:ly)?|online)(?![\p{L}])/iu.test(text.slice(sentence.start, sentence.end))) return [];
  // (Before the trip's phrase, or after it when the phrase opens the sentence: "On her Asian tour, Harris met …".)
  const opens = /^\W*$/.test(text.slice(sentence.start, sentence.start + trip.index));
  const traveller = mentions.find((m) => !m.place && (opens || m.start < sentence.start + trip.index));
  if (!traveller || !(traveller.via === 'person' || traveller.person) || organisation(traveller)) return [];
  const met = findings.filter((f) => (f.rule === 'cooperation.talk' || f.rule === 'cooperation.meet' || f.rule === 'cooperation.agreement') && (f.from === traveller.actor || f.to === traveller.actor));
  // (A deal signed with a state on the trip was signed there: "signed an arms agreement with Saudi Arabia on his first foreign trip".)
  const signed = (f: Finding) => /^sign/i.test(text.slice(f.trigger.start, f.trigger.end)) && /^\s+(?:\S+\s+){0,6}?with\s+(?:the\s+)?$/iu.test(text.slice(f.trigger.end, mentions.find((m) => m.actor === (f.from === traveller.actor ? f.to : f.from) && m.start >= f.trigger.end)?.start ?? f.trigger.end));
  const hosts = [...new Set(met.map((f) => (f.from === traveller.actor ? f.to : f.from)))].filter((a) => isState(a) && (mentions.some((m) => m.actor === a && (m.via === 'person' || !!m.person)) || met.some((f) => (f.from === a || f.to === a) && signed(f))));
  const at = { start: sentence.start + trip.index, end: sentence.start + trip.index + trip[0].length };
  return hosts.length === 1 ? [{ type: 'visit' as const, from: traveller.actor, to: hosts[0], directed: true, certainty: 'stated' as const, rule: ON_TRIP.rule, cameo: ON_TRIP.cameo, plover: ON_TRIP.plover, confidence: ON_TRIP.confidence, trigger: at, sentence }] : [];
}
const VISITING: Trigger = { rule: 'visit.visiting', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.65, pattern: /(?!)/gu };
/**
 * "Visiting German Foreign Minister Annalena Baerbock warned in Bamako …": one the sentence calls visiting is in the
 * state of the place it names, or of its dateline when it names none.
 */
function visitingPerson(text: string, sentence: Span, mentions: readonly Mention[], discourse: Discourse): Finding[] {
  const guest = mentions.find((m) => !m.place && isState(m.actor) && (m.via === 'person' || m.via === 'demonym' || !!m.person)
    && /(?<![\p{L}])[Vv]isiting\s+(?:(?:the|top|senior|chief)\s+)?$/u.test(before(text, m.start, 24)));
  if (!guest) return [];
  const host = mentions.find((m) => m.actor !== guest.actor && isState(m.actor) && (m.place || m.via === 'city' || m.via === 'capital'))?.actor
    ?? (discourse.dateline && discourse.dateline.actor !== guest.actor && sentence.start - discourse.dateline.end < 600 ? discourse.dateline.actor : undefined);
  if (!host) return [];
  const at = { start: guest.start, end: guest.end };
  return [{ type: 'visit', from: guest.actor, to: host, directed: true, certainty: 'stated', rule: VISITING.rule, cameo: VISITING.cameo, plover: VISITING.plover, confidence: VISITING.confidence, trigger: at, sentence }];
}
const UNNAMED_BODY: Trigger = { rule: 'alliance.full-members', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.7, pattern: /(?!)/gu };
// "will become full members", "became a full member on Tuesday", "decided to make Argentina, Ethiopia and Egypt full members":
// membership whose body goes unnamed.
const FULL_MEMBERS = /(?<![\p{L}])(?:(become|became|becomes|becoming)|make|made|makes|making)\s+(?:[^.;:]{0,160}?\s)?(?:(?:a|an|the)\s+(?:\p{Ll}+\s+)?)?(?:full|permanent|new|official|fully-fledged)(?:,?\s+(?:full|permanent|voting))?\s+members?(?!\s+(?:of|in)\b)(?![\p{L}])/u;
/**
 * "From next year, Saudi Arabia, Egypt and Iran will become full members": states that become members of a body the
 * sentence does not name join the one named in it or, failing that, the last the text named.
 */
function unnamedBody(text: string, sentence: Span, mentions: readonly Mention[], discourse: Discourse): Finding[] {
  const line = text.slice(sentence.start, sentence.end);
  const m = FULL_MEMBERS.exec(line);
  if (!m) return [];
  const at = sentence.start + m.index;
  const end = at + m[0].length;
  const body = mentions.find((x) => !isState(x.actor))?.actor ?? discourse.organisation;
  if (!body) return [];
  // "A, B and C will become full members": the states before the verb; "make A, B and C full members": those inside.
  const states = distinct(mentions.filter((x) => isState(x.actor) && !x.place && (m[1] ? x.end <= at && !/[;:]/.test(text.slice(x.end, at)) : x.start > at && x.end < end)));
  if (!states.length) return [];
  const planned = /(?<![\p{L}])(?:will|would|to|from\s+next|next\s+year|as\s+of)\s/iu.test(text.slice(sentence.start, end));
  return states.map((x) => ({ type: 'alliance' as const, from: x.actor, to: body, directed: false, certainty: planned ? 'planned' as const : 'stated' as const, rule: UNNAMED_BODY.rule, cameo: UNNAMED_BODY.cameo, plover: UNNAMED_BODY.plover, confidence: UNNAMED_BODY.confidence, trigger: { start: at, end }, sentence }));
}
const UNOWNED_VISIT: Trigger = { rule: 'visit.the-visit', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.6, pattern: /(?!)/gu };
// "The state visit in Brasilia", "the two-day trip to Hanoi": a visit named with "the" and its place, and no one's.
const THE_VISIT = /(?<![\p{L}])[Tt]he\s+(?:(?:state|official|working|first|two-day|three-day|four-day|week-long|historic|landmark|high-profile|rare)\s+){0,2}(?:visit|trip)\s+(?:to|in)\s+(?:the\s+)?$/u;
/**
 * "Xi and Lula upgraded ties. The state visit in Brasilia capped …": a visit the text names with "the", to a state one
 * end of the last relation told belongs to, is the other end's (or the one named after "by" in the sentence).
 */
function unownedVisit(text: string, sentence: Span, mentions: readonly Mention[], findings: readonly Finding[], discourse: Discourse): Finding[] {
  const host = mentions.find((m) => isState(m.actor) && THE_VISIT.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)));
  if (!host || findings.some((f) => f.type === 'visit')) return [];
  const visitNoun = THE_VISIT.exec(text.slice(Math.max(sentence.start, host.start - 60), host.start))!;
  const nounAt = Math.max(sentence.start, host.start - 60) + visitNoun.index;
  // (Someone else's named in the sentence before the noun makes it theirs: "Kenya said the visit to …" is read elsewhere.)
  if (mentions.some((m) => m.end <= nounAt && !m.place && m.actor !== host.actor)) return [];
  const by = mentions.find((m) => m.start > host.end && m.actor !== host.actor && /(?<![\p{L}])by\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(before(text, m.start, 40)) && (m.via === 'person' || !!m.person));
  const pair = discourse.related ?? discourse.pair;
  const visitor = by?.actor ?? (pair && pair.includes(host.actor) ? pair.find((a) => a !== host.actor) : undefined);
  if (!visitor || !isState(visitor)) return [];
  const at = { start: nounAt, end: host.end };
  return [{ type: 'visit', from: visitor, to: host.actor, directed: true, certainty: 'stated', rule: UNOWNED_VISIT.rule, cameo: UNOWNED_VISIT.cameo, plover: UNOWNED_VISIT.plover, confidence: UNOWNED_VISIT.confidence, trigger: at, sentence }];
}
const FROM_WHERE: Trigger = { rule: 'visit.from-where', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.6, pattern: /(?!)/gu };
// "…, where he will attend an investment summit": what one does in a place one travels from says one is there.
const WHERE_THERE = /^\s*,\s+where\s+(?:he|she|they)\s+(?:(?:will|would|had|has|have|was|were|is|are)\s+(?:been\s+)?)?(?:attend(?:s|ed|ing)?|met|meets|meeting|held|holds|holding|took\s+part|takes\s+part|taking\s+part|address(?:ed|es|ing)?|visit(?:s|ed|ing)?|stay(?:s|ed|ing)?|spent|spends|spending|signed|signs|signing)(?![\p{L}])/iu;
/**
 * "Modi was going to travel to Turkey from Saudi Arabia, where he will attend a summit": one whose journey the
 * sentence tells is in the state they travel from, when the text says what they do there.
 */
function fromWhere(text: string, sentence: Span, mentions: readonly Mention[], findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const place of mentions) {
    if (!isState(place.actor) || !/(?<![\p{L}])from\s+(?:the\s+)?$/iu.test(before(text, place.start, 10))) continue;
    const what = WHERE_THERE.exec(text.slice(place.end, sentence.end));
    if (!what) continue;
    // The traveller: one whose visit this sentence already tells.
    const trip = findings.find((f) => f.type === 'visit' && f.from !== place.actor && f.to !== place.actor && f.trigger.end <= place.start);
    if (!trip) continue;
    const planned = /(?<![\p{L}])(?:will|would)\s/iu.test(what[0]) || trip.certainty === 'planned';
    const at = { start: place.end, end: place.end + what[0].length };
    out.push({ type: 'visit', from: trip.from, to: place.actor, directed: true, certainty: planned ? 'planned' : trip.certainty, rule: FROM_WHERE.rule, cameo: FROM_WHERE.cameo, plover: FROM_WHERE.plover, confidence: FROM_WHERE.confidence, trigger: at, sentence });
  }
  return out;
}
const DATELINE_VISIT: Trigger = { rule: 'visit.dateline', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.6, pattern: /(?!)/gu };

const GATHERED: Trigger = { rule: 'visit.gathered-before', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.65, pattern: /(?!)/gu };
// "After talks in Washington,", "During a summit in Jakarta on Monday,": a gathering in a place, set before the sentence's subject.
const GATHERED_BEFORE = new RegExp(String.raw`^\s*(?:After|Following|During|Before|Ahead\s+of|At|On\s+the\s+sidelines\s+of|At\s+the\s+(?:end|close|start|opening)\s+of)\s+(?:(?:the|a|an|their|its|his|her|two|three|four|several|lengthy|long|marathon|closed-door|high-level|bilateral|trilateral|weekend|(?:two|three|four|several)-day|days\s+of|hours\s+of|weeks\s+of)\s+){0,3}${GATHERING}\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?$`, 'iu');

/**
 * Those who gathered, in a preposed phrase: "After talks in Washington, Egypt and Sudan agreed …" (the
 * sentence's subject took part in the talks, in the United States). Each state of the subject that is not
 * where the gathering is visits it; the subject is the list right after the phrase's comma, with a verb after it.
 */
function gatheredBefore(text: string, sentence: Span, mentions: readonly Mention[], publishedYear?: number): Finding[] {
  const place = mentions.find((m) => isState(m.actor) && (m.place || m.via === 'city' || m.via === 'capital') && GATHERED_BEFORE.test(text.slice(sentence.start, m.start)));
  if (!place) return [];
  // The phrase ends at its comma ("… in Washington on Monday,"), with no verb of its own before it.
  const comma = /^(?:\s+(?:on|last|this|late|early)\s+(?:\S+\s+){0,2}?\S+?|\s+\d{1,2}\s+\p{Lu}\p{Ll}+)?\s*,\s+/u.exec(text.slice(place.end, sentence.end));
  if (!comma) return [];
  const after = place.end + comma[0].length;
  // The subject: names and titles from the comma on ("the foreign ministers of Egypt and Sudan", "Egyptian President X and …").
  const first = mentions.find((m) => m.start >= after && /^(?:(?:the|[\p{Lu}][\p{L}.'’-]*|foreign|defen[cs]e|prime|ministers?|presidents?|leaders?|heads?|envoys?|delegations?|officials|of|and)\s+){0,6}$/u.test(text.slice(after, m.start)));
  if (!first || organisation(first)) return [];
  const subject = [first];
  for (const m of mentions.slice(mentions.indexOf(first) + 1)) {
    if (!JOINED.test(text.slice(subject.at(-1)!.end, m.start).replace(PERSON_TAIL, ''))) break;
    subject.push(m);
  }
  const last = subject.at(-1);
  if (!last) return [];
  // A verb after the subject ("agreed", "said"), perhaps after a title or a name ("… of Japan, Yoko Kamikawa, said").
  if (!/^(?:['’]s\s+(?:[\p{L}-]+\s+){0,3}?|\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}|,\s+[^,;]{1,60},\s+)?\s*(?:also\s+|jointly\s+|both\s+)?\p{Ll}{3,}(?:ed|ing|s)?\b/u.test(text.slice(last.end, sentence.end))
    || /^\s*(?:of|in|at|on|for|and|to|from|with)\b/u.test(text.slice(last.end, sentence.end))) return [];
  const at = { start: place.start, end: place.end };
  return distinct(subject).filter((m) => m.actor !== place.actor && !organisation(m) && !m.place).map((m) => ({
    type: 'visit' as const, from: m.actor, to: place.actor, directed: true, certainty: certaintyOf(text, GATHERED, at, sentence, publishedYear),
    rule: GATHERED.rule, cameo: GATHERED.cameo, plover: GATHERED.plover, confidence: GATHERED.confidence, trigger: at, sentence,
  }));
}

const DEPLOYED: Trigger = { rule: 'cooperation.deployed', type: 'cooperation', frame: 'agent', cameo: '062', plover: 'COOPERATE', confidence: 0.7, pattern: /(?!)/gu };
// Soldiers, police and trainers one state sends to another.
const FORCES = String.raw`(?:troops|soldiers|forces|police(?:\s+officers)?|policemen|personnel|peacekeepers|contingents?|instructors|trainers|battalions?|marines|special\s+forces)`;
const FORCES_NOUN = new RegExp(String.raw`(?<![\p{L}])${FORCES}(?![\p{L}])`, 'iu');
const FORCES_MOVE = new RegExp(String.raw`(?<![\p{L}])(?:(?:deploy|dispatch|contribut|provid|pledg|commit|station|offer)\p{L}*|sen(?:t|ds?|ding)|arriv\p{L}*|land(?:ed|s)?|(?:is|are|was|were|be|been)\s+in)(?![\p{L}])`, 'iu');
// Why they go: a purpose of help, or a mission they are part of. ("to fight insurgents", "as part of a regional force", "peacekeeping".)
const FORCES_PURPOSE = /(?<![\p{L}])(?:to\s+(?:help\s+(?:to\s+)?)?(?:fight|quell|combat|counter|battle|tackle|help|assist|support|secure|stabili[sz]e|restore|protect|train|bolster|lead|reinforce|shore\s+up)|help(?:ing)?\s+(?:to\s+)?(?:fight|quell|combat|counter|battle|tackle|secure|stabili[sz]e|restore)|as\s+part\s+of\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:force|mission|operation|deployment|contingent)|peace-?keep\p{L}*|(?:regional|multinational|joint|international|standby|security|stabili[sz]ation)\s+(?:force|mission))(?![\p{L}])/iu;
// An act of war, or a force sent against the state it enters, is no help to it.
const FORCES_HOSTILE = /(?<![\p{L}])(?:invad\p{L}*|invasion|occup\p{L}*|annex\p{L}*|incursion|attack\p{L}*|offensive|war|withdraw\p{L}*|pull(?:ed|ing)?\s+out|expel\p{L}*|leav\p{L}*|left|refused|rejected)(?![\p{L}])/iu;

/**
 * Soldiers or police one state sends into another to help it: "Rwanda deployed 1,000 troops to Mozambique to fight
 * insurgents", "SADC forces have arrived in Mozambique as part of a regional force", "Kenyan police arrived in Haiti to
 * lead a multinational mission". Military cooperation between the sender and the state they serve in, only where the
 * sentence says why they are there (a purpose of help, a mission); an invasion or a withdrawal is none.
 */
function deployed(text: string, sentence: Span, mentions: readonly Mention[], publishedYear?: number): Finding[] {
  const body = text.slice(sentence.start, sentence.end);
  const forces = FORCES_NOUN.exec(body);
  // (Police, peacekeepers and trainers go to help whether or not the sentence says so: "Kenya will send 1,000 police officers to Haiti".)
  if (!forces || (!FORCES_PURPOSE.test(body) && !/^(?:police|policemen|peacekeepers|instructors|trainers)/i.test(forces[0])) || FORCES_HOSTILE.test(body) || NEGATION.test(body)) return [];
  const at = sentence.start + forces.index;
  const move = FORCES_MOVE.exec(body);
  if (!move || Math.abs(move.index - forces.index) > 80) return [];
  // Where they go: a state after "to", "in" or "into", past the soldiers' noun and the verb.
  const from = Math.max(at + forces[0].length, sentence.start + move.index);
  const host = mentions.find((m) => m.start >= from && !organisation(m) && /(?<![\p{L}])(?:to|in|into|inside)\s+(?:the\s+)?(?:(?!(?:help|support|fight|assist|aid|defend|protect|train|counter|battle|back|reinforce)\s)[\p{Ll}-]+\s+){0,2}$/iu.test(before(text, m.start, 40)) && !/[,;]/.test(text.slice(from, m.start)));
  if (!host) return [];
  // Who sends them: the name that owns them ("Rwandan troops", "SADC ground and naval forces", "troops from Nigeria"), else the clause's subject.
  const owner = mentions.find((m) => m.end <= at && m.actor !== host.actor && /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(m.end, at)))
    ?? mentions.find((m) => m.start >= at && m.actor !== host.actor && /^\s+from\s+(?:the\s+)?$/iu.test(text.slice(at + forces[0].length, m.start)))
    ?? mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.start + move.index && !m.place && m.actor !== host.actor && !/[,;]/.test(text.slice(m.end, sentence.start + move.index))).at(-1);
  if (!owner || owner.place) return [];
  const span = { start: at, end: at + forces[0].length };
  return [{ type: 'cooperation', from: owner.actor, to: host.actor, directed: false, certainty: certaintyOf(text, DEPLOYED, span, sentence, publishedYear), rule: DEPLOYED.rule, cameo: DEPLOYED.cameo, plover: DEPLOYED.plover, confidence: DEPLOYED.confidence, trigger: span, sentence }];
}

const SPOKE_IN: Trigger = { rule: 'visit.spoke-in', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.7, pattern: /(?!)/gu };
// A verb of speaking right after a person, an aside between allowed: "Mr Mandela said", "Rutte, speaking for the Dutch, told".
const SPEAKS = /^(?:['’]s)?\s*(?:,\s*[^,;:"“”]{1,80},\s*)?(?:also\s+|later\s+)?(?:said|says|told|tells|announced|announces|declared|declares|spoke|speaks)(?![\p{L}])/u;
// Organisations' seats: a leader who speaks there attends the body, not the state around it.
const FORUM_CITIES = /^(?:Brussels|Geneva|New York|Strasbourg|Vienna|The Hague|Addis Ababa|Luxembourg)$/u;

/**
 * A leader named as speaking in another state's capital or city is there: "Mr Mandela said in Tripoli", "Rutte told
 * journalists at the summit in Paris", "With Gadafy by his side in Tripoli, Mandela said", "at a joint news conference
 * with Sarkozy in Tbilisi". Only people stand for a state here: "Russia said in Geneva" tells no journey.
 */
function spokeIn(text: string, sentence: Span, mentions: readonly Mention[], publishedYear?: number): Finding[] {
  const out: Finding[] = [];
  const places = mentions.filter((m) => (m.via === 'capital' || m.via === 'city') && !FORUM_CITIES.test(text.slice(m.start, m.end)));
  if (!places.length) return out;
  const visit = (person: Mention, place: Mention, at: Span) => {
    if (person.actor === place.actor || organisation(person)) return;
    // ("told reporters at the League's headquarters in Cairo": a body's seat is the body's, not its host state's.)
    if (/(?<![\p{L}])(?:headquarters|HQ|secretariat)\s+in\s+(?:the\s+)?$/iu.test(before(text, place.start, 30))) return;
    out.push({ type: 'visit', from: person.actor, to: place.actor, directed: true, certainty: certaintyOf(text, SPOKE_IN, at, sentence, publishedYear), rule: SPOKE_IN.rule, cameo: SPOKE_IN.cameo, plover: SPOKE_IN.plover, confidence: 0.7, trigger: at, sentence });
  };
  for (const person of mentions.filter((m) => m.person && !m.place)) {
    // ("E.U. President Donald Tusk told …": a body's office-holder speaks for the body, which visits no one.)
    if (mentions.some((b) => organisation(b) && b.end <= person.start && BODY_TITLE_GAP.test(text.slice(b.end, person.start)))) continue;
    const speaks = SPEAKS.exec(text.slice(person.end, sentence.end));
    if (speaks) {
      const verbEnd = person.end + speaks[0].length;
      const verb = { start: verbEnd - /\p{L}+$/u.exec(speaks[0])![0].length, end: verbEnd };
      // After the verb: "said in Tripoli", "told reporters at the summit in Paris" (not what was said: "said that talks in Paris").
      const after = places.find((q) => q.start > verbEnd && /^(?:\s+(?:[\p{L}'’-]+))\s*$|^(?:\s+[\p{L}'’-]+){0,6}?\s+in\s+(?:the\s+(?:[\p{L}-]+\s+)?capital(?:\s+of)?\s+)?$/u.test(text.slice(verbEnd, q.start))
        && /(?<![\p{L}])in\s+(?:the\s+(?:[\p{L}-]+\s+)?capital(?:\s+of)?\s+)?$/u.test(text.slice(verbEnd, q.start)) && !/(?<![\p{L}])(?:that|talks|meeting|summit\s+held|negotiations|when|where|while|after|before)\s/iu.test(text.slice(verbEnd, q.start).replace(/at\s+the\s+summit/iu, '')));
      // Before the person, in a phrase that opens the sentence: "With Colonel Gadafy standing by his side … in Tripoli, Mr Mandela said".
      const opening = /^\s*(?:In|At|With|Speaking|Standing|During|From|Addressing|Flanked)\b/u.test(text.slice(sentence.start, sentence.end));
      const beforePlace = opening ? places.find((q) => q.end <= person.start && /(?<![\p{L}])in\s+(?:the\s+(?:[\p{L}-]+\s+)?capital(?:\s+of)?\s+)?$/u.test(before(text, q.start, 40))
        && /^[^,;:.]*,\s*(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|Minister|Chancellor|King|Colonel|General)\.?\s+)*$/u.test(text.slice(q.end, person.start))) : undefined;
      const place = after ?? beforePlace;
      if (place) visit(person, place, verb);
    }
  }
  // "at a joint news conference with Sarkozy in the Georgian capital of Tbilisi": the guest at a press conference abroad is there.
  for (const m of execAll(/(?<![\p{L}])(?:joint\s+)?(?:news|press)\s+conference\s+with\s+/giu, text.slice(sentence.start, sentence.end))) {
    const at = sentence.start + m.index! + m[0].length;
    const guest = mentions.find((x) => x.start === at || (x.start > at && x.start - at < 40 && /^(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|Minister|Chancellor|[\p{Lu}][\p{L}-]+)\.?\s+)*$/u.test(text.slice(at, x.start))));
    const place = guest && places.find((q) => q.start > guest.end && q.start - guest.end < 60 && /^(?:['’]s)?\s+in\s+(?:the\s+(?:[\p{L}-]+\s+)?capital(?:\s+of)?\s+)?$/u.test(text.slice(guest.end, q.start)));
    if (guest && guest.person && place) visit(guest, place, { start: sentence.start + m.index!, end: at - 1 });
  }
  return out;
}

/** A phrase that opens its sentence before the main clause: "During his visit to", "After her talks in". */
// ("On a visit to Hanoi, Australia's foreign minister praised Vietnam": a visit the phrase does not give to another, "by" someone, is the subject's.)
// A phrase that opens a sentence before its subject, up to a name inside it: "Preceding Shoukry's visit", "Ahead of the talks with".
const OPENING_PHRASE = /^\W*(?:Preceding|Following|After|Before|Ahead\s+of|During|Despite|Unlike|Like|Besides|Since|Upon|Prior\s+to|In\s+the\s+wake\s+of|On\s+the\s+eve\s+of)\s+[^,;:]*$/u;
const PREPOSED = /^\s*(?:During|On|After|Before|Ahead of|Following|At the (?:end|start|close) of|In the course of|Since|On the (?:eve|sidelines|margins) of|In the run-up to|Upon)\s+(?:his|her|their|its|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** The main clause's subject after a preposed phrase: the first actor after its comma, with only titles between. */
const VISITED_BEFORE = /(?<![\p{L}])(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:travel(?:s|led|ling|ed|ing)?|fl(?:y|ies|ew|ying)|go(?:es|ing)?|went|head(?:s|ed|ing)?)\s+to)\s+(?:both\s+)?(?:the\s+)?$/iu;
// ("talks with the leader of a breakaway region of northern Somalia": the state only says where the region lies.)
const REGION_OF = /(?<![\p{L}])(?:breakaway|separatist|secessionist|rebel-held|rebel|self-declared|self-proclaimed|autonomous|semi-autonomous)\s+(?:region|province|republic|state|territory|enclave|entity)\s+(?:in|of)\s+(?:(?:the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:the\s+)?$/iu;
const LOCATES = new WeakMap<Mention, boolean>();
/** A name that only says where something lies or what someone chairs (cached: asked for every trigger of a sentence). */
function onlyLocates(text: string, m: Mention): boolean {
  let v = LOCATES.get(m);
  if (v === undefined) {
    const b = before(text, m.start, 60);
    v = (organisation(m) && CHAIR_OF.test(b)) || REGION_OF.test(b);
    LOCATES.set(m, v);
  }
  return v;
}
const CHAIR_OF = /(?<![\p{L}])(?:in\s+(?:its|his|her|their)\s+capacity\s+as|as)\s+(?:the\s+)?(?:current\s+|rotating\s+|outgoing\s+|incoming\s+)?(?:chair|chairman|chairwoman|chairperson|president|head|host)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}$/iu;
const TRAILING_PARTICIPLE = /^\s*(?:and\s+|but\s+)?(?:instead\s+|also\s+|then\s+|thereby\s+|further\s+)?\p{Ll}{2,}ing\s/u;

/** The subject a sentence opens with, and the names coordinated with it ("Burkina Faso, Mali, and Niger, all under junta rule, have …"). */
function sentenceSubject(text: string, sentence: Span, mentions: readonly Mention[]): Mention[] {
  const first = mentions.find((m) => m.start >= sentence.start && !m.place);
  // ("President Lula spent …, warning": a title before a known person's name is part of the subject.)
  const gap = text.slice(sentence.start, first?.start ?? sentence.start).trim().split(/\s+/).filter(Boolean);
  if (!first || !(/^\s*(?:the\s+)?$/iu.test(text.slice(sentence.start, first.start)) || (first.via === 'person' && gap.length <= 3 && gap.every((w) => TITLE_GAP.test(w))))) return [];
  return distinct(listFrom(text, mentions.filter((m) => !m.place), first));
}

/**
 * The speaker of a quotation that opens the sentence and a tag that closes it, for a "we" inside:
 * "“We will send aid to Mali,” Putin said." The first name after the closing mark, if the tag
 * that follows is a verb of saying.
 */
function quotedWeSpeaker(text: string, sentence: Span, span: Span, mentions: readonly Mention[]): Mention | undefined {
  const opening = text.slice(sentence.start, span.start);
  if (!/^\s*["\u201c]/u.test(opening) || /["\u201d]/u.test(opening.trimStart().slice(1))) return undefined;
  if (!/(?<![\p{L}])(?:we|We)\s+(?:[\p{Ll}'\u2019-]+\s+){0,6}$/u.test(opening)) return undefined;
  const close = /[,!?]["\u201d]\s+/u.exec(text.slice(span.end, sentence.end));
  if (!close) return undefined;
  const tagStart = span.end + close.index + close[0].length;
  if (!/^(?:[^,;:"\u201c\u201d.]{0,60}?\s)?(?:said|says|added|stated|declared|told|insisted|stressed|noted|wrote|announced)\b/u.test(text.slice(tagStart, sentence.end))) return undefined;
  return mentions.find((m) => m.start >= tagStart && m.end <= sentence.end && !m.place);
}

/** Where a quotation that opens the sentence and its tag closes (its closing mark's offset), or -1. */
function openingQuoteEnd(text: string, sentence: Span): number {
  const open = /^\s*["“]/u.exec(text.slice(sentence.start, sentence.end));
  if (!open) return -1;
  // (Only an utterance closed before its tag, "“…,” he said": a title or a scare quote that opens the sentence goes on with it.)
  const close = /[,!?]["”]\s+(?:[^\s,;:.]+\s+){0,6}?(?:said|says|told|added|stated|declared|insisted|stressed|noted|wrote|asked|warned)\b/u.exec(text.slice(sentence.start + open[0].length, sentence.end));
  return close ? sentence.start + open[0].length + close.index + 1 : -1;
}

/** The names a sentence opens with, before `end`: "Japan and Korea", "The foreign ministers of Japan and South Korea". */
function openingSubject(text: string, sentence: Span, mentions: readonly Mention[], end: number): Mention[] {
  const first = mentions.find((m) => m.start >= sentence.start && m.end <= end && !m.place);
  if (!first || !/^\W*(?:the\s+)?(?:(?:foreign|defen[cs]e|prime|trade|finance|ministers?|presidents?|leaders?|heads?|envoys?|delegations?|officials|premiers?)\s+){0,3}(?:of\s+(?:the\s+)?)?$/iu.test(text.slice(sentence.start, first.start))) return [];
  return distinct(listFrom(text, mentions.filter((m) => !m.place && m.end <= end), first));
}

function mainSubjectAfter(text: string, span: Span, mentions: readonly Mention[], end: number, phraseEnd?: number): Mention | undefined {
  // ("After visiting Cape Verde, Senegal, and Nigeria, Brazil's minister …": the phrase's own end, when known, is its comma.)
  let comma = phraseEnd !== undefined && text[phraseEnd] === ',' ? phraseEnd : text.indexOf(',', span.end);
  // ("After returning from China, where he inked deals, Muizzu said": a relative clause on the phrase's last noun ends at its own comma.)
  if (comma >= 0 && /^,\s+(?:where|which|who|when)\s/iu.test(text.slice(comma, comma + 10))) {
    const next = text.indexOf(',', comma + 1);
    if (next > 0 && next < end && !/[.;:!?]/.test(text.slice(comma, next))) comma = next;
  }
  if (comma < 0 || comma > end || /[.;:!?]/.test(text.slice(span.end, comma))) return undefined;
  // "After talks with Brazilian President, Luiz Inácio Lula da Silva, they …": a name after a title and a comma is the title's, in apposition.
  if (/(?<![\p{L}])(?:President|Minister|Premier|Chancellor|counterpart|leader|King|Emir|Secretary|envoy|ambassador)\s*$/iu.test(text.slice(span.end, comma))) return undefined;
  const m = mentions.find((x) => x.start > comma && !x.place);
  if (!m) return undefined;
  const gap = text.slice(comma + 1, m.start).trim().split(/\s+/).filter(Boolean);
  return gap.length <= 4 && gap.every((w) => TITLE_GAP.test(w) || /^(?:the|\p{Lu}.*)$/u.test(w)) ? m : undefined;
}

/** The first two actors a sentence joins with "and" ("Iran and Saudi Arabia"), if it joins any. */
function ownPair(text: string, mentions: readonly Mention[]): [string, string] | undefined {
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1], mentions[i]];
    if (a.actor !== b.actor && !a.place && !b.place && /^\s*(?:and|&)\s*(?:the\s+)?$/i.test(text.slice(a.end, b.start))) return [a.actor, b.actor];
  }
  return undefined;
}

/** The two actors named most so far, when they stand clear of the third: what "the two countries" means with no pair named. */
function mostNamed(discourse: Discourse): [string, string] | undefined {
  const counts = [...(discourse.named ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  if (counts.length < 2 || counts[1][1] < 2 || (counts[2] && counts[2][1] * 2 > counts[1][1])) return undefined;
  return [counts[0][0], counts[1][0]];
}

/**
 * "The three countries", "all four nations": the last group of that size the text joined, else the states its last
 * sentence named, else every state the article has named so far, whichever has that many.
 */
function counted(discourse: Discourse, size: number): string[] | undefined {
  if (discourse.group?.length === size) return discourse.group;
  if (discourse.states?.length === size) return discourse.states;
  const states = [...(discourse.parties ?? [])].filter((a) => isState(a));
  return size > 2 && states.length === size ? states : undefined;
}

/** After a sentence: its last group of two or more actors joined by "and", and each kind's recipient. */
function remember(text: string, mentions: readonly Mention[], findings: readonly Finding[], discourse: Discourse, sentence: Span) {
  discourse.named ??= new Map();
  for (const m of mentions) discourse.named.set(m.actor, (discourse.named.get(m.actor) ?? 0) + 1);
  discourse.parties ??= new Set();
  const body = mentions.filter((m) => !isState(m.actor)).at(-1);
  if (body) discourse.organisation = body.actor;
  for (const m of mentions) if (!m.place) discourse.parties.add(m.actor);
  // Subject position: an actor among the sentence's first few words.
  const first = mentions.find((m) => !m.place);
  // ("He met with Lebanese President Michel Aoun": a sentence whose subject is "he" or "she" keeps the person it points back to.)
  const pronounSubject = /^\W*(?:He|She)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?\p{Ll}/u.test(text.slice(sentence.start, sentence.end)) && !!discourse.subject && !discourse.subject.group;
  // ("\"America does not control our lives,\" he added": a name inside a quotation that opens the sentence is the speaker's words, not the sentence's subject.)
  const quoted = first && /^\s*["“‘']/.test(text.slice(sentence.start, first.start)) && !/["”’]/.test(text.slice(sentence.start, first.start).trimStart().slice(1));
  if (first && !pronounSubject && !quoted && text.slice(sentence.start, first.start).split(/\s+/).filter(Boolean).length <= 4) {
    // "Ukrainian President Volodymyr Zelensky": a demonym before a person's name is that person, not a group.
    // "The Kenyan president", "the Turkish foreign minister": a demonym before one office is one person too.
    const person = first.via === 'demonym' && (!!first.person || /^\s+(?:(?:vice|deputy|acting|interim|new)\s+)?(?:president|prime minister|premier|foreign minister|defen[cs]e minister|chancellor|king|queen|emir|leader|head of state|crown prince)\b/i.test(text.slice(first.end, first.end + 30)));
    discourse.subject = { actor: first.actor, person: person || first.via === 'person' || !!first.person, group: (first.via === 'demonym' && !person) || /^(?:['’]s)?\s+(?:officials|leaders|diplomats|forces|troops|authorities|envoys|ministers)\b/i.test(text.slice(first.end, first.end + 20)) };
  }
  // ("…, Kenyan Foreign Minister Musalia Mudavadi said. He also announced …": the one named in a closing tag is who "he" points back to next.)
  const tag = SPEECH.test(text.slice(sentence.start, sentence.end)) ? CLOSING_TAG.exec(text.slice(sentence.start, sentence.end)) : null;
  const speaker = tag ? mentions.find((m) => m.start >= sentence.start + tag.index && (m.via === 'person' || !!m.person)) : undefined;
  if (speaker) discourse.subject = { actor: speaker.actor, group: false, person: true };
  for (let i = mentions.length - 1; i > 0; i--) {
    const group = coordinated(text, mentions.slice(0, i + 1), mentions[i]);
    // ("Brazil, Argentina, Chile and the US were involved": a list of more than two is no "two countries".)
    if (group.length > 2) {
      // ("The leaders of A, B, C and D met in A. Presidents of B, C and D arrived on Monday.": a part of the group named again leaves it whole.)
      if (group.every((g) => !g.place) && !group.every((g) => discourse.group?.includes(g.actor))) discourse.group = group.map((g) => g.actor);
      break;
    }
    // ("the negotiations led by Mozambique's Chissano, South Africa's Mbeki and Botswana's Mogae": go-betweens are not "the two countries".)
    if (group.length === 2 && group.some((g) => findings.some((f) => f.type === 'mediation' && f.from === g.actor))) break;
    if (group.length === 2) {
      discourse.pair = [group[0].actor, group[1].actor];
      break;
    }
  }
  const states = [...new Set(mentions.filter((m) => !m.place && isState(m.actor)).map((m) => m.actor))];
  if (states.length) discourse.states = states;
  const mutual = findings.find((f) => !f.directed);
  // (A membership joins no two sides a go-between could stand between: "Syria's membership of the league".)
  if (mutual) discourse.pair = [mutual.from, mutual.to];
  if (mutual && mutual.type !== 'alliance') discourse.joined = [mutual.from, mutual.to];
  // "The two countries" after "Canada expelled Indian diplomats": the last pair a relation joined.
  if (findings.length) discourse.related = [findings.at(-1)!.from, findings.at(-1)!.to];
  const act = findings.find((f) => f.directed && (f.type === 'war' || f.type === 'sanction' || f.type === 'visit' || f.rule === 'tension.envoy' || f.rule === 'tension.sever' || f.rule === 'tension.drills'));
  // ("North Korea conducted its fifth nuclear test … all condemned the blast": a test or a launch is an act of its own, with no second side.)
  // (The subject before the verb makes it; a state's or "its" test is the state's named last before it.)
  const made = TEST_ACT.exec(text.slice(sentence.start, sentence.end));
  const owned = made ? null : TEST_OWNED.exec(text.slice(sentence.start, sentence.end));
  const tester = made ? mentions.find((m) => !m.place && m.end <= sentence.start + made.index && !/[;:]/.test(text.slice(m.end, sentence.start + made.index)))
    : owned ? mentions.filter((m) => !m.place && m.end <= sentence.start + owned.index && isState(m.actor)).at(-1) : undefined;
  if (tester) (discourse.acts ??= []).push({ from: tester.actor, type: 'tension', rule: 'event.test' });
  for (const f of findings) if (f.directed && (f.type === 'war' || f.type === 'sanction' || f.type === 'visit' || f.rule === 'tension.envoy' || f.rule === 'tension.sever' || f.rule === 'tension.drills')) (discourse.acts ??= []).push({ from: f.from, type: f.type, rule: f.rule });
  // ("Russia lifted its ban on arms for Iran. Israel reacted with dismay to the news.": the mover is the act's agent, or the sentence's subject that the relation joins.)
  const opener = mentions.find((m) => !m.place);
  // (A reaction, a retaliation or a move only vowed is no move of its own: "vows of retaliation from Mexico".)
  const moves = findings.filter((f) => !REACTIONS.has(f.rule) && !f.rule.endsWith('.retaliate') && f.certainty === 'stated');
  const mover = moves.find((f) => f.directed && f.from !== f.to)?.from
    ?? (opener && text.slice(sentence.start, opener.start).split(/\s+/).filter(Boolean).length <= 4 && moves.some((f) => !f.directed && (f.from === opener.actor || f.to === opener.actor)) ? opener.actor : undefined);
  if (moves.length) discourse.moveOf = mover;
  if (act) {
    discourse.actOf = act.from;
    discourse.actsOf = [...new Set(findings.filter((f) => f.directed && f.type === act.type && f.to === act.to).map((f) => f.from))];
  }
  const lastPerson = [...mentions].reverse().find((m) => m.via === 'person' || !!m.person);
  // ("The Chilean president flew to Lima": an office named by a demonym in subject position is a person too.)
  if (discourse.subject?.person && mentions.some((m) => m.actor === discourse.subject!.actor)) discourse.person = discourse.subject.actor;
  if (lastPerson) discourse.person = lastPerson.actor;
  // ("talks that focused on the civil war in Syria": a place named as where a war or crisis is, is a topic; nothing happened there.)
  const lastPlace = [...mentions].reverse().find((m) => m.place && isState(m.actor) && !TOPIC_PLACE.test(before(text, m.start, 40)));
  // "Floods hit eastern Libya", "an earthquake struck Turkey": the state a disaster strikes is where help goes.
  const struck = lastPlace ? undefined : DISASTER.test(text.slice(sentence.start, sentence.end)) ? [...mentions].reverse().find((m) => m.via !== 'demonym' && m.via !== 'person' && isState(m.actor)) : undefined;
  if (lastPlace ?? struck) discourse.place = (lastPlace ?? struck)!.actor;
  for (const f of findings) if (f.type === 'arms_support' || f.type === 'aid' || f.type === 'sanction') discourse.recipients.set(f.type, f.to);
}

/** The trigger's PLOVER type where the relation's type covers it, else the type's own (a signing that tells a journey: CONSULT). */
function ploverFor(type: RelationType, plover: Trigger['plover']): Trigger['plover'] {
  return (RELATION_TYPES[type].ploverCovers as readonly string[]).includes(plover) ? plover : RELATION_TYPES[type].plover;
}

interface Pair {
  from: string;
  to: string;
  directed: boolean;
  weight: number;
  /** A frame may find a relation of another type beside its own: a host of talks mediates. */
  type?: RelationType;
  rule?: string;
  cameo?: string;
}

interface Context {
  text: string;
  trigger: Trigger;
  span: Span;
  clause: Clause;
  sentence: Span;
  mentions: readonly Mention[];
  discourse: Discourse;
  plural?: [string, string];
}

/**
 * "Biden began three-way talks with Kishida and Marcos": talks of three, told from one side, join the other two as well. Pure.
 */
function trilateral(text: string, clause: Span, span: Span, trigger: Trigger, found: Pair[]): Pair[] {
  if (trigger.frame !== 'mutual' || RELATION_TYPES[trigger.type].family !== 'cooperation') return found;
  if (!/(?<![\p{L}])(?:three-way|trilateral|three-nation|three-country|three-party|tripartite)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(clause.start, span.start - 30), span.start))
    && !/(?<![\p{L}])(?:three-way|trilateral|three-nation|three-country|three-party|tripartite)\s/iu.test(text.slice(span.start, span.end))) return found;
  const ends = [...new Set(found.flatMap((p) => [p.from, p.to]))];
  if (ends.length !== 3 || found.length !== 2) return found;
  const hub = ends.find((a) => found.every((p) => p.from === a || p.to === a));
  const others = ends.filter((a) => a !== hub);
  return hub ? [...found, { from: others[0], to: others[1], directed: false, weight: found[0].weight }] : found;
}

function pairs({ text, trigger, span, clause, sentence, mentions, discourse, plural }: Context): Pair[] {
  // "Bulgaria's veto on opening EU accession talks with North Macedonia": the state whose entry is held up, past the body's name.
  // ("lifted its veto on British entry": a veto dropped holds no one up.)
  if (trigger.rule === 'tension.block' && /^veto/i.test(text.slice(span.start, span.end))) {
    if (/(?<![\p{L}])(?:lift|lifts|lifted|lifting|drop|drops|dropped|dropping|withdr[ae]w|withdrawn|withdrawing|remov(?:e|es|ed|ing)|end(?:s|ed|ing)?|waiv(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) return [];
    const owner = mentions.filter((m) => m.start >= clause.start && m.end <= span.start && !m.place).at(-1);
    const held = mentions.find((m) => m.start >= span.end && m.end <= clause.end && !m.place && isState(m.actor) && m.actor !== owner?.actor);
    return owner && held ? [{ from: owner.actor, to: held.actor, directed: true, weight: 0.85 }] : [];
  }
  // "vetoed a US-drafted resolution": the text's author is the name right after the verb, possessive or compound.
  if (trigger.rule === 'tension.vote-against') {
    // ("vetoed a UN resolution sponsored by the United States": the author after "by".)
    const author = mentions.find((m) => m.start >= span.end && /^\s+(?:the\s+|a\s+|an\s+)?$/.test(text.slice(span.end, m.start)) && !organisation(m))
      ?? mentions.find((m) => m.start >= span.end && m.start - span.end < 80 && /^\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+)?(?:[\p{Ll}-]+\s+)?(?:resolution|draft|proposal|motion|text)\s+(?:drafted|sponsored|proposed|put\s+forward|tabled|backed|submitted|written)\s+by\s+(?:the\s+)?$/u.test(text.slice(span.end, m.start)))
      ?? mentions.find((m) => m.start >= span.end && /^\s+(?:the\s+|a\s+|an\s+)?$/.test(text.slice(span.end, m.start)));
    const voter = mentions.filter((m) => m.start >= clause.start && m.end <= span.start && !m.place).at(-1);
    // ("China and Russia vetoed …": each of a coordinated subject.)
    const voters = voter ? coordinated(text, mentions.filter((m) => m.start >= clause.start && m.end <= span.start && !m.place), voter) : [];
    return author && voter ? voters.filter((v) => v.actor !== author.actor).map((v) => ({ from: v.actor, to: author.actor, directed: true, weight: 0.85 })) : [];
  }
  // "Pakistan received a loan from Saudi Arabia", "Kenya received a delegation from Somalia": the giver or visitor after "from", the receiver the subject.
  if (trigger.rule === 'aid.receive' || trigger.rule === 'visit.receive-from' || trigger.rule === 'cooperation.receive' || trigger.rule === 'sanction.receive' || trigger.rule === 'pressure.receive' || trigger.rule === 'tension.accused-by') {
    // ("aid from traditional ally Russia", "from its neighbour Kenya": a description of the giver may stand before its name.)
    const giver = mentions.find((m) => m.start >= span.end && !m.place && /^\s*(?:the\s+|its\s+|their\s+)?(?:(?:traditional|old|long-?time|close|key|main|biggest|largest|powerful|wealthy|northern|southern|eastern|western|giant)\s+)?(?:(?:ally|allies|partner|neighbou?r|backer|patron|friend)\s+)?$/iu.test(text.slice(span.end, m.start)));
    const receiver = mentions.filter((m) => m.start >= clause.start && m.end <= span.start && !m.place).at(-1);
    // ("won the support of Ghana and Benin": each of the givers.)
    return giver && receiver && giver.actor !== receiver.actor ? listFrom(text, mentions.filter((m) => !m.place), giver).filter((g) => g.actor !== receiver.actor).map((g) => ({ from: g.actor, to: receiver.actor, directed: RELATION_TYPES[trigger.type].directed, weight: 0.85 })) : [];
  }
  // "Australia will build submarines with US and UK assistance": the help's givers, named in it, help the clause's subject.
  if (trigger.rule === 'aid.with-help') {
    // ("a deal brokered with Qatari help": help in brokering is mediation, read as such elsewhere.)
    if (/(?<![\p{L}])(?:brokered|mediated|negotiated|reached|struck|secured|arranged)\s+$/iu.test(text.slice(Math.max(clause.start, span.start - 16), span.start))) return [];
    const givers = mentions.filter((m) => m.start >= span.start && m.end <= span.end && !m.place);
    // (The subject may stand before an aside between dashes, in a clause of its own: "the Australian navy will acquire … – although … – vessels with US help".)
    const subjectOf = (from: number) => mentions.find((m) => m.start >= from && m.end <= span.start && !m.place && !m.possessive && !givers.includes(m));
    const helped = subjectOf(clause.start) ?? subjectOf(sentence.start);
    return helped ? distinct(givers).filter((g) => g.actor !== helped.actor).map((g) => ({ from: g.actor, to: helped.actor, directed: true, weight: 0.85 })) : [];
  }
  // "a Kenya-led security mission to Haiti": the state before "-led" leads it, the state after "to" receives it.
  if (trigger.rule === 'cooperation.mission') {
    const leader = mentions.find((m) => m.start >= span.start && m.end < span.end && text[m.end] === '-');
    const to = mentions.find((m) => m.start >= span.end && /^\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)));
    return leader && to && leader.actor !== to.actor ? [{ from: leader.actor, to: to.actor, directed: true, weight: 0.8 }] : [];
  }
  // "14,000 South Koreans visited Cuba": people counted travel for themselves, not for their state.
  // "… will sign an accord in Manila, Philippine President Rodrigo Duterte said.": who reports an act after it is no party to it.
  // ("Xi will visit next week, the Kremlin said.": a tag may name the only other side there is; it is set aside only when another name stands between.)
  const tag = CLOSING_TAG.exec(text.slice(span.end, sentence.end));
  // ("…, German and UN leaders said.": a tag that names two or more reports for them all, and is no side either.)
  const tagStart = tag && (mentions.some((m) => m.start >= span.end && m.end <= span.end + tag.index) || new Set(mentions.filter((m) => m.start >= span.end + tag.index).map((m) => m.actor)).size >= 2) ? span.end + tag.index : sentence.end;
  // ("arranged by Malaysia in its capacity as chair of the ASEAN bloc": a body that someone chairs names a role, and is no party.)
  // ("“Russia will hear this,” he said during a visit to New Zealand": what a quotation that opens the sentence names makes no journey its tag tells.)
  const quoteEnd = openingQuoteEnd(text, sentence);
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && m.start < tagStart && !onlyLocates(text, m) && !(trigger.type === 'visit' && quoteEnd < span.start && m.end <= quoteEnd)
    && !(trigger.type === 'visit' && m.via === 'demonym' && /s$/.test(text.slice(m.start, m.end)) && COUNTED_BEFORE.test(before(text, m.start, 40))));
  // "a ceasefire between India and Pakistan, and a threatened cutoff": the sides of a noun's "between" are not the clause's subject.
  const sides = new Set(inClause.filter((m) => /(?<![\p{L}])between\s+(?:the\s+)?$/iu.test(before(text, m.start, 14))).flatMap((m) => listFrom(text, inClause, m)));
  const before0 = inClause.filter((m) => m.end <= span.start && !(sides.has(m) && /,/.test(text.slice(m.end, span.start))));
  // "Taiwan and Kiribati cut ties after the tiny nation decided to switch …": a subordinate clause with a subject of its own takes no subject from the main clause.
  const subordinator = execAll(SUBORDINATOR, text.slice(clause.start, span.start)).at(-1);
  const ownStart = subordinator ? clause.start + subordinator.index! + subordinator[0].length : -1;
  // "Cook Islands caught New Zealand off guard when it signed …": "it" opening a subordinate clause is the main clause's subject, not its object.
  const mainSubject = before0[0] && !before0[0].place && /^\s*(?:(?:the|The)\s+)?$/u.test(text.slice(clause.start, before0[0].start)) ? before0[0] : undefined;
  const itClause = /(?<![\p{L}])(?:when|after|because|as|since|before|once|while|until)\s+it\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(text.slice(clause.start, span.start));
  const itOwn = itClause && mainSubject && mainSubject.end <= clause.start + itClause.index && !before0.some((m) => m.start >= clause.start + itClause.index);
  const leading = itOwn ? [mainSubject] : subordinator && !/[,;]/.test(text.slice(ownStart, span.start)) && before0.some((m) => m.start >= ownStart && !m.place) ? before0.filter((m) => m.start >= ownStart) : before0;
  const lead = text.slice(clause.start, span.start);
  // What a speaker says is the speaker's: "X said that …" lends its subject to a clause without one, as
  // does the head of a relative clause ("The US, which is …, accused"); a noun ("the war in …") borrows none.
  const noun = /(?<![\p{L}])(?:the|a|an|this|that|its|their|his|her)\s+(?:\S+\s+){0,2}$/iu.test(lead) && !/(?<![\p{L}])(?:signed|made|launched|reached|struck|imposed|gave|took|paid|(?:acted|acts|acting|served|serves|serving)\s+as)\s/iu.test(lead);
  const lend = !leading.length && !noun && (SPEECH.test(text.slice(sentence.start, clause.start)) || clause.relative);
  // "After meeting Erdogan, Putin flew on": an opening participle phrase has the main clause's subject.
  const preposedSubject = !leading.length && clause.preposed ? mainSubjectAfter(text, span, mentions, sentence.end, clause.end) : undefined;
  // "Mali and Niger formed a bloc, and instead seeking ties with Russia": a participle clause after the main one has its subject.
  const trailing = !leading.length && !preposedSubject && !lend && clause.start > sentence.start && TRAILING_PARTICIPLE.test(`${text.slice(clause.start, span.end)} `) ? sentenceSubject(text, sentence, mentions) : [];
  // ("The ministers of Japan and Korea said, after a meeting in Seoul, that …": a meeting in an aside after the subject is the subject's.)
  const asideAfter = !leading.length && !preposedSubject && clause.start > sentence.start && (trigger.rule === 'visit.talks-in' || /^cooperation\.(?:meet|talk)$/.test(trigger.rule))
    && /,\s*(?:after|following|during)\s+$/iu.test(text.slice(Math.max(sentence.start, clause.start - 14), clause.start)) && /^(?:an?|the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(clause.start, span.start))
    ? openingSubject(text, sentence, mentions, clause.start) : [];
  // ("“We will send aid to Mali,” Putin said": "we" in a quotation is its speaker's side.)
  const weSpeaker = !leading.length && !preposedSubject && !asideAfter.length && !lend ? quotedWeSpeaker(text, sentence, span, mentions) : undefined;
  const found = leading.length ? leading : preposedSubject ? [preposedSubject] : asideAfter.length ? asideAfter : lend ? mentions.filter((m) => m.end <= (clause.head ?? clause.start)) : weSpeaker ? [weSpeaker] : trailing;
  // "Clinton criticised India before announcing that he had decided to impose …": "he" or "she" after the last
  // name is a person, never a state: the verb's subject is the last person named before, not the state between.
  const last = found.at(-1);
  const personPronoun = last && last.via !== 'person' && /(?<![\p{L}])(?:that|and|but|after|before|because|when|as|while|since|until|if)\s+(?:he|she)\s+(?:[\p{Ll}-]+\s+){0,6}$/u.test(text.slice(last.end, span.start));
  const speaker = personPronoun ? [...mentions].reverse().find((m) => m.via === 'person' && m.end <= last!.start && m.start >= sentence.start) : undefined;
  // "… was announced by Wang Yi after his visit to Bangladesh": "his" or "her" before a noun trigger is the last person named.
  const pronounOwner = !speaker && /(?<![\p{L}])(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(clause.start, span.start))
    ? [...mentions].reverse().find((m) => m.via === 'person' && m.end <= span.start && m.start >= sentence.start) : undefined;
  const subjects = speaker ? [speaker] : pronounOwner ? [pronounOwner] : found;
  // A mention inside the trigger's own words ("pressing Caracas to") is its object.
  // "continued NATO bombing would make it impossible for the UN …": a noun that is the subject of a verb after it has no object there.
  const nounSubject = (EVENT_NOUN.test(text.slice(span.start, span.end)) || NOUN_TRIGGER.test(text.slice(span.start, span.end)) || /(?<![\p{L}])(?:action|operations?|intervention|campaign)$/iu.test(text.slice(span.start, span.end))) && /^\s+(?:would|will|could|can|may|might|should|must)\s/i.test(text.slice(span.end, span.end + 10));
  // ("the coalition that also includes the UAE, Kuwait and Qatar": names a relative clause lists are the noun's members, not the verb's objects.)
  // ("Colombia recalled the country's ambassador to Venezuela": a description inside the trigger that points back to a name before it is that actor's own.)
  // ("negotiations led by former Mozambican President Chissano": who leads others' talks is no party to them.)
  // ("support for international terrorism, particularly in Mali": what one backs is no place.)
  // ("targeted sanctions on its leaders for aiding Somali insurgents": a name in the reason is no target.)
  // ("filed lawsuits at the WTO against Poland": the body a case is filed at, inside the trigger's words, is the venue, not the object.)
  // ("have agreed to the deal, per Biden": "per" names a source, not a party.)
  // ("condemned US ally Israel", "tensions with U.S. ally South Korea": a name that modifies "ally" is not the object; the name after it is.)
  // ("files WTO complaints against Poland": the body a complaint goes to is its venue; "receives gas via Moldova": a route is no party.)
  const objects = nounSubject ? [] : inClause.filter((m) => m.start > span.start && !/(?<![\p{L}])(?:per|via)\s+$/u.test(before(text, m.start, 6))
    // ("opposed any forced displacement of Palestinians", "condemned the killing of Iranian scientists": those an act is done to
    // are not the ones blamed for it.)
    && !(trigger.type === 'tension' && m.start > span.end && /(?<![\p{L}])(?:displacement|expulsion|deportations?|killings?|murders?|deaths?|persecution|mistreatment|treatment|starvation|suffering|plight|abduction|kidnapping|massacre|forced\s+transfer|transfer)\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before(text, m.start, 50)))
    // ("calling on the warring Afghan sides to reach a deal": a demonym before a state's own factions names no target of pressure.)
    && !(RELATION_TYPES[trigger.type].family === 'conflict' && m.via === 'demonym' && /^\s+(?:sides|parties|factions|belligerents|rivals|foes)\b/u.test(text.slice(m.end, m.end + 14)))
    // ("agreed to suspend plans to annex occupied Palestinian territories": a demonym before land names the land, not a partner.)
    && !(RELATION_TYPES[trigger.type].family === 'cooperation' && m.via === 'demonym' && /^\s+(?:territor(?:y|ies)|lands?|soil|waters|airspace|islands?|coast(?:line)?|villages?|towns?|settlements?)\b/u.test(text.slice(m.end, m.end + 16)))
    // ("has invested in projects in the Maldives, and is wary of China's presence": a name past a second verb of the same subject is that verb's.)
    && !(/^\p{Ll}/u.test(text.slice(span.start, span.end)) && VP_AND.test(text.slice(span.end, m.start)))
    && !(organisation(m) && /^\s+(?:complaints?|cases?|lawsuits?|challenges?|disputes?|panels?|rulings?)\b/u.test(text.slice(m.end, m.end + 14)))
    // ("declared its full support for US-led air raids on Syria": the target of an act one backs is no partner.)
    && !(RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.type !== 'mediation' && m.start > span.end && /(?<![\p{L}])(?:raids?|strikes?|air\s?strikes?|attacks?|bombings?|bombardment|offensive|invasion|incursion|sanctions)\s+(?:on|against|in|into)\s+(?:the\s+)?$/iu.test(before(text, m.start, 40)))
    && !(trigger.type !== 'alliance' && inClause.some((x) => x.start > m.end && ALLY_OF_NEXT.test(text.slice(m.end, x.start))))
    // ("provided arms to a paramilitary group in Sudan": help to a group in a state goes to the group, not the state.)
    && !(RELATION_TYPES[trigger.type].family === 'cooperation' && /(?<![\p{L}])(?:group|groups|militias?|rebels|paramilitar(?:y|ies)|fighters|factions?|insurgents|militants|gangs?)\s+(?:based\s+|operating\s+|fighting\s+)?in\s+(?:the\s+)?$/iu.test(before(text, m.start, 40)))
    // ("veto on opening EU accession talks with North Macedonia": a body that names the kind of talks is no party when a state follows.)
    && !(trigger.type !== 'alliance' && organisation(m) && /^\s+(?:accession|membership|entry)\b/iu.test(text.slice(m.end, m.end + 12)) && inClause.some((x) => x.start > m.end && !organisation(x) && !x.place)) && !(m.end <= span.end && /against$/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:at|with|before|to)\s+(?:the\s+)?$/iu.test(before(text, m.start, 10))) && !(m.end <= span.end && text[m.start - 1] === '(' && /against$/i.test(text.slice(span.start, span.end))) && !(trigger.type === 'sanction' && m.start > span.end && /(?<![\p{L}])(?:for|over)\s+(?:allegedly\s+)?\p{Ll}+ing\s+(?:\S+\s+){0,3}$/u.test(text.slice(span.end, m.start))) && !(trigger.rule === 'cooperation.support' && m.place) && !(trigger.type === 'cooperation' && m.start >= span.end && /(?<![\p{L}])(?:led|chaired|mediated|brokered|facilitated|convened|steered|sponsored)\s+by\s/iu.test(text.slice(span.end, m.start))) && !(m.via === 'description' && m.end <= span.end && inClause.some((x) => x.end <= span.start && x.actor === m.actor && !x.place)) && !/(?<![\p{L}])(?:that|which)\s+(?:also\s+)?(?:includes?|included|including|comprises?|comprised|groups|grouped|brings\s+together|consists\s+of)\s/iu.test(text.slice(span.end, m.start)));
  // A name inside a prepositional phrase ("a rift with Qatar", "pressure on Iran") is no subject.
  // "… with China, which brokered the deal": a relative clause's head is its subject, whatever governs the head.
  const relativeHead = !leading.length && clause.relative ? subjects.at(-1) : undefined;
  const oblique = obliques(text, subjects);
  // "in return for Cuba agreeing to …": the gerund's own subject, and no one before it, does the V-ing.
  const gerundSubject = /^\p{L}+ing\b/iu.test(text.slice(span.start, span.end)) ? subjects.find((m) => !m.place && /(?<![\p{L}])(?:with|for)\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)) && /^\s+$/.test(text.slice(m.end, span.start))) : undefined;
  // ("Egypt and Qatar, where Hamas's leaders live, are mediating": a main clause resumed after a relative one has its whole coordinated subject.)
  const agents = relativeHead && !relativeHead.place ? (clause.head !== undefined ? coordinated(text, subjects, relativeHead) : [relativeHead]) : gerundSubject && /(?<![\p{L}])for\s+(?:the\s+)?$/iu.test(before(text, gerundSubject.start, 12)) ? [gerundSubject] : subjects.filter((m) => !m.place && !inParenthesis(text, m, subjects, sentence.end) && !oblique.has(m)
    // "Sweden's membership had arrived": a possessor of a thing is no subject; "Russia's foreign minister" is.
    && !(m.possessive && THING_HEAD.test(text.slice(m.end, m.end + 40)) && !/^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, span.start)))
    // "the Russian mercenary company", "the Bashar Assad era": a name that modifies a noun of no state is no subject.
    && !(m.via === 'demonym' && PRIVATE_HEAD.test(text.slice(m.end, m.end + 48))) && !NAME_AS_MODIFIER.test(text.slice(m.end, m.end + 24))
    // "the Russian-affiliated Wagner Group", "Iranian-backed militias": a group tied to a state is not the state.
    // ("the African Union-appointed mediator": whoever appoints is not the one appointed.)
    && !TIED_TO.test(text.slice(m.end, m.end + 16)))
    // "with the United States hitting Moscow with sanctions": a name right before a gerund is its subject, whatever governs it.
    .concat(gerundSubject ? [gerundSubject] : []);
  // "X thanked Y and called on Z": a verb after "and" shares the clause's first subject.
  // "During his visit to the Netherlands": with no person named before it in the sentence, "his" is the last sentence's subject.
  // "During his visit to the Netherlands, Zelensky signed …": a possessive in a phrase set before the main clause is its subject's.
  // ("during the Uzbek president's state visit": an office a demonym names, in the possessive, owns the visit.)
  const officeOwner = trigger.type === 'visit' ? mentions.find((m) => m.end <= span.start && m.via === 'demonym' && OFFICE_POSSESSIVE.test(text.slice(m.end, span.start))) : undefined;
  const possessor = officeOwner ? officeOwner : HIS.test(lead) ? [...mentions].reverse().find((m) => m.end <= span.start && (m.via === 'person' || !!m.person))
    // ("Pelosi landed in Taipei. China's foreign ministry described her visit as a provocation": "her" is the person named last, not the state.)
    ?? (trigger.type === 'visit' && !mentions.some((m) => m.via === 'person' || !!m.person) && mentions.some((m) => m.end <= span.start && !m.place && m.possessive) ? lastPerson(discourse, mentions.filter((m) => m.end <= span.start && m.possessive).map((m) => m.actor), span.start) : undefined)
    ?? (PREPOSED.test(text.slice(sentence.start, span.start)) && !/^\s*(?:\S+\s+){0,3}?by\s/i.test(text.slice(span.end, Math.min(clause.end, span.end + 40))) ? mainSubjectAfter(text, span, mentions, sentence.end) : undefined)
    ?? (discourse.subject && !discourse.subject.group && !mentions.some((m) => m.end <= span.start && !m.place) ? { start: span.start, end: span.start, actor: discourse.subject.actor, via: 'person' as const, place: false, possessive: false } : undefined)
    // ("On a visit to Hanoi, Australia's foreign minister praised Vietnam": a visit set before the main clause, "by" no one, is its subject's.)
    : trigger.type === 'visit' && PREPOSED.test(text.slice(sentence.start, span.start)) && !/^\s*(?:\S+\s+){0,3}?by\s/i.test(text.slice(span.end, Math.min(clause.end, span.end + 40))) ? mainSubjectAfter(text, span, mentions, sentence.end) : undefined;
  // "amid the war in Ukraine", "worried by the attack on Israel": an event noun with its own determiner takes its
  // agent only inside its phrase ("by X", "X's"), or through a light verb ("launched an invasion of").
  const eventNoun = (trigger.type === 'war' && EVENT_NOUN.test(text.slice(span.start, span.end))) || (trigger.type === 'visit' && VISIT_NOUN.test(text.slice(span.start, span.end)));
  // "for strikes against Ukraine", "over the visit": an event noun a preposition governs is a phrase of its own too.
  // ("said during a visit to Chile", "returned home after a visit to Chile": a visit the main clause's subject is on, or back from, is that subject's.)
  const duringVisit = trigger.type === 'visit' && /(?<![\p{L}])(?:during|on|while on|in the course of|after|following|at the end of|at the close of)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead) && !/^\s*(?:\S+\s+){0,3}?by\s/i.test(text.slice(span.end, Math.min(clause.end, span.end + 40)));
  // ("raised demining during his talks with Modi": talks "with" another, held during the main clause, are its subject's.)
  const duringTalks = /^(?:talks|meetings?|negotiations|discussions|conversations?|consultations)\s+with$/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:during|in|at|after|following)\s+(?:(?:his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(lead) && !/(?<![\p{L}])(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(lead);
  const bareEvent = eventNoun && (DETERMINED.test(lead) || GOVERNED.test(lead)) && !LIGHT_VERB.test(lead) && !duringVisit && !duringTalks;
  // "over Iran's supply of drones": a possessor right before a noun trigger is its agent, whatever governs it.
  // "Iranian strikes on Iraq", "the US embargo": a name right before a noun trigger is its agent too.
  const nounTrigger = NOUN_TRIGGER.test(text.slice(span.start, span.end));
  const owner = !nounTrigger ? undefined
    : mentions.find((m) => m.end <= span.start && m.possessive && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, span.start)))
      ?? mentions.find((m) => m.end <= span.start && !m.possessive && !m.place && /^\s+(?:(?:new|fresh|latest|recent|deadly|massive|heavy|major|repeated|military|air|missile|drone|economic|financial|government|administration)\s+)?$/u.test(text.slice(m.end, span.start)));
  // "amid tensions with China", "including pressure on Taiwan": a noun a preposition governs takes no clause subject.
  // "published a map amid a diplomatic row with India": a quarrel the clause's subject is in, named after "amid" with its other side.
  const amidQuarrel = /^(?:tensions?|disputes?|rows?|rift|feud|spat|stand-?off)\b/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:amid|amidst|in\s+the\s+midst\s+of|because\s+of|due\s+to|owing\s+to)\s+(?:(?:a|an|the|its|their|growing|deepening|escalating|mounting|rising|heightened|renewed|ongoing|diplomatic|bitter|simmering|border|political|territorial|maritime|long-?standing|[\p{L}]+-(?:old|long|running))\s+){0,3}["“]?$/iu.test(lead) && /^["”]?\s+with\s/i.test(text.slice(span.end, span.end + 7));
  // ("flew to Cairo for talks with X": talks one travels for are the traveller's.)
  // ("reached an agreement during talks in Munich": talks in a place during or after which the subject acts are the subject's own.)
  const ownTalksIn = trigger.rule === 'visit.talks-in' && /(?<![\p{L}])(?:during|after|following|at)\s+(?:(?:their|weekend|lengthy|marathon|two-day|three-day|several\s+days\s+of|hours\s+of|days\s+of)\s+)?$/iu.test(lead)
    // (Only where the subject is all the clause names before: "Egypt condemned Israel during talks in Cairo" says nothing of Israel's journey.)
    && agents.length > 0 && agents.every((a, i) => i === 0 || JOINED.test(text.slice(agents[i - 1].end, a.start)));
  // ("did not sign because of pressure from Russia": pressure given as the reason one acts is on the one who acts.)
  const pressedFrom = /^pressure$/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:because\s+of|due\s+to|owing\s+to|in\s+response\s+to)\s+(?:(?:the|heavy|strong|intense|mounting|growing|increasing|political|economic|diplomatic)\s+){0,2}$/iu.test(lead);
  const governedNoun = !eventNoun && !amidQuarrel && !duringTalks && !ownTalksIn && !pressedFrom && GOVERNED_NOUN.test(text.slice(span.start, span.end)) && GOVERNED.test(lead)
    && !(/^talks\b/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])for\s+$/iu.test(lead) && /(?<![\p{L}])(?:travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ew|ying)|arriv(?:e|es|ed|ing)|go(?:es|ing)?|went|head(?:s|ed|ing)?|c[oa]me|comes|coming|is|was|were|are|be|been|visit(?:s|ed|ing)?)\s/iu.test(lead));
  // "after Tsai met McCarthy": a capitalised name of no actor right before a verb is its subject, so no actor of ours is.
  const foreign = /^\p{Ll}/u.test(text.slice(span.start, span.end)) && foreignSubjectBefore(text, clause.start + lead.length, lead, mentions);
  // "sanctioned Chinese firms for supplying …", "thanked Denmark for supplying …": the main verb's object does the V-ing.
  const forGerund = /(?<![\p{L}])for\s+(?:\p{L}+ly\s+)?$/iu.test(lead) && /^\p{L}+ing\b/iu.test(text.slice(span.start, span.end));
  // "South Korea summoned the Russian envoy to protest …": a purpose clause's subject is the main clause's, unless the verb hands it on ("urged Russia to").
  // ("recalled its ambassadors from the United States and Australia to protest …": a list a preposition governs is no subject of the purpose.)
  const governedRun = (() => { let i = agents.length - 1; while (i > 0 && JOINED.test(text.slice(agents[i - 1].end, agents[i].start))) i--; return i > 0 && /(?<![\p{L}])(?:from|to|with|in|against|on|at|by)\s+(?:the\s+)?$/iu.test(before(text, agents[i].start, 12)); })();
  const purpose = /(?<![\p{L}])to\s+$/iu.test(lead) && !NOUN_TO.test(lead) && agents.length >= 2 && !OBJECT_CONTROL.test(text.slice(agents[0].end, agents.at(-1)!.start)) && (!JOINED.test(text.slice(agents.at(-2)!.end, agents.at(-1)!.start)) || governedRun)
    // ("Preceding Shoukry's visit, Fidan traveled to Doha to meet …": a name in an opening phrase before its comma is not the subject.)
    ? (OPENING_PHRASE.test(text.slice(sentence.start, agents[0].start)) && /,/.test(text.slice(agents[0].end, agents[1].start)) ? agents[1] : agents[0]) : undefined;
  // ("a diplomat would be visiting both Poland and Ukraine to discuss the pipeline": states one visits are objects, and the
  // purpose is the visitor's, not theirs together.)
  const visitedGroup = /(?<![\p{L}])to\s+$/iu.test(lead) && agents.length >= 2 && JOINED.test(text.slice(agents.at(-2)!.end, agents.at(-1)!.start))
    ? agents.findIndex((a, i) => i < agents.length - 1 && VISITED_BEFORE.test(before(text, a.start, 40)) && agents.slice(i + 1).every((b, j) => JOINED.test(text.slice(agents[i + j].end, b.start)))) : -1;
  // "Cambodia said it would not let China build a base, rejecting US claims": a participle after a comma has the sentence's subject.
  // ("…, drawing criticism from Lithuania": the participle may also stand before a noun trigger.)
  const commaBeforeClause = /,\s*$/.test(text.slice(Math.max(sentence.start, clause.start - 3), clause.start));
  const participial = !clause.relative && ((/^\p{Ll}+ing\b/u.test(text.slice(span.start, span.end)) && (/,\s+$/.test(lead) || (lead.trim() === '' && commaBeforeClause)))
    || /,\s+\p{Ll}+ing\s+(?:\S+\s+)?$/u.test(lead) || (commaBeforeClause && /^\s*\p{Ll}+ing\s+(?:\S+\s+)?$/u.test(lead))
    // ("met leaders in Papua New Guinea before going to Sydney": a gerund after a preposition of time has the sentence's subject.)
    // (Only when the name nearest before is a preposition's object: "Borrell said after chairing talks" keeps the one who said.)
    || (/^\p{Ll}+ing\b/u.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:before|after|while|upon|without|instead\s+of)\s+$/iu.test(lead)
      && agents.length > 1 && /(?<![\p{L}])(?:in|with|to|from|at|of|on|for)\s+(?:the\s+)?$/iu.test(before(text, agents.at(-1)!.start, 12))));
  // The sentence's subject, as the last of its coordinated names ("Mali, Burkina Faso and Niger issued …, recalling").
  // (A sentence that opens with a phrase of its own up to a comma, "Accusing …, Khan … after returning from Riyadh", has its subject after that comma.)
  const openingComma = /^\W*(?:\p{Lu}\p{Ll}+ing\s|(?:Preceding|Following|After|Before|Ahead\s+of|During|Despite|Unlike|Like|Besides|Since|Upon|Prior\s+to|In\s+the\s+wake\s+of)\s)/u.test(text.slice(sentence.start, span.start)) ? text.indexOf(',', sentence.start) : -1;
  let head = openingComma > 0 && openingComma < span.start ? Math.max(0, agents.findIndex((a) => a.start > openingComma)) : 0;
  while (participial && head + 1 < agents.length && JOINED.test(text.slice(agents[head].end, agents[head + 1].start))) head++;
  // "EU officials said they believe Lukashenko is waging an attack, encouraging …": after a verb of saying, the reported
  // clause's subject does the V-ing, unless it is a pronoun for the speaker ("Cambodia said it would not …, rejecting").
  if (participial && agents.length > head + 1) {
    const said = execAll(REPORTED, text.slice(agents[head].end, span.start)).at(-1);
    const after = said ? agents[head].end + said.index! + said[0].length : -1;
    const reported = said ? agents.find((m) => m.start >= after && /^\s*(?:that\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(after, m.start))) : undefined;
    if (reported) head = agents.indexOf(reported);
  }
  // "embargoes on Turkey after its military operation in Syria": "its" before an armed act is the state named last, whoever the clause's subject is.
  const itsOwner = trigger.type === 'war' && !/^\p{Ll}+(?:ed|s)\b/u.test(text.slice(span.start, span.end)) && /(?<![\p{L}])its\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead) ? mentions.filter((m) => m.end <= span.start && m.start >= sentence.start && !m.place
    // ("Russia has worked closely with Belarus in its war on Ukraine": a partner after "with" is not whose war it is.)
    && !/(?<![\p{L}])with\s+(?:the\s+)?$/iu.test(before(text, m.start, 10))
    // ("the assembly cited violations stemming from its invasion of Ukraine": a body that wages no war is not whose war it is.)
    && (isState(m.actor) || m.actor === 'NATO')).at(-1) : undefined;
  // "sanctions on Russia over the war in Ukraine", "condemned Iran for the attacks on Saudi Arabia": an armed act given as the
  // reason one is punished or blamed is the act of the one punished or blamed.
  const reasonOwner = eventNoun && trigger.type === 'war' ? mentions.find((m) => m.start >= sentence.start && m.end <= span.start && !m.place
    && (isState(m.actor) || m.actor === 'NATO') && /^\s+(?:over|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(m.end, span.start))
    && PUNISHED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 60), m.start))) : undefined;
  // "Venezuela's interest in annexing …", "Iran's plan to attack …": a state's noun that governs the act hands it its owner.
  const nounOwner = before0.find((m) => m.possessive && OWNED_ACT.test(text.slice(m.end, span.start)));
  // "raised concern about Fiji's deal with China": a deal's owner is its party, not the clause's subject.
  const dealOwner = /^(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies))$/i.test(text.slice(span.start, span.end))
    ? before0.find((m) => m.possessive && !m.place && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(m.end, span.start))) : undefined;
  // ("The US has accused Russia, which annexed Crimea, of arming rebels, and has sanctioned firms": a second verb after ", and has" shares the first's subject.)
  // ("to bring a case before the World Trade Organization and impose duties": the one object of a preposition in the first verb's phrase does not do the second.)
  const lonePrepObject = agents.length === 1 && /(?<![\p{L}])and\s+(?:\p{L}+ly\s+)?$/iu.test(lead) && /(?<![\p{L}])(?:before|with|at|in|to|from|against|on|into|over|for)\s+(?:the\s+)?$/iu.test(before(text, agents[0].start, 14));
  const vpAnd = execAll(new RegExp(VP_AND.source, 'gu'), lead).at(-1);
  const conjoined = vpAnd && agents.length > 1 && agents.every((a) => a.end <= clause.start + vpAnd.index!) && /^\s*(?:the\s+)?$/iu.test(text.slice(clause.start, agents[0].start)) ? agents[0] : undefined;
  // ("Azerbaijan said that the transfer of weapons to Armenia was dangerous": a noun that opens what is reported is its subject, and the speaker does not do it.)
  const reportedNoun = nounTrigger && /(?<![\p{L}])that\s+(?:the|a|an|any|such)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead);
  // "Accusing Russia of lying, Britain expelled …", "Taking exception to Cambodia, Manila said …": a participle that opens the
  // sentence, with no actor before it, has the main clause's subject.
  // (Only with its own object inside the phrase: "Accusing the previous governments of …, Khan said" aims at no state.)
  const phraseEnd = text.indexOf(',', span.end);
  const initialParticiple = !agents.length && /^\W*(?:\p{L}+ly\s+)?$/u.test(text.slice(sentence.start, span.start)) && /^\p{Lu}\p{Ll}+ing\b/u.test(text.slice(span.start, span.end))
    && phraseEnd > 0 && mentions.some((m) => !m.place && m.via !== 'description' && m.start >= span.end && m.end <= phraseEnd);
  const subject = owner ?? itsOwner ?? reasonOwner ?? nounOwner ?? dealOwner ?? (possessor && (eventNoun || nounTrigger) ? possessor : undefined) ?? (duringVisit ? agents.filter((a) => !/\p{Ll}{3,}(?:ed|es)\s+(?:the\s+)?$/u.test(before(text, a.start, 24))).at(-1) : undefined) ?? (bareEvent || governedNoun || foreign || reportedNoun ? undefined : forGerund ? (agents.length >= 2 ? agents.at(-1) : undefined) : visitedGroup >= 0 ? (visitedGroup > 0 ? agents[0] : undefined) : conjoined ?? purpose ?? possessor ?? (participial && agents.length > 1 ? agents[head] : /(?<![\p{L}])and\s+(?:\p{L}+ly\s+)?$/iu.test(lead) && agents.length > 1 ? agents[0] : lonePrepObject ? undefined : agents.at(-1))) ?? (initialParticiple ? mainSubjectAfter(text, span, mentions, sentence.end) : undefined);
  // "to Russian ally Serbia": a demonym before a noun and a name modifies that name's noun, and is no object.
  // "support Venezuelan opposition leader Guaido": a state's opponents at home are not that state.
  if (objects[0]?.via === 'demonym' && RELATION_TYPES[trigger.type].family === 'cooperation' && trigger.frame === 'agent' && OPPONENTS.test(text.slice(objects[0].end, objects[0].end + 30))) return [];
  // "sent CSTO troops to Kazakhstan": a body or people named before its soldiers modifies them; where they go is the object.
  // ("staging invasion operations from Belarusian territory": where an attack starts from is not its target.)
  // ("against its three EU neighbours — Poland, Slovakia and Hungary": a name that modifies a plural the list after a dash spells out is no object.)
  // ("will transfer the jets to aid in countering Russia's air superiority": after "to" and a verb, a purpose, not a recipient.)
  const unmodifying = objects.filter((m, i) => !(m.start >= span.end && /(?<![\p{L}])to\s+(?:aid|help|counter|bolster|support|strengthen|boost|defend|protect|fight|repel|deter|ensure|enable|allow|assist)\s(?:\S+\s+){0,4}$/iu.test(text.slice(span.end, m.start))) && !/^\s+(?:[\p{Ll}-]+\s+)?(?:neighbou?rs|members|partners|allies|states|countries|nations|governments)\s*[—–:]\s*(?:the\s+)?\p{Lu}/u.test(text.slice(m.end, m.end + 40)) && !(trigger.type === 'war' && m.start >= span.end && /(?<![\p{L}])from\s+(?:the\s+)?$/iu.test(before(text, m.start, 8))) && !(objects[i + 1] && RELATION_TYPES[trigger.type].family === 'cooperation' && (organisation(m) || m.via === 'demonym') && TROOPS_AFTER.test(text.slice(m.end, m.end + 30)) && !TRAINS_TROOPS.test(text.slice(span.start, m.start))) && !/^-(?!flagged|registered|owned|operated)\p{Ll}/u.test(text.slice(m.end, m.end + 12)) && !(m.via === 'demonym' && objects[i + 1] && /^\s+(?!(?:and|or)\s)[\p{Ll}-]+\s+$/u.test(text.slice(m.end, objects[i + 1].start))));
  // "drills around Taiwan": a trigger that ends in its preposition takes the name right after it, place or not.
  // "filed a complaint with the UN Security Council against Israel": a quarrel's target stands after "against".
  const nearest = (/(?:around|near|off|encircling|surrounding|close to)$/i.test(text.slice(span.start, span.end)) ? unmodifying.find((m) => /^\s*(?:the\s+)?$/.test(text.slice(span.end, m.start))) : undefined)
    ?? (RELATION_TYPES[trigger.type].family === 'conflict' && trigger.frame === 'agent' && unmodifying.some((m) => /(?<![\p{L}])with\s+(?:the\s+)?(?:\S+\s+){0,3}?$/iu.test(before(text, m.start, 30))) ? unmodifying.find((m) => !m.place && /(?<![\p{L}])against\s+(?:the\s+)?$/iu.test(before(text, m.start, 12))) : undefined)
    // ("struck targets in Syria overnight, the Syrian army said": a name in the reporting tag is the source, never the object; an attack lands in the place.)
    ?? unmodifying.find((m) => !m.place && !(trigger.type === 'war' && /,/.test(text.slice(span.end, m.start)) && REPORTING_TAG.test(text.slice(m.end, m.end + 40)))) ?? unmodifying[0];
  // "accused him of …": a pronoun is the object, standing for the last person named, never for an actor named later.
  // ("rejected Key's requests for him to re-engage": a pronoun after a noun's "for" is its object too, and never the noun's own owner.)
  const forPronoun = /^\s+for\s+(?:him|her)\s+to\s/i.test(text.slice(span.end, span.end + 16));
  const pronoun = (/^\s*(?:him|her|them|it)\b/i.test(text.slice(span.end, span.end + 8)) && !mentions.some((m) => m.start === span.end + 1)) || forPronoun;
  // ("Saudi Arabia expelled the envoy after Ottawa urged it to free activists": "it" in a clause a subordinator opens is the main clause's subject.)
  const itMain = () => (/^\s*it\b/.test(text.slice(span.end, span.end + 5)) && /(?<![\p{L}])(?:after|when|because|since|before|until|while|as)\s+(?:\S+\s+){1,4}$/iu.test(text.slice(Math.max(sentence.start, span.start - 40), span.start))
    ? sentenceSubject(text, sentence, mentions).find((m) => m.actor !== subject?.actor && isState(m.actor) && m.end <= span.start) : undefined);
  // "Nepal said the Indian government has imposed an embargo against it": "it" in a reported clause is the one who reports.
  const reporter = /^\s+(?:on|against|upon)\s+it\b/i.test(text.slice(span.end, span.end + 12)) ? mentions.find((m) => m.start >= sentence.start && m.end <= span.start && !m.place
    && /^(?:['’]s\s+(?:[\p{L}-]+\s+){0,2})?\s*(?:said|says|claimed|claims|alleged|alleges|complained|complains|charged|charges)\s+(?:that\s+)?(?:the\s+)?$/u.test(text.slice(m.end, mentions.find((x) => x.start > m.end && x.end <= span.start)?.start ?? m.end))) : undefined;
  // "condemned the launch, saying it violated UN resolutions": a name after a comma and a clause of its own is no object of the verb.
  // "recalled ambassadors over Gaza": "over" names the reason, not the target.
  // "announced sanctions over its incursion into Syria": a name inside the reason's own phrase is no target either.
  const reason = (m: Mention) => m.start - 6 >= span.end && (/(?<![\p{L}])(?:over|about|regarding|concerning)\s+(?:the\s+)?$/iu.test(before(text, m.start, 16))
    // ("in retaliation for its lack of cooperation with U.N. inspectors": what is retaliated for is no target.)
    || (/^retaliat/i.test(text.slice(span.start, span.end)) && /^\s+for\s/i.test(text.slice(span.end, span.end + 6)))
    || /^\s+(?:\S+\s+){0,2}?(?:over|about|regarding|concerning)\s+(?:its|their|his|her)\s+(?:[\p{Ll}-]+\s+){1,3}(?:in|into|on|of|against|with)\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start))) && RELATION_TYPES[trigger.type].family === 'conflict' && trigger.frame === 'agent';
  // "Israel's strike on Hamas leaders in Doha": an attack on people of no state lands in the place named.
  // ("Kenyan troops fighting al-Shabaab in Somalia": a fight against a group in a place is no war on the place; a strike or an attack is.)
  const struckPlace = trigger.type === 'war' && !!nearest && !/^(?:fight|fought|battl|clash|combat)/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:in|at|inside|within|across)\s+(?:(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?|neighbou?ring|nearby|war-torn|war-ravaged)\s+)?$/iu.test(before(text, nearest.start, 30))
    // ("the invasion, at talks in Turkey": a place that belongs to another event noun is not where the attack landed.)
    && !/(?<![\p{L}])(?:talks|meetings?|summits?|negotiations|conference|ceremony|visit)(?![\p{L}])/iu.test(text.slice(span.end, nearest.start)) && !CLAUSE_BETWEEN.test(text.slice(span.end, nearest.start));
  // "condemned the strike as …": the object is the act the text told last, so its agent is the target. (The verb may close a quotation: 'said it "strongly condemned" the move'.)
  // ("called the surprise decision shortsighted": a verdict's own phrase holds the act it judges.)
  const verdictVerb = trigger.rule === 'tension.verdict' ? /^\S+/.exec(text.slice(span.start, span.end)) : null;
  const actSpan = verdictVerb ? { start: span.start, end: span.start + verdictVerb[0].length } : span;
  const eventObject = EVENT_OBJECT.test(text.slice(actSpan.end, actSpan.end + 60)) && RELATION_TYPES[trigger.type].family === 'conflict' && trigger.frame === 'agent';
  const object = reporter && reporter.actor !== subject?.actor && subject ? reporter : pronoun ? (forPronoun ? personBefore(mentions.filter((m) => !(m.possessive && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(m.end, span.start)))), span.start, text.slice(span.end + 5, span.end + 10).trimStart()) : personBefore(mentions, span.start, text.slice(span.end, span.end + 6)) ?? itMain())
    : eventObject ? eventAgent(text, actSpan, objects, discourse)
    : nearest && !reason(nearest) && !(/(?<![\p{L}])and\s+(?:the\s+)?$/iu.test(before(text, nearest.start, 8)) && /^\s+(?:\p{Ll}+ed|lost|won|said|says|has|had|was|were|is|are|will|would|did|does|made|took|gave|sent|began|came|went)\b/u.test(text.slice(nearest.end, nearest.end + 12))) && !/(?<![\p{L}])(?:either|any|each|every|neither)\s+$/iu.test(before(text, nearest.start, 10)) && !(/,/.test(text.slice(span.end, nearest.start)) && REPORTING_TAG.test(text.slice(nearest.end, nearest.end + 40))) && (struckPlace || !foreignNounBetween(text, span.end, nearest.start, mentions)) && !CLAUSE_BETWEEN.test(text.slice(span.end, nearest.start))
    // "sever ties after Beijing switch": a name after a subordinator or a preposition of time is not the verb's object.
    // (A retaliation's target is named by what it answers: "retaliatory tariffs after the US imposed …".)
    && !(trigger.frame === 'agent' && !/retaliat|respon|counter|reciproc/i.test(before(text, span.end, 40)) && /(?<![\p{L}])(?:after|before|since|following|amid|despite|because|when|until)\s/iu.test(text.slice(span.end, nearest.start)))
    // "its opposition to an embargo on Russian energy", "condemned sanctions against Iran": a quarrel with a measure is not with its target.
    && !(trigger.type === 'tension' && trigger.frame === 'agent' && /(?<![\p{L}])(?:embargo(?:es)?|sanctions?|bans?|tariffs?|restrictions|penalties)\s+(?:\S+\s+){0,3}?(?:on|against)\s+(?:the\s+)?$/iu.test(text.slice(span.end, nearest.start)))
    // ("clashed with rebels in the Tigray region, near the border with Eritrea": a border a place lies near names a place, not a foe.)
    && !(RELATION_TYPES[trigger.type].family === 'conflict' && /(?<![\p{L}])(?:near|along|on|at|across|close\s+to)\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:border|frontier)s?\s+with\s+(?:the\s+)?$/iu.test(text.slice(span.end, nearest.start)))
    // "recalled its ambassador, announced … and complained to the UN": a name after another verb of the same subject is that verb's.
    && !(trigger.frame === 'agent' && /(?:,|(?<![\p{L}])and)\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}{3,}ed|said|told|sent|made|took|gave|held|went|sought|brought|called|urged|asked)\s(?!by\s)/u.test(text.slice(span.end, nearest.start)))
    // "supplying the militia with arms to attack Saudi Arabia": whom the arms are for attacking does not receive them.
    && !((trigger.type === 'arms_support' || trigger.type === 'aid') && /(?<![\p{L}])to\s+(?:attack|strike|fight|target|hit|bomb|kill|invade|threaten|counter|deter|defeat|destroy|shoot\s+at)\s+(?:the\s+)?$/iu.test(before(text, nearest.start, 30))) ? nearest : undefined;
  // (A subject the syntax gives for sure, across an opening phrase or a relative clause that closed, weighs as one in the clause.)
  const weight = leading.length || preposedSubject || (clause.head !== undefined && relativeHead) ? 1 : 0.85;
  const directed = RELATION_TYPES[trigger.type].directed;
  const pointsBack = !subject && plural && PLURAL.test(lead);

  // "Norway, a member of the NATO military alliance, …": an alliance one belongs to is an organisation, not a pact with the names around it.
  if (trigger.rule === 'alliance.pact' && /(?<![\p{L}])members?\s+(?:state\s+)?of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(before(text, span.start, 60))) return [];
  // "condemned the Saudi-led airstrikes in Yemen", "support for the US-led coalition": an act or a body led by a state, as
  // the verb's object, makes that state the other side (not the place the act happened, nor the body's other members).
  // ("launched a missile attack on US-led forces in Iraq": the forces' leader is the one attacked, not the place.)
  const ledBy = objects.find((m) => !m.place && /^-(?:led|backed|sponsored|run)\s/u.test(text.slice(m.end, m.end + 10)) && (/^\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/iu.test(text.slice(span.end, m.start)) || (trigger.type === 'war' && /^\s+(?:on|against)\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)))));
  if (ledBy && subject && (trigger.frame === 'agent' || trigger.frame === 'mutual') && (trigger.type === 'tension' || trigger.type === 'diplomatic_pressure' || trigger.type === 'cooperation' || trigger.type === 'war')
    && /^-\p{Ll}+\s+(?:[\p{Ll}-]+\s+)?(?:coalition|alliance|forces|troops|strikes|air\s?strikes|airstrikes|bombing|bombings|campaign|offensive|intervention|operation|operations|invasion|war|blockade|mission|force)\b/u.test(text.slice(ledBy.end, ledBy.end + 40))) {
    return coordinated(text, agents, subject).filter((a) => a.actor !== ledBy.actor).map((a) => ({ from: a.actor, to: ledBy.actor, directed, weight }));
  }
  // "switching diplomatic recognition from Taiwan to China": the state after "to" is the new partner; the one left is "from".
  if (/^switch\p{L}*\s[\s\S]*\sto$/iu.test(text.slice(span.start, span.end)) && subject) {
    const to = objects.find((m) => !m.place && m.start >= span.end);
    return to && to.actor !== subject.actor ? [{ from: subject.actor, to: to.actor, directed: false, weight }] : [];
  }
  // ("The foreign ministry summoned Myanmar's ambassador to lodge a protest": the purpose is the summoner's, unnamed, not the one summoned.)
  if (trigger.frame === 'agent' && agents.length === 1 && /(?<![\p{L}])to\s+$/iu.test(lead) && SUMMONED_FOR.test(text.slice(Math.max(clause.start, agents[0].start - 40), agents[0].start))
    && !mentions.some((m) => m.start >= clause.start && m.end <= agents[0].start && !m.place)) return [];
  switch (trigger.frame) {
    case 'agent': {
      // "Britain, France and Germany said … They urged Tehran to …": "They" opening a sentence is the states the last one
      // named as its subject list (each of them, to the object).
      if (!subject && /^\s*They\s+(?:also\s+|jointly\s+|then\s+|later\s+|have\s+|had\s+|all\s+)?$/u.test(text.slice(sentence.start, span.start)) && trigger.type !== 'visit') {
        const last = discourse.states ?? [];
        const they = discourse.group && discourse.group.every((a) => last.includes(a)) ? discourse.group : discourse.pair && discourse.pair.every((a) => last.includes(a)) ? [...discourse.pair] : [];
        const target = objects.find((m) => !m.place && !they.includes(m.actor));
        if (they.length >= 2 && target) return they.map((a) => ({ from: a, to: target.actor, directed, weight: 0.75 }));
      }
      // "Pressure from Turkey to block Cyprus's bid", "objections from Beijing to Manila's plan": a noun's agent after "from", its target after that.
      // ("Beijing rejected calls for restraint from Washington": with no target after, the one who rejects or faces them is it.)
      // "Indonesia resisted G7 pressure to condemn Russia": pressure named by its author, to do something, is on whoever resists or faces it.
      if (trigger.type === 'diplomatic_pressure' && /^pressure$/i.test(text.slice(span.start, span.end)) && /^\s+to\s+\p{Ll}/u.test(text.slice(span.end, span.end + 8))) {
        const author = before0.find((m) => !m.place && /^(?:['’]s?)?\s+(?:(?:growing|mounting|renewed|repeated|intense|heavy|strong)\s+)?$/u.test(text.slice(m.end, span.start)));
        if (author) {
          const target = mentions.find((m) => m.start >= sentence.start && m.end <= author.start && !m.place && m.actor !== author.actor && RESISTED.test(text.slice(m.end, author.start)));
          return target ? [{ from: author.actor, to: target.actor, directed, weight: 0.8 }] : [];
        }
      }
      if (RELATION_TYPES[trigger.type].family === 'conflict' && /^(?:pressure|objections?|protests?|criticism|condemnation|calls(?:\s+for)?|demands|threats?|warnings?|complaints?)$/i.test(text.slice(span.start, span.end))) {
        const agent = objects.find((m) => !m.place && /^\s+(?:(?:for|of)\s+)?(?:[\p{Ll}-]+\s+){0,3}from\s+(?:both\s+)?(?:the\s+)?$/u.test(text.slice(span.end, m.start)));
        const target = agent && (objects.find((m) => m.start > agent.end && !m.place && m.actor !== agent.actor
          && /^\s+(?:(?:on|against|at|over|to|for|toward|towards)\s+(?:the\s+)?|(?:to|for)\s+(?:[\p{Ll}-]+\s+){1,3}(?:the\s+)?)$/u.test(text.slice(agent.end, m.start)))
          ?? (subject && subject.actor !== agent.actor && (FACED.test(text.slice(subject.end, span.start)) || DREW.test(text.slice(subject.end, span.start))) ? subject : undefined)
          ?? mentions.find((m) => !m.place && m.start >= clause.start && m.end <= span.start && m.actor !== agent.actor && m.possessive && DREW.test(text.slice(m.end, span.start))));
        // ("calls from Washington and Kyiv", "objections from both Egypt and Sudan": each of the listed authors.)
        // ("Norway and Denmark resisted pressure from Sweden": each of a joined subject that meets it.)
        const targets = target && target === subject ? coordinated(text, agents, subject).filter((m) => !m.place) : target ? [target] : [];
        if (agent && target) return distinct(listFrom(text, objects, agent)).flatMap((a) => targets.filter((t) => t.actor !== a.actor).map((t) => ({ from: a.actor, to: t.actor, directed, weight: 0.8 })));
      }
      // "expelled ten diplomats from the three Baltic republics, including three each from Estonia and Latvia and four from
      // Lithuania": the group's members the text lists after "including" are each expelled from.
      if (trigger.rule === 'tension.envoy' && subject) {
        const including = /^\s+(?:\S+\s+){0,4}?from\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:republics|states|countries|nations|neighbou?rs|members)\s*,\s+including\s/iu.exec(text.slice(span.end, clause.end));
        const listed = including ? distinct(objects.filter((m) => !m.place && m.start >= span.end + including[0].length && m.actor !== subject.actor)) : [];
        if (listed.length >= 2) return coordinated(text, agents, subject).filter((a) => !a.place).flatMap((a) => listed.filter((m) => m.actor !== a.actor).map((m) => ({ from: a.actor, to: m.actor, directed, weight })));
      }
      // "Israel's war in Gaza angered Turkey": a state's war "in" a place is fought there, and names no later object.
      const warOwner = trigger.type === 'war' && /^wars?\s+in$/i.test(text.slice(span.start, span.end)) ? before0.find((m) => m.possessive && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(m.end, span.start))) : undefined;
      if (warOwner) {
        const at = objects.find((m) => /^\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)));
        return at && at.actor !== warOwner.actor ? [{ from: warOwner.actor, to: at.actor, directed, weight: 0.8 }] : [];
      }
      // "Yemen's war is seen as a proxy battle between Iran and Saudi Arabia": a state's own war with no "on", "against" or "with" after it names no enemy.
      if (trigger.type === 'war' && /^wars?(?:\s+(?:in|on|against|with))?$/i.test(text.slice(span.start, span.end)) && before0.some((m) => m.possessive && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(m.end, span.start)))
        && !objects.some((m) => m.start - span.end < 40 && (/(?<![\p{L}])(?:on|against|with|between)\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)) || (/\s(?:in|on|against|with)$/i.test(text.slice(span.start, span.end)) && /^\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)))))) return [];
      // "Brazil, Colombia and Peru gave their backing to X's self-proclamation as Venezuela's acting president": each who
      // recognises the rival turns against the state named in the phrase or in its office ("as Venezuela's").
      if (trigger.rule === 'tension.rival-leader') {
        const target = objects.find((m) => !m.place && m.start < span.end + 160 && (!m.possessive || !/^['’]s\s+(?:(?:interim|acting|legitimate|rightful|transitional|caretaker)\s+)?(?:president|leader|government)\b/iu.test(text.slice(m.end, m.end + 40)) || /(?<![\p{L}])as\s+$/iu.test(before(text, m.start, 4))))
          ?? mentions.find((m) => m.start > span.end && m.start < span.end + 160 && m.possessive && /(?<![\p{L}])as\s+$/iu.test(before(text, m.start, 4)));
        // ("Spain and Italy gave their backing": the whole coordinated subject, whichever of it was taken for the head.)
        const authors = subject ? [...agents].reverse().map((a) => coordinated(text, agents, a)).find((g) => g.includes(subject)) ?? [subject] : [];
        return target ? authors.filter((a) => a.actor !== target.actor).map((a) => ({ from: a.actor, to: target.actor, directed, weight })) : [];
      }
      // "Fighting broke out between Sudan and Ethiopia", "clashes between Sudanese and Ethiopian troops": the sides of a fight, neither its agent.
      // ("talks aimed at ending border clashes between Thailand and Cambodia": a noun's own "between" names its sides, whoever talks.)
      if (trigger.type === 'war' && (!subject || /^(?:clash|fight|war|conflict|hostilit|skirmish|battle)/i.test(text.slice(span.start, span.end)))) {
        const first = objects.find((m) => !m.place && /^\s+(?:[\p{Ll}-]+\s+){0,3}?between\s+(?:the\s+)?$/u.test(text.slice(span.end, m.start)));
        const sides = first ? listFrom(text, objects, first) : [];
        if (sides.length >= 2) return everyPair(sides, 0.85);
      }
      // "measures against a possible arms deal between Russia and North Korea": a deal's own "between" names its sides, whoever acts on it.
      if ((trigger.type === 'arms_support' || trigger.type === 'trade') && /(?:deal|deals|sales|supplies|transfers|cooperation|trade)$/i.test(text.slice(span.start, span.end))) {
        const first = objects.find((m) => !m.place && /^\s+between\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)));
        const sides = first ? distinct(listFrom(text, objects, first)) : [];
        if (sides.length >= 2) return [{ from: sides[0].actor, to: sides[1].actor, directed: trigger.type === 'arms_support', weight: 0.85 }];
      }
      // "sanctions that the US announced last week": the name in an object relative clause imposes them, on whom the text last named.
      const imposer = trigger.type === 'sanction' && NOUN_TRIGGER.test(text.slice(span.start, span.end)) ? objects.find((m) => !m.place && /^\s+(?:that\s+|which\s+)?(?:the\s+)?$/iu.test(text.slice(span.end, m.start))
        && /^\s+(?:had\s+|has\s+|have\s+)?(?:announced|imposed|slapped|levied|introduced|unveiled|approved|adopted|placed)\b/iu.test(text.slice(m.end, m.end + 24))) : undefined;
      // "angering Somalia": the one angered turns against whoever angered it.
      // "a move likely to anger China": anger foreseen is no quarrel yet.
      if (trigger.rule === 'tension.anger' && /(?<![\p{L}])(?:(?:likely|expected|set|bound|poised|certain|sure) to|could|would|may|might|will|risks?|risked)\s+$/iu.test(before(text, span.start, 24))) return [];
      // ("Moscow and Beijing held drills, prompting Tokyo to protest": each of a joined subject.)
      if (trigger.rule === 'tension.anger') { const who = agents.find((a) => !a.place) ?? subject; return who && object ? distinct(listFrom(text, agents.filter((a) => !a.place), who)).filter((w) => w.actor !== object.actor).map((w) => ({ from: object.actor, to: w.actor, directed, weight: 0.85 })) : []; }
      if (imposer) {
        const on = objects.find((m) => m.start > imposer.end && !m.place && /(?<![\p{L}])(?:on|against)\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)));
        const target = on?.actor ?? discourse.recipients.get('sanction');
        return target && target !== imposer.actor ? [{ from: imposer.actor, to: target, directed, weight: 0.85 }] : [];
      }
      // "The embargo on Cuba, imposed by the United States in 1962": a measure's author in an aside after its target.
      if (trigger.type === 'sanction' && nounTrigger) {
        const on = objects.find((m) => !m.place && /^\s+(?:on|against)\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)));
        const author = on && objects.find((m) => m.start > on.end && !m.place && /^,\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:first\s+)?(?:imposed|introduced|slapped|levied|enforced|maintained)\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?$/iu.test(text.slice(on.end, m.start)));
        if (on && author && author.actor !== on.actor) return [{ from: author.actor, to: on.actor, directed, weight: 0.9 }];
        // "the sanctions against Moscow by the 28-nation EU": the measure's target, then its author after "by".
        const byAfter = on && objects.find((m) => m.start > on.end && !m.place && /^\s+by\s+(?:the\s+)?(?:\d+-(?:nation|member|country|state)\s+)?$/iu.test(text.slice(on.end, m.start)));
        if (on && byAfter && byAfter.actor !== on.actor) return [{ from: byAfter.actor, to: on.actor, directed, weight: 0.9 }];
        // "the sanctions imposed on Iraq by the United Nations in 1990": the participle's target, then its author.
        const placed = objects.find((m) => !m.place && /^\s+(?:(?:which|that)\s+(?:was|were|had\s+been|have\s+been)\s+)?(?:imposed|levied|slapped|placed|maintained|enforced)\s+(?:on|against)\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)));
        const placedBy = placed && objects.find((m) => m.start > placed.end && !m.place && /^\s+(?:\S+\s+){0,3}?by\s+(?:the\s+)?$/iu.test(text.slice(placed.end, m.start)) && !/[,;]/.test(text.slice(placed.end, m.start)));
        if (placed && placedBy && placedBy.actor !== placed.actor) return [{ from: placedBy.actor, to: placed.actor, directed, weight: 0.9 }];
      }
      // The agent after the act: "was accused by X", "an invasion attempt by X", "long criticised in Moscow".
      // ("Japan is concerned by China's drills": a participle of feeling is an adjective; who feels it is the subject, what causes it the target.)
      const feeling = FEELING.test(text.slice(span.start, span.end));
      const participle = !feeling && (PASSIVE.test(before(text, span.start, 24)) || /ed$/i.test(text.slice(span.start, span.end)));
      const by = feeling ? undefined : objects.find((m) => {
        const gap = text.slice(span.end, m.start);
        if (/,/.test(gap)) return false;
        // ("air strikes against Iraq carried out by U.S. and British forces": an event's author after its participle.)
        if (eventNoun && gap.length < 60 && /(?<![\p{L}])(?:carried\s+out|launched|conducted|staged|mounted|flown)\s+by\s+(?:the\s+)?$/iu.test(gap)) return true;
        if (gap.split(/\s+/).filter(Boolean).length > 4) return false;
        return /(?<![\p{L}])by\s+(?:the\s+)?$/iu.test(gap) || (participle && (m.via === 'capital' || m.via === 'seat') && /^\s*in\s+$/i.test(gap));
      });
      // "condemned the decision by Estonia": an active verb's object noun owns the "by", and Estonia is what is condemned.
      const byOwnsObject = by && !PASSIVE.test(before(text, span.start, 24)) && subject && ADJACENT_HEAD.test(text.slice(subject.end, span.start))
        && /^\s+(?:the|a|an|its|their|his|her|this|that)\s/i.test(text.slice(span.end, by.start));
      const carried = !!by && /(?<![\p{L}])(?:carried\s+out|launched|conducted|staged|mounted|flown)\s+by\s+(?:the\s+)?$/iu.test(text.slice(span.end, by.start));
      if (by && !byOwnsObject && (participle || carried || /^\s*(?:\S+\s+)?by\s/i.test(text.slice(span.end, by.start + 1)))) {
        // "an attack by X on Y": the noun's own target comes before any subject of the sentence.
        const on = objects.find((m) => m !== by && !m.place && /(?<![\p{L}])(?:on|against)\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)));
        // "The agreement, drafted by X and supported by Y": a participle's subject is the noun just before it, here no actor.
        const head = subject && (!participle || ADJACENT_HEAD.test(text.slice(subject.end, span.start))) ? subject : undefined;
        // "the invasion of Ukraine by Russia": an event noun's target is in its own phrase, never the sentence's subject.
        const own = eventNoun ? objects.find((m) => m !== by && /(?<![\p{L}])(?:on|against|of|in)\s+(?:the\s+)?$/iu.test(before(text, m.start, 12))) : undefined;
        // "sanctions imposed by the US, the EU and the UN": the authors' own list holds no target.
        const authors = listFrom(text, objects, by);
        // "Washington's decision to send … was criticised by Britain": the owner of the passive's subject is its target.
        const owned = !subject && PASSIVE.test(before(text, span.start, 24)) ? before0.find((m) => m.possessive && !m.place && m.start === leading.concat(before0)[0]?.start) : undefined;
        const target = eventNoun ? own : (on && !participle ? on : undefined) ?? head ?? (subject ? undefined : owned ?? objects.find((m) => !authors.includes(m) && !m.place));
        return target ? authors.filter((a) => a.actor !== target.actor).map((a) => ({ from: a.actor, to: target.actor, directed, weight: a === by ? 1 : 0.85 })) : [];
      }
      // "the return of the Israeli ambassadors from Dublin and Oslo": envoys of the demonym's state leave the states after "from".
      // ("Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors": envoys recalled from no one named are
      // recalled from the state the sentence's first break was with.)
      // ("…, Libya has closed its embassy": so is an embassy closed.)
      if (trigger.rule === 'tension.envoy' && subject && (/^recall/i.test(text.slice(span.start, span.end)) && /^\s*(?:[.;,]|for\s+consultations|in\s+protest|$)/iu.test(text.slice(span.end, span.end + 24))
        || /^(?:clos|shut)/i.test(text.slice(span.start, span.end)) && /^(?:\s+down)?\s+(?:its|their)\s+(?:embassy|consulate|mission)\s*(?:[.;,]|and\s|$)/iu.test(text.slice(span.end, span.end + 30)))) {
        const from = mentions.filter((m) => m.end <= subject.start && m.start >= sentence.start && !m.place && /(?<![\p{L}])(?:ties|relations|ambassadors?|envoys?|diplomats?)\s+(?:with|from|to|in)\s+(?:the\s+)?$/iu.test(before(text, m.start, 40))).at(-1);
        if (from) return coordinated(text, agents, subject).filter((a) => a.actor !== from.actor).map((a) => ({ from: a.actor, to: from.actor, directed, weight: 0.8 }));
        // ("Mali expelled the French ambassador. France said it would recall its ambassador": the other side of the last relation the subject was in.)
        const other = !mentions.some((m) => m.start > span.end && !m.place) && discourse.related?.includes(subject.actor) ? discourse.related.find((a) => a !== subject.actor) : undefined;
        if (other && isState(other)) return [{ from: subject.actor, to: other, directed, weight: 0.75 }];
      }
      if (trigger.rule === 'tension.envoy') {
        const own = mentions.find((m) => m.via === 'demonym' && m.start >= span.start && m.end <= span.end);
        const left = own && objects.find((m) => m.start >= span.end && /(?<![\p{L}])from\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)));
        if (own && left) return listFrom(text, objects, left).filter((m) => m.actor !== own.actor).map((m) => ({ from: own.actor, to: m.actor, directed, weight: 0.85 }));
      }
      // "Britain said Russia was to blame", "backed Britain's assessment that Russia was to blame": the one blamed stands right
      // before the words, the one who blames is who says so (a speaker or the owner of the assessment) before "that".
      if (trigger.rule === 'tension.to-blame') {
        const blamed = before0.filter((m) => !m.place && /^\s+$/.test(text.slice(m.end, span.start))).at(-1);
        const that = blamed ? /(?<![\p{L}])(?:that\s+)?(?:the\s+)?$/iu.exec(text.slice(sentence.start, blamed.start)) : null;
        const said = blamed ? execAll(/(?<![\p{L}])(?:said|says|say|believes?|believed|concluded|insisted|claimed|maintained|told\s+\S+|assessment|conclusion|finding|view|belief|verdict|charge|accusation|claim)\s+(?:that\s+)?(?:the\s+)?$/giu, text.slice(sentence.start, blamed.start)).at(-1) : undefined;
        const speaker = blamed && that && said ? mentions.filter((m) => !m.place && m.start >= sentence.start && m.end <= sentence.start + said.index! && m.actor !== blamed.actor).at(-1) : undefined;
        return blamed && speaker ? [{ from: speaker.actor, to: blamed.actor, directed, weight: 0.9 }] : [];
      }
      // "pulled out of a regional summit in Pakistan": who stays away snubs the summit's host, named after "in" or "hosted by".
      if (trigger.rule === 'tension.boycott') {
        const host = objects.find((m) => /(?<![\p{L}])(?:in|hosted\s+by|at)\s+(?:the\s+)?$/iu.test(before(text, m.start, 14)) && !organisation(m));
        const who = subject ?? agents.find((a) => !a.place);
        return host && who ? coordinated(text, agents, who).filter((a) => a.actor !== host.actor).map((a) => ({ from: a.actor, to: host.actor, directed, weight: 0.85 })) : [];
      }
      // "announced the expulsion of seven diplomats from Slovakia and Latvia": the diplomats' states, after "from", are whom the subject expels.
      if (trigger.rule === 'tension.envoy' && subject && /(?:diplomats?|ambassadors?|envoys?|officials|staff|personnel|corps)$/i.test(text.slice(span.start, span.end))) {
        const home = objects.find((m) => !m.place && /^\s+from\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)));
        if (home) return coordinated(text, agents, subject).flatMap((s) => listFrom(text, objects, home).filter((a) => a.actor !== s.actor).map((a) => ({ from: s.actor, to: a.actor, directed, weight: 0.9 })));
      }
      // "calls from Washington and Kyiv", "pressure from Moscow": the act's authors follow it.
      const from = objects.find((m) => FROM_AUTHOR.test(text.slice(span.end, m.start)) || (/^(?:suspended|suspension|expelled|expulsion|barred|excluded|ejected) from$/i.test(text.slice(span.start, span.end)) && /^\s*(?:the\s+)?$/i.test(text.slice(span.end, m.start))));
      // A verb's "from" is where something comes from ("recalled its ambassador from Togo"); a noun's names its authors.
      const verbFrom = /(?:imports|exports|goods|products|shipments|supplies)$/i.test(text.slice(span.start, span.end)) || (/^\p{L}+ed\b/iu.test(text.slice(span.start, span.end)) && !/^(?:suspended|expelled|barred|excluded|ejected) from$/i.test(text.slice(span.start, span.end)));
      // (Aid "from Japan" with no subject is a supply from its source, below, not calls from authors.)
      if (from && !verbFrom && !((trigger.type === 'aid' || trigger.type === 'arms_support') && !subject) && !/^(?:send|sent|sending|supply|supplied|ship|shipped|deliver|delivered|provide|provided)/i.test(text.slice(span.start, span.end))) {
        // ("Seoul and Washington held drills, drawing condemnation from Pyongyang": each of a coordinated subject is the target.)
        const targets = subject ? coordinated(text, agents, subject).map((m) => m.actor) : discourse.subject ? [discourse.subject.actor] : [];
        const authors = listFrom(text, objects, from);
        return targets.flatMap((target) => authors.filter((a) => a.actor !== target).map((a) => ({ from: a.actor, to: target, directed, weight: 0.9 })));
      }
      // "Chile accused of selling arms" (a headline's passive): the name right before "accused of" is the accused, and no one accuses.
      if (subject && /^accused$/i.test(text.slice(span.start, span.end)) && /^\s*$/.test(text.slice(subject.end, span.start)) && /^\s+of\s/i.test(text.slice(span.end, span.end + 4))) return [];
      // "11 Russians and Ukrainians blamed for the incursion", "officials accused of graft": with no object before its "for" or "of", the participle is passive, its agent unsaid.
      if (/^(?:accused|blamed)$/i.test(text.slice(span.start, span.end)) && /^\s+(?:of|for|over)\s/i.test(text.slice(span.end, span.end + 6)) && !/(?<![\p{L}])(?:which|whom|that)\s+(?:\S+\s+){0,3}$/iu.test(before(text, span.start, 40))) return [];
      // "Syria was readmitted to the Arab League": the passive's subject is the member, the organisation after the trigger the body.
      // ("The African Union has been granted permanent member status in the G20": a body granted a seat in another is its member.)
      const bodyMember = !!subject && organisation(subject) && /^(?:granted|given|accorded|admitted|invited|inducted)\b/i.test(text.slice(span.start, span.end));
      if (trigger.rule === 'alliance.member' && subject && (!organisation(subject) || bodyMember) && PASSIVE.test(before(text, span.start, 24))) {
        const org = objects.find((m) => m.start >= span.end && organisation(m) && m.actor !== subject.actor && (/^\s*(?:the\s+)?$/.test(text.slice(span.end, m.start)) || (bodyMember && /^\s+(?:in|of|at)\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)))));
        // ("Saudi Arabia, Egypt and Iran were invited to join BRICS": each of a joined subject.)
        if (org) return coordinated(text, agents, subject).filter((m) => !m.place && (!organisation(m) || bodyMember) && m.actor !== org.actor).map((m) => ({ from: m.actor, to: org.actor, directed: false, weight: 0.85 }));
      }
      // "Russia is accused of …", "Ukraine was attacked": a passive with no "by" leaves its agent unsaid, and the subject is no agent.
      if (!feeling && PASSIVE.test(before(text, span.start, 24)) && /^\p{L}+(?:ed|en|wn|ught|sent|sold|struck|cut|hit|shot|led)$/iu.test(text.slice(span.start, span.end).split(/\s/)[0])) return [];
      // "after Ankara ratified Sweden's NATO membership": the owner joins the organisation named before the noun.
      if (trigger.rule === 'alliance.member' && owner && !object) {
        const org = mentions.find((m) => organisation(m) && m.start >= owner.end && m.end <= span.start);
        if (org) return [{ from: owner.actor, to: org.actor, directed: false, weight: 0.85 }];
      }
      // "voted to return Syria to the Arab League": the one named inside the trigger's words joins the organisation right after them.
      if (trigger.rule === 'alliance.member') {
        const inside = objects.find((m) => m.end <= span.end && !m.place && !organisation(m));
        // ("reinstate Syria's full membership of the Arab League": the organisation after the membership's "of" or "in".)
        const org = objects.find((m) => m.start >= span.end && organisation(m) && (/^\s*(?:the\s+)?$/.test(text.slice(span.end, m.start)) || (/membership$/i.test(text.slice(span.start, span.end)) && /^\s+(?:of|in)\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)))));
        if (inside && org) return [{ from: inside.actor, to: org.actor, directed: false, weight: 0.85 }];
      }
      // "allowed the ship to dock, despite Indian objections": the objector's target is the clause's first subject.
      if (trigger.rule === 'tension.objection' && owner && !object) {
        const target = agents.find((a) => a.actor !== owner.actor && a.end <= owner.start);
        if (target) return [{ from: owner.actor, to: target.actor, directed, weight: 0.8 }];
      }
      // "Cuba denounced the US embargo": a state naming the measure right before it imposes it on the clause's subject.
      if (trigger.type === 'sanction' && !object && subject && /^\s+$/.test(text.slice(subject.end, span.start))) {
        const target = agents.filter((a) => a.end <= subject.start && a.actor !== subject.actor).at(-1);
        if (target) return [{ from: subject.actor, to: target.actor, directed, weight: 0.8 }];
      }
      const supply = trigger.type === 'arms_support' || trigger.type === 'aid';
      // "planes loaded with aid arrived from the UAE", "relief goods from China and Turkey landed in Pakistan": givers after "from", the place they reach.
      if (supply && !subject) {
        const source = objects.find((m) => !m.place && /(?<![\p{L}])from\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)));
        if (source) {
          const givers = listFrom(text, objects, source);
          // "arrived in Tonga from New Zealand", "from China landed in Pakistan": the place reached, before or after the source.
          const reached = objects.find((m) => m.place && m.actor !== source.actor) ?? mentions.find((m) => m.place && m.end <= span.start);
          const to = reached?.actor ?? discourse.recipients.get(trigger.type) ?? discourse.place;
          if (to) return givers.filter((g) => g.actor !== to).map((g) => ({ from: g.actor, to, directed, weight: 0.8 }));
        }
      }
      // "They agreed to send…": a pronoun stands for the subject of the sentence before.
      const actor = subject?.actor ?? (!bareEvent && PRONOUN.test(lead) && discourse.subject && !(discourse.subject.group === false && /\bthey\b/i.test(lead) && plural) ? discourse.subject.actor : undefined);
      if (supply && !actor && object) discourse.recipients.set(trigger.type, object.actor);
      // "Britain and Germany will send aid": each member of a coordinated subject acts.
      const actors = subject && JOINED_IN.test(lead) ? distinct(agents).map((m) => m.actor) : subject ? coordinated(text, agents, subject).map((m) => m.actor) : actor ? [actor]
        // ("Both nations have been pushing Ethiopia to sign": a plural subject that points back is the pair named before.)
        : pointsBack && /^\W*(?:\S+\s+){0,2}?(?:both|the two)\s+\S+\s+(?:\S+\s+){0,3}$/iu.test(lead) ? [...plural!] : [];
      // "Mali took delivery of Russian helicopters": the subject receives, the object supplies.
      // "New Delhi must face sanctions under American law": who faces a measure is its target, whoever else the clause names.
      const receives = (supply && /^(?:(?:biggest|largest|main|top|major|key|leading|second-largest|third-largest)\s+)?(?:tak|took|receiv|recipient|buy|bought|purchas|acquir|accept|welcom|request|importer|customer)/i.test(text.slice(span.start, span.end)))
        || (trigger.type === 'sanction' && /^sanctions?$/i.test(text.slice(span.start, span.end)) && FACES.test(lead));
      // ("received aid from France, Qatar and Iran": each supplier of the list.)
      if (actor && object && receives) return listFrom(text, objects, object).flatMap((o) => actors.filter((a) => a !== o.actor).map((a) => ({ from: o.actor, to: a, directed, weight: subject ? weight : 0.7 })));
      // ("threatened to scuttle tariff talks with both nations", "would not conclude a deal with either side": a pair named before, as the object.)
      if (actor && (!object || object.actor === actor) && plural && !plural.includes(actor) && /(?<![\p{L}])(?:both\s+(?:countries|nations|sides|neighbou?rs|governments|leaders|parties|capitals)|the\s+two\s+(?:countries|nations|sides|neighbou?rs|governments|leaders|parties|capitals)|either\s+(?:side|country|nation|government|party|capital))(?![\p{L}])/iu.test(text.slice(span.start, Math.min(sentence.end, span.end + 80)))) {
        return actors.flatMap((a) => plural.filter((p) => p !== a).map((p) => ({ from: a, to: p, directed, weight: 0.75 })));
      }
      if ((actor || actors.length > 1) && object) {
        // ("The US and Britain struck Yemen. Iran condemned the strikes": the act named again is all its agents'.)
        const told = object.start === object.end && object.start === span.end && discourse.actsOf?.includes(object.actor) ? discourse.actsOf : undefined;
        const patients = told ?? listFrom(text, objects, object).map((m) => m.actor);
        return actors.flatMap((a) => patients.filter((p) => p !== a).map((p) => ({ from: a, to: p, directed, weight: subject ? weight : actor ? 0.7 : 0.8 })));
      }
      // "China accused the Western allies of …", after a sentence naming Australia, Britain and the US: a plural for the object
      // stands for the group named before.
      const groupObject = actor && !object && discourse.group && !discourse.group.includes(actor) ? GROUP_OBJECT.exec(text.slice(span.end, span.end + 40)) : null;
      const counted = groupObject && /^\s+\S+\s+(three|four|five)\s/i.exec(groupObject[0]);
      if (groupObject && (!counted || NUMBER_WORDS.indexOf(counted[1].toLowerCase()) === discourse.group!.length)) {
        return discourse.group!.map((g) => ({ from: actor!, to: g, directed, weight: 0.7 }));
      }
      // "X expelled a Y diplomat, and Y responded in kind": the one answered is the sentence's first actor, or the one the text last told acting.
      if (trigger.rule.endsWith('.retaliate') && actor && !object) {
        const answered = mentions.find((m) => !m.place && m.end <= span.start && m.actor !== actor && !actors.includes(m.actor))?.actor ?? discourse.actOf;
        return answered && answered !== actor ? [{ from: actor, to: answered, directed, weight: 0.8 }] : [];
      }
      // "a Russian plane violated its airspace": "its" is the state the sentence is about, not the intruder.
      if (trigger.rule === 'tension.violate' && actor && !object && /^\s+(?:its|their)\s/i.test(text.slice(span.end, span.end + 8))) {
        const owner = mentions.find((m) => !m.place && m.actor !== actor && m.end <= span.start)?.actor ?? (discourse.subject && !discourse.subject.group && discourse.subject.actor !== actor ? discourse.subject.actor : undefined);
        if (owner) return actors.filter((a) => a !== owner).map((a) => ({ from: a, to: owner, directed, weight: 0.8 }));
      }
      // "Tokyo protested after Beijing declared a zone", "… after a Russian plane violated its airspace": a quarrel with no
      // object turns on the one whose act the "after" clause tells.
      if (trigger.type === 'tension' && actor && !object && !plural) {
        const cause = mentions.find((m) => m.start > span.end && !m.place && m.actor !== actor && /(?<![\p{L}])(?:after|when|because)\s+(?:a\s+|an\s+|the\s+)?$/iu.test(text.slice(span.end, m.start).slice(-24))
          && !/[.;:]/.test(text.slice(span.end, m.start)) && text.slice(span.end, m.start).length < 60
          && /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Ll}{3,}ed|had|has|was|were|sent|shot|flew|made|took|broke|struck|held|sold|began|seized|fired)\b/u.test(text.slice(m.end, m.end + 60)));
        if (cause) return actors.filter((a) => a !== cause.actor).map((a) => ({ from: a, to: cause.actor, directed, weight: 0.9 }));
      }
      // A supply whose recipient the sentence leaves out goes where the article's last one went.
      // (One who buys or receives is the recipient: with no source named, there is no supplier to draw.)
      const recipient = supply && !receives ? discourse.recipients.get(trigger.type) ?? (trigger.rule === 'aid.give' ? discourse.place : undefined) : undefined;
      if (actor && recipient) return actors.filter((a) => a !== recipient).map((a) => ({ from: a, to: recipient, directed, weight: 0.75 }));
      // "India and China clashed": a fight or a quarrel of a coordinated subject with no object is mutual.
      // ("U.S. and Britain launch air attacks": attacks launched are on a third, however unnamed.)
      if (!object && actors.length === 2 && subject && (trigger.type === 'war' || trigger.type === 'tension') && !/^\s*(?:\S+\s+){0,2}(?:with|against)\s/i.test(text.slice(span.end, clause.end))
        && !/(?<![\p{L}])(?:launch(?:ed|es|ing)?|carr(?:y|ied|ies|ying)\s+out|conduct(?:ed|s|ing)?|stag(?:e|ed|es|ing)|mount(?:ed|s|ing)?)\s+(?:\S+\s+){0,3}$/iu.test(lead)) return [{ from: actors[0], to: actors[1], directed: false, weight: 0.9 }];
      // A bare event noun takes "the two countries" only in its own phrase, after it ("fighting … between the old enemies").
      // "Their activities pose a threat to Norway": an act aimed at a third state is not the pair's quarrel with each other.
      if (!actor && plural && !nearest && ((!bareEvent && PLURAL.test(lead)) || (eventNoun && PLURAL.test(text.slice(span.end, clause.end)))) && (trigger.type === 'war' || trigger.type === 'tension')) return [{ from: plural[0], to: plural[1], directed: false, weight: 0.8 }];
      return [];
    }
    case 'mutual': {
      // "The two leaders are expected to discuss Taiwan, Russia's invasion of Ukraine and …": what is discussed are topics, never sides
      // of one another; with no subject, only the pair "the two leaders" points back to talks.
      if (trigger.rule === 'cooperation.discuss' && /^discuss/i.test(text.slice(span.start, span.end)) && !subject && !leading.length) {
        // (The pair named before, not one the topics join: "… Ukraine and North Korea's ambitions".)
        const pair = discourse.pair ?? discourse.joined ?? discourse.related;
        return pointsBack && pair ? [{ from: pair[0], to: pair[1], directed: false, weight: 0.75 }] : [];
      }
      // "the tensions Delhi and Kabul have with Islamabad": a noun's relative clause names its sides, each of its subject with the one after "with".
      const haveWith = /^\s+(?:that\s+|which\s+)?((?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s+|\s+and\s+|,\s+and\s+))+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:have|had|has)\s+(?:long\s+|had\s+)?with\s+(?:the\s+)?$/u;
      const withSide = /^(?:tensions?|disputes?|rows?|differences|quarrels?|feuds?|rivalry|problems|issues)$/i.test(text.slice(span.start, span.end))
        ? objects.find((m) => !m.place && m.start - span.end < 120 && haveWith.test(text.slice(span.end, m.start))) : undefined;
      if (withSide) {
        const sides = distinct(objects.filter((m) => !m.place && m.end <= withSide.start && m.actor !== withSide.actor));
        if (sides.length >= 2) return sides.map((m) => ({ from: m.actor, to: withSide.actor, directed: false, weight: 0.8 }));
      }
      // "Bahrain — a close Saudi ally and home to …", "Qatar, a key Turkish ally, …": an ally named in apposition is the ally of
      // the name it stands beside, not of whatever the apposition goes on to name.
      if (trigger.rule === 'alliance.allies') {
        const own = mentions.find((m) => m.end <= span.start && !m.place && /^(?:['’]s)?\s+$/.test(text.slice(m.end, span.start)));
        const apposition = own && /\s*[,—–]\s+(?:(?:a|an)\s+)?(?:(?:close|closer|key|staunch|strong|longtime|long-time|important|major|regional|loyal|firm|traditional|strategic|fellow|crucial)\s+){0,2}$/iu.exec(text.slice(sentence.start, own.start));
        const anchor = apposition && [...mentions].reverse().find((m) => !m.place && m.start >= sentence.start && m.end <= sentence.start + apposition.index && /^\s*$/.test(text.slice(m.end, sentence.start + apposition.index)));
        if (anchor && anchor.actor !== own!.actor) return [{ from: anchor.actor, to: own!.actor, directed: false, weight: 0.95 }];
      }
      // "Russia, China and South Africa held naval drills", "the fleets of A and B began a drill": the drill's own subjects, together.
      if (trigger.rule === 'cooperation.drills' || trigger.rule === 'cooperation.joint-project') {
        // ("… and India during a ceremony in the Turkmen desert broke ground": a name after "in the" is where, not who.)
        const own = leading.filter((m) => !m.place && !organisation(m) && !/(?<![\p{L}])(?:in|at|near|off)\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)));
        const group = own.length ? distinct(coordinated(text, own, own.at(-1)!)) : [];
        return group.length >= 2 ? everyPair(group, 0.8) : [];
      }
      // "The deal's signatories include A, B and C": each pair of the list after the verb.
      if (trigger.rule === 'cooperation.signers-include') {
        const head = objects.find((m) => !m.place && /^\s*(?:the\s+)?$/u.test(text.slice(span.end, m.start)));
        const listed = head ? distinct(listFrom(text, objects, head)) : [];
        return listed.length >= 2 ? everyPair(listed, 0.85) : [];
      }
      if (trigger.rule === 'cooperation.signed-by') {
        // ("signed by presidents Emomali Rahmon of Tajikistan, …": a title, a name and "of" before the first state.)
        // (Or the title right before a known person: "signed by presidents Ilham Aliyev of Azerbaijan, …".)
        const named = objects;
        const first = named.find((m) => !m.place && ((m.via === 'person' && /^\s+(?:the\s+)?(?:leaders|presidents|prime\s+ministers|(?:foreign\s+|defen[cs]e\s+)?ministers|heads\s+of\s+(?:state|government))\s+$/iu.test(text.slice(span.end, m.start))) || /^\s+(?:all\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|dozens\s+of|a\s+dozen)\s+(?:other\s+)?(?:countries|nations|states|governments|economies)\s*,?\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)) || /^\s+(?:the\s+)?(?:(?:leaders|presidents|heads\s+of\s+(?:state|government)|(?:foreign\s+|defen[cs]e\s+|prime\s+)?ministers|representatives|envoys|delegations|governments)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}of\s+(?:the\s+)?)?$/u.test(text.slice(span.end, m.start).replace(/^(\s+)(?:The|the)\s/, '$1the ').replace(/(?<![\p{L}])(?:Leaders|Presidents|Ministers)(?![\p{L}])/gu, (w) => w.toLowerCase()))));
        const listed = first ? distinct(listFrom(text, named, first)) : [];
        // ("signed by Russian defence minister Sergei Shoigu and Ukraine's infrastructure minister, Oleksandr Kubrakov, in the presence of …":
        // office-holders named with their titles, up to what says where, when or before whom.)
        const stop = first ? text.slice(first.end, clause.end).search(/(?<![\p{L}])(?:in\s+the\s+presence\s+of|witnessed\s+by|brokered\s+by|mediated\s+by|at|in|on|during|after|before|under)\s/iu) : -1;
        const signers = listed.length >= 2 || !first ? listed : attendees(text, named.filter((m) => !m.place && m.end <= (stop >= 0 ? first.end + stop : clause.end)), first);
        // ("the deal, … also signed by Moscow": one more signer of the pair's deal.)
        if (signers.length === 1 && /also/i.test(text.slice(span.start, span.end)) && discourse.joined && !discourse.joined.includes(signers[0].actor)) return discourse.joined.map((p) => ({ from: signers[0].actor, to: p, directed: false, weight: 0.8 }));
        // ("signed by the Russian and Ukrainian ministers … at Dolmabahçe Palace in Istanbul": signers in a third state's city went there.)
        const venue = signers.length >= 2 ? objects.find((m) => m.place && m.start > signers.at(-1)!.end && isState(m.actor) && /(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu.test(before(text, m.start, 8))) : undefined;
        const travelled = venue ? signers.filter((g) => !organisation(g) && g.actor !== venue.actor).map((g): Pair => ({ from: g.actor, to: venue.actor, directed: true, weight: 0.75, type: 'visit', rule: 'visit.talks-in', cameo: '042' })) : [];
        // ("… has now been signed by all three countries": a counted group is the group the text named last, if the count fits.)
        const count = !first ? /^\s+(?:all\s+(?:the\s+)?|the\s+)(two|three|four|five|six|seven|eight)\s+(?:countries|nations|states|governments|sides|parties|leaders|neighbou?rs)(?![\p{L}])/iu.exec(text.slice(span.end, clause.end)) : null;
        if (count) {
          const size = NUMBER_WORDS.indexOf(count[1].toLowerCase());
          const group = size === 2 ? discourse.pair : counted(discourse, size);
          if (group) return group.flatMap((a, i) => group.slice(i + 1).map((b): Pair => ({ from: a, to: b, directed: false, weight: 0.75 })));
          // ("… signed by all three countries, Mexico, Canada and the United States": the list in apposition, if the count fits.)
          const after = span.end + count[0].length;
          const head = named.find((m) => !m.place && m.start >= after && /^\s*[,:—–]\s*(?:the\s+)?$/u.test(text.slice(after, m.start)));
          const apposed = head ? distinct(listFrom(text, named, head)) : [];
          if (apposed.length === size) return everyPair(apposed, 0.85);
        }
        return signers.length >= 2 ? [...everyPair(signers, 0.9), ...travelled] : [];
      }
      // "The three countries signed a memorandum", "The presidents signed a joint statement": a plural for subject, after a
      // sentence that named three or more together, is that group (a number, if given, must be its size).
      // ("Turkey lifted its objection to Finland and Sweden's bids. The three countries signed …": a number may count the last sentence's states.)
      const ref = !subject && !leading.length && RELATION_TYPES[trigger.type].family === 'cooperation'
        // (A partner after "with" makes the deal the group's with that partner, not among themselves.)
        && !objects.some((m) => !m.place && /(?<![\p{L}])with\s+(?:the\s+)?(?:\S+\s+){0,2}$/iu.test(before(text, m.start, 30))) ? GROUP_SUBJECT.exec(lead) : null;
      if (ref) {
        const size = ref[1] ? NUMBER_WORDS.indexOf(ref[1].toLowerCase()) : discourse.group?.length;
        const group = discourse.group?.length === size ? discourse.group : ref[1] && size ? counted(discourse, size) : undefined;
        if (group) {
          return group.flatMap((a, i) => group.slice(i + 1).map((b): Pair => ({ from: a, to: b, directed: false, weight: 0.75 })));
        }
      }
      // "cooperation among the three countries": a counted group after the act is the group the text named last, if the count fits.
      const among = !subject && RELATION_TYPES[trigger.type].family === 'cooperation' ? /^\s+(?:\S+\s+){0,2}?(?:among|between)\s+(?:the|all)\s+(three|four|five|six)\s+(?:countries|nations|states|governments|sides|parties|neighbou?rs)(?![\p{L}])/iu.exec(text.slice(span.end, clause.end)) : null;
      if (among) {
        const size = NUMBER_WORDS.indexOf(among[1].toLowerCase());
        const group = counted(discourse, size);
        if (group) return group.flatMap((a, i) => group.slice(i + 1).map((b): Pair => ({ from: a, to: b, directed: false, weight: 0.75 })));
      }
      // "After three hours of talks with Brazilian President Lula, all they were able to do …": talks in a preposed phrase whose
      // main clause has a pronoun for subject are between the last sentence's subject and the one named after "with".
      if (!subject && !leading.length && /^\s*(?:After|During|Following|Before|At the end of|In)\s+(?:\S+\s+){0,4}$/i.test(lead) && discourse.subject && !discourse.subject.group && /^(?:talks|meetings?|negotiations|discussions|consultations)(?:\s+with)?$/i.test(text.slice(span.start, span.end))
        && /^[^.;:]{0,80}?(?<![\p{L}])(?:he|she|they)\s+(?:\S+\s+)?(?:were|was|had|have|has|agreed|said|signed|did|could|would|announced)\b/iu.test(text.slice(text.indexOf(',', span.end) < 0 ? sentence.end : text.indexOf(',', span.end), sentence.end))) {
        const partner = objects.find((m) => !m.place && /(?<![\p{L}])with\s+(?:the\s+)?(?:\S+\s+){0,2}$/iu.test(before(text, m.start, 30)));
        if (partner && partner.actor !== discourse.subject.actor && !organisation(partner)) return [{ from: discourse.subject.actor, to: partner.actor, directed: false, weight: 0.8 }];
      }
      // "During the visit, he signed three agreements with his Russian counterpart": "he" is the last sentence's subject.
      if (!subject && !leading.length && discourse.subject && !discourse.subject.group && /(?<![\p{L}])(?:he|she)\s+(?:\S+\s+){0,3}$/iu.test(lead)) {
        const partner = objects.find((m) => !m.place && m.actor !== discourse.subject!.actor && /(?<![\p{L}])(?:with|and)\s+(?:\S+\s+){0,3}$/iu.test(before(text, m.start, 30)) || (!m.place && /^(?:met|meets?|meeting|spoke to|talked to)\s+(?:(?:the|his|her)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(span.start, m.start))));
        // ("to his Canadian and Spanish counterparts": each of a list.)
        if (partner && partner.actor !== discourse.subject.actor && !organisation(partner)) return distinct(listFrom(text, objects, partner)).filter((p) => p.actor !== discourse.subject!.actor && !organisation(p)).map((p) => ({ from: discourse.subject!.actor, to: p.actor, directed: false, weight: 0.85 }));
      }
      // "sided with Turkey in its dispute with Greece": "its" quarrel belongs to the state named last before it, not to the subject.
      if (RELATION_TYPES[trigger.type].family === 'conflict' && /(?<![\p{L}])its\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead)) {
        const owner = [...inClause].reverse().find((m) => m.end <= span.start && !m.place);
        const other = objects.find((m) => !m.place && /(?<![\p{L}])with\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)));
        if (owner && other && owner !== subject && owner.actor !== other.actor) return [{ from: owner.actor, to: other.actor, directed: false, weight: 0.85 }];
      }
      // "the EU-Viet Nam trade agreement", "US-China talks": a hyphenated pair in the trigger's own phrase is its two sides.
      const pair = hyphenPair(text, inClause, span);
      // ("discussed Turkish-Libyan deals with his Greek counterpart": a pair that names what is discussed, with a partner after "with", is not the talks' sides.)
      const withPartner = pair && pair[0].start >= span.end && /^(?:discuss|review|raise|address|debate)/i.test(text.slice(span.start, span.end))
        && objects.some((m) => m.start > pair[1].end && !m.place && /(?<![\p{L}])with\s+(?:\S+\s+){0,3}$/iu.test(before(text, m.start, 40)));
      if (pair && !withPartner) return [{ from: pair[0].actor, to: pair[1].actor, directed: false, weight: 0.9 }];
      // "withdrew its envoys from A and B because of tension with C": the quarrel is the clause's subject's, with C.
      if (amidQuarrel) {
        // ("amid tensions with the West over Ukraine": what the quarrel is over is no side.)
        const other = objects.find((m) => !m.place && /(?<![\p{L}])with\s+(?:the\s+)?(?:\S+\s+){0,3}?$/iu.test(before(text, m.start, 40)) && !/(?<![\p{L}])(?:over|about|regarding|concerning)\s/iu.test(text.slice(span.end, m.start)));
        // ("Amid tension with Pakistan over the attack, India cancelled …": a preposed phrase's quarrel is the main clause's subject's.)
        const comma = agents.some((a) => !a.place) ? -1 : text.indexOf(',', span.end);
        const main = comma >= 0 && comma < sentence.end ? mentions.find((m) => m.start > comma && !m.place && /^,\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*|prime|foreign|defen[cs]e|minister|president)\s+){0,4}$/u.test(text.slice(comma, m.start))) : undefined;
        const first = agents.find((a) => !a.place) ?? main;
        // ("Peru and Chile recalled their envoys amid a dispute with Bolivia": each of a coordinated subject.)
        const joinedFirst = first && agents.includes(first) ? coordinated(text, agents, agents.filter((a) => !a.place).at(-1)!) : [];
        const firsts = joinedFirst.includes(first!) ? distinct(joinedFirst) : first ? [first] : [];
        return other && firsts.length && !firsts.some((f) => f.actor === other.actor) ? firsts.map((f) => ({ from: f.actor, to: other.actor, directed: false, weight: 0.8 })) : [];
      }
      // "a row over Ivorian soldiers detained in Mali": a dispute over one state's people held by another is between those two.
      if (RELATION_TYPES[trigger.type].family === 'conflict') {
        const held = objects.findIndex((m, i) => m.via === 'demonym' && objects[i + 1] && objects[i + 1].actor !== m.actor && HELD.test(text.slice(m.end, objects[i + 1].start)) && /^\s+(?:over|about|concerning)\s+(?:the\s+)?(?:\d+\s+|[\p{Ll}]+\s+)?$/iu.test(text.slice(span.end, m.start)));
        if (held >= 0) return [{ from: objects[held + 1].actor, to: objects[held].actor, directed: false, weight: 0.85 }];
      }
      // "Russian ally Serbia", "its neighbour": a noun between two names joins those two.
      const left = inClause.find((m) => m.end <= span.start && /^\s+$/.test(text.slice(m.end, span.start)));
      const right = inClause.find((m) => m.start >= span.end && /^\s+$/.test(text.slice(span.end, m.start)));
      if (left && right && left.actor !== right.actor && !left.possessive && trigger.rule !== 'cooperation.discuss') {
        // ("Egypt spoke with Greece and Cyprus", "Egypt telephoned Greece and Cyprus": a verb's partners are each of a list.)
        const verbal = /(?:\swith|\sto)$|^(?:telephon|phon|call|met\b|meet)/i.test(text.slice(span.start, span.end));
        const partners = verbal ? listFrom(text, inClause, right).filter((p) => p.actor !== left.actor && !p.place) : [right];
        return partners.map((p) => ({ from: left.actor, to: p.actor, directed: false, weight: 0.9 }));
      }
      const between = /(?<![\p{L}])between\s+(?:the\s+)?$/iu;
      // ("The row between China and Japan escalated … after Tokyo agreed to buy": a "between" before a verb belongs to another noun.)
      // ("A, B and C agreed to take measures against a deal between D and E": a verb with a subject of its own leaves a later noun's "between" to that noun.)
      const ownGroup = subject ? distinct(coordinated(text, agents, subject)) : [];
      const laterNoun = (m: Mention) => m.start > span.end && ownGroup.length >= 2 && /^\p{Ll}+(?:ed|d)\b/u.test(text.slice(span.start, span.end)) && text.slice(span.end, m.start).trim().split(/\s+/).length > 4;
      const firstNamed = inClause.find((m) => between.test(before(text, m.start, 14)) && !(m.start < span.start && /^\p{Ll}+ed\b/u.test(text.slice(span.start, span.end))) && !laterNoun(m));
      // "between US ally Israel and Sudan": a name that modifies "ally" is not a side; the name after it is.
      const first = firstNamed && /^\s+(?:ally|allies|partner|neighbou?r|rival|foe|client)\s+$/iu.test(text.slice(firstNamed.end, inClause[inClause.indexOf(firstNamed) + 1]?.start ?? firstNamed.end)) ? inClause[inClause.indexOf(firstNamed) + 1] : firstNamed;
      if (first) {
        // "negotiations between Egypt, Sudan and Ethiopia": every pair of the parties.
        const parties = listFrom(text, inClause, first);
        // ("between Addis Ababa and downstream nations Egypt and Sudan": a group noun after "and" makes its members one side.)
        if (parties.length >= 3 && /\sand\s+(?:\S+\s+)?(?:nations|countries|states|neighbou?rs)\s+$/iu.test(text.slice(parties[0].end, parties[1].start))) return parties.slice(1).map((p) => ({ from: parties[0].actor, to: p.actor, directed: false, weight: 1 }));
        if (parties.length >= 2) return everyPair(parties, 1);
      }
      // "between Israel and Hamas": one side is no actor of ours, and the subject is not a side either.
      // "trade between them": the pair the text last named.
      // ("Australia and Tuvalu signed a treaty between the two nations": the pair is the clause's own subject.)
      const ownTwo = subject ? distinct(coordinated(text, agents, subject)) : [];
      // ("The EU and the US tried to normalise ties between the two Balkan states": states are never a body.)
      const ownStates = ownTwo.every((m) => isState(m.actor)) || !/^\s*(?:\S+\s+){0,4}?between\s+(?:the two|both)\s+(?:\S+\s+)?(?:countries|nations|states|neighbou?rs|republics|kingdoms)\b/iu.test(text.slice(span.end, clause.end));
      if (ownTwo.length === 2 && ownStates && /^\s*(?:\S+\s+){0,6}?between\s+(?:them|the two \S+|both \S+)/iu.test(text.slice(span.end, clause.end))) return [{ from: ownTwo[0].actor, to: ownTwo[1].actor, directed: false, weight: 0.85 }];
      if (plural && /^\s*(?:\S+\s+){0,6}?between\s+(?:them|the two \S+|both \S+)/iu.test(text.slice(span.end, clause.end))) return [{ from: plural[0], to: plural[1], directed: false, weight: 0.8 }];
      // ("were trying to mediate and finalize talks on normalizing ties between the two Balkan states": the sides may stand a few words on.)
      if (/^\s*(?:\S+\s+){0,6}?between\s(?!(?:their|its)\s)/iu.test(text.slice(span.end, clause.end)) || /between$/i.test(text.slice(span.start, span.end))) return [];
      // "Colombia and the ELN agreed": a side that is no actor of ours stands right before the verb.
      if (foreign) return [];
      // Control: "as they joined Trump to sign an agreement": who signs is "they", the pair named before.
      if (plural && /(?<![\p{L}])they\s+(?:\S+\s+){0,2}?(?:joined|join|joins|met|meet|gathered)\s+(?:\S+\s+){0,4}?to\s+(?:\S+\s+)?$/iu.test(lead)) return [{ from: plural[0], to: plural[1], directed: false, weight: 0.8 }];
      // "The agreement, signed by Iran and Saudi Arabia": the signers of a mutual act after it are its parties.
      const signer = objects.find((m) => /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|have|had) been |was |were |is |are |will be )?(?:signed|concluded|reached|agreed|negotiated|inked|struck|sealed)\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?(?:(?:foreign|prime|defen[cs]e|trade|finance|economy)\s+)?(?:(?:ministers|leaders|presidents|heads of (?:state|government)|representatives|envoys|officials|delegations)\s+of\s+(?:the\s+)?)?$/iu.test(text.slice(span.end, m.start)));
      if (signer) {
        const signers = following(text, objects, signer);
        if (signers.length >= 2) return everyPair(signers, 0.9);
      }
      // "Beijing has been Pyongyang's main ally": the subject of a copula and the possessor of its noun.
      if (subject?.possessive && /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(subject.end, span.start))) {
        const other = agents.filter((a) => a.end <= subject.start && a.actor !== subject.actor).at(-1);
        if (other && /^\s+(?:\S+\s+)?(?:is|was|are|were|has been|have been|had been|remains?|remained|became|becomes|becoming)\s+$/iu.test(text.slice(other.end, subject.start))) return [{ from: other.actor, to: subject.actor, directed: false, weight: 0.9 }];
      }
      if (subject) {
        const group = coordinated(text, agents, subject);
        // ("Peru, Chile deploy troops in Bolivia dispute": a name right before the quarrel noun is the other side, facing each of the subject.)
        const modifierSide = RELATION_TYPES[trigger.type].family === 'conflict' && /^(?:dispute|row|spat|feud|stand-?off|quarrel|crisis)$/i.test(text.slice(span.start, span.end))
          ? inClause.find((m) => m.end <= span.start && m.start > subject.end && /^\s+(?:border\s+|diplomatic\s+|trade\s+)?$/.test(text.slice(m.end, span.start)) && !m.possessive) : undefined;
        // ("G7 and EU call on China not to use force in the Taiwan dispute": with another named between, the quarrel is not the subject's.)
        if (group.length >= 2 && modifierSide && !group.some((g) => g.actor === modifierSide.actor) && !inClause.some((m) => m.start > subject.end && m.end <= modifierSide.start)) return distinct(group).map((g) => ({ from: g.actor, to: modifierSide.actor, directed: false, weight }));
        // "strengthen ties with other nations": the partner is a noun of no actor.
        if (group.length < 2 && /^\s+(?:\S+\s+){0,3}?with\s+(?:the\s+)?(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}(?:nations|countries|partners|allies|states|neighbou?rs|governments|powers|democracies|members|groups|rebels|militias|companies|firms)\b/u.test(text.slice(span.end, clause.end))) return [];
        // "Israel and Hamas agreed": the other side is no actor of ours, so nothing pairs with the subject.
        if (group.length < 2 && nonActorPartner(text, subject, mentions)) return [];
        // "The UAE and Bahrain normalised relations with Israel": each of the subject with the partner after "with".
        const withPartner = objects.find((m) => !m.place && /^\s+(?:\S+\s+){0,2}?with\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start)) && !/^\s+(?:help|support|mediation|assistance|backing)\b/i.test(text.slice(m.end, m.end + 14)));
        if (group.length >= 2 && withPartner && !group.some((g) => g.actor === withPartner.actor)) return group.map((g) => ({ from: g.actor, to: withPartner.actor, directed: false, weight }));
        // ("A, B and C travelled to Pristina for talks with Prime Minister Kurti": talks with someone else are not among the travellers.)
        if (group.length >= 2 && !withPartner && (/^(?:talks?|negotiations?|meetings?)\s+with$/i.test(text.slice(span.start, span.end)) || (/^(?:talks?|negotiations?|meetings?)$/i.test(text.slice(span.start, span.end)) && /^\s+with\s/i.test(text.slice(span.end, span.end + 6))))) return [];
        // "Mexico and Canada are the largest trading partners of the United States": each of the subject with the one after "of".
        const ofPartner = /(?:partners?|allies|ally|friends?|suppliers?|customers?)$/i.test(text.slice(span.start, span.end)) ? objects.find((m) => !m.place && /^\s+of\s+(?:the\s+)?$/iu.test(text.slice(span.end, m.start))) : undefined;
        if (ofPartner && !group.some((g) => g.actor === ofPartner.actor)) return group.map((g) => ({ from: g.actor, to: ofPartner.actor, directed: false, weight }));
        // "Spain and Ireland agreed to take steps towards recognising a Palestinian state": a joint step toward a third is no tie between them.
        // ("agreed to a truce, ending months of fighting with the Iran-backed group": a name in a participle clause after it, or one modifying a group, is no third.)
        if (trigger.rule === 'cooperation.agreed' && objects.some((m) => !m.place && !group.some((g) => g.actor === m.actor) && !TIED_TO.test(text.slice(m.end, m.end + 16)) && !/,\s*(?:\S+\s+)?\p{Ll}+ing\s/u.test(text.slice(span.end, m.start)))) return [];
        // ("Cam and his counterparts from Indonesia, Malaysia and Thailand signed the declaration on the admission of Vietnam":
        // a long list acting on a third is no web of ties among its members.)
        // ("signed … on the White House lawn": a seat where they sign is a place, not a third they act on.)
        if (group.length >= 3 && objects.some((m) => !m.place && m.via !== 'seat' && !organisation(m) && !group.some((g) => g.actor === m.actor) && /(?<![\p{L}])(?:of|on|for|toward|towards|against|to)\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)))) return [];
        // ("Libya, Tunisia and Egypt showed solidarity with the Syrian protesters": a tie with someone who is no actor of ours is none among the subjects.)
        const people = (m: Mention) => m.via === 'demonym' && /^\s+(?:[\p{Ll}-]+\s+)?(?:protesters|demonstrators|people|rebels|opposition|refugees|citizens|workers|activists|victims|civilians|population|migrants)\b/u.test(text.slice(m.end, m.end + 40));
        if (group.length >= 2 && (/with$/i.test(text.slice(span.start, span.end)) || /^\s+(?:\S+\s+){0,2}?with\s/iu.test(text.slice(span.end, clause.end))) && !/^\s+(?:\S+\s+){0,2}?(?:each\s+other|one\s+another)/iu.test(text.slice(span.end, clause.end))
          && !objects.some((m) => !m.place && m.start > span.end && !people(m))) return [];
        // "Egypt, Sudan and Ethiopia signed a deal": every pair of them.
        if (group.length >= 2) return everyPair(group, weight);
        // "Gaza truce brokered by Qatar": a name right before the noun modifies it, and "by" names a third party.
        // ("The Philippines signed a deal": before a verb, a name after "the" is the subject.)
        const modifier = !/^\p{Ll}+(?:ed|ing\b|\s+(?:a|an|the|its|their|his|her|new|two|three|several)\s)/u.test(text.slice(span.start, span.end)) && /^\s*$/.test(text.slice(subject.end, span.start)) && /(?<![\p{L}])(?:a|an|the|to|of|for|on|in|its|their|new|this|that|with|over|after|by|from|including|among|like|as)\s+$/iu.test(before(text, subject.start, 12));
        // A name in a hyphenated pair ("the EU-Viet Nam agreement") is that pair's side, nobody else's partner.
        // "The EU agreed to impose sanctions on Iran": agreeing alone is no pact with the one it acts on.
        // "Egypt discussed the issue with Greece", "discussed the deals with his Greek and Cypriot counterparts": what is discussed stands between the verb and its partner.
        if ((trigger.rule === 'cooperation.discuss' || trigger.rule === 'cooperation.talked') && group.length === 1) {
          const partner = objects.find((m) => !m.place && !organisation(m) && /^\s+(?:[^\s,;]+\s+){0,6}?with\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/iu.test(text.slice(span.end, m.start))
            && (m.via === 'person' || /^\s+(?:and\s+\S+\s+)?counterparts?\b/iu.test(text.slice(m.end, m.end + 30)) || !/(?<![\p{L}])(?:disputes?|rows?|wars?|conflicts?|tensions?|crisis|relations|ties|feud|spat|rift|stand-?off|border|clashes|fighting|quarrel|differences|deals?|agreements?|treaty|pact|cooperation|partnership|trade)\s+with\s+(?:\S+\s+)?$/iu.test(text.slice(span.end, m.start))));
          if (partner) return listFrom(text, objects, partner).filter((p) => p.actor !== subject.actor && !organisation(p)).map((p) => ({ from: subject.actor, to: p.actor, directed: false, weight }));
        }
        if (trigger.rule === 'cooperation.agreed' || trigger.rule === 'cooperation.discuss' || trigger.rule === 'cooperation.talked' || trigger.rule === 'cooperation.jointly' || (trigger.rule === 'war.exchange' && !/^\s+with\s/i.test(text.slice(span.end, span.end + 6)))) return [];
        // "signed a deal with Somaliland, angering Somalia": a name after a comma and a participle belongs to that clause.
        // ("one of Ukraine's staunchest allies since Belarusian ally Russia invaded": a name in a clause after a subordinator is no partner.)
        // ("meets Central Asian leaders to counter Chinese influence": whom a meeting aims at, after its purpose's "to", is no one met.)
        const partner = modifier ? undefined : objects.find((m) => !m.place && !(/^cooperation\.(?:meet|talk)/.test(trigger.rule) && PURPOSE_TO.test(text.slice(span.end, m.start)) && !OBJECT_CONTROL.test(PURPOSE_TO.exec(text.slice(span.end, m.start))![1] + ' ')) && !/(?<![\p{L}])(?:since|after|before|when|until|while|because|although|though|amid|amidst|despite)\s/iu.test(text.slice(span.end, m.start)) && !/,\s*(?:\S+\s+)?(?!including\s)\p{Ll}+ing\s/u.test(text.slice(span.end, m.start)) && !/(?<![\p{L}])by\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)) && !/^[-–]\p{Lu}/u.test(text.slice(m.end, m.end + 2)) && !/\p{L}[-–]$/u.test(before(text, m.start, 2)));
        // "signed a trade agreement with Iceland, Liechtenstein and Norway": the subject with each of a listed partner.
        // ("telephoned Greece and Cyprus", "met Greek Foreign Minister X and Cypriot Foreign Minister Y": each of a direct object's list too.)
        // ("signed a treaty with Azerbaijan and Russia": one document signed with two makes all three its parties.)
        const partners = partner && /^(?:signed|signs|sign|signing|inked|concluded)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:treaty|agreement|deal|accord|declaration|pact)$/iu.test(text.slice(span.start, span.end)) && /^\s+with\s+(?:the\s+)?$/iu.test(text.slice(span.end, partner.start))
          ? distinct(listFrom(text, objects, partner)).filter((p) => p.actor !== subject.actor && !organisation(p)) : [];
        // (Only two joined by a bare "and": "a deal with China, its largest trading partner, and South Korea" may be two deals.)
        if (partners.length === 2 && /^\s+and\s+(?:the\s+)?$/.test(text.slice(partners[0].end, partners[1].start))) return [subject, ...partners].flatMap((a, i, all) => all.slice(i + 1).map((b) => ({ from: a.actor, to: b.actor, directed: false, weight: weight * 0.9 })));
        if (partner) return (/(?<![\p{L}])(?:with|to)\s+(?:[^\s,;]+\s+){0,3}$/iu.test(before(text, partner.start, 40)) || (/^(?:telephon|phon|call|met\b|meet)/i.test(text.slice(span.start, span.end)) && /^\s+(?:(?:the|his|her|their|its)\s+)?$/iu.test(text.slice(span.end, partner.start))) ? listFrom(text, objects, partner) : [partner]).filter((p) => p.actor !== subject.actor).map((p) => ({ from: subject.actor, to: p.actor, directed: false, weight: weight * 0.9 }));
      }
      const byFirst = objects.find((m) => /(?<![\p{L}])by\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)));
      const byList = new Set(byFirst ? following(text, objects, byFirst) : []);
      const after = distinct(objects.filter((m) => !m.place && !byList.has(m)));
      // "talks with Ukraine and Moldova": partners after "with" share a partner the clause does not name, not each other.
      // ("traded accusations of receiving arms from foreign powers, including the UAE and Egypt": examples of a noun are no sides.)
      if (after.length >= 2 && JOINED.test(text.slice(after[0].end, after[1].start)) && !/(?<![\p{L}])with\s+(?:the\s+)?$/iu.test(before(text, after[0].start, 10)) && !/(?<![\p{L}])(?:including|such\s+as|like|notably|namely)\s+(?:the\s+)?$/iu.test(before(text, after[0].start, 16))) return [{ from: after[0].actor, to: after[1].actor, directed: false, weight: 0.8 }];
      // "They fought a war" after a sentence about one country: a plural pronoun means the pair, unless the last subject was a group.
      const group = discourse.subject?.group && /^\W*(?:\S+\s+){0,4}?they\b/i.test(lead);
      // ("… to discuss the problem, and officials have urged households to avoid heating their homes": a plural after a new subject is that subject's.)
      const ownRest = text.slice(span.start, clause.end).split(/,\s+(?:and|but|while)\s+(?=\p{L}+\s+(?:have|has|had|are|were|is|was|will|would|said|say)\b)/u)[0];
      if (!group && (pointsBack || (plural && PLURAL.test(ownRest) && !subject && after.length === 0))) return [{ from: plural![0], to: plural![1], directed: false, weight: 0.75 }];
      return [];
    }
    case 'visit': {
      // "told the Geneva conference", "said at the Munich Security Conference": the host is the city that names the gathering.
      if (trigger.rule === 'visit.event-city') {
        const city = mentions.find((x) => (x.via === 'city' || x.via === 'capital') && x.start >= span.end && /^\s+(?:(?:\d+(?:st|nd|rd|th)|annual|\d{4})\s+)?$/u.test(text.slice(span.end, x.start)));
        // ("Speaking at the Munich Security Conference, Wang Yi said …": a participle set before the main clause is its subject's.)
        const preposed = PREPOSED.test(text.slice(sentence.start, span.start)) || (/^\W*$/.test(text.slice(sentence.start, span.start)) && /^\p{Lu}\p{Ll}+ing\b/u.test(text.slice(span.start, span.end)));
        const speaker = (preposed ? mainSubjectAfter(text, span, mentions, sentence.end) : undefined) ?? subject;
        return city && speaker && !organisation(speaker) && speaker.actor !== city.actor ? [{ from: speaker.actor, to: city.actor, directed: true, weight: 0.8 }] : [];
      }
      // "US-China talks in Geneva": the two sides a hyphenated pair names before the talks both travel to the place.
      if (trigger.rule === 'visit.talks-in' && /^(?:talks|meetings?|summits?|negotiations)\b/i.test(text.slice(span.start, span.end))) {
        const sides = hyphenPair(text, inClause, span);
        const place = objects.find((m) => m.place && m.start >= span.end - 4);
        if (sides && sides[1].end <= span.start && place) return distinct([...sides]).filter((m) => m.actor !== place.actor && !organisation(m)).map((m): Pair => ({ from: m.actor, to: place.actor, directed: true, weight: 0.85 }));
      }
      // "Togo was visited by Ghana's president": in the passive, the one after "by" travels to the subject.
      if (/^visited$/i.test(text.slice(span.start, span.end)) && PASSIVE.test(before(text, span.start, 24))) {
        const by = objects.find((m) => !m.place && /(?<![\p{L}])by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(before(text, m.start, 30)) && !/[,;]/.test(text.slice(span.end, m.start)));
        const visited = agents.filter((a) => !organisation(a)).at(-1) ?? (subject && !organisation(subject) ? subject : undefined);
        return by && visited && by.actor !== visited.actor ? listFrom(text, objects, by).filter((v) => v.actor !== visited.actor).map((v): Pair => ({ from: v.actor, to: visited.actor, directed: true, weight: 0.85 })) : [];
      }
      // The host stands close after the trigger, with no comma between ("a state visit, the leg of a tour that began in France").
      // "attend the Arab League summit": an organisation that names the meeting is not where it is.
      // "departed Abuja for Paris": where one leaves for is the host, not where one leaves.
      const bound = / for$/i.test(text.slice(span.start, span.end)) ? objects.find((m) => m.start >= span.end) : undefined;
      // "arrived in Nur Sultan, the capital of Kazakhstan": a place unknown to us, then the country it is in.
      // "travelled to Greenland after Trump renewed his bid": a name in a clause after "after" is not where one goes.
      // ("a visit to a country that is a member of the ICC": a body the place belongs to is no host.)
      // ("discussed Angola's leadership in working to find an end to the conflict in eastern Congo": a gerund between says "in" was no place.)
      // ("paid a brief visit to Mexico's ambassador": a visit to a state's envoy or mission is no journey to the state.)
      // ("Wang's visit comes in the backdrop of a move by US President Trump": after the noun's own verb, or after "by", no host.)
      const visitNounHere = /^(?:state\s+|official\s+)?(?:visits?|trips?|tours?|journeys?)$/i.test(text.slice(span.start, span.end));
      const host = bound ?? objects.find((m) => !(visitNounHere && /(?<![\p{L}])(?:comes?|came|is|was|were|are|has|had|will|would|follows?|followed|coincides?|coincided)\s|(?<![\p{L}])by\s+(?:\S+\s+){0,3}$/iu.test(text.slice(span.end, m.start))) && !(m.end <= span.end && m.via === 'person') && !(m.possessive && /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:ambassador|envoy|embassy|consulate|consul|charg[ée]|mission)\b/u.test(text.slice(m.end, m.end + 30))) && !(trigger.rule === 'visit.talks-in' && /^\s*\p{Ll}{3,}ing\s/u.test(text.slice(span.end, m.start))) && !OWNER_OF_PLACE.test(text.slice(m.end, m.end + 60)) && !/(?<![\p{L}])(?:after|before|since|because|while|when|until)\s/iu.test(text.slice(span.end, m.start)) && !/(?<![\p{L}])(?:that|which)\s+(?:is|are|was|were)\s+(?:a\s+)?(?:\S+\s+)?members?\s+of\s+(?:the\s+)?$/iu.test(before(text, m.start, 50)) && (m.via !== 'demonym' || m.place) && (!text.slice(span.end, m.start).includes(',') || PLACE_OF.test(text.slice(span.end, m.start)) || (m.place && /^\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2},\s*$/u.test(text.slice(span.end, m.start)))) && !/^['’]?s?\s+(?:summit|meeting|conference|session|talks|forum)\b/i.test(text.slice(m.end, m.end + 14))
        // ("return to Angola-led peace negotiations": a state that leads what one returns to is no place.)
        && !/^-(?:led|brokered|sponsored|backed|mediated|hosted|run)\b/.test(text.slice(m.end, m.end + 12)));
      // "signed during Russian President Putin's visit here, … was underplayed by New Delhi": "here" is where the report stands,
      // the one other state the sentence names (or the place the text last set), and the visitor owns the visit.
      if (!host && VISIT_NOUN.test(text.slice(span.start, span.end)) && /^\s+here\b/i.test(text.slice(span.end, span.end + 8))) {
        const visitor = mentions.filter((m) => !m.place && m.start >= sentence.start && m.end <= span.start && m.possessive && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(m.end, span.start))).at(-1);
        const others = visitor ? [...new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !organisation(m) && m.actor !== visitor.actor).map((m) => m.actor))] : [];
        const here = others.length === 1 ? others[0] : !others.length && discourse.place !== visitor?.actor ? discourse.place : undefined;
        return visitor && here ? [{ from: visitor.actor, to: here, directed: true, weight: 0.75 }] : [];
      }
      // "met in Vienna with the US secretary of state": where "in" names a place we do not know, the one "with" names is a partner met there, not the host.
      if (host && /\s(?:in|at)$/i.test(text.slice(span.start, span.end)) && /^\s+\p{Lu}[\p{L}'’-]+/u.test(text.slice(span.end, span.end + 30))
        && !mentions.some((m) => m.start >= span.end && m.start <= span.end + 2) && /(?<![\p{L}])with\s+(?:\S+\s+){0,3}$/iu.test(text.slice(span.end, host.start))) return [];
      // "Arriving in Beijing on Monday, Lula said …": a participle that opens the sentence has the main clause's subject, after its comma.
      if (!subject && host && /^\p{Lu}\p{Ll}+ing$/u.test(text.slice(span.start, span.end).split(/\s+/)[0]) && /^\W*$/u.test(text.slice(sentence.start, span.start))) {
        const visitor = mentions.find((m) => m.start > host.end && !m.place && m.actor !== host.actor && /^[^,;.]*,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?$/u.test(text.slice(host.end, m.start)));
        if (visitor) return distinct(listFrom(text, mentions, visitor)).filter((v) => v.actor !== host.actor && !v.place).map((v): Pair => ({ from: v.actor, to: host.actor, directed: true, weight: 0.85 }));
      }
      // "The first head of state to arrive in Xian was President Tokayev of Kazakhstan": the one the copula names after the place travelled.
      if (!subject && host && /^\W*(?:the\s+)?(?:first|last|latest|next|only|second|third)\s+(?:[\p{Ll}-]+\s+){0,3}?to\s+$/iu.test(text.slice(clause.start, span.start))) {
        const copula = /^[^.;]*?\s(?:was|were|is|are|will\s+be)\s+/iu.exec(text.slice(host.end, clause.end));
        const visitor = copula && objects.find((m) => m.start >= host.end + copula[0].length && !m.place && m.actor !== host.actor);
        if (visitor) return [{ from: visitor.actor, to: host.actor, directed: true, weight: 0.85 }];
      }
      // "Both governments had sent their defence ministers to Doha": the pair the text named visits.
      // ("Their meeting": a possessive names no travellers.)
      // ("Mali, Niger and Burkina Faso signed a pact. The three presidents met in Agadez": a counted group, or "they" after a list of three or more, travels together.)
      const groupRef = !subject && host ? GROUP_SUBJECT.exec(lead) : null;
      const groupSize = groupRef ? (groupRef[1] ? NUMBER_WORDS.indexOf(groupRef[1].toLowerCase()) : discourse.group?.length) : /^\W*(?:\S+\s+){0,2}?they\s+(?:\S+\s+){0,3}$/iu.test(lead) && !subject && host ? discourse.group?.length : undefined;
      if (groupSize && groupSize >= 3 && discourse.group?.length === groupSize && host && !subject) {
        return discourse.group.filter((g) => g !== host.actor).map((g): Pair => ({ from: g, to: host.actor, directed: true, weight: 0.8 }));
      }
      if (!subject && host && pointsBack && !/^(?:their|them)$/i.test(PLURAL.exec(lead)?.[0] ?? '')) return plural!.filter((p) => p !== host.actor).map((p): Pair => ({ from: p, to: host.actor, directed: true, weight: 0.8 }));
      // "during a rare visit by the Turkish president to Iraq", "the visit of Nepal's prime minister to China": a visit noun names its visitor after "by" or "of", its host after "to".
      if (VISIT_NOUN.test(text.slice(span.start, span.end))) {
        // ("the first visit by a Japanese leader to Mongolia": an office-holder of a state, not yet named.)
        const by = objects.find((m) => !m.place && (/^\s+(?:[\p{Ll}-]+\s+)?(?:by|of)\s+(?:the\s+)?(?:(?:former|then|visiting|outgoing|new)\s+)?$/u.test(text.slice(span.end, m.start))
          || (m.via === 'demonym' && /^\s+(?:[\p{Ll}-]+\s+)?by\s+an?\s+$/u.test(text.slice(span.end, m.start)) && /^\s+(?:(?:vice|deputy|prime|foreign|defen[cs]e)\s+)?(?:leader|president|premier|minister|head\s+of\s+state|monarch|king|queen|delegation|official|envoy)\b/u.test(text.slice(m.end, m.end + 30)))));
        // ("a visit by Turkish President, Recep Tayyip Erdogan, to Iraq": a name set off by commas is no break.)
        const to = by && objects.find((m) => m.start >= by.end && m.actor !== by.actor && !/[,;]/.test(text.slice(by.end, m.start).replace(/,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*,/u, '')) && /(?<![\p{L}])(?:to|in)\s+(?:the\s+)?$/iu.test(before(text, m.start, 8)));
        if (by && to) return [{ from: by.actor, to: to.actor, directed: true, weight: 0.8 }];
      }
      // "X met Y during a tour that will take him to Qatar": "him" is the one whose tour it is, the sentence's subject, or the last sentence's.
      // "Nigeria's ambassador in Pretoria … will return to Nigeria": an envoy going home is recalled, not visiting.
      if (/^return/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:ambassadors?|envoys?|high commissioners?|consuls?(?: general)?|diplomats)(?![\p{L}])/iu.test(text.slice(clause.start, span.start))) return [];
      // "invited to enter BRICS": one enters an organisation as a member, not as a visitor.
      if (host && organisation(host) && /^(?:enter|entered|enters|entering|cross|crossed|set foot|stepp)/i.test(text.slice(span.start, span.end))) return [];
      if (trigger.rule === 'visit.taken' && host) {
        const first = mentions.find((m) => !m.place && m.end <= span.start);
        const titled = first && /^(?:['’]s)?\s+(\p{Lu}\p{L}+)/u.exec(text.slice(first.end, first.end + 30));
        const carried = (first && (first.person || (titled && TITLE_GAP.test(titled[1]))) ? first.actor : undefined) ?? (discourse.subject && !discourse.subject.group ? discourse.subject.actor : undefined);
        return carried ? listFrom(text, objects.filter((m) => m.via !== 'demonym'), host).filter((h) => h.actor !== carried).map((h): Pair => ({ from: carried, to: h.actor, directed: true, weight: 0.75 })) : [];
      }
      // "a meeting between Widodo and Singapore's Lee on the Indonesian island of Bintan": the sides not at home visit the place.
      // ("The US and Saudi Arabia confirmed talks between the Sudanese army and the RSF would start in Jeddah": the sides are inside, whoever announces them.)
      if (trigger.rule === 'visit.talks-in' && (!subject || subject.end <= clause.start || subject.end < span.start - 2) && /^(?:talks|meetings?|summits?)\s+(?:(?:was|were)\s+held\s+)?between\s/iu.test(text.slice(span.start, span.end))) {
        // The sides are named inside the trigger's own words; a side of no actor of ours ("President Widodo") is left out.
        const sides = objects.filter((m) => !m.place && m.end <= span.end);
        const place = objects.find((m) => m.place && m.start >= span.end - 4);
        if (!sides.length || !place) return [];
        return distinct(sides).filter((m) => m.actor !== place.actor).map((m): Pair => ({ from: m.actor, to: place.actor, directed: true, weight: 0.85 }));
      }
      // "he is scheduled to visit Serbia and Hungary": a pronoun stands for the last subject.
      const speaker = !subject && host && !bareEvent && PRONOUN.test(lead) && discourse.subject && !discourse.subject.group ? (/(?<![\p{L}])(?:he|she)(?![\p{L}])/iu.test(lead) ? heOrShe(discourse) : discourse.subject.actor) : undefined;
      if (speaker && host) return listFrom(text, objects.filter((m) => m.via !== 'demonym'), host).filter((h) => h.actor !== speaker).map((h): Pair => ({ from: speaker, to: h.actor, directed: true, weight: 0.75 }));
      // "Speaking on a visit to Berlin, he said …": an opening phrase's visit is the main clause's subject's, "he" the last sentence's.
      const opener = !subject && host && duringVisit && /^[^,;.]*,\s*(?:he|she)\s/iu.test(text.slice(host.end, sentence.end)) ? heOrShe(discourse) : undefined;
      if (opener && host && opener !== host.actor) return [{ from: opener, to: host.actor, directed: true, weight: 0.75 }];
      // "a visit to Kigali by Uganda's president": the visitor follows "by".
      if (eventNoun && host) {
        // ("the three-day state visit to China of Russia's President, Boris Yeltsin": "of" names the visitor too.)
        const by = objects.find((m) => m.start > host.end && m.start - host.end < 24 && /(?<![\p{L}])(?:by|of)\s+(?:the\s+)?$/iu.test(before(text, m.start, 10))
          && !/[;:]|(?<![\p{L}])(?:is|are|was|were|be|been|being|has|have|had)(?![\p{L}])/iu.test(text.slice(host.end, m.start)));
        if (by && by.actor !== host.actor) return [{ from: by.actor, to: host.actor, directed: true, weight: 0.9 }];
      }
      // "At a joint news conference in Ankara, Erdogan praised the Somali president": a meeting in an opening phrase is the main
      // clause's subject's; a subject at home there received the others the main clause names.
      if (!subject && trigger.rule === 'visit.talks-in' && /^\s*(?:At|In|During|After|Following)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(lead)) {
        const place = objects.find((m) => m.place && m.start >= span.end - 4);
        const main = mainSubjectAfter(text, span, mentions, sentence.end);
        if (place && main && main.actor !== place.actor && !organisation(main)) return [{ from: main.actor, to: place.actor, directed: true, weight: 0.8 }];
        if (place && main) return distinct(objects.filter((m) => m.start > main.end && !m.place && m.actor !== place.actor && !organisation(m) && (m.via === 'person' || m.via === 'demonym' || /^['’]s\s/u.test(text.slice(m.end, m.end + 3)))))
          .map((m): Pair => ({ from: m.actor, to: place.actor, directed: true, weight: 0.8 }));
      }
      // "The summit opened in Kuala Lumpur. Biden is attending the gathering": an event attended with no place of its own is where the text last set one.
      // ("Blinken pressed African leaders attending the summit": a participle after another noun tells who that noun is, not where the subject went.)
      if (subject && !host && /^attending/i.test(text.slice(span.start, span.end)) && /\S\s+\p{Ll}{3,}(?<![su])s\s+$/u.test(text.slice(subject.end, span.start))) return [];
      if (subject && !host && (subject.via === 'person' || subject.via === 'demonym' || !!subject.person) && !/^\s+as\s+(?:an?\s+)?observers?\b/i.test(text.slice(span.end, span.end + 16)) && /^attend/i.test(text.slice(span.start, span.end)) && /(?:summit|gathering|conference|forum|meeting|talks)$/i.test(text.slice(span.start, span.end)) && discourse.place && discourse.place !== subject.actor && !organisation(subject)
        && /^attend\S*\s+the\s+(?!(?:next|upcoming|future|last|previous|coming|following|first|second)\s)(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(text.slice(span.start, span.end)) && !mentions.some((m) => m.start >= span.start && m.start - span.end < 40 && organisation(m))) return [{ from: subject.actor, to: discourse.place, directed: true, weight: 0.7 }];
      if (!subject || !host) return [];
      // ("most US presidents make their first foreign trip to Canada or Mexico": a habit of a kind of leader is no one's journey.)
      if (/(?<![\p{L}])(?:most|many|all|previous|past|successive|other|earlier|several|some)\s+(?:\S+\s+)?$/iu.test(before(text, subject.start, 24)) && /^\s+(?:presidents|leaders|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|monarchs|chancellors)\b/iu.test(text.slice(subject.end, subject.end + 24))) return [];
      // "Refugees fleeing Sudan arrived in Chad": the state people flee or come from is no visitor.
      // ("Forces from the Gulf Cooperation Council have arrived in Bahrain": soldiers are no visitors either.)
      if (/(?<![\p{L}])(?:fleeing|fled|escaping|escaped)\s+(?:the\s+)?$/iu.test(before(text, subject.start, 14))
        || /(?<![\p{L}])(?:forces|troops|soldiers|units|police|peacekeepers|warships|ships|aircraft|jets)\s+from\s+(?:the\s+)?$/iu.test(before(text, subject.start, 24))) return [];
      // "Chinese transport planes landed in Belgrade", "Russian troops arrived in Mali": machines and soldiers are no visitors.
      if (!ownVisit(text, subject, span) && /(?<![\p{L}])(?:planes?|aircraft|jets?|bombers?|warplanes?|fighters?|helicopters?|ships?|boats?|frigates?|destroyers?|submarines?|carriers?|vessels?|warships?|flights?|cargo|shipments?|drones?|missiles?|troops|soldiers|forces|tanks|convoys?|mercenaries|refugees|migrants|tourists|rescuers|medics|paramedics|firefighters|(?:rescue|medical|relief|search|humanitarian) teams?|supplies|assistance|aid|relief|goods|equipment|weapons|vaccines|donations|instruments|documents|papers|letters?|membership|ratification|application|prisoners|detainees|hostages|citizens|nationals|nurses|doctors|students|workers|fans|pilgrims|families|people)(?![\p{L}])/iu.test([text.slice(subject.end, span.start).split(',')[0], text.slice(subject.end, span.start).split(',').at(-1),
        // "The ships …, sent by Mexico's government, entered Havana": a subject inside an aside leaves the sentence's own head.
        /,/.test(text.slice(clause.start, subject.start)) ? text.slice(clause.start, subject.start).split(',')[0] : ''].join(' '))) return [];
      // "the released Iranians arrived", "Five Iranian Americans arrived": a state's people, not its envoys, travel.
      if (subject.via === 'demonym' && !subject.person && (/^\p{L}+(?:ans|ons|ers|is|ites)$/u.test(text.slice(subject.start, subject.end)) || /^\s+(?:Americans|Britons|Canadians|Australians)\b/u.test(text.slice(subject.end, subject.end + 14)))) return [];
      // "Brazil's ambassador … for a meeting in Jerusalem": an ambassador lives where the meeting is; it is no visit.
      // "summoned the Israeli ambassador to a meeting in Rio": a demonym's envoy too.
      if (trigger.rule === 'visit.talks-in' && /^[^,;]*?(?:['’]s?)?\s+(?:\S+\s+)?(?:ambassador|envoy|charg[ée] d['’]affaires|consul)\b/iu.test(text.slice(subject.start, Math.min(span.start, subject.end + 30)))) return [];
      // ("a declaration approved at the Mercosur summit in Rio": a text adopted at a meeting says nothing of who travelled there.)
      if (trigger.rule === 'visit.talks-in' && /(?<![\p{L}])(?:declarations?|statements?|resolutions?|deals?|agreements?|documents?|texts?|plans?|communiqu[eé]s?)\s+(?:\S+\s+){0,2}?(?:approved|adopted|agreed|issued|signed|reached|endorsed|made|announced)\s+(?:at|during)\s+(?:the\s+|a\s+|an\s+|last\s+|this\s+)?(?:\S+\s+){0,3}$/iu.test(lead)) return [];
      // An organisation meets where its members meet: its summit in a country is no visit of its own.
      if (trigger.rule === 'visit.talks-in' && organisation(subject)) return [];
      const visitors = coordinated(text, agents, subject);
      if (trigger.rule === 'visit.talks-in') {
        // "held talks with Putin in Beijing": the host is the place the meeting is in; a subject at home receives the other side.
        // "signed the deal in a ceremony in Manila": a signing visits only a place named right there, and a deal "was signed" by no one named.
        const signing = /^sign/i.test(text.slice(span.start, span.end));
        if (signing && PASSIVE.test(before(text, span.start, 24))) return [];
        // ("met the US envoy in Beirut": the name right after the trigger's own "in" is where they met, whatever "envoy in" suggests.)
        const place = objects.find((m) => m.place && m.start >= span.end - 4 && (!signing || m.start - span.end < 24))
          // ("on the flag-decorated White House lawn": an adjective or two may stand before the seat.)
          ?? objects.find((m) => m.start >= span.end && /^\s*(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(span.end, m.start)) && m.via !== 'demonym' && m.via !== 'person' && !organisation(m));
        if (place) {
          // "met Singapore's prime minister on the Indonesian island of Bintan": the one met, right after the verb, is a partner too.
          // ("… follow his trip to Kyrgyzstan and a visit to China": where another trip went is no partner.)
          // (Those who "gather" or "convene" meet no one named after them.)
          const partner = /^(?:gather|convene|assemble)/i.test(text.slice(span.start, span.end)) ? undefined : objects.find((m) => !m.place && m.actor !== place.actor && !/(?<![\p{L}])(?:visits?|trips?|travel|journey|tour)\s+to\s+(?:the\s+)?$/iu.test(before(text, m.start, 24)) && (/(?<![\p{L}])(?:with|and)\s+(?:\S+\s+){0,4}$/iu.test(before(text, m.start, 40))
            || /^(?:met|meets?|meeting)\s+(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(span.start, m.start)))
            // ("met in Cairo to discuss deals between Turkey and Libya": a name inside the purpose's own object is no partner.)
            && !/(?<![\p{L}])to\s+(?:discuss|review|address|examine|consider|coordinate|condemn|reject|study)\s/iu.test(text.slice(span.end, m.start)));
          // ("cancelled a planned meeting in Spain with X": those who call a meeting off do not meet.)
          const calledOff = CALLED_OFF.test(text.slice(Math.max(clause.start, span.start - 60), span.start));
          if (visitors.some((v) => v.actor === place.actor)) {
            const guests = distinct([...visitors.filter((v) => v.actor !== place.actor), ...(partner ? [partner] : [])]);
            // "The foreign ministers of Russia and China met in Moscow": the guests meet their host too.
            // ("Leaders of South Korea, China and Japan met in Seoul": the guests meet one another as well.)
            const hosted = /^(?:met|meet|meets|meeting)$/i.test(text.slice(span.start, span.end).split(/\s/)[0]) && !partner && !calledOff
              ? [...guests.map((g): Pair => ({ from: g.actor, to: place.actor, directed: false, weight: 0.85, type: 'cooperation', rule: 'cooperation.meet', cameo: '046' })),
                ...(guests.length >= 2 ? everyPair(guests, 0.85).map((p): Pair => ({ ...p, type: 'cooperation', rule: 'cooperation.meet', cameo: '046' })) : [])] : [];
            return [...guests.map((g): Pair => ({ from: g.actor, to: place.actor, directed: true, weight })), ...hosted];
          }
          // "Top US and Russian diplomats met in Saudi Arabia": those who meet in a third state meet each other too.
          const met = distinct([...visitors, ...(partner ? [partner] : [])]).filter((v) => v.actor !== place.actor);
          const together = /^(?:met|meet|meets|meeting)$/i.test(text.slice(span.start, span.end).split(/\s/)[0]) && met.length >= 2 && !calledOff
            ? everyPair(met, 0.85).map((p): Pair => ({ ...p, type: 'cooperation', rule: 'cooperation.meet', cameo: '046' })) : [];
          return [...met.map((v): Pair => ({ from: v.actor, to: place.actor, directed: true, weight })), ...together];
        }
        if (signing) return [];
        // A meeting tells no journey to the one met: a host is only a place after its "in" or "at".
        if (host.start < span.end) return [];
      }
      // "to visit Serbia and Hungary": each host of a list.
      // ("visiting the Pacific nations of Fiji and Tonga": so does a plural of states whose "of" names them.)
      const listed = /^\s+(?:\S+\s+)?$/.test(text.slice(span.end, host.start)) || /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:nations|countries|states|neighbou?rs|capitals|island\s+nations|island\s+states)\s+(?:of\s+)?$/iu.test(text.slice(span.end, host.start)) ? listFrom(text, objects.filter((m) => m.via !== 'demonym'), host) : [host];
      // ("will travel to Israel tomorrow, and then to the Vatican and to Italy": the journey's later legs, with the verb left out.)
      const hosts = /^(?:visit|travel|head|fly|go|went|return|tour|jet|arriv)/i.test(text.slice(span.start, span.end).replace(/^(?:first|state|official|working)\s+/i, '')) ? [...listed, ...laterLegs(text, sentence, listed.at(-1)!, mentions)] : listed;
      // ("Accompanied by EU foreign policy chief Javier Solana, Sarkozy is in Moscow": those who accompany the visitor travel too.)
      const opening = /^\W*Accompanied\s+by\s/i.test(text.slice(sentence.start, sentence.start + 24)) ? text.indexOf(',', sentence.start) : -1;
      const companions = opening > 0 && opening < subject.start ? mentions.filter((m) => m.start >= sentence.start && m.end <= opening && !m.place) : [];
      const visits = distinct([...visitors, ...companions]).flatMap((v) => hosts.filter((h) => h.actor !== v.actor).map((h): Pair => ({ from: v.actor, to: h.actor, directed: true, weight })));
      return [...visits, ...hostMediates(text, sentence, host.actor, visitors.map((v) => v.actor))];
    }
    case 'host': {
      // "Putin was welcomed in Hanoi", "was treated to red-carpet treatment in Vietnam": the subject is the guest.
      // ("Norway was hosting talks": a progressive "-ing" after "was" is active.)
      if (subject && ((PASSIVE.test(before(text, span.start, 24)) && !/^(?:\p{L}+ing|(?:the\s+)?venue)\b/u.test(text.slice(span.start, span.end))) || /^(?:treated|given)\b/i.test(text.slice(span.start, span.end)) || /^(?:got|gets|received)\s.*(?:red-carpet|welcome|reception|guard)/i.test(text.slice(span.start, span.end)))) {
        // "Beijing's plan was welcomed by Moscow": a thing welcomed is no guest; only people and names stand between.
        if ((subject.possessive || subject.via === 'demonym') && !/^(?:['’]s?)?\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|delegations?|delegates|leaders?|officials|ministers?|envoys?|team|presidents?|vice|deputy|premier|prime|foreign|defen[cs]e|king|queen|crown|prince|princess|sheikh|sultan|emir|counterparts?|chancellor|secretary|general|head|of|state|government)\s+)*$/u.test(text.slice(subject.end, PASSIVE.exec(before(text, span.start, 24)) ? span.start - PASSIVE.exec(before(text, span.start, 24))![0].length : span.start))) return [];
        // ("The joint statement signed by Trump and Kim has been welcomed by Japan": the passive's subject is the statement, a thing.)
        if (THING_WELCOMED.test(text.slice(clause.start, subject.start)) && /(?<![\p{L}])(?:signed|issued|made|agreed|reached|announced|released|sponsored|proposed|brokered|drafted|offered|mediated|backed)\s+by\s+(?:the\s+)?(?:\S+\s+){0,3}$/iu.test(text.slice(clause.start, subject.start))) return [];
        const host = objects.find((m) => m.place || /(?<![\p{L}])by\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?$/iu.test(before(text, m.start, 12)));
        // ("Azerbaijan and Armenia were hosted by Trump": each guest of a coordinated subject, and a host of two together stands between them.)
        const guests = host ? distinct(coordinated(text, agents, subject)).filter((g) => g.actor !== host.actor) : [];
        return guests.map((g): Pair => ({ from: g.actor, to: host!.actor, directed: true, weight }))
          .concat(guests.length === 2 && (!host!.place || (host!.via === 'seat' && /^hosted\s+by\s/i.test(text.slice(span.start, span.start + 12)))) && !organisation(host!) ? guests.map((g): Pair => ({ from: host!.actor, to: g.actor, directed: true, weight: 0.75, type: 'mediation', rule: 'mediation.host', cameo: '045' })) : []);
      }
      // ("The leaders of A and B signed a deal as they were hosted by Trump": "they" is the pair the text named.)
      if (!subject && plural && PASSIVE.test(before(text, span.start, 24)) && /(?<![\p{L}])they\s+(?:\S+\s+){0,2}$/iu.test(lead)) {
        const host = objects.find((m) => !organisation(m) && (m.via === 'seat' || !m.place) && (m.via === 'seat' || /(?<![\p{L}])by\s+(?:the\s+)?(?:(?:President|Prime|Minister|King|Emir|Chancellor|Premier)\s+)*$/iu.test(before(text, m.start, 30))));
        if (host && !plural.includes(host.actor)) return plural.flatMap((p): Pair[] => [{ from: p, to: host.actor, directed: true, weight }, { from: host.actor, to: p, directed: true, weight: 0.75, type: 'mediation', rule: 'mediation.host', cameo: '045' }]);
      }
      // "Hosted by Qatar's emir, the meeting sought to revive peace efforts": the host of a meeting of the pair the text last named stands between them.
      if (!subject && plural && /^hosted$/i.test(text.slice(span.start, span.end)) && /(?<![\p{L}])(?:meeting|talks|summit|negotiations|discussions)(?![\p{L}])/iu.test(text.slice(sentence.start, sentence.end))) {
        const by = objects.find((m) => !m.place && /(?<![\p{L}])by\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)) && m.start - span.end < 12);
        return by && !plural.includes(by.actor) ? plural.map((p) => ({ from: by.actor, to: p, directed: true, weight: 0.75, type: 'mediation', rule: 'mediation.host', cameo: '045' })) : [];
      }
      // "Moscow will host the special envoys' meeting": a host of the meeting of a pair's people, named before, stands between the pair.
      if (subject && !subject.place && plural && !plural.includes(subject.actor) && !/^welcom/i.test(text.slice(span.start, span.end))
        && /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:envoys|representatives|leaders|ministers|sides|delegations|negotiators|countries|nations|rivals|foes|neighbou?rs)['’]\s+(?:[\p{L}-]+\s+)?(?:meeting|talks|summit|negotiations|dialogue)\b/iu.test(text.slice(span.end, clause.end))) {
        return plural.map((p): Pair => ({ from: subject.actor, to: p, directed: true, weight, type: 'mediation', rule: 'mediation.host', cameo: '045' }));
      }
      // "Egypt will host talks between Israel and Jordan": the host of others' talks mediates, and is no one's host.
      // ("China welcomes and supports talks between X and Y": one who welcomes others' talks neither hosts nor mediates them.)
      // "Washington will host a tripartite meeting of the foreign ministers of Egypt, Sudan and Ethiopia": the host of a meeting of
      // three or four others, so named, stands between them.
      const parleyOf = /^\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:tripartite|trilateral|three-way|four-way|quadrilateral|quadripartite)\s+(?:meeting|talks|summit|negotiations|consultations)\s+(?:\S+\s+){0,6}?(?:of|among|between|with)\s+(?:the\s+)?(?:(?:foreign|defen[cs]e|water|irrigation|prime)\s+)?(?:ministers?\s+of\s+|leaders\s+of\s+|heads\s+of\s+state\s+of\s+)?$/iu;
      const parleyFirst = subject ? objects.find((m) => !m.place && parleyOf.test(text.slice(span.end, m.start))) : undefined;
      const parleySides = parleyFirst ? distinct(listFrom(text, objects, parleyFirst)).filter((m) => m.actor !== subject!.actor) : [];
      if (parleySides.length >= 2) return parleySides.map((p) => ({ from: subject!.actor, to: p.actor, directed: true, weight, type: 'mediation', rule: 'mediation.host', cameo: '045' }));
      // ("hosting talks in Brussels between X and Y": the place may stand between the talks and their sides.)
      if (subject && /^\s+(?:\S+\s+){0,3}?(?:talks|negotiations|meetings?|summit|dialogue|consultations)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+)?)?between\s/iu.test(text.slice(span.end, clause.end))) {
        if (/^welcom/i.test(text.slice(span.start, span.end))) return [];
        const first = objects.find((m) => /(?<![\p{L}])between\s+(?:the\s+)?$/iu.test(before(text, m.start, 14)));
        const parties = first ? listFrom(text, objects, first).filter((m) => m.actor !== subject.actor) : [];
        return parties.length >= 2 ? parties.map((p) => ({ from: subject.actor, to: p.actor, directed: true, weight, type: 'mediation', rule: 'mediation.host', cameo: '045' })) : [];
      }
      // "Minister X received his Greek counterpart, Nikos Dendias, in Cairo": with the host unnamed, the guest visits the place.
      if (!subject) {
        const visitor = objects.find((m) => !m.place);
        const at = visitor && objects.find((m) => m.place && m.start > visitor.end && m.actor !== visitor.actor && m.start - visitor.end < 60);
        if (visitor && at && !THING_WELCOMED.test(text.slice(span.end, visitor.start)) && !/(?<![\p{L}])(?:from|by)\s+(?:the\s+)?$/iu.test(text.slice(span.end, visitor.start)) && !/[;:]/.test(text.slice(span.end, at.start))) return [{ from: visitor.actor, to: at.actor, directed: true, weight: 0.85 }];
      }
      // The guest is the verb's object: the first actor after it, with no comma, quote or other noun between.
      const guest = objects.find((m) => !m.place);
      if (!subject || !guest || /[,;:"“”]/.test(text.slice(span.end, guest.start)) || foreignNounBetween(text, span.end, guest.start, mentions)) return [];
      // "welcomed aid from Japan", "welcomed the decision by Chile": a thing welcomed is no guest, whoever it comes from.
      // "welcomed new sanctions from Britain": whatever comes "from" or "by" a guest is a thing.
      if (THING_WELCOMED.test(text.slice(span.end, guest.start)) || /(?<![\p{L}])(?:from|by)\s+(?:the\s+)?$/iu.test(text.slice(span.end, guest.start))) return [];
      // "host a G20 foreign ministers' meeting": an organisation that names the meeting is no guest.
      if (organisation(guest) && /^['’]?s?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:summit|meeting|conference|session|talks|forum|gathering)\b/iu.test(text.slice(guest.end, guest.end + 50))) return [];
      const guests = listFrom(text, objects.filter((m) => !m.place), guest).filter((g) => g.actor !== subject.actor);
      const afterGuests = text.slice(guests.at(-1)?.end ?? guest.end, (guests.at(-1)?.end ?? guest.end) + 40);
      // "will welcome Finland as its 31st member": a welcome into a body, not a visit.
      if (/^\s+as\s+(?:its|their|a|an|the)\s+(?:\S+\s+)?(?:member|ally|partner|observer)/i.test(afterGuests)) return [];
      if ((/^['’]s\s+\p{Ll}/u.test(afterGuests) && !/^['’]s\s+(?:acting|interim|new|top|chief|deputy|foreign|defen[cs]e|trade|prime|vice|president|visiting|army|military|junta|king|queen|crown|emir|sultan|monarch|leaders?|ruler|premier|head|envoy|ambassador|ministers?|delegation|security|national|finance|economy|interior|parliament|speaker|visit|state visit|official visit|trip|arrival|stay)\b/u.test(afterGuests)) || !AFTER_OBJECT.test(afterGuests)) return [];
      // ("welcomed Zelenskiy's visit to Washington": a visit elsewhere that one welcomes is not one's own to host.)
      if (/^['’]s?\s+(?:\S+\s+)?(?:visit|trip)\s+to\s/iu.test(afterGuests)) return [];
      const visits = guests.map((g): Pair => ({ from: g.actor, to: subject.actor, directed: true, weight: weight * 0.9 }));
      return [...visits, ...hostMediates(text, sentence, subject.actor, guests.map((g) => g.actor))];
    }
    case 'attend': {
      // Guests after "attended by" (each of a list, people named by their country's title included), or the subject of "are attending".
      const byFirst = objects.find((m) => !m.place);
      const guests = /(?:attended by|involving|bringing together|brought together|brings together|(?:participation|attendance|presence) of)$/i.test(text.slice(span.start, span.end))
        ? (byFirst ? attendees(text, objects.filter((m) => !m.place), byFirst) : [])
        : subject ? coordinated(text, agents, subject).concat(attendees(text, agents, agents[0]).filter((m) => m !== subject)) : [];
      // The event's place: named before the trigger ("the summit in Lima"), else where the text last set something.
      const venue = leading.find((m) => m.place)?.actor ?? objects.find((m) => m.place && m.end <= span.end)?.actor ?? discourse.place;
      if (!venue) return [];
      return distinct(guests).filter((g) => g.actor !== venue).map((g): Pair => ({ from: g.actor, to: venue, directed: true, weight: 0.8 }));
    }
    case 'mediation': {
      // "in the presence of the UN secretary general and Turkey's president": every witness named in the list.
      if (trigger.rule === 'mediation.presence') {
        const witness = objects.find((m) => !m.place);
        const named = witness ? attendees(text, objects.filter((m) => !m.place), witness) : [];
        // Signing "in the presence of" someone makes them its guarantor; a ceremony "witnessed by" a state's people has
        // them as guests ("witnessed by President Clinton and 5,000 guests", "by UN, French and US officials": only the
        // UN's), unless the state is the host.
        const hosts = new Set([...mentions.filter((m) => m.place).map((m) => m.actor), ...(discourse.place ? [discourse.place] : [])]);
        const guests = /witness/i.test(text.slice(span.start, span.end));
        const witnesses = distinct(named.filter((m) => !guests || organisation(m) || hosts.has(m.actor))).map((m) => m.actor);
        // ("signed the deal brokered by the US, Qatar and the AU in the presence of …": the brokers are no parties.)
        const brokerFirst = leading.find((m) => /(?<![\p{L}])by\s+(?:the\s+)?$/iu.test(before(text, m.start, 8)));
        const brokers = brokerFirst ? following(text, leading, brokerFirst) : [];
        const parties = distinct(leading.filter((m) => !m.place && !witnesses.includes(m.actor) && !named.includes(m) && !brokers.includes(m))).map((m) => m.actor);
        const sides = parties.length >= 2 ? parties.slice(0, 2) : discourse.joined && !discourse.joined.some((p) => witnesses.includes(p)) ? [...discourse.joined] : [];
        return witnesses.flatMap((w) => sides.map((p) => ({ from: w, to: p, directed: true, weight: 0.8 })));
      }
      // "talks in Canada between the US and Cuba": the place's state, to the two its "between" names (none when it is one of them).
      if (trigger.rule === 'mediation.host') {
        const host = objects.find((m) => m.place && /^\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)));
        const first = objects.find((m) => !m.place && /(?<![\p{L}])between\s+(?:the\s+)?$/iu.test(before(text, m.start, 14)));
        const sides = first ? distinct(listFrom(text, objects, first)).map((m) => m.actor) : [];
        // (Geneva or Vienna host the world's talks: a city that seats international bodies is no mediator.)
        return host && !FORUM_CITIES.test(text.slice(host.start, host.end)) && sides.length === 2 && !sides.includes(host.actor) ? sides.map((p) => ({ from: host.actor, to: p, directed: true, weight: 0.85 })) : [];
      }
      // A third side at work on two others' quarrel: the sentence's first actor, to the two its "between" or its own verb names.
      if (trigger.rule === 'mediation.defuse') {
        const third = mentions.find((m) => !m.place && m.start >= sentence.start && m.end <= span.start);
        const pairAfter = objects.find((m) => !m.place && /(?<![\p{L}])between\s+(?:the\s+)?$/iu.test(before(text, m.start, 14)));
        const sides = pairAfter ? listFrom(text, objects, pairAfter) : third ? distinct(mentions.filter((m) => !m.place && m.start > third.end && m.end <= span.start && m.actor !== third.actor)) : [];
        // ("held talks with officials of the two countries in a bid to halt the conflict": the pair named before.)
        const named = distinct(sides).map((m) => m.actor).filter((a) => a !== third?.actor);
        const two = named.length === 2 ? named : !named.length && plural && PLURAL.test(text.slice(sentence.start, sentence.end)) ? plural.filter((a) => a !== third?.actor) : named;
        return third && two.length === 2 ? two.map((p) => ({ from: third.actor, to: p, directed: true, weight: 0.8 })) : [];
      }
      const by = objects.find((m) => /(?<![\p{L}])(?:by|through|with the (?:help|support|assistance) of|(?:mediation|auspices|aegis|good offices) of)\s+(?:the\s+)?(?:(?:President|Prime|Minister|Foreign|Secretary|General|King|Emir|Sultan|Crown|Prince|Chancellor|Premier|former|ex-)\s*){0,3}$/iu.test(before(text, m.start, 50))
        || (/(?<![\p{L}])with\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)) && /^\s+(?:help|support|mediation|assistance)\b/i.test(text.slice(m.end, m.end + 14))));
      // "U.S.-mediated negotiations", "a European Union-brokered truce": the name the trigger's own words begin (or end) with mediates.
      const adjacent = mentions.find((m) => (m.end <= span.start && /^\s*$/.test(text.slice(m.end, span.start))) || (m.start <= span.start && m.end > span.start && /^[-–]/.test(text.slice(m.end, m.end + 1))));
      // "send an envoy to Kyiv to serve as a mediator": the one who sends is the mediator, not where the envoy goes.
      const serving = /(?<![\p{L}])to\s+(?:serve|act)\s+as\s+(?:a|an|the)\s+(?:\S+\s+)?$/iu.test(lead) ? leading.find((m) => !m.place) : undefined;
      // ("was appointed by the African Union as mediator": who appoints is not who mediates; the one appointed is.)
      const appointed = APPOINTED_AS.exec(text.slice(clause.start, span.end + 30));
      const appointer = appointed ? mentions.find((m) => m.start >= clause.start + appointed.index && m.start < clause.start + appointed.index + appointed[0].length && !m.place) : undefined;
      const appointee = appointer ? agents.find((a) => !a.place && a.end <= clause.start + appointed!.index && a.actor !== appointer.actor) : undefined;
      const first = appointer ? appointee : by ?? adjacent ?? serving ?? subject ?? (lead.trim() === '' || /^\s*(?:through|with|after)\b/i.test(lead) ? objects.find((m) => !m.place) : undefined);
      if (!first) return [];
      // "Egypt and Qatar mediate": every mediator of a coordinated subject, to each party.
      // ("under Saudi and US auspices": each name joined to the one right before the trigger.)
      const named = first === subject ? coordinated(text, agents, subject).map((m) => m.actor) : first === by ? following(text, objects, by).map((m) => m.actor) : first === adjacent ? coordinated(text, mentions, adjacent).map((m) => m.actor) : [first.actor];
      // "… played a leading role in mediation efforts, along with UAE President …": a co-mediator, not a party.
      // "peace talks in Doha, co-mediated by Turkey": a co-mediator's partner is the host of the talks it is said of.
      const coHost = /^co-/i.test(text.slice(span.start, span.end)) ? mentions.find((m) => m.place && m.start >= sentence.start && /^,?\s*$/.test(text.slice(m.end, span.start))) : undefined;
      const mediators = [...new Set(named.concat(mentions.filter((m) => !m.place && /(?<![\p{L}])(?:along\s+with|together\s+with|alongside)\s+(?:the\s+)?(?:\S+\s+){0,3}?$/iu.test(before(text, m.start, 40))).map((m) => m.actor), coHost ? [coHost.actor] : []))];
      const between = inClause.find((m) => /(?<![\p{L}])between\s+(?:the\s+)?$/iu.test(before(text, m.start, 14)));
      // ("a German company, under Yemeni auspices": a firm, a group or goods of a state is no party to talks.)
      // ("Russia offered to mediate in the feud and China was among those concerned", "Anwar facilitated the dialogue, and Washington
      // and Beijing sent representatives", "chaired the meeting, which included the US and China": a later clause of its own names no party.)
      // (A mediator named in a relative clause may have its parties in the main clause: "X, who is mediating in a row, paid a visit to Lima".)
      const ownEnd = clause.relative ? sentence.end : clause.end;
      const others = distinct(mentions.filter((m) => !mediators.includes(m.actor) && !m.place && m.start < ownEnd && (!between || m.start >= between.start) && !(organisation(m) && CHAIR_OF.test(before(text, m.start, 60))) && !(m.via === 'demonym' && PRIVATE_HEAD.test(text.slice(m.end, m.end + 48))))).map((m) => m.actor);
      // ("Egypt, Ethiopia, Sudan resume AU-led talks": each party of one list of three or more.)
      const firstParty = mentions.find((m) => !m.place && m.actor === others[0]);
      const listed = firstParty ? distinct(listFrom(text, mentions.filter((m) => !m.place && !mediators.includes(m.actor)), firstParty)).map((m) => m.actor) : [];
      let parties = listed.length >= 3 && listed.every((a) => others.includes(a)) ? listed : others.slice(0, 2);
      // ("Egypt took part in US-sponsored meetings with Ethiopia and Sudan": the subject and each of a list after "with".)
      const withFirst = listed.length < 3 && others.length >= 3 ? mentions.find((m) => !m.place && m.actor === others[1] && /(?<![\p{L}])with\s+(?:the\s+)?$/iu.test(before(text, m.start, 10))) : undefined;
      const withList = withFirst ? distinct(listFrom(text, mentions.filter((m) => !m.place && !mediators.includes(m.actor)), withFirst)).map((m) => m.actor) : [];
      if (withList.length >= 2 && withList.every((a) => others.includes(a) && a !== others[0])) parties = [others[0], ...withList];
      // ("the peace plan he brokered at the outbreak of the Russia-Georgia conflict": a hyphenated pair naming a quarrel after the trigger is its two sides.)
      const quarrelPair = !between ? inClause.find((m, i) => m.start >= span.end && inClause[i + 1] && /^[-–]$/.test(text.slice(m.end, inClause[i + 1].start)) && m.actor !== inClause[i + 1].actor
        && /^\s+(?:\S+\s+)?(?:conflict|war|dispute|row|crisis|border|fighting|clashes|standoff|stand-off|talks|negotiations|ceasefire|truce|deal|agreement|peace)\b/i.test(text.slice(inClause[i + 1].end, inClause[i + 1].end + 24))) : undefined;
      if (quarrelPair) {
        const two = [quarrelPair.actor, inClause[inClause.indexOf(quarrelPair) + 1].actor];
        if (!two.some((p) => mediators.includes(p))) parties = two;
      }
      // "brokering a truce between the two countries": the pair the text named.
      if (!between && plural && /(?<![\p{L}])between\s+(?:the two|both)\s/iu.test(text.slice(span.start, clause.end))) parties = plural.filter((p) => !mediators.includes(p));
      // "mediate between Maduro and the opposition": one side is no actor of ours, so no mediation of ours either.
      if (between && parties.length < 2) return [];
      // The parties the article last joined in a relation of their own, not any two names side by side.
      if (parties.length < 2 && !between && discourse.joined && !discourse.joined.some((p) => mediators.includes(p))) {
        // ("The ministers of Egypt, Ethiopia and Sudan agreed … Talks mediated by the US Treasury …": all of the group the pair belongs to.)
        const group = discourse.group;
        // (Not "had mediated the conflict": a quarrel's mediator stands between the quarrel's two.)
        const talks = /(?<![\p{L}])(?:talks|negotiations|meetings?|dialogue|process)(?![\p{L}])/iu.test(text.slice(Math.max(clause.start, span.start - 30), Math.min(clause.end, span.end + 30)));
        parties = talks && group && group.length >= 3 && group.every((p) => isState(p)) && discourse.joined.every((p) => group.includes(p)) && !group.some((p) => mediators.includes(p)) ? [...group] : [...discourse.joined];
      }
      // ("a meeting chaired by Prime Minister Khan discussed India's actions": a chair stands between two sides of ours; one
      // who helps resolve a crisis, or whose auspices a state and its rebels meet under, may serve a single state.)
      if (parties.length < 2 && /chair/i.test(text.slice(span.start, span.end))) return [];
      return mediators.flatMap((mediator) => parties.map((p) => ({ from: mediator, to: p, directed: true, weight: parties.length >= 2 ? 1 : 0.8 })));
    }
  }
}

/**
 * The guests of a list that names people by office ("the king of Jordan, the emir of Qatar, the Italian
 * prime minister and the Canadian prime minister"): every actor from `first` on whose gap to the one
 * before holds no clause break (no ';', ':', no verb of its own), each named once.
 */
function attendees(text: string, mentions: readonly Mention[], first: Mention | undefined): Mention[] {
  if (!first) return [];
  const out = [first];
  for (const m of mentions.filter((x) => x.start > first.start)) {
    const gap = text.slice(out.at(-1)!.end, m.start);
    if (/[;:.!?]/.test(gap) || /(?<![\p{L}])(?:is|are|was|were|has|have|had|said|says|will|would|who|which|that)(?![\p{L}])/iu.test(gap) || gap.length > 90) break;
    out.push(m);
  }
  return distinct(out);
}

/** Mentions coordinated with `first` after it: "by Qatar, Egypt and the United States". */
function following(text: string, objects: readonly Mention[], first: Mention): Mention[] {
  return run(text, objects, first, JOINED);
}

/** Whether a subject is joined by "and" to a capitalised name that is no actor of ours ("Israel and Hamas", "Hamas and Israel"). */
function nonActorPartner(text: string, subject: Mention, mentions: readonly Mention[]): boolean {
  const named = (at: number) => !mentions.some((m) => m.start <= at && m.end > at);
  const after = /^\s+and\s+(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(subject.end, subject.end + 12));
  if (after && named(subject.end + after[0].length)) return true;
  const before = /(\p{Lu})[\p{L}-]+\s+and\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, subject.start - 30), subject.start));
  return !!before && named(subject.start - before[0].length);
}

const OPENING_PLACE = /(?:^|[.!?]["”]?\s+|\n)(?:On|During|After|Before|Following|In|At|While\s+(?:on|in|at)|Ahead\s+of|Since|Upon|Speaking\s+(?:in|at|from|to))\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:to|in|at|from|with)\s+(?:the\s+)?$/u;
const LEADING_PHRASE = /(?:^|[.!?]["”]?\s+|\n)(?:Apart\s+from|Aside\s+from|Besides|Beside|Like|Unlike|Except\s+for|In\s+addition\s+to|Along\s+with|Alongside|As\s+well\s+as)\s+(?:the\s+)?$/u;
/**
 * The mentions a preposition makes oblique ("from China and Turkey", "with Russia"): no subjects,
 * unless they are people from somewhere ("envoys from Iran").
 */
function obliques(text: string, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  mentions.forEach((m, i) => {
    // ("Nations in the European Union agreed to halt …": members of a body named by it act as the body.)
    // ("in a letter to the President of the UN Security Council, Djibouti's minister accused …": an office "of" a name a preposition governs is governed too.)
    // ("…, with Colombia and Nicaragua also taking action against Ecuador": "with" and a participle make the names its subject.)
    const absolute = /(?:^|[,;—–]\s*)with\s+(?:the\s+)?$/iu.test(before(text, m.start, 12)) && ABSOLUTE_TAIL.test(text.slice(m.end, m.end + 80));
    const governed = !absolute && (OBLIQUE.test(before(text, m.start, 16)) || OBLIQUE_OFFICE.test(before(text, m.start, 60))) && !PEOPLE_FROM.test(before(text, m.start, 40))
      && !(organisation(m) && /(?<![\p{L}])(?:nations|countries|states|member\s+states|members|governments|leaders|foreign\s+ministers)\s+(?:in|of)\s+(?:the\s+)?$/iu.test(before(text, m.start, 40)) && /^\W*(?:\S+\s+){0,3}$/u.test(before(text, m.start, 40).split(/[.;:!?]/).at(-1) ?? ''));
    // ("the envoy for the Kosovo-Serbia dialogue": the second of a hyphenated pair a preposition governs is governed too.)
    // ("Apart from India, Afghanistan and Bhutan pulled out": after a sentence's opening phrase, its comma ends the phrase.)
    // ("On a visit to Hanoi, Australia praised Vietnam", "In a call with France, China urged Japan …": so does a phrase of place or occasion, unless a list goes on after the name.)
    const opening = i > 0 && ((/^,\s*$/.test(text.slice(mentions[i - 1].end, m.start)) && LEADING_PHRASE.test(before(text, mentions[i - 1].start, 40)))
      || (/^,\s*(?:the\s+)?$/.test(text.slice(mentions[i - 1].end, m.start)) && OPENING_PLACE.test(before(text, mentions[i - 1].start, 60)) && !/^\s*(?:,|and\b|or\b|&)/u.test(text.slice(m.end, m.end + 6))));
    const joined = i > 0 && out.has(mentions[i - 1]) && !opening && (JOINED.test(text.slice(mentions[i - 1].end, m.start)) || /^[-–]$/.test(text.slice(mentions[i - 1].end, m.start)));
    if (governed || joined) out.add(m);
  });
  return out;
}

// "the former" standing for an actor named before (reference.ts), not an adjective.
const FORMER_REFERENCE = /(?<![\p{L}])the\s+former(?:['’]s)?(?=\s*[,;.:)]|\s+(?:\p{Ll}+ed|has|had|was|were|is|are|will|would|did|does|said|says|took|made|won|lost|sent|also|then|later|itself|themselves)(?![\p{L}]))/giu;
// The object of a fight that is a group of no state: "fighting Islamic State militants", "battling jihadists in the north".
const CO_BELLIGERENTS = /^\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:militants|rebels|fighters|insurgents|jihadists|group|extremists|terrorists)\b|(?:[\p{Ll}-]+\s+)?(?:militants|rebels|fighters|insurgents|jihadists|terrorists|extremists|separatists|gangs|pirates|militias?)\b)/u;
// Words said of a move, which make none of their own ("Chile condemned the move").
const REACTIONS = new Set(['tension.criticise', 'tension.verdict', 'tension.accuse', 'tension.to-blame']);
// An act named as the object of a verb of judgement ("condemned the strike", "reacted with dismay to the news"): its agent is the target.
const EVENT_OBJECT = /^["”’]?\s+(?:that\s+)?(?:the|this|that|these|\p{Lu}\p{Ll}+day's|last week's|today's|yesterday's|last night's|this week's|the weekend's|the latest)\s+(?:[\p{Ll}-]+\s+)?(strikes?|attacks?|assault|raid|operation|bombing|shelling|invasion|incursion|offensive|killing|decision|move|steps?|announcement|news|sanctions|ban|expulsion|visit|drills|exercises|manoeuvres|maneuvers|war games|tests?|launch(?:es)?|blast|explosion|detonation)\b/u;

/** The agent of an act named as a noun after a verb: "the decision by Estonia", "its invasion", else the last act the text told. */
function eventAgent(text: string, span: Span, objects: readonly Mention[], discourse: Discourse): Mention | undefined {
  const by = objects.find((m) => /(?<![\p{L}])by\s+(?:the\s+)?$/iu.test(before(text, m.start, 10)) && !/[,;]/.test(text.slice(span.end, m.start)));
  if (by) return by;
  const owner = objects.find((m) => m.possessive && /^\s+(?:the\s+)?$/.test(text.slice(span.end, m.start)));
  if (owner) return owner;
  // ("complained that Saturday's raid violated …", after a sentence about embassies shut: the raid is the last raid's, not the last act's.)
  const noun = EVENT_OBJECT.exec(text.slice(span.end, span.end + 60))?.[1].toLowerCase();
  const kind = noun ? EVENT_KINDS.find(([re]) => re.test(noun))?.[1] : undefined;
  // ("the decision", "the news": whoever made the last move the text told, of any kind.)
  const agent = kind ? [...(discourse.acts ?? [])].reverse().find((a) => kind(a))?.from : discourse.moveOf ?? discourse.actOf;
  return agent ? { start: span.end, end: span.end, via: 'name', place: false, possessive: false, actor: agent } : undefined;
}

// The noun of an act named as an object ("the strike", "Saturday's raid"), and which acts each kind of noun names back to.
// ("after its fifth nuclear test drew condemnation", "North Korea's missile launch": a test owned by the state named before.)
const TEST_OWNED = /(?:['’]s|(?<![\p{L}])its)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:nuclear|missile|rocket|weapons?|atomic|ballistic)\s+(?:tests?|launch(?:es)?|blasts?)(?![\p{L}])/iu;
// A test or a launch, with who made it before the verb: "North Korea conducted its fifth nuclear test", "Iran test-fired a missile".
const TEST_ACT = /(?<![\p{L}])(?:conducted|carried\s+out|staged|launched|fired|test-fired|detonated)\s+(?:its|a|an|the|another|two|three|several)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:tests?|launch(?:es)?|missiles?|rockets?|blasts?|explosions?|devices?|bombs?)(?![\p{L}])/iu;
const EVENT_KINDS: [RegExp, (a: { type: RelationType; rule: string }) => boolean][] = [
  [/^(?:strikes?|attacks?|assault|raid|operation|bombing|shelling|invasion|incursion|offensive|killing)$/, (a) => a.type === 'war'],
  [/^(?:sanctions|ban)$/, (a) => a.type === 'sanction'],
  [/^expulsion$/, (a) => a.rule === 'tension.envoy'],
  [/^visit$/, (a) => a.type === 'visit'],
  [/^(?:drills|exercises|manoeuvres|maneuvers|war games)$/, (a) => a.rule === 'tension.drills'],
  [/^(?:blast|explosion|detonation|tests?|launch(?:es)?)$/, (a) => a.rule === 'event.test'],
];

/** Whether a mention sits in an apposition after an earlier one ("The US, a treaty ally of the Philippines, said"). */
function inParenthesis(text: string, m: Mention, subjects: readonly Mention[], end: number): boolean {
  const earlier = subjects.find((s) => s.end <= m.start);
  if (!earlier) return false;
  const between = text.slice(earlier.end, m.start);
  // ("North and South Korea, the United States, Russia and China": a name right after ", the" is the next item of a list.)
  const prev = subjects.filter((s) => s.end <= m.start).at(-1)!;
  if (/^,\s+the\s+$/i.test(text.slice(prev.end, m.start)) && !m.possessive) return false;
  // ("The President of Chile, the President of Peru and …": an office "of" a state after one alike is the next item.)
  if (OFFICE_OF_BEFORE.test(before(text, prev.start, 40)) && OFFICE_OF_BEFORE.test(before(text, m.start, 40)) && titledItems(text, prev, m)) return false;
  // ("A NATO member, the state has cooled since Moscow invaded Ukraine, with …": a name after a subordinator is that clause's subject, not an apposition.)
  // ("Fiji, once Japan's closest partner, …": "once" before a possessive is "formerly", no subordinator.)
  const formerly = m.possessive && /,\s+(?:once|formerly|long|until recently)\s+$/i.test(between);
  return /,\s+(?:a|an|the|its|whose|which|who|one of|home to|long|once|formerly|until recently)\b[^,]*$/i.test(between) && (formerly || !/(?<![\p{L}])(?:since|after|when|because|while|until|before|although|though|whereas|once)\s+(?:the\s+)?$/iu.test(before(text, m.start, 16))) && /^[^,]*,/.test(text.slice(m.end, end));
}

/** Two or more parties who travel to a third for talks: the host mediates between them. */
function hostMediates(text: string, sentence: Span, host: string, guests: readonly string[]): Pair[] {
  const parties = guests.filter((g) => g !== host);
  // (A summit of three or more is a gathering, not a mediation.)
  if (parties.length !== 2 || !/(?<![\p{L}])(?:talks|meeting|summit|negotiations|peace)(?![\p{L}])/iu.test(text.slice(sentence.start, sentence.end))) return [];
  return parties.map((p) => ({ from: host, to: p, directed: true, weight: 0.75, type: 'mediation', rule: 'mediation.host', cameo: '045' }));
}

function certaintyOf(text: string, trigger: Trigger, span: Span, clause: Span, publishedYear?: number): Certainty {
  // ("cancelled a planned summit": the plan is what was called off, not the modality of calling it off.)
  let lead = text.slice(clause.start, trigger.rule === 'tension.cancel' ? span.start : span.end);
  // ("“Russia would hear this,” he said during a visit": the modality of a quotation before its tag is the quotation's.)
  const quoteEnd = openingQuoteEnd(text, clause);
  if (quoteEnd >= 0 && quoteEnd < span.start) lead = lead.slice(quoteEnd + 1 - clause.start);
  // "Biden to host Japan's Kishida at White House": a headline's bare "to" after its subject is what is to come.
  if (/^\s*(?:[\p{Lu}][\p{L}'’.-]*,?\s+(?:and\s+)?){1,4}to\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(clause.start, span.start))) return 'planned';
  // "postponed her state visit to Washington": a meeting called off was only ever planned.
  if (trigger.type === 'visit' && CALLED_OFF.test(text.slice(Math.max(clause.start, span.start - 60), span.start))) return 'planned';
  const whole = text.slice(clause.start, clause.end);
  const conflict = RELATION_TYPES[trigger.type].family === 'conflict';
  // ("finalized plans to form a bloc, distancing themselves from France": a participle after a comma has a modality of its own.)
  const participle = execAll(/,\s+(?:and\s+)?(?:instead\s+|also\s+|thereby\s+)?\p{Ll}{2,}ing\s/gu, lead).at(-1);
  if (participle) lead = lead.slice(participle.index);
  for (const { pattern, certainty } of MODALITY) {
    if (!pattern.test(lead)) continue;
    if (certainty === 'threatened' && !conflict && !/(?<![\p{L}])threaten(?:s|ed)? to(?![\p{L}])/iu.test(lead)) return 'planned';
    if (certainty === 'planned' && conflict && trigger.type !== 'sanction') return 'threatened';
    return certainty;
  }
  if (trigger.certainty) return trigger.certainty;
  // "threatened 25% tariffs on Canada": a measure whose own verb is a threat.
  if (conflict && /^threaten/i.test(text.slice(span.start, span.end))) return 'threatened';
  // "threatened military intervention in Niger": a conflict threatened is not yet under way.
  if (conflict && /(?<![\p{L}])threaten(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) return 'threatened';
  // "an attack on X would invoke the treaty": a conflict the clause only supposes.
  if (conflict && HYPOTHETICAL_AFTER.test(text.slice(span.end, clause.end))) return 'threatened';
  // ("Fiji, once Japan's closest partner, severed ties": an apposition's past describes the actor, not the act.)
  // ("Latvia and Estonia -- all former Soviet republics -- said": the same in an aside between dashes.)
  // ("The former accused Bolivia": "the former" that points back to an actor is no past.)
  if (HISTORY.test(whole.replace(FORMER_REFERENCE, '').replace(/,\s+(?:once|formerly)\s[^,]*,/giu, ',').replace(/\s(?:--?|[–—])\s+(?:(?:all|both|each|two|three|four)\s+)?(?:once|former|formerly)\s[^–—]*?\s(?:--?|[–—])\s/giu, ' ')
    // ("distancing themselves from their former colonial power, France": a description of an actor by its past.)
    .replace(/(?<![\p{L}])(?:its|their|his|her|the)\s+(?:former|erstwhile|one-time)\s+(?:colonial\s+)?(?:power|ruler|master|colonizer|coloniser|metropole|ally|allies|partner|patron|protector|enemy|foe|adversary|rival)(?![\p{L}])/giu, ''))) return 'historical';
  const years = eventYears(whole, span.start - clause.start).map((y) => y.year);
  if (publishedYear && years.length && years.every((y) => y < publishedYear - 1)) return 'historical';
  return 'stated';
}
