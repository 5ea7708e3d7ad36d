import type { Certainty, PloverType, RelationType } from '../../data/relationTypes.ts';
import { nouns, verbs } from './forms.ts';

/** Ordinal numbers in words, "seventh" to "twenty-eighth": "became the seventh member of ASEAN". */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|(?:twenty|thirty|forty|fifty)(?:-\p{L}+)?|\p{L}+tieth)`;

/**
 * How a trigger's actors are found in its clause:
 * - `agent`: who acts stands before the trigger (the subject), whom it concerns after it (the
 *   object); passive voice ("was accused by") turns them round.
 * - `mutual`: two actors side by side ("X and Y signed", "between X and Y", "X … with Y"), undirected.
 * - `visit`: the visitors before, the host after ("in", "to"); `host`: the host before, the guest after.
 * - `mediation`: the mediator ("by X", "X mediated", "Omani mediators") → each other party, two edges.
 * - `attend`: an event's guests ("the summit is attended by X, Y and Z", "X are also attending") visit
 *   the place the event is in, named in the clause or last named by the text.
 */

export type Frame = 'agent' | 'mutual' | 'visit' | 'host' | 'mediation' | 'attend';

export interface Trigger {
  /** The rule's name: the `draft.rule` of what it finds, so a wrong draft names the pass to mend. */
  rule: string;
  type: RelationType;
  /** The words that state the relation, as a case-insensitive pattern over a clause. */
  pattern: RegExp;
  frame: Frame;
  cameo: string;
  plover: PloverType;
  /** A certainty the words themselves carry ("threatened", "feared"); modality may set another. */
  certainty?: Certainty;
  /** How far the rule is trusted, before the sentence's own evidence moves it. */
  confidence: number;
  /**
   * What must follow the trigger, tested with case ("thanked Romania", not "thanked them"): the
   * trigger patterns ignore case, and a case-insensitive `\p{Lu}` matches any letter.
   */
  after?: RegExp;
}

// A hyphen before a word makes another word of it ("nuclear-armed", "Russian-backed").
const w = (source: string) => new RegExp(`(?<![\\p{L}-])(?:${source})(?![\\p{L}])`, 'giu');

/** Alternatives joined into one pattern source; each part a raw regex fragment or generated forms. */
const alt = (...parts: string[]) => parts.join('|');
const r = String.raw;
/** The words before a meeting's noun: "the planned Jan. 31", "her long-planned state". */
// "… as the country's interim leader": a rival recognised in a state's highest office.
export const RIVAL_LEADER = new RegExp(String.raw`^[^.;:]{0,100}? as (?:the |its )?(?:(?:country|nation)['’]s |\p{Lu}[\p{L}-]*['’]s )?(?:interim|acting|legitimate|rightful|transitional|caretaker) (?:president|leader|government|head of state|ruler)\b`, 'iu');
const NOT_RIVAL_LEADER = new RegExp(String.raw`^(?![^.;:]{0,100}? as (?:the |its )?(?:(?:country|nation)['’]s |\p{Lu}[\p{L}-]*['’]s )?(?:interim|acting|legitimate|rightful|transitional|caretaker) (?:president|leader|government|head of state|ruler)\b)`, 'iu');
const MEETING_MODIFIERS = r`(?:a |the |his |her |its |their )?(?:(?:planned|scheduled|upcoming|proposed|state|official|long-planned|[\p{L}.]+ \d{1,2}|\d{1,2}-\d{1,2}|\p{Lu}[\p{L}-]+)[,]? ){0,3}?`;

/**
 * Trigger words and phrases, each with its CAMEO code and PLOVER type. Words are given as roots
 * (`verbs('accuse')` is accuse, accuses, accused, accusing) so every inflection is covered; the
 * fixed phrases around them are raw patterns. Order matters only for ties.
 */
export const TRIGGERS: readonly Trigger[] = [
  // Contact
  // "Macron in Algiers for talks with Tebboune": a headline's leader "in" a place, with no verb, is there (`relate.ts` keeps it to a headline and a person).
  { rule: 'visit.headline-in', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.7,
    after: /^ \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?(?: (?:for|to|on|amid|ahead|as|after)\b|\s*[,:;]|\s*$)/u,
    pattern: w(r`(?<=^\W*(?:[\p{L}'’.-]+\s+){1,3})in`) },
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.8,
    pattern: w(alt(
      r`(?:state |official |two-day |three-day |working |first |historic |rare )?` + verbs('visit') + r`(?: to)?`,
      verbs('arrive'), 'arrival', 'landed', 'toured', r`touched down(?= in)`,
      // ("his trip last month to Kyrgyzstan": a time phrase may stand between the noun and its "to".)
      nouns('trip', 'journey', 'tour', 'visit') + '(?: (?:last|this|next|earlier this|later this) (?:week|month|year|spring|summer|autumn|fall|winter))? to',
      // ("capped a five-day tour of Venezuela": a tour "of" a state is a visit to it.)
      r`(?<=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|week|month)[- ](?:day|week|nation|country|leg|stop)s? )tours? of(?= (?:the )?\p{Lu})`,
      verbs('converge') + ' (?:on|in)',
      // "Pence was accompanied in Ankara by Pompeo": the traveller and the one with him are both there.
      r`(?:was|were) accompanied (?:in|to)(?= (?:the )?\p{Lu})`,
      r`sen(?:t|ds?|ding) (?:a |an |its |their |his |her )?(?:high-level |senior |special |top )?(?:\S+ )?(?:delegations?|envoys?|emissar(?:y|ies)|mission|ministers?|negotiators|representatives|officials|diplomats?|(?:vice[- ]president|secretary of state|foreign secretary|national security adviser|defen[cs]e secretary)(?: (?!to )[\p{L}.'’-]+){0,9}?)(?:, (?:[\p{L}.'’-]+ ){0,3}[\p{L}.'’-]+,)? to(?: (?:meet|hold talks|confer)(?= (?:with )?(?:\S+ ){0,4}?in\b))?`,
      r`(?:depart(?:ed|s|ing|ure)?|le(?:ft|aves?|aving)|set(?:s|ting)? off|bound) (?:\p{Lu}[\p{L}-]* ){0,3}for(?= (?:the )?\p{Lu})`, r`(?:is|are|was|were) (?:expected|due) in(?= (?:the )?\p{Lu})`, r`(?:is|are|was|were) (?:expected|due) (?:to attend |at )(?:a |an |the )?(?:[\p{L}-]+ ){0,3}?(?:ceremony|summit|meeting|talks|conference|signing|inauguration|funeral|celebrations?|commemorations?) in(?= (?:the )?\p{Lu})`,
      verbs('attend') + r`(?: the)? (?:\S+ ){0,2}?(?:summit|talks|ceremony|meeting|conference|forum|inauguration|funeral|parade|gathering|celebrations|commemorations)(?: in)?`,
      r`(?:made|make|makes|making) (?:their|his|her|its) way (?:back )?to`,
    )) },
  // "Putin is in Beijing": a copula and "in" before a name (case matters: "is in a dispute" is no stay).
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.8, after: /^ (?:the )?\p{Lu}(?!(?:iddle|idst|ead|ark|rip)\b)(?![\p{L}.]*-)/u,
    // ("have been in EU-backed talks": a name that modifies what one is in is no place one is in.)
    // ("is back in Tunis", "was again in Kyiv", "was also in Warsaw": an adverb between.)
    pattern: w(r`(?:was|is|were|are|has been|have been|had been) (?:(?:back|again|also|already|now|still|once again|briefly) )?(?:on \p{Lu}\p{L}+ )?in`) },
  // "flew back to Kyiv", not "going to see": the destination is a name ("heading to the former Soviet republic of Georgia").
  // ("flew for 20 hours to this bustling Vietnamese capital": a duration may stand before "to", and a capital be named by its people.)
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.8, after: /^ (?:(?:the )?(?:(?:former |then |newly independent |tiny |small )?(?:\p{Lu}[\p{L}-]* )?(?:republic|kingdom|state|island nation|emirate|principality|sultanate) of (?:the )?)?\p{Lu}|(?:the|this|that) (?:[\p{Ll}-]+ ){0,2}\p{Lu}[\p{L}-]* capital\b)/u,
    pattern: w('(?:' + verbs('travel+', 'travel', 'head', 'fly/flew/flown', 'go/went/gone', 'return') + '|jett(?:ed|ing))' + r`(?: back| on| home| in| for (?:more than |nearly |about |some |almost )?(?:\d+|two|three|four|five|six|ten|twelve|several) (?:hours|days))? (?:to|into)(?!(?<=['’]s (?:full |formal |official )?return (?:to|into)) (?:the )?(?:Arab League|African Union|European Union|United Nations|Commonwealth|Council of Europe|\p{Lu}{2,6})\b)(?!(?<=return(?:s|ed|ing)? to) the (?:Arab League|African Union|Commonwealth|Council of Europe)\b)`) },
  // "led a delegation of Western envoys to Pristina and Belgrade", "headed the Chinese delegation to Geneva": its head travels.
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(`${verbs('lead/led/led', 'head')} (?:a |an |the |his |her |its |their )?(?:[\\p{L}.-]+ ){0,3}?delegation(?: of (?:[\\p{L}-]+ ){0,4}?[\\p{L}-]+)? to`) },
  // "the delegation had stopped in Moscow on its way to Abkhazia", "made a stopover in Dubai": a stop on the way is a visit.
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(r`(?:stopped|stops|stopping) (?:over |off )?in|(?:made|makes|making) (?:a |an )?(?:brief |short )?(?:stop|stopover) in|stopover in`) },
  // "During his stay in Delhi, Ivanov called on the prime minister": a guest's stay, owned by the visitor.
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(r`(?<=(?:his|her|their) (?:[\p{L}-]+ )?)stay in`) },
  // "the first sitting US president to enter North Korea", "crossed into North Korea".
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(alt(verbs('enter'), verbs('cross') + ' into', r`set foot (?:in|on)`, r`stepp(?:ed|ing) (?:into|onto|on)`)) },
  // "a tour that will also take him to Qatar": the person carried is the visitor.
  { rule: 'visit.taken', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(verbs('take/took/taken', 'bring/brought/brought') + r` (?:him|her)(?: on| also| next)? to`) },
  // "wrapped up a three-nation tour of Europe in Budapest": where a tour ends is a country visited.
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.7,
    pattern: w(`(?:${verbs('wrap/wrapped/wrapped')} up|${verbs('conclude', 'end', 'begin/began/begun', 'start', 'kick/kicked/kicked')}(?: off)?|${verbs('finish')}) (?:a |an |his |her |their |its |the )?(?:[\\p{L}-]+ ){0,3}?(?:visit|trip|tour)(?: of (?:\\S+ ){0,2}?\\S+)? (?:in|with a stop in|with a visit to)(?= (?:the )?\\p{Lu})`) },
  // "left Lima, wrapping up a three-day visit": the country a visitor leaves at a visit's end is its host.
  { rule: 'visit.left', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75,
    after: /^ (?:the )?\p{Lu}[^.;:]{0,70}?(?:(?:wrapping up|concluding|ending|capping|rounding off|at the end of|after)\s(?:a |an |his |her |their |its |the )?(?:[\p{L}-]+ ){0,3}?(?:visit|trip|tour|stay)\b|after (?:attending|taking part in|participating in) (?:a |an |the )?(?:[^\s.;:]+ ){0,6}?(?:summit|meeting|talks|conference|forum)\b)/u,
    pattern: w(alt(verbs('leave/left/left'), verbs('depart') + '(?: from)?')) },
  // "The summit is attended by the king of Jordan and the emir of Qatar"; "… are also attending."
  { rule: 'visit.attended', type: 'visit', frame: 'attend', cameo: '042', plover: 'CONSULT', confidence: 0.7,
    pattern: w(alt(r`(?:is|are|was|were|been|being|be) (?:\S+ )?attended by`,
      // "The summit was held in Kazan, Russia, and attended by Xi".
      r`(?<=(?:is|are|was|were|been|be) (?:\S+ )?(?:held|hosted|convened|organi[sz]ed) (?:in|at) (?:[^\s.;:]+ ){1,5}?)and (?:was |were |is |are )?attended by`, r`(?:summit|talks|meeting|conference|gathering)s? (?:in|at) (?:\S+ ){1,10}?(?:involving|bringing together|brought together|brings together|attended by)`, r`(?:is|are|was|were) (?:also )?attending(?= ?[.;,]| as well| too)`,
      // "The summit saw the participation of Brazil's president, …".
      r`(?:summit|talks|meeting|conference|gathering|session)s? (?:\S+ ){0,2}?(?:saw|drew|featured|included|brought together) (?:the )?(?:participation|attendance|presence) of`)) },
  // "said at the St Petersburg International Economic Forum", "told the Munich Security Conference": who speaks at, or attends, a
  // gathering named for a city was in that city's state.
  { rule: 'visit.event-city', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.7,
    after: /^ (?:(?:\d+(?:st|nd|rd|th)|annual|\d{4}) )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4} (?:[Ff]orum|(?:Security |Economic )?[Cc]onference|[Ss]ummit|[Dd]ialogue)\b/u,
    pattern: w(`(?:${verbs('speak/spoke/spoken', 'say/said/said', 'tell/told/told', 'address', 'attend')}|speech|remarks|appearance)(?: (?:on |this |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend))? (?:at |to |before )?the`) },
  // "are in Manila to attend the summit".
  // "a day after returning from China, where he signed deals": one back from a state was there.
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.7,
    after: /^ (?:(?:a|an|his|her|their|its) (?:\S+ ){0,2}?(?:visit|trip|tour|journey) (?:to|in) )?(?:the )?\p{Lu}/u,
    pattern: w(verbs('return') + ' (?:home )?from') },
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.75, after: /^ \p{Lu}\p{L}+ (?:to|for) (?:attend|take part|talks|meet|a summit|the summit)/u,
    pattern: w('(?:are|were|is) in') },
  // "Biden gathered Marcos and Kishida at the White House": leaders gathered at the host's own seat are its guests.
  { rule: 'visit.host', type: 'visit', frame: 'host', cameo: '043', plover: 'CONSULT', confidence: 0.7, after: /^ (?:[^.;:]|(?<=(?:Jr|Sr|Mr|Ms|Mrs|Dr))\.){3,160}? at the (?:White House|Kremlin|Elysee|Élysée|Chancellery|Great Hall of the People|Blue House|Presidential Palace|presidential palace)\b/u,
    pattern: w(verbs('gather', 'convene', 'assemble')) },
  { rule: 'visit.host', type: 'visit', frame: 'host', cameo: '043', plover: 'CONSULT', confidence: 0.75,
    pattern: w(alt(
      // ("Talks between Armenia and Azerbaijan were hosted by Russia": a host of two others' talks mediates them, below.)
      r`(?:${verbs('host')})(?<!(?:talks|negotiations|dialogue|meetings?|consultations) between [^,;.]{1,60}? (?:were|was|will be|are|is|had been|have been) (?:jointly )?(?:co-)?\p{L}+)(?<!(?<![\p{L}])(?:the|a|an|as|its|their|summit|meeting) \p{L}+)(?! (?:country|nation|city|government|state))`, verbs('greet'), r`(?:extended|extends|issued|issues|sent|conveyed|renewed) (?:an? |his |her |its |their )?(?:official |formal )?invitation to|(?:welcom(?:ed|es|ing)|(?<!(?:is|are|was|were|be|been|remain|remains|remained|stay|stays|feel|feels|felt|not|always|still|also|more than) )welcome)(?! (?:\S+ ){1,3}?back (?:into|to) the (?:fold|bloc|organi[sz]ation|league|union|alliance|group|Arab League|African Union|European Union|Commonwealth|Council of Europe)\b)(?! (?:\S+ ){1,4}?as (?:a |an |its |their |the (?:\S+ )?)?(?:\S+ )?(?:new |full |permanent )?member\b)(?! and (?:\S+ )?congratulat)(?! (?:\S+ ){1,4}?(?:on (?:becoming|joining|being|winning|its|his|her|their)|for (?:becoming|joining|being|winning))\b)(?! (?:the )?\S+['’]s? (?:[\p{L}-]+ )?(?:entry|accession|admission|membership|joining|election|decision|return|move|bid|offer|proposal|plan|initiative|announcement|commitment|participation|efforts?|readiness|willingness)\b)`, 'played host to', r`(?<!(?:were|was|been|be|being|also) )invited(?! (?:(?!to )\S+ ){0,4}?to (?:join|sign|back|support|endorse|take part|participate|contribute)\b)`,
      // ("Tbilisi was the venue for a meeting between Armenia and Azerbaijan": the venue of others' talks hosts them.)
      r`(?<=(?:was|is|will be|became|becomes|served as|serves as|serving as|acted as|acts as) )(?:the )?venue (?:for|of)(?= (?:the |a |an )?(?:\S+ ){0,3}?(?:talks|meetings?|negotiations|summit|discussions) between)`,
      r`(?:(?:treated|given) to|given|accorded|got|gets|received) (?:a |an |the )?(?:\S+ ){0,4}?(?:red-carpet|welcome|reception|honou?r guard)(?: treatment)?`,
      // "Lula was received in Beijing by Xi": a guest received, in the passive only ("received aid" is no visit).
      r`(?<=(?:was|were|is|are|been|being) (?:\S+ )?)received(?= (?:in|at|by) (?:the )?\p{Lu})`,
    )) },
  { rule: 'visit.receive', type: 'visit', frame: 'host', cameo: '043', plover: 'CONSULT', confidence: 0.7,
    // Case matters here: "received Putin" is a guest, "received air defence systems" is not.
    pattern: /(?<![\p{L}])(?:receiv(?:ed|es|ing)(?= (?:the |his |her |their )?(?:\p{Lu}|visiting |delegation|counterpart|(?:(?:foreign|defen[cs]e|prime|deputy|vice|trade|finance|interior) )?(?:minister|president|premier|king|queen|emir|chancellor|ambassador|envoy)s?(?![\p{L}'’])))|received(?<=(?:was|were|been|being) (?:\p{L}+ly )?received)(?= by ))/gu },
  { rule: 'visit.talks-in', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.65,
    pattern: w(alt(
      // "held a trilateral meeting with his Qatari counterpart X and Libyan premier Y in Tripoli": a long "with" list, no other preposition.
      r`(?:talks|meetings?) with (?:(?!(?:on|during|after|before|at|for|to|over|as|since|which|who|about|from|into|against)\s)[^\s,;]+ ){3,14}?in(?= \p{Lu})`,
      r`(?:talks|meetings?|summits?) between (?:[^\s,;]+ ){2,12}?(?:in|at|on (?:the|a)(?= (?:[\p{L}-]+ ){0,3}(?:island|islands|coast|shores?|outskirts|lawn|grounds|steps)\b))`,
      // ("a meeting was held between the President of Chile X, the President of Peru Y and … in": a longer list of sides, with no other preposition.)
      r`(?:talks|meetings?|summits?)(?: (?:was|were) held)? between (?:(?!(?:on|during|after|before|at|for|to|with|over|as|since|which|who)\s)[^\s;]+,? ){2,20}?(?:in|at|on (?:the|a)(?= (?:[\p{L}-]+ ){0,3}(?:island|islands|coast|shores?|outskirts|lawn|grounds|steps)\b))`,r`(?:talks|joint (?:news |press )?(?:conference|briefing|appearance|statement)s?|` + nouns('meeting', 'summit') + '|' + verbs('meet/met/met') + `(?! with (?:criticism|condemnation|protests?|resistance|opposition|scepticism|skepticism|anger|outrage|silence|approval|praise|concern)\\b)|${verbs('gather', 'convene', 'assemble', 'discuss')}|shook hands|${verbs('shake/shook/shaken')} hands|${verbs('sign')})["”’]? (?:\\S+ ){0,6}?(?:on the sidelines of (?:\\S+ ){0,5}?)?(?<!(?:aim|look|point|arriv|hint|guess|laugh|marvel|shout|stare|glanc)(?:ed|ing|s)? )(?<!(?<![\\p{L}])(?:ports?|bases?|plants?|facilit(?:y|ies)|factor(?:y|ies)|mines?|projects?|dams?|refiner(?:y|ies)|terminals?|airports?|pipelines?|railways?|stakes?|investments?|assets|presence|operations) )(?:in|at|on (?:the|a)(?= (?:[\\p{L}-]+ ){0,3}(?:island|islands|coast|shores?|outskirts|lawn|grounds|steps)\\b))`)) },

  // Cooperation
  // "the island's leader met U.S. House Speaker Kevin McCarthy": a meeting of two sides, wherever it was.
  // "met Pyongyang's conditions": one meets a demand, not its author.
  { rule: 'cooperation.meet', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.6,
    // ("met her Argentine counterpart", "met his counterpart from Argentina": a counterpart is the other side's.)
    after: /^ (?:(?:his|her|their|its) (?:\p{Lu}[\p{L}-]* )?counterparts?\b|(?:with )?(?:the |his |her |their )?\p{Lu}(?![\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*['’]s? (?:[\p{Ll}-]+ )?(?:conditions|demands|requirements|criteria|targets|deadlines?|obligations|expectations|needs|standards|goals|terms|requests)\b))/u,
    pattern: w(verbs('meet/met/met')) },
  // "Brazil and India met in New York", "the two leaders met on Tuesday": a coordinated subject meets, wherever the place (no actor of ours) is.
  { rule: 'cooperation.meet', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.6,
    after: /^(?:[.,;]| (?:in|at|on|for|during|last|this|yesterday|today|twice|again|briefly|privately|separately|face-to-face|behind|near|over|ahead|late|early|before|after|shortly)\b)/u,
    pattern: w(r`(?<=(?:and|both|two|leaders|ministers|presidents|delegations|sides|officials|counterparts|envoys|negotiators|teams)\s(?:\S+\s){0,8}?)(?<!(?:to|will|would|could|may|might|plan|plans|planned|agreed|expected|set|due)\s)(?:met|meet)`) },
  // "Sisi and Erdogan shook hands at the opening", "Riyadh and Tehran exchanged ambassadors".
  { rule: 'cooperation.meet', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.65,
    // ("Zelensky huddled with G7 leaders": a huddle is a meeting.)
    pattern: w(alt(`${verbs('shake/shook/shaken')} hands`, r`exchanged (?:ambassadors|envoys)`, verbs('huddle') + ' with')) },
  { rule: 'alliance.pact', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.85,
    pattern: w(r`(?:mutual )?defen[cs]e (?:pact|treaty|agreement)|military alliance|security (?:pact|alliance|partnership|agreement|deal|treaty)|military pact|alliance|mutual defen[cs]e|non-NATO ally|major non-NATO ally`) },
  // "Mali, Niger and Burkina Faso formed a confederation": states that join into one body of their own are allies.
  { rule: 'alliance.pact', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.8,
    pattern: w(r`${verbs('form', 'create', 'establish', 'found', 'set up')} (?:a|an|the) (?:new |joint |loose |political |military |defen[cs]e )?(?:confederation|federation|confederacy|union state|military bloc|defen[cs]e union|military coalition)`) },
  // "France vowed to defend Greece against any attack": a promise of defence is an alliance.
  { rule: 'alliance.pact', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.7,
    pattern: w(r`(?:vow|pledg|promis|commit|swor)(?:ed|es|e|s|ing|n)? (?:itself |themselves )?to (?:defend|protect|come to the (?:aid|defen[cs]e) of)(?= (?:the )?\p{Lu})`) },
  // "Turkey ratified Sweden's membership", "approved Finland's accession": a member state's consent to another's joining.
  { rule: 'cooperation.ratify-member', type: 'cooperation', frame: 'agent', cameo: '057', plover: 'AGREE', confidence: 0.75,
    after: /^ (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?['’]s (?:(?:NATO|EU|\p{Lu}{2,6}) )?(?:membership|accession|entry|bid to join|application to join)\b/u,
    pattern: w(verbs('ratify', 'approve', 'endorse', 'back', 'sign off on')) },
  { rule: 'alliance.member', type: 'alliance', frame: 'agent', cameo: '057', plover: 'AGREE', confidence: 0.85,
    pattern: w(alt(
      r`(?:became|become|becomes|becoming) (?:a |the )?(?:(?:\d+\w*|${ORDINAL}) )?(?:full |permanent )?member(?:s)? of`, r`(?:became|become|becomes|becoming|is|was|as) (?:the )?(?=\p{Lu}\S*['’]s (?:\d+\w* |${ORDINAL} |newest |latest |full )*member\b)\S+['’]s (?:\d+\w* |${ORDINAL} |newest |latest |full )*member`, r`(?:\d+(?:st|nd|rd|th) |${ORDINAL} |newest |full )member of`, r`made (?:a |an |the )?(?:\S+ )?member of`, r`membership(?! (?:of|in))`, verbs('join'), r`accession to`, r`membership (?:of|in)`,
      verbs('admit+') + ' (?:\\S+ )?(?:to|into)', r`invited to (?:join|enter)`,
      // "Poland invoked NATO's Article 4": only an ally invokes the treaty's articles.
      r`(?:(?:invok|trigger|activat)(?:e|es|ed|ing)|us(?:e|es|ed|ing)) (?:NATO['’]s |the NATO |the alliance['’]s )?Article (?:4|5|Four|Five)\b`, verbs('enter') + r`(?= (?:the )?(?:\p{Lu}{2,}|European Union|African Union|Arab League|United Nations)\b)`, verbs('reinstate', 'restore') + r` (?:\S+ ){0,2}?(?:full )?membership`, verbs('readmit+') + ' (?:\\S+ ){0,2}?(?:to|into)',
      // "voted to return Syria to the Arab League", "welcomed Syria back into the fold": a member taken back.
      verbs('return') + r` (?:\S+ ){1,3}?to(?= (?:the )?(?:Arab League|African Union|European Union|United Nations|Commonwealth|bloc|league|union|alliance|organi[sz]ation)\b)`, verbs('return') + r` to(?= the (?:Arab League|African Union|Commonwealth|Council of Europe)\b)`, verbs('welcome') + r` (?:\S+ ){1,3}?back (?:into|to) the (?:fold|bloc|organi[sz]ation|league|union|alliance|group)\b`, verbs('welcome') + r` (?:\S+ ){1,3}?back (?:into|to)(?= (?:the )?(?:Arab League|African Union|European Union|United Nations|Commonwealth|Council of Europe|\p{Lu}{2,6})\b)`,
      // "welcomed Syria's return to the Arab League": a state's return to a body is its membership again.
      r`(?:return|readmission|re-admission)(?<=['’]s (?:full |formal |official )?\p{L}+) (?:to|into)(?= (?:the )?(?:Arab League|African Union|European Union|United Nations|Commonwealth|Council of Europe|\p{Lu}{2,6})\b)`, r`(?:granted|grant|grants|granting|gave|give|gives) (?:\S+ ){1,5}?(?:official )?(?:candidate|candidacy|accession|membership) status`, verbs('readmit+') + '(?= (?:the )?\\p{Lu})', verbs('admit+') + ' (?:\\S+ ){1,4}?as (?:a |an |its )?(?:\\S+ )?member',
      // "welcomed the African Union as a member", "welcomed Timor-Leste as the bloc's 11th member".
      `${verbs('welcome', 'accept', 'approve', 'induct')} (?:\\S+ ){1,4}?as (?:a |an |its |their |the (?:[\\p{L}-]+['’]s )?)?(?:\\S+ )?(?:new |full |permanent )?member\\b`, r`(?:granted|given|accorded) (?:\S+ ){0,2}?(?:full |permanent )?member(?:ship)? status (?:in|of|at)`, verbs('rejoin'),
    )) },
  { rule: 'alliance.allies', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.55,
    // ("leaves Taiwan with just 24 allies": a count of allies the text does not name.)
    pattern: w(r`(?<!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|few|several|many|handful of) )allies|ally`) },
  // "The accord, which was signed by the leaders of China, Russia and Kazakhstan": the signers of a text are its parties.
  { rule: 'cooperation.signed-by', type: 'cooperation', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.75,
    // ("The deal -- signed by presidents …": the participle after a dash or a comma that follows the deal's noun.)
    // ("the signing of the Agreement on Friendship … by the leaders of Kyrgyzstan, Uzbekistan and Kazakhstan": the noun too.)
    pattern: w(r`(?:(?:was|were|(?:has|have|had)(?: (?:\p{L}+ly|now|also|already|just|since|then|once))? been|is|are|being|will(?: (?:\p{L}+ly|now|also|soon|then))? be) (?:(?:\p{L}+ly|now|also|already|just|since|then|once|today|yesterday) ){0,2}|(?<!\p{L}ly )(?:also|now|already|jointly|formally) |(?<=(?:deal|agreement|accord|treaty|pact|declaration|memorandum|charter|document|protocol)s?(?:,| --| [–—]) ))(?:signed|initialled|initialed|ratified|concluded|inked) by|(?:signing|signature) of (?:the |a |an )?[^.;:]{0,160}? by(?= (?:the )?(?:leaders|presidents|heads|prime ministers|foreign ministers|representatives|ministers)\b)`) },
  // "The deal's signatories include A, B and C", "the 15 countries that signed the pact include A, B and C": the signers listed are its parties.
  { rule: 'cooperation.signers-include', type: 'cooperation', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.75,
    pattern: w(r`(?:signatories|signatory (?:states|countries|nations)|(?:countries|nations|states|governments) (?:that|which|who) (?:have |had )?(?:signed|ratified|inked|joined) (?:the |a |an |this )?(?:[\p{L}-]+ ){0,4}?(?:pact|deal|agreement|accord|treaty|convention|declaration|charter|partnership)s?) (?:\(\S+\) )?(?:include|includes|included|including|are|were)(?= (?:the )?\p{Lu})`) },
  // "The two countries agreed to complete the handover": a pair agreeing on a joint step.
  // "Syria and Lebanon agreed on a historic step", "the two sides agreed on a roadmap": a pair agreeing on something named.
  { rule: 'cooperation.agreed', type: 'cooperation', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.65,
    pattern: w(r`(?<=(?:and|both|two|leaders|ministers|presidents|sides|parties|delegations|countries|nations|neighbou?rs)\s(?:\S+\s){0,8}?)(?:agreed|agree|agrees) (?:on|upon)(?= ["“]?(?:a|an|the|their|joint|new|several|steps|measures|plans?)\b)`) },
  { rule: 'cooperation.agreed', type: 'cooperation', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.7,
    // ("Singapore agreed to facilitate a meeting between China and Taiwan": one who agrees to host or broker others' talks is no party to them.)
    pattern: w(verbs('agree') + r` (?:on how |not )?to(?! disagree| meet| talk| hold talks| sit down| host| facilitate| mediate| broker| arrange| organi[sz]e| convene| sponsor)`) },
  // "spoke by phone with", "telephoned", "held a phone call": consultations at a distance.
  { rule: 'cooperation.talk', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.65,
    pattern: w(alt(
      r`(?:spoke|speaks|speaking|talked|talks|talking|conferred) (?:by (?:tele)?phone |on the (?:tele)?phone |over the (?:tele)?phone |via video link )?with`,
      r`(?:spoke|speaks|speaking|talked|talking|(?:has|have|had) (?:spoken|talked)) (?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone) to`, r`(?:has|have|had) (?:spoken|talked) to(?= (?:his |her |the )?(?:\S+ ){0,3}?\p{Lu})`, r`(?:spoke|talked) to(?= (?:his|her) (?:\S+ )?counterpart)`,
      // ("Rubio spoke to Angolan Foreign Minister Tete Antonio": to an office-holder a demonym names.)
      r`(?:spoke|talked) to(?= (?:the )?[A-Z][\p{L}-]+ (?:President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Chancellor|King|Emir|Crown Prince|Secretary of State|Foreign Secretary|leader|counterpart)\b)`,
      r`(?<!(?:by|on the|over the|via) )(?:` + verbs('telephone', 'phone+') + r`)(?= (?:his |her |the )?\p{Lu})`,
      // "quoted Jiang as telling Yeltsin by telephone that …": what one tells another on the phone is a call between them.
      verbs('tell/told/told', 'inform', 'assure', 'warn') + r`(?= (?:[^\s,;]+ ){1,5}?(?:by|on the|over the) (?:tele)?phone\b)`,
      r`(?:held|had|holds|holding|have|has) (?:a |their |an )?(?:\S+ )?(?:phone|telephone|video) (?:call|conversation|talks)`,
      r`(?:phone|telephone) (?:call|conversation)s? (?:with|from)`,
      // "a call between Trump and Tsai", "Trump call with Taiwan president": a call is a talk.
      r`(?:video )?calls? between`,
    )) },
  // "Trump call with Taiwan president": a call with someone named (not "answered the call with a pledge").
  { rule: 'cooperation.talk', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.6,
    pattern: w(r`(?:video )?calls? with`), after: /^ (?:the |his |her |their )?(?:[\p{L}-]+ ){0,2}?\p{Lu}/u },
  // "Obama called South Korean President Lee", "called his French counterpart": a call to a leader, not "called for" or
  // "called X a liar" (the name, taken whole, must not be followed by what is said of it).
  { rule: 'cooperation.call', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.65,
    pattern: w(verbs('call')),
    after: /^ (?:his |her |their |its )?(?:[\p{Lu}][\p{L}-]*(?:['’]s)? ){0,3}?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Foreign Minister|Secretary of State|[Cc]ounterparts?|(?<=['’]s )(?:president|prime minister|premier|chancellor|king|emir|foreign minister|leader))(?![\p{L}'’])(?=((?: [\p{Lu}][\p{L}.'’-]*)*))\1(?! (?:a|an|the|his|her|its|their|it|him|them)\b)(?<!['’]s)/u },
  // "Kazakhstan asked the CSTO for help": an appeal for help to another.
  { rule: 'aid.request', type: 'cooperation', frame: 'agent', cameo: '033', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(verbs('ask', 'appeal+') + r` (?:to )?(?:\S+ ){1,5}?for (?:military |financial |economic |humanitarian |urgent |international )?(?:help|assistance|support|aid)`) },
  // "Zelenskyy and Modi talked in person": a pair that talked.
  { rule: 'cooperation.talked', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.7,
    pattern: w(r`(?:talked|spoke|conferred)(?= (?:in person|face to face|at length|privately|briefly)\b)`) },
  // "Poland and Ukraine discussed grain imports": a pair that talks something over.
  { rule: 'cooperation.discuss', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.7,
    pattern: w(verbs('discuss')) },
  // "The Ghana-Togo talks took place": talks named by the hyphenated pair of their sides.
  { rule: 'cooperation.discuss', type: 'cooperation', frame: 'mutual', cameo: '046', plover: 'CONSULT', confidence: 0.7,
    // ("the EU's envoy for the Kosovo-Serbia dialogue": talks named as a go-between's task are told by the mediation rules.)
    pattern: /(?<=\p{L}[-–]\p{Lu}[\p{L}.]*(?: [\p{Ll}-]+)? )(?<!(?:for|on|to|in|of|into|about) (?:the |a |an |new |renewed |direct )?\p{Lu}[\p{L}.]*[-–]\p{Lu}[\p{L}.]*(?: [\p{Ll}-]+)? )(?:talks|summit|negotiations|dialogue|consultations)(?![\p{L}])/gu },
  // "recognised Beijing", "recognised a Palestinian state": recognition of a state or its government.
  // "severed ties with Taiwan in favour of China", "switched recognition from Taipei to Beijing": the state it turns to.
  { rule: 'cooperation.recognise', type: 'cooperation', frame: 'agent', cameo: '057', plover: 'AGREE', confidence: 0.7,
    pattern: w(r`(?<=(?:sever|cut|break|broke|switch|shift|transfer)(?:s|ed|ing|ting|en)? (?:off )?(?:its |their |all |formal |official )?(?:diplomatic )?(?:ties|relations|recognition|allegiance) (?:with|from) (?:the )?(?:[\p{L}.'’-]+ ){1,4}?)(?:in favou?r of|to)`), after: /^ (?:the )?\p{Lu}/u },
  { rule: 'cooperation.recognise', type: 'cooperation', frame: 'agent', cameo: '057', plover: 'AGREE', confidence: 0.7,
    after: NOT_RIVAL_LEADER,
    pattern: w(r`(?<!(?<![\p{L}])(?:that|of|in|by|for) )(?:recognised|recognized|recognises|recognizes|recognise|recognize)` + r`(?! (?:the )?(?:(?:independence|sovereignty|statehood) of (?:the )?(?:two )?)?(?:\S+ )?(?:separatist|breakaway|rebel|self-proclaimed|self-declared|occupied)\b)(?= (?:the )?(?:\p{Lu}|[\p{Ll}-]+ (?:state|independence|sovereignty|government)\b))`) },
  // "handed over the Bakassi peninsula to Cameroon", "ceded the islands to Japan": territory given up under a settlement.
  { rule: 'cooperation.handover', type: 'cooperation', frame: 'agent', cameo: '081', plover: 'CONCEDE', confidence: 0.7,
    pattern: w(alt(
      // ("handed over a protest note to": a note of protest is a protest, read as such.)
      verbs('hand') + r` (?:over|back) (?!(?:a |an |the )?(?:(?:strong|strongly[- ]worded|formal|diplomatic) )*(?:protest|demarche|démarche|note of protest|note verbale)\b)(?:the |its |their |control of |sovereignty over )?(?:[\p{L}'’-]+ ){0,4}?to`, r`(?:handover|hand-over|return|transfer) of (?:the |its |their |control of |sovereignty over )?(?:[\p{L}'’-]+ ){0,4}?(?:peninsula|islands?|territory|territories|region|province|enclave|strait|zone|lands?|control|sovereignty|district|area|canal|city) (?:back )?to`, verbs('hand') + r` (?:the |its |their )?(?:[\p{L}'’-]+ ){1,4}?(?:over|back) to`,
      verbs('cede', 'return') + r` (?:the |its |their |control of |sovereignty over )(?:[\p{L}'’-]+ ){0,3}?(?:peninsula|islands?|territory|territories|region|province|enclave|strait|zone|land|lands|control|sovereignty|district|area) (?:back )?to`,
      verbs('transfer+') + r` (?:control|sovereignty|authority) (?:of|over) (?:the )?(?:[\p{L}'’-]+ ){0,4}?to`,
    )), after: /^ (?:the )?\p{Lu}/u },
  // "recognised the head of Venezuela's opposition as the country's interim leader", "gave their backing to X's self-proclamation
  // as Venezuela's acting president": one who recognises a rival leader turns against the government in place.
  { rule: 'tension.rival-leader', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.75,
    after: RIVAL_LEADER,
    pattern: w(alt(verbs('recognise', 'recognize', 'back', 'endorse'), r`(?:gave|give|gives|giving|offered|expressed) (?:their |its |his |her )?(?:full )?(?:backing|support|recognition) (?:to|for)`)) },
  // "said the country will not approve Sweden and Finland's bid to join NATO": a membership blocked is a quarrel with the candidate.
  // "Bulgaria's veto on opening EU accession talks with North Macedonia": a veto of another's path into a body.
  { rule: 'tension.block', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.7,
    after: /^ (?:the |an? )?(?:[^\s.;:]+ ){0,6}?(?:accession|membership|entry) (?:talks|negotiations|bids?|process) (?:with|for|of) (?:the )?\p{Lu}/u,
    pattern: w(r`veto(?:es)? (?:on|of|against|over)`) },
  { rule: 'tension.block', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.75,
    after: /^ (?:the |an? )?(?:[^\s.;:]+ ){0,5}?(?:bids?|membership|applications?|accessions?|candidac(?:y|ies)|entry)\b/u,
    pattern: w(alt(r`(?:(?:will|would|could|did|does|do|shall) not|won['’]t|wouldn['’]t|didn['’]t|refus(?:ed|es|ing|e) to|declin(?:ed|es|ing|e) to|(?:vowed|threatened|threatens|threatening) not to) (?:approve|back|support|ratify|accept|endorse|allow)`,
      r`(?:(?:vowed|threatened|threatens|threatening|pledged) to )?` + verbs('block', 'veto/vetoed/vetoed'))) },
  // "recognised the independence of the breakaway Georgian regions": recognising a state's breakaway part is a move against that state.
  { rule: 'tension.recognise-breakaway', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.75,
    pattern: w(r`(?<!(?<![\p{L}])(?:that|of|in|by|for) )(?:recognised|recognized|recognises|recognizes|recognise|recognize|recognising|recognizing|recognition of) (?:the )?(?:(?:independence|sovereignty|statehood) of (?:the )?(?:two )?)?(?:\S+ )?(?:separatist|breakaway|rebel|self-proclaimed|self-declared)`) },
  // "agreed to take tough measures against a possible arms deal between Russia and North Korea": action promised against another.
  { rule: 'tension.measures', type: 'tension', frame: 'agent', cameo: '130', plover: 'THREATEN', confidence: 0.7,
    pattern: w(verbs('take/took/taken') + r` (?:\S+ ){0,2}?(?:measures|steps|action|countermeasures|counter-measures) against`) },
  // "his decision to reject an invitation to join the grouping": membership refused is a snub of the body.
  { rule: 'tension.refuse-membership', type: 'tension', frame: 'agent', cameo: '120', plover: 'REJECT', confidence: 0.7,
    pattern: w(verbs('reject', 'decline', 'turn down', 'rebuff', 'spurn') + r` (?:an? |the |its |their )?(?:\S+ )?(?:invitation|offer|bid) to (?:join|become a member of)`) },
  // "pulled out of a regional summit in Pakistan", "boycotted the summit in Islamabad": a snub of the host (relate.ts names it).
  { rule: 'tension.boycott', type: 'tension', frame: 'agent', cameo: '120', plover: 'REJECT', confidence: 0.7,
    pattern: w(alt(verbs('pull/pulled/pulled') + ' out of', verbs('withdraw/withdrew/withdrawn') + ' from', verbs('boycott', 'skip+', 'snub+'), r`stay(?:ed|s|ing)? away from`) + r`(?= (?:the |a |an |this |next |its )?(?:[\p{L}-]+ ){0,5}?(?:summit|meeting|conference|games|forum|talks|ceremony|celebrations?|inauguration|session)\b)`) },
  // "distancing themselves from France", "pivoted away from Moscow": one side turning from another.
  { rule: 'tension.criticise', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.7, after: /^ (?:the |its |their )?(?:(?:former|erstwhile|one-time|old) [\p{L} -]*?, )?\p{Lu}/u,
    pattern: w(alt(verbs('distance') + r` (?:themselves|itself|himself|herself|ourselves) from`, verbs('pivot', 'turn') + r` away from`, verbs('turn') + r` (?:its|their) backs? on`)) },
  // "to counter Chinese and Russian influence in the region": a state working against another's reach.
  { rule: 'tension.counter', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.65,
    after: /^ (?:the )?(?:(?:growing|rising|expanding|increasing) )?(?:\p{Lu}[\p{L}-]*(?:['’]s)?(?:,? (?:and )?\p{Lu}[\p{L}-]*(?:['’]s)?){0,3}) (?:influence|presence|expansion|clout|reach|sway|ambitions?|expansionism|assertiveness)\b/u,
    pattern: w(verbs('counter', 'contain', 'curb', 'check', 'push back against/pushed back against/pushed back against', 'counterbalance', 'offset', 'blunt')) },
  // "voiced anger at Ethiopia", "expressed displeasure with Seoul": a state's anger at another.
  { rule: 'tension.criticise', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.7,
    pattern: w(alt(r`(?:voiced|expressed|vented|showed|voicing|expressing|venting) (?:\S+ )?(?:anger|fury|frustration|displeasure|outrage|irritation|dismay) (?:at|with|over|toward|towards)(?= (?:the )?\p{Lu})`,
      // ("took strong exception to Cambodia's handling": an objection, said the English way.)
      verbs('take/took/taken') + r` (?:["“]?(?:strong|great|serious|sharp|particular|grave)["”]? )?["“]?exception["”]? to(?= (?:the )?\p{Lu})`)) },
  // "angering Somalia", "the deal irked Cairo": the one angered is at odds with who angered it.
  { rule: 'tension.anger', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.65, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(verbs('anger', 'infuriate', 'irk', 'enrage', 'incense', 'upset+', 'antagonise', 'antagonize', 'rattle', 'alienate', 'unsettle', 'vex', 'offend')) },
  // "held drills near Japan, prompting Tokyo to lodge a protest": one moved to protest protests at the act's author.
  { rule: 'tension.anger', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.65, after: /^ (?:the )?\p{Lu}[^,;.:]{0,60}? to (?:lodge|file|issue|make|register|protest|condemn|criticise|criticize|denounce|summon|recall|expel|retaliate|respond with)\b/u,
    pattern: w(`(?<=, )${verbs('prompt', 'lead/led/led', 'spur+', 'provoke', 'force', 'push')}`) },
  // "objections from Beijing", "despite Indian objections": a state's protest at what another does.
  { rule: 'tension.objection', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.65,
    pattern: w(alt(r`(?:objections?|protests?|criticism|condemnation|opposition|warnings?|complaints?|anger|outrage)(?= from)`, r`(?<=\p{L} )(?:objections|protests|concerns|opposition)(?= (?:from|by|over|to)\b|[,.;])`)) },
  // "Algeria and South Africa were against the readmission of Morocco", "opposed to Kosovo's membership": standing against
  // another's joining a body is a quarrel with it.
  { rule: 'tension.objection', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.7,
    pattern: w(r`(?:against|opposed to|objected to|opposing|opposed|oppose|opposes|blocked|blocking|block|blocks|vetoed|vetoing|veto) (?:the |a )?(?:re-?admission|readmission|admission|return|membership|accession|entry|reinstatement) of(?= (?:the )?\p{Lu})`) },
  // "China and Kazakhstan are good neighbours, good friends and good partners": friends and partners by a copula.
  { rule: 'cooperation.partners', type: 'cooperation', frame: 'mutual', cameo: '051', plover: 'COOPERATE', confidence: 0.55,
    pattern: w(r`(?:are|were|remain|remains|remained|have been|had been|became|become|as|is|was|has been) (?:\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*['’]s )?(?:the )?(?:(?:closest|main|biggest|largest|oldest|staunchest|strongest|principal|top|most important|good|close|strong|strategic|reliable|old|true|trusted|natural|important|key|all-weather|comprehensive|great|firm|friendly|brotherly|fraternal|sincere|neighbou?rs|brothers|friends)(?:,? and |, | ))*(?:friends|partners|friend|partner|ally|allies|(?:security )?guarantor|protector|patron|backer)(?! in crime)`) },
  { rule: 'cooperation.agreement', type: 'cooperation', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.75,
    pattern: w(alt(
      `(?:${verbs('sign', 'reach', 'conclude', 'finalise', 'finalize', 'seal', 'ink', 'formalise', 'formalize', 'ratify', 'clinch', 'renew', 'unveil')}|agreed(?: to| on)?|struck|striking|${verbs('strike/struck/struck')}) (?:a |an |the |some \\d+ |\\d+ |several |two |three |a series of |a raft of )?(?:(?!of |with |to )[^\\s,;]+ ){0,4}?[“"‘']?(?:${nouns('deal', 'agreement', 'accord', 'declaration', 'treaty', 'pact', 'ceasefire', 'truce', 'memorandum/memoranda', 'MoU', 'partnership', 'plan', 'framework', 'roadmap', 'arrangement', 'protocol', 'convention', 'compact', 'document')})[”"’']?`,
      // "signs USMCA with Trump and Trudeau": a text named by its acronym, signed with others.
      verbs('sign', 'ink', 'ratify') + r` (?:the )?(?:New )?\p{Lu}{3,}(?:[+-]?\p{Lu}*)(?= (?:deal |pact |agreement |accord |treaty )?with\b)`,
      // "The two leaders signed several documents": documents signed together are agreements, whatever their names.
      verbs('sign') + r` (?:several|a number of|a package of|a series of|a set of|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|some|more than \d+) (?:[\p{Ll}-]+ )?documents`,
      r`peace (?:deal|agreement|declaration|accord|treaty|talks|process|plan)`, r`(?:deals?|agreements?|accords?|treat(?:y|ies)|pacts?|MoUs?)(?= (?:were|have been|had been) signed between| between)`, r`(?:deal|agreement|accord|treaty|pact|MoU)(?= (?:was|were|has been|have been|had been|will be) (?:signed|reached|struck|agreed|concluded|sealed|clinched|finali[sz]ed)(?: (?:in|at) (?:the )?[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,2}?)?(?: on [\p{L}]+day)? between| between| with| (?:that|which) (?:had |has |have )?(?:ended|halted|stopped|ends|halts|stops|froze|paused) (?:the |a |their )?(?:(?:years|decades|months|weeks|days) of )?(?:[\p{L}-]+ ){0,2}?(?:war|fighting|conflict|hostilities|clashes|violence) between)`,
      // "The deal was signed by the foreign ministers of Armenia and Azerbaijan".
      r`(?:deal|agreement|accord|treaty|pact|declaration|memorandum|protocol)(?=,? (?:was|were|has been|had been|is|will be) (?:\S+ )?signed by)`, 'ceasefire', 'truce', 'cessation of hostilities',
      verbs('normalise', 'normalize') + r` (?:diplomatic |their )?(?:ties|relations)`, r`normali[sz]ation(?: of (?:diplomatic )?(?:ties|relations))?`,
      verbs('restore', 'resume', 're-establish', 'reestablish', 'mend', 'repair') + r` (?:full )?(?:diplomatic |their )?(?:ties|relations)`,
      // "seeking a resumption of relations with China", "the restoration of diplomatic ties".
      r`(?:resumption|restoration|re-establishment|reestablishment|normali[sz]ation|establishment) of (?:full |formal )?(?:diplomatic )?(?:ties|relations)`,
      r`(?:friendly|good|warm|close|strong|strategic|excellent|cordial|brotherly|fraternal)(?: (?:bilateral|diplomatic|economic|political|historic|historical|neighbou?rly))? (?:relations|ties|partnership)`,
      // "Jordan and Egypt are also parties to the agreement": the signatories of one text are its parties together.
      r`(?:are|were|have been|became|become) (?:also |both |now |all )?(?:parties|signatories) to(?= (?:the|this|that|a) (?:[\p{L}\d-]+ ){0,3}?(?:agreement|deal|treaty|accord|pact|convention|protocol|declaration)\b)`,
      // "a cautious thaw in China-India relations", "the rapprochement between Ankara and Cairo": relations that get better, by noun.
      r`(?:thaw|rapprochement|warming|reset|détente|detente)(?= (?:in|of|between) (?:the )?(?:\p{Lu}[\p{L}.-]*(?:[-–]\p{Lu}[\p{L}.-]*)+ (?:relations|ties)\b|\p{Lu}))`,
      // "Ties between Beijing and Canberra have thawed": relations that got better.
      r`(?:relations|ties|relationship)(?: \S+){0,6}? (?:have |has |had )?(?:(?:gradually|steadily|markedly|significantly|since|slowly) )?(?:thawed|improved|warmed|recovered|stabili[sz]ed|normali[sz]ed|strengthened|deepened|flourished|blossomed|expanded|grown (?:closer|stronger|deeper))`,
      verbs('switch') + r` (?:its |their )?(?:diplomatic )?(?:allegiance|recognition|ties) (?:from (?:the )?\S+(?: \S+)? )?to`, verbs('establish') + r` (?:full |formal )?(?:diplomatic )?(?:ties|relations)`, verbs('appoint', 'name') + r` (?:its |their |a |an |the )?(?:first |new )?(?:\S+ )?(?:ambassador|envoy|high commissioner) to`, 'partnership', 'friendship', r`solidarity (?:with|for)`,
      verbs('cooperate', 'collaborate', 'negotiate', 'coordinate'), verbs('partner') + ' with', verbs('work') + ' (?:(?:closely|together|jointly|hand in hand|side by side|more closely) )?with', verbs('team') + ' up with', 'cooperation', 'collaboration', nouns('negotiation'),
      r`(?:talks|summit|summit talks|meetings?|negotiations|discussions?|conversations?|dialogue|consultations)(?: at (?:the )?(?:[\p{L}.'’-]+ ){0,2}?[\p{L}.'’-]+)? (?:with|between)`, r`(?:held|holds) (?:their |its |a |an |the |another )?(?:(?:[\p{L}-]+ ){0,2}?(?:round|rounds|series) of )?(?:[\p{L}-]+ ){0,3}?(?:talks|summit|meeting|dialogue|consultations|negotiations)`, verbs('settle', 'resolve', 'end') + r` (?:their |its |the )?(?:[\p{L}-]+ ){0,2}?(?:dispute|row|feud|differences|quarrel)`, r`(?:held|hold|holds|holding|conducted|staged|join|joins|joined|joining) (?:\S+ ){0,2}?(?:exercises|drills|war games|manoeuvres|maneuvers)(?= with)`, r`(?:bilateral|joint) (?:[\p{L}-]+ )?(?:talks|exercises?|drills?|operations?|patrols?|statement|communiqu[eé]|projects?|(?:border )?posts?|commissions?|committees?|task force|ventures?|initiatives?|programmes?|programs?|declaration|commission|committee)`,
      verbs('deepen', 'strengthen', 'boost', 'expand', 'bolster', 'upgrade', 'elevate', 'improve', 'warm') + r` (?:\S+ ){0,3}?(?:ties|relations|cooperation|partnership)`,
      // "seeking closer ties with Russia": ties sought are ties wanted (the modality sets how certain).
      verbs('seek/sought/sought', 'pursue', 'court') + r` (?:closer |stronger |deeper |warmer |better |new )?(?:ties|relations|cooperation|partnership)(?= with)`,
      // "pledging closer trade ties", "agreed on warmer relations".
      r`(?:closer|stronger|deeper|warmer|better) (?:[\p{L}-]+ )?(?:ties|relations|cooperation|partnership)`,
      verbs('reopen', 're-open') + r` (?:\S+ ){0,2}?(?:embass(?:y|ies)|consulates?|border crossings?|(?:land |common |shared )?borders?)`, verbs('open') + r` (?:an? |its |their )?(?:new |first )?(?:embass(?:y|ies)|consulates?|consulate general|diplomatic missions?)(?= in)`, verbs('resume') + r` (?:\S+ ){0,2}?(?:dialogue|talks|negotiations|cooperation|diplomacy|contacts|consultations|exchanges)`,
    )) },

  // "Japan pledged to buy more American gas": a state buying another's goods trades with it.
  { rule: 'trade.flow', type: 'trade', frame: 'agent', cameo: '061', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(alt(verbs('buy/bought/bought', 'import', 'purchase') + r`(?= (?:more |additional |extra |cheap |discounted )?(?:\S+ )?(?:\p{Lu}\S* )(?:liquefied natural gas|natural gas|gas|oil|crude|LNG|coal|grain|wheat|soybeans|corn|beef|rice|fertili[sz]ers?)\b)`,
      // "Ghana bought gas from Togo", "imports most of its wheat from Russia".
      verbs('buy/bought/bought', 'purchase') + r` (?:more |additional |extra |cheap |discounted |most of its |much of its |all of its |its )?(?:(?:liquefied natural|natural|piped) )?(?:gas|oil|crude|LNG|coal|grain|wheat|soybeans|corn|beef|rice|fertili[sz]ers?|electricity|uranium) from`)) },
  // "Ghana lent $1 billion to Togo", "loaned money to": credit given to a state.
  { rule: 'aid.give', type: 'aid', frame: 'agent', cameo: '070', plover: 'AID', confidence: 0.7, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(`${verbs('lend/lent/lent', 'loan')} (?:(?:US)?[$€£]\\s?[\\d.,]+ (?:million|billion|bn|m)\\b |money |funds |cash |credit )(?:\\S+ ){0,2}?to`) },
  { rule: 'trade.flow', type: 'trade', frame: 'mutual', cameo: '061', plover: 'COOPERATE', confidence: 0.7,
    // "at odds over trade": trade named as what a quarrel is about is no trade between them; nor is "a trade and arms embargo".
    pattern: w(r`(?<!(?:over|about|concerning|regarding) )(?:trad(?:e|ing) (?:deal|agreement|ties|partners?|relations|route)|trading partners?|top trading|(?:free )?trade(?<!World trade)(?! (?:and \S+ )?(?:embargo(?:es)?|sanctions|bans?|restrictions|curbs|blockade|boycotts?)\b)(?! (?:wars?|conflicts?|disputes?|rows?|spats?|tensions?|battles?|fights?|barriers|retaliation|accusations|barbs|insults|blows|fire|threats|jibes|punches|blame|places|practices|coercion|discrimination|blockade))|bilateral trade)|` + r`(?<!(?:ban|bans|banned|banning|halt|halts|halted|stop|stops|stopped|suspend|suspends|suspended|block|blocks|blocked|curb|curbs|curbed|restrict|restricts|restricted|on|against) (?:\S+ ){0,2})` + verbs('import', 'export') + r`(?! (?:controls?|curbs?|restrictions?|bans?|licen[cs]es?|licensing|permits?|quotas?|duties|tariffs?|taxes|levies)\b)(?= (?:most |much |all |some |half )?(?:of )?(?:its |their )?\S+ (?:from|to) )`) },
  // "Qatar will supply gas to Germany", "Angola ships crude to China": goods sold from one state to another.
  { rule: 'trade.flow', type: 'trade', frame: 'agent', cameo: '061', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(alt(verbs('supply', 'sell/sold/sold', 'export', 'ship+', 'deliver', 'pipe') + r` (?:more |additional |extra |cheap |discounted )?(?:(?:liquefied natural|natural|piped) )?(?:gas|oil|crude|LNG|coal|grain|wheat|soybeans|corn|beef|rice|fertili[sz]ers?|electricity|uranium|iron ore|copper)(?= to\b)`,
      // "the price of natural gas it sells to Ukraine": the goods named before the verb.
      r`(?<=(?:gas|oil|crude|LNG|coal|grain|wheat|electricity|uranium) (?:that |which )?(?:it|they) )(?:sells|sold|supplies|supplied|exports|exported|ships|shipped|delivers|delivered) to`)) },
  // "Fiji is the biggest sugar supplier to China", "Brazil's top export market": one side's trade with the other.
  { rule: 'trade.supplier', type: 'trade', frame: 'agent', cameo: '061', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(r`(?:biggest |largest |main |top |leading |key |major |second-largest |third-largest )?(?:[\p{L}-]+ )?(?:suppliers?|exporters?|importers?|buyers?) (?:to|of)(?= (?:the )?\p{Lu})`) },
  // "The UAE will invest $35 billion in Egypt": money put into a country.
  { rule: 'trade.invest', type: 'trade', frame: 'agent', cameo: '061', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(alt(verbs('invest') + r`(?= (?:\S+ ){0,4}?in \p{Lu})`,
      // "pledged $35 billion of investment in Egypt", "deposited $3 billion in Pakistan's central bank".
      r`(?:billion|million|bn|m) (?:\S+ )?(?:of |in |worth of )?(?:new |fresh |direct |foreign )?investments? in(?= (?:the )?\p{Lu})`)) },
  { rule: 'aid.give', type: 'aid', frame: 'agent', cameo: '070', plover: 'AID', confidence: 0.7,
    pattern: w(verbs('deposit') + r` (?:a |an |another )?(?:US)?[$€£]\s?[\d.,]+ (?:million|billion|bn|m)\b (?:\S+ ){0,2}?(?:in|into|with)(?= (?:the )?\p{Lu}[\p{L}. -]*['’]s? central bank)`) },
  // "would deploy tactical nuclear weapons to Belarus", "stationed missiles in Cuba": weapons placed on another state's soil.
  { rule: 'arms.deploy', type: 'arms_support', frame: 'agent', cameo: '072', plover: 'AID', confidence: 0.75, after: /^ (?:the )?(?:territory of )?\p{Lu}/u,
    pattern: w(verbs('deploy', 'station', 'base') + r` (?:its |their |some |more |new |\d+ )?(?:[\p{L}-]+ ){0,2}?(?:nuclear weapons|weapons|missiles|warheads|bombers|air[- ]defen[cs]e systems?|missile systems?|batteries) (?:to|in|on|on the territory of)`) },
  { rule: 'arms.supply', type: 'arms_support', frame: 'agent', cameo: '072', plover: 'AID', confidence: 0.8,
    pattern: w(alt(
      `(?:${verbs('send/sent/sent', 'supply', 'provide', 'deliver', 'ship+', 'pledge', 'transfer+', 'give/gave/given', 'donate', 'sell/sold/sold', 'offer', 'arm')}|hand(?:s|ed|ing)? over)(?: \\S+){0,6}? (?:tanks?|weapons?|arms|missiles?|ammunition|munitions|artillery|shells|howitzers?|rockets?|rocket launchers|launchers|fighter jets|fighter aircraft|warplanes|jets|F-\\d+s?|air[- ]defen[cs]es?|drones|rifles|armou?red vehicles|military (?:aid|assistance|equipment|support|hardware|vehicles)|(?:troops|soldiers)(?! (?:\S+ )?into)|Leopards?|Abrams|Patriots?|HIMARS|helicopters|warships|frigates|submarines|equipment assistance)`,
      r`weapons support|arms (?:sales|supplies|deliveries|shipments|deal)|military (?:aid|assistance|support) (?:to|for)`,
      r`(?:taking|took|takes|take) (?:the )?delivery of`,
      // "Israel received thousands of bombs from the United States": the one who receives is the recipient.
      verbs('receive') + r` (?:\S+ ){0,5}?(?:weapons|arms|missiles|bombs|ammunition|shells|tanks|jets|fighter jets|drones|munitions|artillery|air defen[cs]e systems)(?= from)`,
      r`(?:weapons|arms|military|security assistance|military aid) package (?:for|to)`,
      r`(?:sales?|deliver(?:y|ies)|transfers?|shipments?|suppl(?:y|ies)|supplier|suppliers|provider|exporter) of (?:\S+ ){0,5}?(?:tanks?|weapons?|arms|missiles?|ammunition|munitions|artillery|shells|howitzers?|rockets?|jets|F-\d+s?|air[- ]defen[cs]e systems?|drones|helicopters|warships|submarines)`,
      // "CSTO peacekeeping forces have been sent to Kazakhstan": troops named before the verb that sends them.
      r`(?:troops|forces|soldiers|peacekeepers|contingent|detachment)(?: \S+){0,3}? (?:was |were |has been |have been |had been |being )?(?:sent|deployed|dispatched) (?:to|into)`,
      verbs('buy/bought/bought', 'purchase', 'acquire') + r` (?:\S+ ){0,6}?(?:weapons?|arms|missiles?|systems?|jets|fighters|drones|helicopters|tanks|S-?400s?|equipment)(?= from| (?:made|built) (?:in|by))`,
      r`(?:purchase|acquisition) of (?:the )?(?:\S+ ){0,5}?(?:weapons?|arms|missiles?|(?:defen[cs]e |missile )?systems?|jets|fighters|drones|helicopters|tanks|S-?400s?)`,
      r`receiv(?:ed|es|ing)(?: \S+){0,5}? (?:tanks?|weapons?|arms|missiles?|ammunition|munitions|artillery|shells|jets|drones|air[- ]defen[cs]e systems?|systems|helicopters)(?= from)`,
    )) },
  // "Serbia bought Chinese FK-3 air defence systems": weapons named by their maker's demonym (the case is tested after the verb).
  // "a decision allowing Kyiv to acquire F-16 fighter jets", "cleared Taiwan to buy drones": a supply its supplier permits.
  { rule: 'arms.supply', type: 'arms_support', frame: 'agent', cameo: '072', plover: 'AID', confidence: 0.7,
    after: /^ (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)? to (?:acquire|buy|purchase|receive|obtain|get|use) (?:\S+ ){0,4}?(?:weapons|arms|missiles|jets|fighters|drones|aircraft|helicopters|tanks|munitions|F-\d+s?)\b/u,
    pattern: w(verbs('allow', 'permit', 'clear', 'authorise', 'authorize', 'approve')) },
  { rule: 'arms.supply', type: 'arms_support', frame: 'agent', cameo: '072', plover: 'AID', confidence: 0.75,
    after: /^ (?:\p{Ll}+ ){0,2}?\p{Lu}\p{Ll}+ (?:[\p{L}\d-]+ ){0,3}?(?:weapons|arms|missiles|systems|jets|fighters|fighter jets|drones|helicopters|tanks|warships|submarines|frigates)\b/u,
    pattern: w(verbs('buy/bought/bought', 'purchase', 'acquire')) },
  // "India, a major buyer of Russian arms", "the largest recipient of US military aid": the one who buys or receives, and its supplier.
  { rule: 'arms.supply', type: 'arms_support', frame: 'agent', cameo: '072', plover: 'AID', confidence: 0.7,
    after: /^ (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)? (?:[\p{Ll}-]+ )?(?:arms|weapons|military (?:aid|equipment|hardware|assistance)|jets|fighters|drones|helicopters|tanks|missiles|warships|submarines)\b/u,
    pattern: w(r`(?:biggest |largest |main |top |major |key |leading |second-largest |third-largest )?(?:buyers?|importers?|purchasers?|customers?|recipients?) of`) },
  // "troops arrive to back Kabila": the verb's bare form, only before a name (case matters, so it is checked after).
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.6, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(r`(?<=(?:to|will|would|could|must) )back`) },
  // "China has assured Bangladesh of facilitating the return of refugees", "assured Kyiv of its continued support".
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.65,
    pattern: w(verbs('assure', 'reassure') + r`(?= (?:the )?\p{Lu}[^.;:]{0,50}? of (?:its |their |his |her |full |continued |firm |unwavering |strong |steadfast )*(?:support|help|cooperation|assistance|backing|solidarity|commitment|facilitating|helping|supporting))`) },
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.6,
    // "backed Maduro", "voiced support for Kyiv's bid": political support, not arms ("Russian-backed" is no act).
    pattern: w(alt(
      r`(?<!-)backed|(?<!-)backs|(?<!-)backing`, r`(?:voiced|expressed|pledged|declared|reaffirmed|offered|showed|shown) (?:its |their |his |her )?(?:full |strong |firm |unwavering )?(?:support|solidarity) (?:for|to|with)`,
      r`(?:support|solidarity) (?:for|with)`, r`(?<![\p{L}-])support to(?= (?:the )?\p{Lu})`, r`(?:expressions?|messages?|show) of (?:\S+ ){0,3}(?:support|solidarity)`,
    )) },
  // "welcomed Indonesia's entry into BRICS", "welcomes Kenya's offer": approval of another state's step, no visit.
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.6,
    after: /^ (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}['’]s? (?:[\p{Ll}-]+ )?(?:entry|accession|admission|membership|joining|bid|offer|proposal|plan|initiative|commitment|participation|efforts?|readiness|willingness)\b/u,
    pattern: w(verbs('welcome')) },
  // "thanked Romania", "supports Kyiv's bid": the object is a name.
  // "Rwanda deployed troops to Mozambique at the government's request": soldiers sent to help a state, not against it.
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.65,
    pattern: w(alt(`${verbs('deploy', 'send/sent/sent', 'dispatch')} (?:\\S+ ){0,3}?(?:troops|soldiers|forces|peacekeepers|police officers|special forces) (?:to|into)(?= (?:the )?\\p{Lu}\\S*(?: \\S+){0,3}? (?:at the (?:\\S+ ){0,2}?request|at the invitation|on the invitation|to help|to support|to assist|to train|to back)\\b)`,
      // "concluded the deployment of some 1,000 personnel of army and police to Mozambican Cabo Delgado province to help combat terrorism".
      `deployment of (?:\\S+ ){0,8}?(?:troops|soldiers|forces?|personnel|peacekeepers|police|members) (?:to|in|into)(?= (?:the )?\\p{Lu}\\S*(?: [^\\s,;]+){0,5}? (?:at the (?:\\S+ ){0,2}?request|at the invitation|on the invitation|to help|to support|to assist|to train|to back)\\b)`)) },
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.6, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(alt(verbs('support', 'endorse', 'sponsor', 'thank', 'praise', 'hail', 'laud', 'applaud', 'congratulate', 'commend'), r`(?:sided|sides|siding|side) with|took sides with`,
      // Breadth from the event coders' verbs (CAMEO 05x): standing by a state, reaching out to it, apologising to it.
      r`(?:stood|stand|stands|standing) (?:by|with)`, r`(?:reached|reaches|reaching|reach) out to`, verbs('apologise', 'apologize') + ' to',
      // "voted in favour of Togo's resolution": siding with what another state proposed.
      r`(?:voted|votes|voting|vote) (?:in favou?r of|for)(?= (?:the |a )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?['’]s? (?:[\p{Ll}-]+ )?(?:resolution|motion|proposal|draft|bid|candidacy)\b)`)) },
  // "Ghana made peace with Togo", "reconciled with", "swapped prisoners with": a tie mended or a deal kept together (CAMEO 04x–08x).
  { rule: 'cooperation.reconcile', type: 'cooperation', frame: 'mutual', cameo: '081', plover: 'CONCEDE', confidence: 0.7, after: /^ (?:the )?\p{Lu}/u,
    pattern: w(alt(r`(?:made|make|makes|making) peace with`, verbs('reconcile') + ' with')) },
  { rule: 'cooperation.reconcile', type: 'cooperation', frame: 'mutual', cameo: '081', plover: 'CONCEDE', confidence: 0.7,
    pattern: w(`${verbs('swap+', 'exchange')} (?:\\S+ ){0,3}?(?:prisoners|detainees|captives|prisoners of war|POWs)(?: with)?`) },
  // "Britain trained Ukrainian soldiers": another state's forces trained (military cooperation, CAMEO 062).
  { rule: 'cooperation.train', type: 'cooperation', frame: 'agent', cameo: '062', plover: 'COOPERATE', confidence: 0.65,
    after: /^ (?:(?:\d+|thousands of|hundreds of|more than \d+) )?(?:\p{Lu}[\p{L}-]+|the \p{Lu}[\p{L}-]+(?:['’]s)?) (?:[\p{Ll}-]+ )?(?:soldiers|troops|forces|pilots|officers|police(?:men| officers)?|recruits|marines|army|navy|military)\b/u,
    pattern: w(verbs('train')) },
  // "Ghana opened its border with Togo": a closed border opened.
  { rule: 'cooperation.agreement', type: 'cooperation', frame: 'agent', cameo: '050', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(verbs('open') + ' (?:its |their |the )?(?:land |common |shared )?(?:border|frontier) with') },
  // "Ghana allied itself with Togo": an alliance made.
  { rule: 'alliance.pact', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.7, after: /^ (?:the )?\p{Lu}/u,
    // ("fighters allied with the government": a participle after a noun of a group that is no state describes that group.)
    pattern: w(r`(?:allied|allies|allying|ally)(?<!(?<![\p{L}])(?:fighters|forces|groups|militias|rebels|troops|factions|parties|movements|militants|insurgents|tribes|clans) \p{L}+) (?:(?:itself|themselves|himself|herself) )?with`) },
  // "Ukraine supported a US proposal to declare a ceasefire": backing another's proposal is siding with its author.
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.6,
    after: /^ (?:a|an|the) (?:new |revised |joint )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)? (?:proposal|plan|initiative|bid|candidacy|resolution|draft resolution|peace plan|roadmap)\b/u,
    pattern: w(verbs('support', 'endorse', 'back', 'welcome', 'accept')) },
  // "Australia will build submarines with US and UK assistance": help named by its givers goes to the clause's subject.
  { rule: 'aid.with-help', type: 'aid', frame: 'agent', cameo: '070', plover: 'AID', confidence: 0.7,
    // ("with Riga backing Kyiv": a gerund with its own object is an act of its own.)
    after: /^(?! (?:the )?\p{Lu})/u,
    pattern: w(r`with (?:the )?\p{Lu}[\p{L}.-]*(?:(?:,| and|, and) \p{Lu}[\p{L}.-]*){0,3} (?:financial |military |technical |economic )?(?:assistance|help|support|backing|funding|aid)`) },
  // "France voted against Russia's resolution", "vetoed a US-drafted resolution": a vote against another's text is a stand against it.
  { rule: 'tension.vote-against', type: 'tension', frame: 'agent', cameo: '111', plover: 'REJECT', confidence: 0.65,
    after: /^ (?:the |a |an )?(?:\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?['’]s?|\p{Lu}[\p{L}.]*-(?:drafted|sponsored|proposed|backed|led)) (?:[\p{Ll}-]+ )?(?:resolution|draft|proposal|motion|bid|candidacy|text|plan)\b| (?:the |a |an )?(?:\p{Lu}[\p{L}.-]* )?(?:[\p{Ll}-]+ )?(?:resolution|draft|proposal|motion|text) (?:drafted|sponsored|proposed|put forward|tabled|backed|submitted|written) by\b/u,
    pattern: w(alt(r`(?:voted|votes|voting|vote) against`, verbs('veto'))) },
  // "Pakistan received a $3 billion loan from Saudi Arabia", "Kenya received a delegation from Somalia": what one receives from another.
  { rule: 'aid.receive', type: 'aid', frame: 'agent', cameo: '070', plover: 'AID', confidence: 0.7,
    // ("accepting more than $2 billion in aid and credit from Russia": an amount may be approximate, and a second noun may join the first.)
    pattern: w(verbs('receive', 'obtain', 'secure', 'accept', 'get/got/got') + r` (?:(?:a|an|the|some|more|new) )?(?:(?:more than|over|nearly|almost|about|around|some|up to|at least) )?(?:(?:US|U\.S\.)?\$?[\d.,]+ (?:billion |million )?(?:dollars? |euros? )?(?:worth of |in )?)?(?:[\p{L}-]+ ){0,3}?(?:loans?|aid|assistance|grants?|funding|funds|credit|donations?|vaccines|weapons|arms|military (?:aid|assistance|equipment))(?: and (?:[\p{L}-]+ )?(?:loans?|aid|assistance|grants?|funding|funds|credits?|investment|donations?))? from`) },
  // "Togo won support from Ghana", "gained the backing of Ghana": support one side gets from another.
  { rule: 'cooperation.receive', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.65,
    pattern: w(`${verbs('win/won/won', 'gain', 'secure', 'get/got/got', 'receive', 'garner', 'enlist')} (?:(?:the|some|more|new|strong|firm|full|broad|political|diplomatic|crucial|key) )*(?:support|backing|endorsement) (?:from|of)`) },
  // "India faces 50% levies from the United States", "Moscow was hit with sanctions from the EU": measures one suffers, their author after "from".
  { rule: 'sanction.receive', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.75,
    pattern: w(`(?:${verbs('face', 'suffer')}|(?:was|were|is|are|been|being|get|gets|got) (?:hit|slapped|targeted) with) (?:(?:new|fresh|further|more|additional|steep|punitive|heavy|tough|harsh|sweeping|\\d+(?:\\.\\d+)?\\s?%|\\d+ per ?cent|US|U\\.S\\.|EU|Western|economic|trade|financial) )*(?:sanctions|tariffs|levies|duties|penalties|embargo(?:es)?|export controls) (?:imposed )?(?:from|by)`) },
  // "The United States agreed to Niger's request to withdraw its troops", "bowed to Turkey's demands": who asks, of the one who yields.
  { rule: 'pressure.receive', type: 'diplomatic_pressure', frame: 'agent', cameo: '100', plover: 'REQUEST', confidence: 0.75,
    pattern: w(r`(?:agreed to|accepted|accepts|accept|granted|grants|heeded|heeds|complied with|complies with|bowed to|bows to|acceded to|yielded to|gave in to|caved in to|caved to)(?= (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}['’]s? (?:\S+ )?(?:requests?|demands?|calls?|ultimatum|pressure)\b)`) },
  // "Rwanda rejects allegations from Congo and the UN that it supports M23": who rejects an accusation is accused by its authors.
  { rule: 'tension.accused-by', type: 'tension', frame: 'agent', cameo: '112', plover: 'ACCUSE', confidence: 0.7,
    pattern: w(`${verbs('reject', 'deny/denied/denied', 'dismiss', 'refute', 'rebuff', 'deflect')} (?:the |repeated |renewed |fresh |new )?(?:allegations?|accusations?|charges?|claims?) (?:made )?(?:from|by)`) },
  { rule: 'visit.receive-from', type: 'visit', frame: 'agent', cameo: '043', plover: 'CONSULT', confidence: 0.7,
    pattern: w(verbs('receive') + r` (?:a |an |the )?(?:[\p{L}-]+ ){0,2}?(?:delegation|envoy|emissary|visit|visitors?|minister|president|prime minister) from`) },
  // "a Kenya-led security mission to Haiti": a mission a state leads to another state is help to it.
  { rule: 'cooperation.mission', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.7,
    pattern: w(r`\p{Lu}[\p{L}.]*-led (?:[\p{L}-]+ ){0,4}?(?:missions?|force) to(?= (?:the )?\p{Lu})`) },
  { rule: 'aid.give', type: 'aid', frame: 'agent', cameo: '070', plover: 'AID', confidence: 0.7,
    pattern: w(alt(
      `(?:${verbs('send/sent/sent', 'provide', 'deliver', 'pledge', 'give/gave/given', 'donate', 'fly/flew/flown', 'airlift', 'supply', 'grant', 'lend/lent/lent', 'dispatch', 'rush', 'deploy')})(?: (?!(?:over|at|against|toward|towards|past)\\s)[^\\s,;]+){0,7}? (?<!military |arms |defen[cs]e )(?:aid|assistance|relief|food|medicine|medical supplies|relief supplies|loans?|police|doctors|vaccines|rescuers|rescue teams|medics)`,
      // "would provide the North African country with funds": the one provided with money is helped.
      `${verbs('provide', 'supply')} (?:\\S+ ){1,4}?with (?:\\S+ ){0,3}?(?:funds|funding|financing|loans?|grants?)`,
      // "free supplies of 50,000 tonnes of grain to Mali": goods given free are aid.
      r`free (?:(?:supplies|shipments|deliveries) of (?:\S+ ){0,5}?)?(?:grain|wheat|food|fertili[sz]ers?|fuel|rice|maize|corn|medicines?|vaccines)(?= to (?:the )?\p{Lu})`,
      r`(?:humanitarian|economic|financial|food|medical|development|reconstruction|budget|emergency) (?:aid|assistance|support|supplies)`,
      // "donated maize to Malawi": whatever is donated to a state is aid to it.
      verbs('donate') + r`(?: \S+){0,5}? to(?= (?:the )?\p{Lu})`,
      r`(?:[$€£]\s?[\d.,]+|[\d.,]+) (?:million|billion)(?: \S+){0,3}? (?:aid|assistance)`, r`(?<!military |arms )(?:aid|assistance) (?:to|for)`,
      verbs('accept', 'receive', 'request', 'welcome') + r` (?:\S+ ){0,3}?(?:aid|assistance|help|relief|rescue teams|rescuers|offers? of (?:aid|help|assistance))(?= from)`, verbs('receive') + r` (?:a |an |the |its )?(?:first |new |latest |second )?(?:shipment|consignment|batch|delivery|donation) of (?:\S+ ){0,2}?(?:vaccines|aid|food|supplies|medicines?|medical supplies|grain|wheat|fuel|doses)(?= from)`, r`(?:rescue|relief|medical|aid|humanitarian|search-and-rescue|emergency|firefighting)(?: [\p{L}-]+){0,6}? teams?(?= (?:\S+ ){0,3}?(?:arrived|landed|were sent|were deployed|reached|began|started|joined))`, r`(?:flights?|planes?|aircraft|ships?|convoys?|trucks?|lorries) (?:to (?:the )?\p{Lu}[\p{L}-]* )?(?:carrying|loaded with|laden with|bringing|with) (?:tons of |tonnes of )?(?:\S+ ){0,2}?(?:aid|relief|assistance|supplies|goods|tents|food)`,
      // "French planeloads of specialists, rescue workers and supplies arrived": loads of help flown in are aid.
      r`(?:plane|ship|truck|boat)loads? of (?:[\p{L},-]+ ){0,6}?(?:aid|relief|supplies|rescue workers|rescuers|medical (?:staff|teams|supplies)|medicines?|food|tents)`, r`(?:aid|relief|humanitarian|rescue)(?: [\p{L}-]+)? (?:planes?|flights?|aircraft|ships?|vessels?|convoys?|shipments?|trucks?|lorries|cargo)(?= (?:\S+ ){0,3}?(?:arrived|landed|reached|docked))`, r`aid package|(?:relief|humanitarian) (?:supplies|aid|goods|materials|items|flights)|(?:loans?|grants?) (?:to|for)`,
      // "extended a loan of $1 billion to Sri Lanka", "approved a credit line to Kenya".
      verbs('extend', 'approve', 'provide', 'offer', 'give/gave/given', 'grant') + r` (?:a |an |the )?(?:\S+ ){0,3}?(?:loans?|credit lines?|lines? of credit|grants?)(?: (?:worth|of) (?:about |some |nearly |over )?(?:US|A|C)?[$€£]\s?[\d.,]+(?: (?:million|billion|bn|m))?)? to(?= (?:the )?\p{Lu})`, verbs('offer') + r` (?:\S+ )?(?:help|aid|assistance|relief) to`,
      verbs('pledge', 'promise', 'give/gave/given', 'donate', 'grant', 'lend/lent/lent', 'contribute') + r` (?:US)?[$€£][\d.,]+ (?:million|billion|bn|m)\b(?: \S+){0,4}? to`,
      // "offering $100 million to buy food and medicine": money given for relief is aid, to whom the text is helping.
      verbs('offer', 'pledge', 'promise', 'give/gave/given', 'donate', 'grant', 'commit+') + r` (?:\S+ ){0,3}?(?:US|A|C|NZ)?[$€£]\s?[\d.,]+ (?:million|billion|bn|m)\b(?= (?:\([^)]{0,30}\) )?(?:\S+ ){0,3}?(?:to (?:buy|help|rebuild|fund|pay for|support|provide)|for (?:relief|reconstruction|recovery|the victims|survivors|humanitarian|emergency)|in (?:aid|assistance|relief|humanitarian|emergency)))`, r`supply (?:\p{Lu}\p{L}+ )with [$€£]`,
    )) },
  // "signed the deal in the presence of the UN chief and Turkey's president": who witnesses a settlement stands between its parties.
  // "Secret talks in Canada between the US and Cuba": a third state where two others talk hosts their talks (relate.ts).
  { rule: 'mediation.host', type: 'mediation', frame: 'mediation', cameo: '045', plover: 'CONSULT', confidence: 0.7, after: /^ (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},? (?:and (?:at|in) (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} )?between /u,
    pattern: w(r`(?:talks|negotiations|meetings?|consultations|contacts) (?:held )?in`) },
  { rule: 'mediation.presence', type: 'mediation', frame: 'mediation', cameo: '045', plover: 'CONSULT', confidence: 0.7,
    pattern: w(r`in the presence of|witnessed by|(?:was|were) witnessed by`) },
  // "telephoned the leaders of Greece and Turkey in an attempt to defuse the stand-off", "in Bangkok for talks aimed at
  // ending clashes between Thailand and Cambodia": a third side working to end two others' quarrel.
  { rule: 'mediation.defuse', type: 'mediation', frame: 'mediation', cameo: '045', plover: 'CONSULT', confidence: 0.7,
    pattern: w(alt(r`(?:attempt|effort|bid|mission|talks|push|drive)s? (?:aimed at|to|intended to) (?:defus(?:e|ing)|eas(?:e|ing)|calm(?:ing)?|end(?:ing)?|halt(?:ing)?|stop(?:ping)?|settl(?:e|ing)|resolv(?:e|ing)|de-?escalat(?:e|ing)) (?:the |a |their )?(?:\S+ ){0,2}?(?:stand[- ]?off|crisis|tensions?|dispute|conflict|row|clashes|fighting|war|hostilities)`,
      // "gathered in Kuala Lumpur to try to salvage a truce between Thailand and Cambodia": a third working to keep two others' truce alive.
      r`(?:(?:attempt|effort|bid|mission|push|drive)s? (?:aimed at|to|intended to)|(?:try|tries|tried|trying|seek|seeks|sought|seeking|work|works|worked|working) to) (?:salvag(?:e|ing)|reviv(?:e|ing)|rescu(?:e|ing)|preserv(?:e|ing)|shor(?:e|ing) up|restor(?:e|ing)|broker(?:ing)?|secur(?:e|ing)) (?:the |a |their )?(?:\S+ ){0,2}?(?:truce|ceasefire|cease-fire|peace(?: deal| process| talks)?|talks)`)) },
  { rule: 'mediation.by', type: 'mediation', frame: 'mediation', cameo: '045', plover: 'CONSULT', confidence: 0.8,
    pattern: w(alt(
      verbs('mediate', 'broker'), r`co-mediat(?:ed|es|e|ing|ion|ors?)`,
      // "the EU's special envoy for the Kosovo-Serbia dialogue": whose envoy to two others' talks mediates them.
      r`(?:special |chief |lead )?(?:envoy|representative|negotiator|facilitator)s? (?:for|to|on) the(?= \p{Lu}[\p{L}]+[-–]\p{Lu}[\p{L}]+ (?:dialogue|talks|negotiations|peace (?:talks|process)|normali[sz]ation))`, verbs('facilitate') + r`(?= (?:\S+ ){0,4}?(?:talks|dialogue|negotiations|agreements?|deals?|peace|ceasefire|truce|exchanges?|meetings?|contacts|reconciliation|normali[sz]ation|rapprochement|release|summit|process|discussions)\b)`, r`auspices|under the aegis of|chaired by|mediation|mediators?|facilitation|intermediar(?:y|ies)|go-betweens?|middle[- ]?m[ae]n|honest broker|(?:were|was) (?:also |closely )?involved in (?:the )?(?:talks|negotiations|peace talks)|(?<=(?:to be|were|was|been|being) )conveyed|conveyed(?= (?:\S+ ){0,4}?(?:messages?|proposals?|offers?|positions?|stances?|letters?|replies|responses?) between)|(?:passing|carrying|relaying) messages|good offices|diplomatic efforts|help (?:resolve|solve|solving|resolving)|bring to solving`,
      verbs('chair', 'guide', 'steer', 'shepherd', 'oversee/oversaw/overseen') + ' (?:the )?(?:talks|negotiations|meeting|dialogue|peace process)',
      // "the talks were co-organised by Malaysia and the United States": who arranges two others' talks stands between them.
      r`(?:talks|negotiations|dialogue|peace talks|ceasefire talks)(?: (?:was|were|are|is|had been|have been|will be))? (?:jointly )?(?:co-)?(?:organi[sz]ed|convened|arranged|facilitated|hosted)(?= by)`,
      // ("attending the negotiations, arranged by Malaysia": the same, set off by a comma.)
      r`(?:talks|negotiations|dialogue|peace talks|ceasefire talks), (?:jointly )?(?:co-)?(?:organi[sz]ed|convened|arranged|facilitated)(?= by)`,
      // "Talks between Armenia and Azerbaijan were hosted by Russia": the passive of hosting two others' talks.
      r`(?:were|was|will be|are|is|had been|have been) (?:jointly )?(?:co-)?(?:hosted|organi[sz]ed|convened|arranged)(?= by)(?<=(?:talks|negotiations|dialogue|meetings?|consultations) between [^,;.]{1,60}? (?:were|was|will be|are|is|had been|have been) (?:jointly )?(?:co-)?\p{L}+)`,
      // "Canada brought Cuba and the United States together", "Qatar brought the two sides to the table": a third that brings two to talk.
      verbs('bring/brought/brought') + r` (?:(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} and (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}|the two (?:sides|countries|nations|parties|rivals|neighbou?rs)|both sides) (?:back )?(?:together|to the (?:negotiating |peace )?table)`,
      // "the negotiations led by former Mozambican President Chissano": whoever leads two others' talks mediates them.
      r`(?:talks|negotiations|mediation|peace process|dialogue|mediation efforts|peace efforts) (?:\S+ ){0,2}?(?:led|facilitated|convened|steered) by`,
      // "a three-step process sponsored by China": a settlement's sponsor stands between its parties.
      r`(?:process|talks|plan|initiative|deal|agreement|dialogue|negotiations|roadmap|road map|ceasefire|truce) (?:\S+ ){0,2}?(?:sponsored|shepherded) by`, r`(?:US|U\.S\.|EU|UN|[\p{Lu}][\p{L}]+)-(?:brokered|mediated|facilitated|sponsored|hosted|led) (?:\S+ ){0,2}?(?:talks|deals?|agreements?|accords?|plan|diplomacy|negotiations|process|ceasefire|truce|meetings|consultations|dialogue)`, r`(?:US|U\.S\.|EU|UN|[\p{Lu}][\p{L}]+)-(?:brokered|mediated|facilitated) (?:\S+ )?(?:meetings?|summit|dialogue)`,
    )) },

  // Conflict
  { rule: 'sanction.impose', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.85,
    pattern: w(alt(
      // "Sanctions were imposed on Myanmar by the EU": the measure's passive, its target after "on" and its author after "by".
      r`(?:sanctions|tariffs|(?:an? )?(?:arms |trade |oil )?embargo|penalties|restrictions) (?:were|was|have been|has been|had been|are|is|will be) (?:\S+ )?(?:imposed|slapped|placed|levied) on`,
      `(?:${verbs('cut+/cut/cut', 'suspend', 'halt', 'freeze/froze/frozen', 'end', 'sever')}) (?:all |its |their )?(?:trade|economic|commercial|financial) (?:ties|relations|links|cooperation)`,
      // "South Korea suspended trade with the North": all trade stopped by one side.
      `(?:${verbs('cut+/cut/cut', 'suspend', 'halt', 'freeze/froze/frozen', 'ban+', 'stop+')})(?: off)? (?:all |its |their )?(?:trade|commerce|business|(?:direct )?(?:air travel|flights|air links|air traffic|rail links|transport links|postal links))(?= (?:with|to and from|to) )`,
      verbs('suspend') + r` (?!its |their |our )(?:\S+ ){0,2}?(?:membership|participation)`, verbs('expel+') + r` (?!(?:\S+ ){0,2}?(?:diplomats?|ambassadors?|envoys?|officials|staff|personnel|citizens|nationals)\b)(?:\S+ ){0,2}?from`,
      // "cut off gas supplies to Spain", "banned rice exports to Bangladesh": a state's goods withheld from another.
      verbs('cut+/cut/cut', 'halt', 'stop+', 'suspend', 'ban+', 'freeze/froze/frozen') + r`(?: off)? (?:all |its |their )?(?:[\p{Ll}-]+ ){0,2}?(?:supplies|exports|deliveries|shipments|flows|aid|funding|assistance|support|disbursements|payments)(?= to )`,
      // "China halted imports of Japanese seafood", "banned North Korean ships from its ports".
      verbs('halt', 'stop+', 'suspend', 'freeze/froze/frozen', 'block') + r` (?:all )?imports (?:of|from)`, verbs('ban+', 'bar+') + r`(?= (?:\S+ ){0,3}?(?:ships|vessels|aircraft|flights|airlines|goods|products|firms|companies|officials|trawlers) from)`,
      r`(?:list|designat)(?:e|es|ed|ing|s)? (?:\S+ ){1,5}?as (?:a )?(?:terrorist|terror) (?:entity|organi[sz]ation|group)`,
      // "Germany will halt the pipeline project with Russia": a joint venture stopped by one side.
      verbs('halt', 'freeze/froze/frozen', 'scrap+', 'cancel+', 'shelve') + r` (?:the |its |their |all )?(?:[\p{L}\d-]+ ){0,4}?(?:project|pipeline|contracts?|programmes?|programs?|deals?|ventures?)(?= with)`,
      // "Syria was suspended from the Arab League", "faced suspension from ECOWAS": the organisation after "from" acts.
      r`(?:suspended|suspension|expelled|expulsion|barred|excluded|ejected) from`,
      verbs('sanction'), nouns('sanction', 'embargo'), r`(?:remov|delist|tak)(?:e|es|ed|ing|en)? (?:\S+ ){0,3}?(?:off|from) (?:the )?(?:\S+ ){0,6}?(?:terror(?:ism)? list|sanctions? list|blacklist|list of state sponsors|sponsors? of terrorism list)`, r`(?:add|put|plac|designat|list)(?:e|es|ed|ing|s)? (?:\S+ ){0,3}?(?:on|to) (?:the |its )?(?:\S+ ){0,6}?(?:terror(?:ism)? list|sanctions? list|blacklist|sponsors? of terrorism list)`, verbs('hit+/hit/hit', 'slap+', 'target', 'punish') + r`(?= (?:\S+ ){1,3}?with (?:\S+ ){0,3}?(?:sanctions|tariffs|penalties|restrictions|embargo))`, r`asset freezes?|froze (?:the )?assets|(?:freeze|freezes|freezing|froze|frozen) (?:the |all )?(?:[^\s,;.]+ ){0,6}?assets(?= (?:of|in|held in|belonging to)\b)|export (?:controls|curbs|restrictions|bans?)`,
      verbs('tighten', 'restrict') + r` (?:\S+ ){0,4}?exports?`, r`ban(?:ned|s|ning)? (?:on )?(?:(?:all |most |some )?[\p{Ll}-]+ (?:and [\p{Ll}-]+ )?)?(?:imports|exports)|bans? on the (?:import|export)(?= of)|(?:import|export|trade) (?:bans?|embargo(?:es)?|restrictions?|boycotts?)|blacklist(?:ed)?|trade restrictions`,
      verbs('impose', 'slap+', 'levy', 'raise', 'hike', 'increase', 'double', 'enact', 'establish', 'announce', 'introduce', 'unveil', 'place', 'put/put/put', 'threaten') + r` (?:\S+ ){0,3}?(?:tariffs?|duties|levies|restrictions|penalties|curbs)(?= (?:of (?:up to |as much as |about )?[\d.,]+ ?(?:%|per ?cent|percent) )?(?:on|against)\b)`, r`(?:tariffs?|duties) on (?:\S+ ){0,3}?(?:imports|goods) from`,
      r`(?:visa restrictions|travel ban|visa bans?|entry bans?)(?= (?:on|for|against))`,
      // "imposed an economic blockade on Qatar": a blockade of trade is a measure, as an embargo is.
      verbs('impose', 'enforce', 'lift', 'tighten') + r` (?:an? |the |its |their )?(?:economic |trade |total |full |land, sea and air |air, land and sea |land and sea )?blockade (?:on|against|of)`,
      // "a US government ban on sales by US manufacturers of defence products to Venezuela".
      r`(?:ban|bans|embargo) (?:on|of) (?:\S+ ){0,2}?(?:sales|exports|shipments|deliveries|transfers)(?= (?:[^.;]*? )?to )`,
    )) },
  // "voted to bar Mr. Mugabe and his associates from travelling to EU countries": a travel ban on a state's leaders.
  { rule: 'sanction.impose', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.8,
    after: /^[^;:]{0,100}? from (?:travel(?:l)?ing|entering|visiting|setting foot)\b/iu,
    pattern: w(verbs('bar+', 'ban+')) },
  // "25% tariffs on Mexican imports and 10% on goods from China": a rate after "and" with the noun left out is another tariff of the same subject.
  { rule: 'sanction.impose', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.75,
    pattern: w(r`(?<=(?:tariffs?|duties|levies) on [^;:.()]{1,60}? )and (?:a |an )?\d+(?:\.\d+)?\s?(?:%|per ?cent) (?:tariffs? |duties |levies )?on(?= (?:\S+ ){0,3}?(?:(?:goods|imports|products|exports) from )?(?:the )?\p{Lu})`) },
  // "The African Union suspended Niger": an organisation suspends a member, the member is a name.
  // "halted arms sales to Turkey", "agreed to halt exporting weapons to Turkey": an arms embargo (CAMEO 163).
  { rule: 'sanction.arms-halt', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.75,
    pattern: w(`${verbs('halt', 'suspend', 'stop+', 'freeze/froze/frozen', 'ban+', 'block', 'restrict', 'curb+')} (?:all |further |new )?(?:(?:arms|weapons|military(?: equipment)?|defen[cs]e) (?:sales|exports|shipments|deliveries|supplies|transfers) to|(?:exporting|selling|shipping|supplying|delivering) (?:\\S+ )?(?:arms|weapons|military equipment) to)`) },
  { rule: 'sanction.impose', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.7,
    after: /^ (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*(?=[,.;]|['’]s (?:membership|participation)| (?:from|after|over|for|until|in|on|and|following|as|indefinitely)\b|$)/u,
    pattern: w(verbs('suspend')) },
  // "Sofia has stymied Skopje's ambition to start membership talks", "Turkey blocked Sweden's bid": one state holding up another's entry.
  { rule: 'pressure.block', type: 'diplomatic_pressure', frame: 'agent', cameo: '100', plover: 'REQUEST', confidence: 0.7,
    after: /^ (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?['’]s? (?:(?:NATO|EU|\p{Lu}{2,6}|long-standing|longstanding|long-held) )?(?:ambitions?|bids?|accession|membership|application|entry|candidacy|path)\b/u,
    pattern: w(verbs('block', 'stymie', 'thwart', 'veto', 'obstruct', 'stall', 'slow-walk', 'delay', 'frustrate', 'hold/held/held up')) },
  // "ordered the Philippine warship to leave", "told Russian diplomats to leave within 72 hours": a state's people or ships sent away.
  { rule: 'pressure.demand', type: 'diplomatic_pressure', frame: 'agent', cameo: '100', plover: 'REQUEST', confidence: 0.7,
    after: /^ (?:the |a |an |all |two |three |several )?(?:\S+ ){0,2}?(?:warships?|ships?|vessels?|boats?|troops|forces|soldiers|aircraft|planes?|peacekeepers|military personnel) to (?:leave|withdraw|depart|exit|quit|go home|get out|turn back|pull out)\b/u,
    pattern: w(verbs('order', 'tell/told/told', 'demand')) },
  { rule: 'pressure.demand', type: 'diplomatic_pressure', frame: 'agent', cameo: '100', plover: 'REQUEST', confidence: 0.7,
    pattern: w(alt(
      // ("called for an emergency meeting of the UN Security Council": a forum asked to meet is not pressed.)
      // ("called on Prime Minister Vajpayee" with nothing asked is a courtesy call, not a demand; "a call for help from" asks, it presses no one.)
      r`call(?:ed|s|ing)? (?:on|upon)(?=[^.;:]*? (?:to|for|not to) )|call(?:ed|s|ing)? for(?! (?:an? |the )?(?:\S+ ){0,3}?(?:meeting|session|sitting|debate|summit|conference|consultations) (?:of|at|in|on|over|to)\b)(?! (?:military |international |urgent |immediate )?(?:help|assistance|aid|support|protection|reinforcements)\b)|(?:calls|appeals|demands|pressure)(?= from)`, verbs('urge', 'demand', 'pressure', 'pressurise', 'pressurize'),
      verbs('press') + r` (?:\S+ )?(?:to|for)`, 'ultimatum',
      // "Ghana told Togo to withdraw": an order given to a state.
      verbs('tell/told/told') + r`(?= (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3} (?:not )?to \p{Ll})`,
      // "Rubio told Panamanian President Mulino on Sunday that the ally must reduce …": a duty told to one's face (not one
      // both share: "told Xi that the two countries must deepen ties").
      verbs('tell/told/told') + r`(?= (?:the |his |her )?(?:[\p{L}.'’-]+ ){1,5}?(?:on \p{Lu}\p{Ll}+ )?that (?!(?:the two|both|we|our|they|all|each)\b)(?:[\p{L}.'’-]+ ){1,6}?(?:must|should|had to|has to|have to|needed to|needs to|need to|ought to)\b)`,
      // "Kenya asked the Dominican Republic for more support for the mission": a request of a state for its help.
      verbs('ask') + r`(?= (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3} (?:(?:on|last|this) \p{Lu}?\p{Ll}+ )?for (?:more |greater |further |additional |its |their |urgent )?(?:support|backing|troops|funding|money|weapons|arms|contributions?)\b)`, verbs('send/sent/sent', 'write/wrote/written') + r` (?:a |an )?(?:formal |official )?(?:request|note verbale|demand) to`,
      // ("sent a letter to Obama saying that Cuba had decided …": a letter is a demand only when it asks for something.)
      verbs('send/sent/sent', 'write/wrote/written') + r` (?:a |an )?(?:formal |official )?(?:letter|note) to(?=[^.;]{0,100}?(?<![\p{L}])(?:demand|urg|ask|call|request|protest|complain|warn|insist|seek|press|appeal)\p{L}*(?![\p{L}]))`, r`gave (?:\S+ ){0,3}?(?:one|two|three|\d+) (?:week|weeks|days|hours) to`,
      // ("tried to dissuade Obama from military action": a push not to act.)
      verbs('dissuade', 'discourage', 'deter') + r`(?= (?:the )?(?:\S+ ){0,5}?from \p{Ll})`,
      `(?:${verbs('ask', 'request', 'encourage', 'implore', 'exhort', 'persuade', 'convince')}|${verbs('push')}(?<!(?<![\\p{L}])(?:a|an|the|its|their|his|her|new|fresh|renewed|final|last-ditch|diplomatic) \\p{L}+))` + r`(?! to (?:re-?)?join\b)(?! (?:the )?(?:\S+ ){0,2}?for (?:\S+ )?(?:help|assistance|aid|support)\b)(?= (?:the )?(?:\S+ ){0,5}?to (?!the\b)\p{Ll})`, verbs('appeal') + ' to',
      // "gave India instructions to remove its troops", "issued Qatar an ultimatum to": orders given to another.
      verbs('give/gave/given', 'issue') + r`(?= (?:the )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2} (?:(?:an?|the|formal|written|firm|clear|strict) )*(?:instructions|orders|an order|a directive|directives|a deadline|deadlines|an ultimatum|a demand|demands)\b)`,
      // "in a last-ditch effort to get Jammeh to cede power": an attempt to make another act.
      r`(?:efforts?|bids?|attempts?|push|drive|missions?|trying|tried|tries|try|sought|seeking|seeks) to (?:get|make)(?= (?:the )?(?:\S+ ){0,5}?to (?!the\b)\p{Ll})`, verbs('give/gave/given') + r`(?= (?:the )?\S+(?: \S+)? (?:a|an|one|two|three|four|five|\d+|until|till) (?:\S+ )?(?:week|weeks|days?|hours?|months?|deadline|ultimatum)\b)`,
    )) },
  // "threatened to scuttle trade talks with Thailand and Cambodia if they did not agree to a ceasefire": a threat with a condition is an ultimatum.
  { rule: 'pressure.ultimatum', type: 'diplomatic_pressure', frame: 'agent', cameo: '100', plover: 'REQUEST', confidence: 0.7,
    pattern: w(alt(verbs('threaten') + r` to (?:\S+ ){0,9}?\S+(?= if (?:\S+ ){0,3}?(?:did not|does not|do not|didn['’]t|doesn['’]t|don['’]t|fail(?:s|ed)? to|refuse[sd]? to|would not|will not|won['’]t)\b)`,
      // "threatened that Washington would not conclude a trade deal with either side as long as the fighting continued".
      verbs('threaten') + r` that (?:\S+ ){1,14}?\S+(?= (?:unless|as long as|so long as|until) )`)) },
  // "Britain said Russia was to blame", "Britain's assessment that Russia was to blame": the speaker blames the name before it (relate.ts).
  { rule: 'tension.to-blame', type: 'tension', frame: 'agent', cameo: '112', plover: 'ACCUSE', confidence: 0.75,
    pattern: w(r`(?:was|is|were|are|had been|has been) (?:(?:clearly|largely|partly|solely|ultimately|most likely|likely|squarely) )?to blame`) },
  { rule: 'tension.accuse', type: 'tension', frame: 'agent', cameo: '112', plover: 'ACCUSE', confidence: 0.8,
    pattern: w(alt(verbs('accuse', 'blame'), nouns('accusation'), verbs('hold/held/held') + r`(?= (?:the )?(?:[^\s,;.]+ ){1,5}?(?:responsible|accountable|culpable)\b)`, r`(?:pointed|points|pointing|point) (?:a|the) finger at`, r`charg(?:ed|es) (?:\S+ )?with`, r`(?:filed|brought|lodged|launched) (?:a |an )?(?:\S+ ){0,2}?(?:(?:World Trade Organi[sz]ation|WTO|U\.?N\.?)(?: \(WTO\))? )?(?:\S+ )?(?:cases?|lawsuits?|complaints?|suits?)(?: (?:at|with|before|in)(?: [^\s,;]+){1,6}?)? against`)) },
  { rule: 'tension.criticise', type: 'tension', frame: 'agent', cameo: '111', plover: 'ACCUSE', confidence: 0.8,
    pattern: w(alt(
      verbs('condemn', 'criticise', 'criticize', 'denounce', 'rebuke', 'scold', 'slam+', 'lambast', 'castigate', 'decry', 'deplore', 'censure', 'chide'),
      // ("local criticism of the deal with the United States": criticism of a deal is of the deal, not of its other party.)
      r`(?:condemnation|criticism)(?! of (?:the|a|an|its|their) (?:[\p{L}-]+ )?(?:deal|pact|agreement|accord|treaty|plan)s? with\b)`, verbs('protest') + ' (?:against|to|over)', verbs('reprimand', 'admonish', 'berate', 'chastise', 'deride', 'disparage', 'rebuff', 'vilify', 'assail', 'excoriate', 'lament', 'bemoan', 'repudiate'),
      `${verbs('lodge', 'file', 'issue', 'make/made/made', 'deliver', 'send/sent/sent', 'register', 'hand')}(?: over)? (?:a |an )?(?:\\S+ ){0,2}?(?:protests?|complaints?|d[ée]marche|representations)`,
      // "Chinese ships harassed Philippine vessels": harassment at sea or in the air is a hostile act short of war.
      verbs('harass', 'intimidate') + r`(?= (?:the |a |an |two |several )?(?:\S+ )?(?:vessels?|ships?|boats?|aircraft|planes?|jets?|patrols?|crews?|fishermen|coast ?guards?|troops|soldiers|diplomats?))`, r`(?:refused|refuses|refusing|declined|declines) to recogni[sz]e`, r`claim(?:s|ed|ing)? sovereignty over`, verbs('oppose', 'exclude', 'bar+', 'snub+', 'shun+', 'regret+'), r`lodged (?:a )?protest`, verbs('object') + ' to',
      verbs('reject') + r`(?= (?:\S+ ){0,2}?(?:claims?|demands?|accusations?|proposals?|offers?|plan|bid|request|calls?|appeals?|ultimatum|conditions|terms))`, verbs('complain') + r` (?:that|about)`,
      r`(?:expressed|voiced|raised) (?:\S+ )?[“"‘']?(?:\S+ )?concerns?[”"’']? (?:over|about|at|regarding|concerning)|(?<=(?:is|are|was|were|be|been|remains?|remained|deeply|gravely|seriously|very|increasingly|particularly) )concerned (?:by|about|over|at)|concerns? (?:of|about|over) (?:\S+ ){0,6}?(?:growing|influence)`, r`sounded the alarm`, r`made (?:it )?clear to(?= (?:both )?(?:the )?\p{Lu}[^.;:]{0,60}? (?:its|their|his|her|our) (?:\S+ ){0,2}?(?:concerns?|opposition|objections?|displeasure|unease|anger))`, r`(?:voiced|expressed|registered) (?:\S+ )?(?:disapproval|displeasure|outrage|anger|dismay|indignation)`,
      verbs('call') + r`(?= (?:\S+ ){1,5}?(?:unacceptable|illegal|outrageous|provocative|a provocation|(?:a |an )?(?:flagrant |blatant |clear |gross )?violation|irresponsible|reckless|a crime|a war crime|terrorism|genocide|(?:an act of )?aggression|cowardly|shameful|deplorable|a threat))`, r`(?:deeply )?disappointed (?:by|with|in)`,
      // "called the United States' decision to hold drills alongside Japan \"hostile\"": a judgement of another's act, however long the act's phrase.
      verbs('call') + r`(?= (?:the )?(?:\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s? (?:decision|move|plan|policy|actions?|deployment|stance|conduct|behaviou?r|drills|exercises|sanctions)\b[^.;:]{0,90}? [“"‘']?(?:hostile|confrontational|provocative|destabili[sz]ing|dangerous|aggressive|unacceptable|illegal|irresponsible|reckless)\b)`,
      r`raid(?:ed)? (?:on )?(?:the )?(?:\S+ )?(?:embassy|consulate)`,
      verbs('respond', 'react') + r` (?:angrily|furiously|sharply|strongly) to`,
      // "reacted with dismay to the news": a reaction's feeling names what it answers (relate.ts finds whose act it was).
      verbs('respond', 'react') + r` (?:\S+ )?with (?:\S+ )?(?:dismay|anger|outrage|fury|alarm|indignation|displeasure|consternation) (?:to|at)(?= (?:the|this|that) )`, r`(?:hit|hits|hitting|lashed|lashes|lashing) (?:back|out) at`,
    )) },
  // "protested the Chinese coast guard's …", "blocked Sweden's bid", "vetoed the EU's package": the object is a name.
  // ("vetoed the UN resolution": a body that names the text voted on is no target of the veto.)
  { rule: 'tension.criticise', type: 'tension', frame: 'agent', cameo: '111', plover: 'ACCUSE', confidence: 0.7, after: /^ (?:the )?(?!(?:UN|U\.N\.|United Nations|UN Security Council|Security Council|General Assembly)\s+(?:resolution|draft|motion|text|statement|declaration)s?\b)\p{Lu}/u,
    pattern: w(verbs('protest', 'block', 'veto', 'obstruct')) },
  // "The ICC issued an arrest warrant for Putin": a court's or a state's warrant against another's leader accuses that state.
  { rule: 'tension.accuse', type: 'tension', frame: 'agent', cameo: '112', plover: 'ACCUSE', confidence: 0.7,
    after: /^ (?:the )?(?:arrest of )?(?:\p{Lu}[\p{L}.'’-]* ){0,3}?\p{Lu}/u,
    pattern: w(r`(?<=(?:issued|issues|issuing|issue|sought|seeks|seeking|requested|requests) (?:an |the |a new |international )?(?:arrest )?)warrants? (?:for|against)`) },
  // "Timor-Leste took Australia to the International Court of Justice", "drags its neighbour Australia before the UN's top court": a case brought.
  { rule: 'tension.accuse', type: 'tension', frame: 'agent', cameo: '112', plover: 'ACCUSE', confidence: 0.75,
    after: /^ (?:(?:its|their|the) (?:[\p{Ll}-]+ ){0,2})?\p{Lu}[^,;.:]{0,40}? (?:to|before) (?:the )?(?:[\p{L}.'’-]+ ){0,4}?(?:court|tribunal|ICJ|ICC|International Court of Justice|arbitration|WTO)\b/u,
    pattern: w(verbs('take/took/taken', 'drag+', 'haul')) },
  // "Mexico's president called the US tariffs "unacceptable"": a verdict on another's act or person is a rebuke.
  { rule: 'tension.verdict', type: 'tension', frame: 'agent', cameo: '111', plover: 'ACCUSE', confidence: 0.7,
    pattern: w(`${verbs('call', 'brand', 'label+', 'describe', 'term', 'deem', 'denounce', 'dismiss', 'reject')} (?:\\S+ ){1,6}?(?:as )?["“'‘]?(?:(?:totally |completely |utterly |absolutely |deeply |highly |wholly )?(?:unacceptable|illegal|illegitimate|provocative|irresponsible|outrageous|dangerous|hostile|absurd|unjustified|unfounded|baseless|groundless|meritless|unlawful|invalid|null and void|reckless|unfriendly|aggressive|short-?sighted|misguided|regrettable|deplorable)|an? (?:\\S+ )?(?:provocation|violation|threat|mistake|betrayal|liar|terrorist|war criminal|dictator|interference|blackmail)|an act of (?:aggression|war)|interference|blackmail)`) },
  // "Vietnam said China's decision was illegal": a verdict said of another state's act, in a clause of its own.
  { rule: 'tension.verdict', type: 'tension', frame: 'agent', cameo: '111', plover: 'ACCUSE', confidence: 0.65,
    pattern: w(`${verbs('say/said/said', 'declare', 'insist')}(?= (?:that )?(?:the )?\\p{Lu}\\S* (?:\\S+ ){0,6}?(?:was|were|is|are|had been|has been|would be) ["“'‘]?(?:totally |completely |utterly |absolutely |deeply |highly |wholly |clearly |simply )?(?:unacceptable|illegal|unlawful|illegitimate|provocative|irresponsible|outrageous|hostile|unjustified|reckless|unfriendly|aggressive|an? (?:\\S+ )?(?:provocation|violation|threat|betrayal|act of (?:aggression|war))|a breach)\\b)`) },
  // "Tokyo protested after Beijing declared a zone": the protest's target is whose act the clause after it tells.
  { rule: 'tension.criticise', type: 'tension', frame: 'agent', cameo: '111', plover: 'ACCUSE', confidence: 0.75, after: /^ (?:after|when|because) /u,
    pattern: w(verbs('protest', 'object')) },
  // "have pulled out of ECOWAS", "withdrew from the alliance": leaving an organisation is a break with it.
  // ("pulled out of the SAARC Summit": leaving a body's meeting is no break with the body.)
  // "voted to authorize a no-fly zone over Libya": a ban on a state's own skies, imposed from outside.
  { rule: 'sanction.no-fly', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.75,
    pattern: w(`(?:${verbs('authorize', 'authorise', 'impose', 'enforce', 'establish', 'declare')}) (?:a |the )?no-fly zones? over`) },
  { rule: 'tension.withdraw', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.75,
    after: /^(?! (?:the )?(?:\d+\w* )?(?:\p{Lu}[\p{L}.-]* ){1,3}(?:[Ss]ummit|[Mm]eeting|talks|[Cc]onference|[Gg]ames|[Mm]inisterial)\b)/u,
    pattern: w(alt(r`(?:pull(?:ed|s|ing)?|with(?:drew|draws?|drawn|drawing)|opt(?:ed|s|ing)?) out (?:of|from)`,
      // "announced economic and military “separation” from the United States"; "Kiribati's departure from the Pacific Islands Forum".
      r`(?:separation|split)["”’]? from`, r`(?:departure|exit|withdrawal)["”’]? from(?= (?:the )?(?:(?:[\p{Lu}][\p{L}]* ){0,4}(?:Forum|Union|League|Organi[sz]ation|Council|Community|Alliance|Commonwealth|Group|Bloc|Conference)\b|\p{Lu}{2,}\b))`, verbs('withdraw/withdrew/withdrawn') + ' from', r`(?:freeze|freezing|suspension|suspending)["”’]? of (?:its |their |our )(?:participation|membership) in`, verbs('freeze/froze/frozen', 'suspend') + r`["”’]? (?:its |their |our )?(?:participation|membership) in`, r`(?:announced|announces|announcing) (?:its |their )?(?:withdrawal|exit|departure) from`, r`(?:quit|quits|quitting|exited|exits|leaving|left)(?= (?:the )?\p{Lu})`)) },
  // "Russia, China and South Africa held naval drills": drills of several named states are held together (relate.ts pairs only a coordinated subject).
  { rule: 'cooperation.drills', type: 'cooperation', frame: 'mutual', cameo: '062', plover: 'COOPERATE', confidence: 0.75,
    pattern: w(r`(?:(?:joint|combined|naval|military|air|maritime|trilateral|multilateral|\d+-day|[\p{L}]+-day|annual|live-fire) )*(?:drills?|exercises|war games|manoeuvres|maneuvers)`) },
  // "Leaders of Turkmenistan, Afghanistan, Pakistan and India broke ground on a pipeline": a joint project begun together.
  { rule: 'cooperation.joint-project', type: 'cooperation', frame: 'mutual', cameo: '061', plover: 'COOPERATE', confidence: 0.75,
    pattern: w(r`(?:broke|break|breaks|breaking) ground (?:\S+ )?on|(?:laid|lay|lays|laying) the (?:foundation|corner) ?stones? (?:of|for)`) },
  // "China launched military drills around Taiwan": a show of force near another state.
  { rule: 'tension.drills', type: 'tension', frame: 'agent', cameo: '138', plover: 'THREATEN', confidence: 0.7,
    pattern: w(r`(?:military |naval |air |live-fire |war |joint )?(?:drills|exercises|manoeuvres|maneuvers|war games) (?:around|near|off|encircling|surrounding|close to|off the coast of)`) },
  // Breadth from the event coders' verbs: spying, hacking, meddling, provoking, insulting or defying a state (CAMEO 11x–17x).
  { rule: 'tension.hostile', type: 'tension', frame: 'agent', cameo: '171', plover: 'COERCE', confidence: 0.7, after: /^ (?:the )?(?:\p{Lu}|(?:internal |domestic )?(?:affairs|elections?|politics) (?:of|in) (?:the )?\p{Lu})/u,
    pattern: w(alt(verbs('spy/spied/spied') + ' on', verbs('hack'), r`(?:meddl|interfer)(?:ed|es|e|ing) in`, verbs('provoke', 'insult', 'mock', 'humiliate', 'defy/defied/defied', 'snub+'))) },
  // "China detained two Canadians", "arrested citizens of Togo", "seized a British tanker": a state's people or ships held by another.
  { rule: 'tension.detain', type: 'tension', frame: 'agent', cameo: '173', plover: 'COERCE', confidence: 0.7,
    after: /^ (?:(?:the |a |an |two |three |four |five |six |\d+ |several |dozens of |hundreds of )?(?:[\p{Ll}-]+ )?(?:citizens|nationals|diplomats|sailors|fishermen|journalists|soldiers|tourists|businessmen|crew members|crew) of (?:the )?\p{Lu}|(?:the |a |an |two |three |four |five |six |\d+ |several |dozens of |hundreds of )?\p{Lu}[\p{L}-]+(?: [\p{Ll}-]+)? (?:citizens|nationals|diplomats|sailors|fishermen|journalists|soldiers|tourists|businessmen|tankers?|ships?|vessels?|fishing boats?|trawlers?)\b|(?:two |three |four |five |six |\d+ |several )\p{Lu}[\p{L}-]+s\b)/u,
    pattern: w(verbs('detain', 'arrest', 'jail', 'imprison', 'seize', 'deport', 'capture', 'abduct', 'kidnap')) },
  // "massed troops on the border with Togo", "mobilised against Togo".
  { rule: 'tension.mass', type: 'tension', frame: 'agent', cameo: '130', plover: 'THREATEN', confidence: 0.7,
    pattern: w(alt(`${verbs('mass', 'deploy', 'amass', 'build')}(?: up)? (?:\\S+ ){0,3}?(?:troops|forces|soldiers|tanks|armou?r) (?:\\S+ ){0,2}?(?:on|along|near|at) (?:the |its |their )?(?:[\\p{Ll}-]+ )?(?:border|frontier) with`, `(?:mobili[sz](?:ed|es|e|ing)) (?:\\S+ ){0,2}?against`)) },
  // "Ghana occupied Togo", "besieged", "raided", "blockaded", "Russia pounds Ukrainian cities": armed force on a state's land or coast.
  { rule: 'war.fight', type: 'war', frame: 'agent', cameo: '190', plover: 'ASSAULT', confidence: 0.75, after: /^ (?:the )?(?:(?:north|south|east|west)(?:ern)? )?\p{Lu}/u,
    pattern: w(verbs('occupy/occupied/occupied', 'besiege', 'raid', 'blockade', 'pound', 'bombard')) },
  { rule: 'tension.threaten', type: 'tension', frame: 'agent', cameo: '130', plover: 'THREATEN', certainty: 'threatened', confidence: 0.8,
    // ("a coup threat", "the terror threat": a danger named by its kind is no state's threat to another.)
    pattern: w(r`(?<!(?:coup|terror|terrorist|terrorism|security|bomb|cyber|flood|storm|health|virus|famine|drought|jihadist|insurgent) )threats?(?! of (?:a )?(?:coup|terror|famine|flooding))|threat(?:en|ened|ens|ening)|warn(?:ed|s|ing)?|counter-?measures|retaliat(?:e|ion|ory)|would (?:respond|answer|hit back)`) },
  // "the differences between Lula and Milei": a disagreement between two sides (not "between the French and German texts", two things).
  { rule: 'tension.relations', type: 'tension', frame: 'mutual', cameo: '160', plover: 'REJECT', confidence: 0.7,
    after: /^ between (?!the \p{Lu}[\p{L}-]* and (?:the )?\p{Lu}[\p{L}-]* \p{Ll})/u,
    pattern: w(r`(?:(?:deep|sharp|stark|well-known|longstanding|long-standing|political|ideological) )*differences`) },
  { rule: 'tension.relations', type: 'tension', frame: 'mutual', cameo: '160', plover: 'REJECT', confidence: 0.7,
    pattern: w(alt(
      // "Ankara and Athens have sparred for decades", "the neighbours have feuded over the river".
      verbs('spar+', 'feud', 'squabble', 'bicker+', 'quarrel+/quarrelled/quarrelled') + r`(?= (?:\S+ ){0,4}?(?:over|about|with|for|since)\b|[.,;])`,
      // "Vietnam and the Philippines have overlapping claims": rival claims to one place are a dispute.
      r`(?:overlapping|rival|competing|conflicting) (?:territorial |maritime |sovereignty )?claims`,
      r`differing (?:views|positions|stances)`,
      // "a trade war between Washington and Beijing": tariffs traded both ways are a quarrel, not trade.
      r`(?:trade|tariff) (?:wars?|conflicts?|disputes?|rows?|spats?|battles?|fights?)`,
      r`at (?:odds|loggerheads)(?= (?:with|over|about|on|since|for) |[.,;])|trad(?:ed|ing|es?) (?:\S+ ){0,2}?(?:expulsions|barbs|insults|threats|sanctions|tariffs|accusations|recriminations)|locked in (?:a |an )?(?:\S+ ){0,3}?(?:conflict|dispute|war|stand-?off|feud|row|struggle)|conflicts?(?= between)|(?:relations|ties|relationship)(?: \S+){0,6}? (?:soured|deteriorated|worsened|frayed|nosedived|plummeted)|(?:relations|ties|relationship)(?: \S+){0,6}? (?:(?:are|were|is|was|have been|has been|remain|remains) at (?:their|its|a|an) (?:\S+ ){0,2}?(?:lowest|low|nadir|low ebb)|(?:hit|reached|sank to|fell to) (?:a |an |their |its )?(?:\S+ ){0,2}?(?:low|nadir))|(?:diplomatic|political) crisis|crisis(?= (?:between|with) )|(?:territorial |border |diplomatic |long-standing |bitter )?disputes?|row|rows|tensions?|feud|spat|rift|stand-?off|confrontations?|enmity|hostility|strained|encroachment|provocation|shouting match|war of words|slanging match`,
    )) },
  // Breaking ties is one side's act: "Algeria cut ties with Morocco" is Algeria's, directed at Morocco.
  { rule: 'tension.sever', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.85,
    pattern: w(alt(
      // ("breaking this Saturday all diplomatic relations with Ecuador": a day may stand between the verb and its object.)
      `${verbs('sever', 'cut+/cut/cut', 'downgrade', 'suspend', 'break/broke/broken', 'end', 'freeze/froze/frozen')} (?:off )?(?:(?:on |this |last )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year) )?["“‘']?(?:all |its |their |full |longstanding |long-standing )?(?:official |formal )?(?:diplomatic |consular )?(?:ties|relations)["”’']?`,
      // "terminated military partnerships with Western nations such as France", "tore up its defence pact with France".
      `${verbs('terminate', 'end', 'scrap+', 'cancel+', 'tear/tore/torn', 'renounce', 'revoke', 'annul')}(?: up)? (?:all |its |their |the |a )?(?:\\S+ )?(?:military|defen[cs]e|security) (?:partnerships?|cooperation|agreements?|pacts?|accords?|ties|alliances?|treat(?:y|ies))(?= with)`,
      // "has severe its diplomatic ties": the verb as it is often misspelt, only where no adjective can stand (before "its", "our").
      r`(?<=(?:has|have|had|to|will|would) )severe (?:all |its |our |their )(?:diplomatic )?(?:ties|relations)`,
      `${verbs('lower', 'reduce', 'downgrade', 'scale/scaled/scaled')} (?:back |down )?(?:the level of )?(?:its |their )?(?:bilateral |diplomatic )?(?:ties|relations|representation|presence)`, r`broke off (?:diplomatic )?relations`,
      // ("suspended on Wednesday a "treaty of friendship […] and cooperation" concluded in 2002 with Spain": a day, quotes, the treaty's own name and when it was made may stand between.)
      `(?:${verbs('end', 'terminate', 'scrap+', 'cancel+', 'revoke', 'tear/tore/torn', 'suspend', 'abrogate', 'denounce')}|(?:break|breaks|breaking|broke|broken) off) (?:up )?(?:(?:on )?\\p{Lu}\\p{Ll}+day )?(?:its |their |the |a |an )?["“]?(?:\\S+ ){0,3}?(?:agreements?|pact|treaty|accord|deal)(?=(?: of [^.;:]{1,60}?)?["”]?(?: (?:signed|concluded|agreed|reached)(?: in \\d{4})?)? with)`,
      `${verbs('sever', 'cut+/cut/cut', 'suspend', 'halt', 'freeze/froze/frozen', 'end', 'break/broke/broken')} (?:off )?(?:all |its |their )?(?:\\S+ )?(?:contacts?|cooperation|dialogue|talks|communications?)(?= with)`,
      // "by rejecting trade ties with the European Union": ties or a deal turned down are a snub to the other side.
      `${verbs('reject', 'spurn')} (?:a |an |the |closer |deeper |its |their )?(?:(?:trade|economic|political|association|free trade|security) )?(?:ties|deal|agreement|pact|accord)(?= with)`,
      // ("reduced high-level visits, contacts and financial cooperation with Kosovo": ties cut back, with others listed before them.)
      `${verbs('reduce', 'curtail', 'limit', 'downgrade', 'scale')}(?: back| down)? (?:all |its |their |the )?(?:(?:[\\p{Ll}-]+ )?(?:visits|contacts|exchanges|meetings),? (?:and )?){0,3}(?:\\S+ )?(?:contacts|cooperation|dialogue)(?= with)`,
      `${verbs('close', 'shut+/shut/shut', 'seal')} (?:off )?(?:its |their |the )?(?:\\S+ )?(?:airspace|borders?|frontier|ports|land border)(?= (?:to|with|for|against))`,
    )) },
  // "Obama cancelled a planned summit with Putin", "postponed her state visit to Washington": calling off a meeting is a snub to the other side.
  { rule: 'tension.cancel', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.75,
    pattern: w(`(?:${verbs('cancel+', 'postpone', 'scrap+', 'shelve')}|${verbs('call/called/called')} off) ${MEETING_MODIFIERS}(?:summit|visit|trip|talks|meeting|tour)s?`),
    after: /^ (?:with|to|in|at)\b/ },
  // "says he will not attend a planned meeting with Trump": a meeting with one side refused is a snub to it (a summit
  // of many refused in a city is not, of itself, a quarrel with the host).
  { rule: 'tension.cancel', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.75,
    pattern: w(`(?:(?:will|would) not attend|won['’]t attend|(?:refused|refuses|declined|declines) to attend|${verbs('boycott')}|pull(?:ed|s)? out of) ${MEETING_MODIFIERS}(?:summit|visit|talks|meeting)s?`),
    after: /^ with\b/ },
  { rule: 'tension.envoy', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.85,
    pattern: w(alt(
      verbs('recall') + r` (?:\S+ )?(?:its |their )?(?:\S+ )?(?:ambassador|envoy|high commissioner)s?`, verbs('withdraw/withdrew/withdrawn', 'pull') + r` (?:\S+ )?(?:its |their )?(?:\S+ )?(?:ambassador|envoy)s?(?: (?:out )?from)?`, r`(?:recall|withdrawal|return) of (?:its |their |the )?(?:\S+ )?(?:ambassador|envoy)s?(?= from)|(?:recall|withdrawal) of (?:its |their )?(?:\S+ )?(?:ambassador|envoy)s?`,
      verbs('summon') + r`(?= (?:the |its )?(?:\S+ ){0,2}?(?:ambassador|envoy|charg|diplomat|chargé))`,
      // "Somalia sends home Ethiopian ambassador": an envoy sent home by the host is expelled.
      verbs('send/sent/sent') + r` home(?= (?:the )?(?:\S+ ){0,2}?(?:ambassador|envoy|diplomats?)\b)`,
      verbs('send/sent/sent') + r`(?= (?!its |their |his |her )(?:the )?(?:\S+ ){0,2}?(?:ambassador|envoy|diplomats?)(?: (?:in|to)(?: \S+){1,2}?)? (?:back )?home\b)`,
      // "ordered the closure of Argentina's embassy", "shut the Lithuanian consulate": a mission closed by the host.
      r`(?:closure|closing|shutdown) of(?= (?:the |its )?(?:\S+ ){0,2}?(?:embassy|consulate|mission)\b)`, verbs('close', 'shut/shut/shut') + r`(?: down)?(?= (?:the )?(?:\S+ ){0,2}?(?:embassy|consulate)\b)`,
      verbs('expel+') + r`(?= (?:\S+ ){0,5}(?:diplomats?|ambassadors?|envoys?|missions?|diplomatic (?:staff|personnel|corps)|(?:embassy|consular|consulate) (?:officials|staff|employees|workers|personnel|officers)|consuls?\b|head of (?:the )?(?:\S+ ){0,2}?mission))`,
      r`(?:expulsion|expelling|expulsions) of (?:\S+ ){0,4}?(?:diplomats?|ambassadors?|envoys?|missions?|diplomatic (?:staff|personnel|corps)|(?:embassy|consular|consulate) (?:officials|staff|employees|workers|personnel|officers))`,
      verbs('order') + r` (?:the )?(?:\S+ ){0,2}?(?:diplomats|diplomatic (?:personnel|staff|missions?)|ambassadors?|envoys?|embassy staff) (?:from|of)`,
      // "declared 15 diplomats from X persona non grata", "gave four Austrian diplomats until Sunday to leave".
      verbs('declare') + r` (?:\S+ ){0,6}?["“'‘]?persona non grata`,
      `${verbs('order', 'tell/told/told', 'ask')} (?:the )?(?:\\S+ ){0,3}?(?:ambassadors?|envoys?|diplomats|charg[ée] d'affaires|troops|forces|soldiers|military personnel) (?:\\S+ ){0,2}?to (?:leave|withdraw|depart)`,
      `(?:${verbs('kick', 'throw/threw/thrown', 'order')} out|${verbs('oust')})(?= (?:the |its |their )?(?:\\S+ ){0,2}?(?:ambassadors?|envoys?|diplomats))`,
      // "evicted US forces from the air base", "expelled French troops": foreign forces sent away by the host.
      `${verbs('evict', 'expel+')}(?= (?:the |all )?(?:remaining )?(?:\\S+ ){0,2}?(?:troops|forces|soldiers|military (?:personnel|contingent|advisers|advisors)|bases?)\\b)`,
      r`(?:eviction|expulsion) of(?= (?:the |all )?(?:remaining )?(?:\S+ ){0,2}?(?:troops|forces|soldiers|military (?:personnel|contingent|advisers|advisors))\b)`,
      // "announced plans to close a U.S. air base": a foreign base closed by the host (the owner is named in its words).
      verbs('close', 'shut/shut/shut') + r`(?: down)?(?= (?:a |the )?(?:\S+ ){1,2}?(?:air |military |naval )?base\b)`, r`(?:closure|closing|shutdown) of(?= (?:a |the )?(?:\S+ ){1,2}?(?:air |military |naval )?base\b)`,
      verbs('give/gave/given') + r` (?:\S+ ){0,5}?(?:diplomats|envoys?|ambassadors?|embassy staff|diplomatic staff)(?: \S+){0,5}? (?:to leave|until)`,
    )) },
  // "Azerbaijan and Armenia exchanged fire", "India and Pakistan traded fire": fighting between a pair.
  { rule: 'war.exchange', type: 'war', frame: 'mutual', cameo: '190', plover: 'ASSAULT', confidence: 0.75,
    pattern: w(r`(?:exchang(?:ed|es|ing|e)|trad(?:ed|es|ing|e)) (?:heavy |artillery |machine-gun |small-arms |sporadic )?(?:fire|gunfire|shots|shelling|strikes)`) },
  // "Thailand extradited the suspect to Laos", "handed over a wanted man to Laos": a fugitive given up to another state.
  { rule: 'cooperation.extradite', type: 'cooperation', frame: 'agent', cameo: '050', plover: 'COOPERATE', confidence: 0.65,
    pattern: w(alt(verbs('extradite'), r`hand(?:s|ed|ing)? over (?:a |an |the |two |three |\d+ )?(?:suspected |wanted |alleged |convicted )?(?:\S+ ){0,2}?(?:suspects?|fugitives?|lord|militants?|prisoners?|detainees?|nationals|citizens|man|men|woman|women)(?= to)`)) },
  // "Germany and France will jointly develop a fighter jet": a pair acting together.
  { rule: 'cooperation.jointly', type: 'cooperation', frame: 'mutual', cameo: '050', plover: 'COOPERATE', confidence: 0.7,
    pattern: w(r`(?:jointly|together) (?:develop|build|produce|launch|run|operate|fund|finance|manage|patrol|organi[sz]e|host|design|manufacture|train|fight|tackle|combat|counter|invest)(?:s|ed|d|ing)?|(?:work|worked|works|working) (?:closely )?together|(?:join|joined|joins|joining) forces`) },
  // "Ottawa expelled an Indian diplomat, and New Delhi responded in kind": the answer turns on the one answered.
  { rule: 'tension.retaliate', type: 'tension', frame: 'agent', cameo: '160', plover: 'REJECT', confidence: 0.75,
    pattern: w(r`(?:responded|retaliated|reacted|replied|hit back) in kind|reciprocated|retaliated against|(?:responded|retaliated) with (?:a |an |its own )?(?:\S+ )?(?:expulsion|expulsions|measures|countermeasures|sanctions|tariffs|duties|probe|investigation|ban|restrictions|curbs)`) },
  // "South Korea responded with its own artillery barrage", "Israel struck back": an armed answer turns on the one answered.
  { rule: 'war.retaliate', type: 'war', frame: 'agent', cameo: '190', plover: 'ASSAULT', confidence: 0.7,
    pattern: w(r`(?:responded|retaliated|reacted|hit back|struck back) with (?:a |an |its own |their own )?(?:\S+ ){0,2}?(?:fire|barrages?|bombardments?|shelling|air ?strikes?|strikes?|missiles|rockets|drones)|returned fire|fired back|struck back`) },
  // "Chinese jets violated Taiwan's airspace".
  { rule: 'tension.violate', type: 'tension', frame: 'agent', cameo: '138', plover: 'THREATEN', confidence: 0.7,
    pattern: w(verbs('violate', 'breach', 'enter+/entered/entered', 'intrude') + r`(?= (?:into )?(?:\S+ ){0,2}?(?:airspace|territorial waters|maritime borders?|exclusive economic zone)\b)`) },
  // "Greek jets intercepted Turkish aircraft": one state's forces turning away another's.
  { rule: 'tension.intercept', type: 'tension', frame: 'agent', cameo: '138', plover: 'THREATEN', confidence: 0.65,
    pattern: w(verbs('intercept') + r`(?= (?:a |an |the |two |three |four |several |\d+ )?(?:\S+ ){0,2}?(?:aircraft|jets|planes?|bombers|drones|vessels?|ships?|boats|warships|submarines|fighters)\b)`) },
  // "Iran seized a British-flagged tanker", "Russia detained two Estonian nationals": a state's hand on another's ships or people.
  { rule: 'tension.seize', type: 'tension', frame: 'agent', cameo: '171', plover: 'COERCE', confidence: 0.7,
    pattern: w(verbs('seize', 'impound', 'detain', 'arrest') + r`(?= (?:a |an |the |two |three |four |five |\d+ |several |dozens of )?(?:\S+ ){0,2}?(?:\S+-(?:flagged|registered|owned|operated) |[\p{Lu}]\S* )(?:\S+ )?(?:tankers?|vessels?|ships?|boats?|trawlers?|nationals|citizens|diplomats|journalists|sailors|fishermen|seamen|crew|servicemen|soldiers)\b)`) },
  // "Ukrainian drones hit an oil refinery deep inside Russia": "hit" is an attack only on a military or strategic target.
  { rule: 'war.fight', type: 'war', frame: 'agent', cameo: '190', plover: 'ASSAULT', confidence: 0.75,
    pattern: w(verbs('hit/hit/hit') + r`(?= (?:an? |the |several |two |three |four |dozens of |\S+ ){0,3}?(?:targets?|positions?|bases?|refiner(?:y|ies)|depots?|airfields?|air ?bases?|military|facilit(?:y|ies)|power (?:plants?|stations?|grid)|barracks|convoys?|warships?|command (?:posts?|centres?|centers?)|ammunition)\b)`) },
  { rule: 'war.fight', type: 'war', frame: 'agent', cameo: '190', plover: 'ASSAULT', confidence: 0.8,
    pattern: w(r`(?:sen(?:t|ds?|ding)|fl(?:ew|own|ies|ying)) (?:\S+ ){0,3}?(?:troops|soldiers|forces|tanks|commandos) into(?! (?:the )?\p{Lu}\S*(?: \S+){0,3}? (?:at the (?:\S+ ){0,2}?request|at the invitation|on the invitation|to help|to support|to assist|to train|to back)\b)|` + verbs('fire', 'launch') + r` (?:\S+ ){0,3}?(?:(?:missiles?|rockets?|drones) and )?(?:missiles?|rockets?|shells|drones|projectiles|water cannons?|flares|warning shots|lasers?) (?:at|into|over|toward|towards|on)|` + r`(?:missiles?|rockets?|drones?|projectiles?|shells?|ballistic missiles?) (?:\S+ )?(?:fired|launched)(?= from )|annex(?:ed|es|ing|ation)?(?: of)?|(?:shot|shoot|shoots|shooting) down|(?<=(?:troops|forces|soldiers|tanks|army|units) (?:\S+ )?)(?:crossed|pushed|advanced|moved|rolled|marched|poured) into|invasion(?: of)?|` + verbs('invade', 'attack', 'bomb',) + r`|shell(?:ed|ing)|` + '(?:' + verbs('strike/struck/struck') + r`)(?! (?:(?!(?:after|before|when|as|until|while|since|following|amid|and) )[^\s,;]+ ){0,4}?(?:deals?|agreements?|accords?|bargains?|compromises?|balance|pacts?|partnerships?|truce|ceasefire|tone|chord)\b)|` + verbs('clash') + r`|air ?strikes?|strikes?|bombings?|(?:artillery |missile |rocket )?(?:barrages?|bombardments?)|(?:artillery|rocket|mortar) fire (?:on|at|into)|offensive (?:against|on)|incursion|raid(?:ed|s|ing)? (?:inside|into|across)|military (?:intervention|action|operation)|use of force|(?<!(?:World|Cold|Civil|Korean|Gulf) )war(?! games|-(?:torn|ravaged|hit|weary|scarred|stricken|battered|affected|devastated|damaged)\b)(?: on| against| with| in)?|fighting|fought|clashes|hostilities|conflict with|battl(?:e|es|ed|ing) (?:over|for control of|against)`) },
];

/** Words that deny or negate what follows them in a clause ("stop X from visiting" too), not across a comma nor inside a quoted modifier ("a 'no limits' partnership"): such a trigger drafts nothing. */
export const NEGATION = /(?<![\p{L}])(?:not|never)\s+(?:\S+\s+){0,2}?(?:promises?|pledges?|commitments?|guarantees?|plans?|intentions?|offers?)\s+to\s*$|(?<![\p{L}])(?:refusal|failure|failing|unwillingness|reluctance|inability)\s+to\s+(?:\S+\s+){0,2}$|(?<![\p{L}])(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:\S+\s+){0,2}?(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation)\s+that\s+[^,;]*$|(?:(?<![\p{L}'‘"“-])(?:not|never|no|nothing|neither|nor|lack\s+of|absence\s+of)|n['’]t)(?![\p{L}])(?:,?\s+(?:however|though|yet|still|so far|as yet|in fact|after all),?|\s+[^\s,;]+){0,3}\s*$|(?<![\p{L}])(?:no plans? to|avoid(?:s|ed|ing)?|denied|denies|deny|refused to|refuses to|ruled out|rejected? (?:claims|reports)|without|(?:its|their|his|her)\s+inability\s+to|(?:was|were|is|are|be)\s+unable\s+to|declined\s+to|(?:pulled|pulls|pulling|pull)\s+out\s+of|(?:withdrew|withdrawn|withdraws|withdrawing)\s+from|boycott(?:ed|s|ing)?|(?:skipped|skips|skipping)|stayed\s+away\s+from|too\s+(?:busy|ill|sick|weak|late|afraid)\s+to)(?![\p{L}])(?:\s+[^\s,;]+){0,3}\s*$|(?<![\p{L}])(?:stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|block(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|keep(?:s|ing)?|kept|deter(?:s|red|ring)?|discourage[sd]?|discouraging)\s+(?:\S+\s+){0,6}?from\s+(?:\S+ing\s+(?:\S+\s+){0,2})?$|(?<![\p{L}])(?:prevent(?:s|ed|ing)?|stopp(?:ed|ing)|stops?|kept|keeps?|bar(?:s|red|ring)?)\s+(?:it|them|him|her|us|(?:the\s+)?\S+)\s+$|(?<![\p{L}])(?:asked|asking|asks|wondered|wondering|unclear|unknown|uncertain)\s+(?:if|whether)\s+(?:\S+\s+){0,8}?$/iu;

/** Modality before a trigger, and the certainty it gives. */
export const MODALITY: readonly { pattern: RegExp; certainty: Certainty }[] = [
  { pattern: /(?<![\p{L}])(?:fear(?:s|ed)?|feared|concern(?:s|ed)? that|worr(?:y|ies|ied) that|could see|risk of)(?![\p{L}])/iu, certainty: 'feared' },
  { pattern: /(?<![\p{L}])(?:alleged(?:ly)?|reportedly|accus(?:ed|es|ing) (?:\S+ ){0,3}of|claims? that|suspected of)(?![\p{L}])/iu, certainty: 'alleged' },
  // ("If Russia attacks Moldova, …": what a condition supposes has not happened.)
  { pattern: /(?<![\p{L}])(?:threaten(?:s|ed)? to|warn(?:s|ed)? (?:\S+ ){0,3}?(?:that|it|they)|may|might|could|would|if|unless|in case|in the event that)(?![\p{L}])/iu, certainty: 'threatened' },
  // ("free will", "the people's will": a noun, not the modal.)
  { pattern: /(?<![\p{L}])(?:(?<!(?:free|good|ill|political|popular|people['’]s|the|his|her|their|its|own)\s)will|shall|is to|are to|to be|plans? to|planned|expected to|due to|due in|expected in|set to|scheduled to|agreed to (?:send|provide|supply|attend|visit)|intends? to|intention to|hop(?:e|es|ed|ing) to|seek(?:s|ing)? to|sought to|aim(?:s|ed|ing)? to|want(?:s|ed|ing)? to|wish(?:es|ed)? to|interest in|ambitions? to|desire to|offer(?:ed|s)? to|(?:is|are|was|were) going to|invited|effective from|from next)(?![\p{L}])/iu, certainty: 'planned' },
];

/** Words that put a clause in the past, as background rather than news. */
export const HISTORY = /(?<![\p{L}])(?:during (?:the )?(?:World War|Cold War|\d{4})|in (?:1[89]\d\d|20[01]\d)|from (?:1[89]\d\d|20[01]\d)|(?:1[89]\d\d|20[01]\d)\s*[–-]\s*(?:1[89]\d\d|20[0-2]\d)|colonial|colonisation|colonization|for decades|decades-old|half a century|(?<!^\s*)once(?!\s+(?:again|more|a|an|every|in|the)(?![\p{L}]))|former(?:ly)?|history|historic(?:al)? (?:rivals?|enemies|foes)|old (?:\S+ )?(?:enemies|foes|rivals)|long-standing|last century|centuries|wartime)(?![\p{L}])/iu;

/** Verbs of saying: an actor that says something is the source of what it says. */
export const SPEECH = /(?<![\p{L}])(?:said|says|say|told|stated|announced|declared|added|warned|insisted|claimed|argued|noted|wrote|tweeted|posted)(?![\p{L}])/iu;
