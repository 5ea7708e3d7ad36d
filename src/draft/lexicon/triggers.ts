import type { Certainty, PloverType, RelationType } from '../../data/relationTypes.ts';

/**
 * How a trigger's actors are found in its clause:
 * - `agent`: who acts stands before the trigger (the subject), whom it concerns after it (the
 *   object); passive voice ("was accused by") turns them round.
 * - `mutual`: two actors side by side ("X and Y signed", "between X and Y", "X … with Y"), undirected.
 * - `visit`: the visitors before, the host after ("in", "to"); `host`: the host before, the guest after.
 * - `mediation`: the mediator ("by X", "X mediated", "Omani mediators") → each other party, two edges.
 */
export type Frame = 'agent' | 'mutual' | 'visit' | 'host' | 'mediation';

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
}

const w = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'giu');

/** Trigger words and phrases, each with its CAMEO code and PLOVER type. Order matters only for ties. */
export const TRIGGERS: readonly Trigger[] = [
  // Contact
  { rule: 'visit.travel', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.8,
    pattern: w("(?:state |official |two-day |three-day |working )?visit(?:ed|s|ing)?(?: to)?|arriv(?:ed|es|ing|al)|landed|travel(?:l?ed|s|ling)?(?: on)? to|sen(?:t|ds?|ding) (?:a |an |its |their )?(?:high-level |senior |special )?(?:delegation|envoy|emissary|mission) to|flew to|trip to|toured|was (?:on \\p{Lu}\\p{L}+ )?in(?! (?:touch|contact|talks|charge|favou?r|line|power|office|part)\\b)|attend(?:ed|s)?(?: the)? (?:summit|talks|ceremony|meeting)(?: in)?") },
  { rule: 'visit.host', type: 'visit', frame: 'host', cameo: '043', plover: 'CONSULT', confidence: 0.75,
    pattern: w('host(?:ed|s|ing)|welcom(?:ed|es|ing)|invited|greeted|(?:treated|given) to (?:a |an )?(?:\\S+ ){0,4}?(?:red-carpet|welcome|reception|honou?r guard)') },
  { rule: 'visit.receive', type: 'visit', frame: 'host', cameo: '043', plover: 'CONSULT', confidence: 0.7,
    // Case matters here: "received Putin" is a guest, "received air defence systems" is not.
    pattern: /(?<![\p{L}])receiv(?:ed|es|ing)(?= (?:the )?(?:\p{Lu}|visiting |delegation))/gu },
  { rule: 'visit.talks-in', type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.65,
    pattern: w('(?:talks|meeting|summit|met) (?:\\S+ ){0,2}?in') },

  // Cooperation
  { rule: 'alliance.pact', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.85,
    pattern: w('(?:mutual )?defen[cs]e (?:pact|treaty|agreement)|military alliance|security (?:pact|alliance|partnership)|alliance|mutual defen[cs]e') },
  { rule: 'alliance.member', type: 'alliance', frame: 'agent', cameo: '057', plover: 'AGREE', confidence: 0.85,
    pattern: w('(?:became|become|becomes|becoming) (?:a |the )?(?:\\d+\\w* )?member(?:s)? of|joined|join(?:s|ing)?|accession to|membership (?:of|in)|admitted to') },
  { rule: 'alliance.allies', type: 'alliance', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.55,
    pattern: w('allies|ally') },
  { rule: 'cooperation.agreement', type: 'cooperation', frame: 'mutual', cameo: '057', plover: 'AGREE', confidence: 0.75,
    pattern: w('(?:signed|sign|signs|signing|reached|agreed(?: to| on)?|struck|striking|concluded) (?:a |an |the |some \\d+ |\\d+ |several |two |three |a series of )?(?:historic |new |landmark |formal )?(?:peace |trade |security |cooperation |bilateral )?(?:deals?|agreements?|accords?|declaration|treat(?:y|ies)|pacts?|ceasefire|truce|memorand(?:um|a))|peace (?:deal|agreement|declaration|accord|treaty|talks|process)|(?:deal|agreement|accord|treaty|pact)(?= between| with)|ceasefire|truce|normali[sz](?:ed|e|ing|ation of) (?:diplomatic )?(?:ties|relations)|restor(?:ed|e|ing) (?:diplomatic )?(?:ties|relations)|(?:friendly|good|warm|close) (?:relations|ties)|partnership|cooperat(?:e|ed|ion)|negotiations|talks (?:with|between)|held talks') },

  { rule: 'trade.flow', type: 'trade', frame: 'mutual', cameo: '061', plover: 'COOPERATE', confidence: 0.7,
    pattern: w('trad(?:e|ing) (?:deal|agreement|ties|partners?|relations|route)|trading partners?|top trading|(?:free )?trade|bilateral trade') },
  { rule: 'arms.supply', type: 'arms_support', frame: 'agent', cameo: '072', plover: 'AID', confidence: 0.8,
    pattern: w('(?:send|sent|sending|supply|supplied|supplies|supplying|provide|provided|provides|providing|deliver|delivered|delivering|ship|shipped|shipping|pledg(?:e|ed|es|ing)|transfer(?:red)?|give|gave|giving|donat(?:e|ed))(?: \\S+){0,6}? (?:tanks?|weapons?|arms|missiles?|ammunition|munitions|artillery|shells|fighter jets|jets|F-16s?|air[- ]defen[cs]es?|drones|military (?:aid|assistance|equipment|support)|troops|Leopards?|Abrams)|weapons support|arms (?:sales|supplies|deliveries|shipments)|military (?:aid|assistance|support) (?:to|for)|receiv(?:ed|es|ing)(?: \\S+){0,5}? (?:tanks?|weapons?|arms|missiles?|ammunition|munitions|artillery|shells|jets|drones|air[- ]defen[cs]e systems?|systems)(?= from)') },
  { rule: 'cooperation.support', type: 'cooperation', frame: 'agent', cameo: '051', plover: 'SUPPORT', confidence: 0.6,
    // "backed Maduro", "voiced support for Kyiv's bid": political support, not arms ("Russian-backed" is no act).
    pattern: w('(?<!-)backed|(?<!-)backs|(?:voiced|expressed|pledged|declared|reaffirmed) (?:its |their |his |her )?(?:full |strong |firm )?support (?:for|to)') },
  { rule: 'aid.give', type: 'aid', frame: 'agent', cameo: '070', plover: 'AID', confidence: 0.7,
    pattern: w('(?:send|sent|sending|provid(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|give|gave|giving|donat(?:e|ed|es|ing)|flew|airlift(?:ed)?)(?: \\S+){0,3}? (?<!military |arms |defen[cs]e )(?:aid|assistance|relief|food|medicine|medical supplies)|(?:humanitarian|economic|financial|food|medical|development|reconstruction) (?:aid|assistance|support|supplies)|(?:[$€£]\\s?[\\d.,]+|[\\d.,]+) (?:million|billion)(?: \\S+){0,3}? (?:aid|assistance)|(?<!military |arms )(?:aid|assistance) (?:to|for)|aid package|relief (?:supplies|aid)|(?:loans?|grants?) (?:to|for)') },
  { rule: 'mediation.by', type: 'mediation', frame: 'mediation', cameo: '045', plover: 'CONSULT', confidence: 0.8,
    pattern: w('mediat(?:e|ed|es|ing|ion|ors?)|brokered|broker(?:s|ing)?|facilitat(?:ed|es|ing|ion)|intermediar(?:y|ies)|conveyed|(?:passing|carrying|relaying) messages|good offices|diplomatic efforts|help (?:resolve|solve|solving|resolving)|bring to solving') },

  // Conflict
  { rule: 'sanction.impose', type: 'sanction', frame: 'agent', cameo: '163', plover: 'SANCTION', confidence: 0.85,
    pattern: w('(?:cut|cuts|cutting|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|froze|freez(?:e|es|ing)|end(?:ed|s)?) (?:all |its |their )?(?:trade|economic|commercial|financial) (?:ties|relations|links|cooperation)|suspend(?:ed|s|ing)? (?:\\S+ ){0,2}?(?:membership|participation)|expel(?:led|s)? (?:\\S+ ){0,2}?from|sanction(?:s|ed|ing)?|embargo(?:es)?|asset freezes?|froze (?:the )?assets|export (?:controls|curbs|restrictions|bans?)|(?:tighten|tightened|tightening|restrict|restricted) (?:\\S+ ){0,4}?exports?|ban(?:ned|s)? (?:on )?(?:imports|exports)|blacklist(?:ed)?|trade restrictions') },
  { rule: 'pressure.demand', type: 'diplomatic_pressure', frame: 'agent', cameo: '100', plover: 'REQUEST', confidence: 0.7,
    pattern: w('call(?:ed|s|ing)? (?:on|for)|(?:calls|appeals|demands|pressure)(?= from)|urg(?:ed|es|ing|e)|demand(?:ed|s|ing)?|press(?:ed|es|ing) (?:\\S+ )?(?:to|for)|pressur(?:e|ed|ing)|ultimatum|gave (?:\\S+ ){0,3}?(?:one|two|three|\\d+) (?:week|weeks|days|hours) to') },
  { rule: 'tension.accuse', type: 'tension', frame: 'agent', cameo: '112', plover: 'ACCUSE', confidence: 0.8,
    pattern: w('accus(?:ed|es|ing|ation|ations)|charg(?:ed|es) (?:\\S+ )?with|blam(?:ed|es|ing)|(?:filed|brought|lodged|launched) (?:a |an )?(?:\\S+ ){0,2}?(?:case|lawsuit|complaint|suit) against') },
  { rule: 'tension.criticise', type: 'tension', frame: 'agent', cameo: '111', plover: 'ACCUSE', confidence: 0.8,
    pattern: w('condemn(?:ed|s|ing|ation)?|criticis(?:ed|es|ing|e)|criticiz(?:ed|es|ing|e)|criticism|denounc(?:ed|es|ing|e)|rebuk(?:ed|es|e)|scold(?:ed|s|ing)?|slamm?(?:ed|s)?|lambast(?:ed|s)?|castigat(?:ed|es)|protest(?:ed|s)? (?:against|to)|lodged (?:a )?protest|objected to') },
  { rule: 'tension.threaten', type: 'tension', frame: 'agent', cameo: '130', plover: 'THREATEN', certainty: 'threatened', confidence: 0.8,
    pattern: w('threat(?:en|ened|ens|ening|s)?|warn(?:ed|s|ing)?|counter-?measures|retaliat(?:e|ed|ion|ory)|would (?:respond|answer|hit back)') },
  { rule: 'tension.relations', type: 'tension', frame: 'mutual', cameo: '160', plover: 'REJECT', confidence: 0.7,
    pattern: w('(?:territorial |border |diplomatic |long-standing |bitter )?disputes?|row|rows|tensions?|feud|spat|rift|stand-?off|confrontations?|enmity|hostility|strained|sever(?:ed|s)? (?:diplomatic )?(?:ties|relations)|broke off (?:diplomatic )?relations|encroachment|provocation') },
  { rule: 'tension.envoy', type: 'tension', frame: 'agent', cameo: '161', plover: 'REJECT', confidence: 0.85,
    pattern: w('recall(?:ed|s|ing)? (?:its |their )?(?:ambassador|envoy)s?|summon(?:ed|s|ing)?(?= (?:the |its )?(?:\\S+ )?(?:ambassador|envoy|charg))|expel(?:led|s|ling)?(?= (?:\\S+ ){0,2}(?:diplomats|ambassador|envoy))') },
  { rule: 'war.fight', type: 'war', frame: 'agent', cameo: '190', plover: 'ASSAULT', confidence: 0.8,
    pattern: w("invasion(?: of)?|invad(?:ed|es|ing|e)|attack(?:ed|s|ing)?|air ?strikes?|strikes?|struck|bomb(?:ed|ing|ings|s)?|shell(?:ed|ing)|offensive (?:against|on)|incursion|military (?:intervention|action|operation)|use of force|(?<!(?:World|Cold|Civil|Korean|Gulf) )war(?: on| against| with| in)?|fighting|fought|clash(?:ed|es)|hostilities|conflict with") },
];

/** Words that deny or negate what follows them in a clause: such a trigger drafts nothing. */
export const NEGATION = /(?<![\p{L}])(?:not|n't|never|no plans? to|denied|denies|deny|refused to|refuses to|ruled out|rejected? (?:claims|reports)|without)(?![\p{L}])(?:\s+\S+){0,3}\s*$/iu;

/** Modality before a trigger, and the certainty it gives. */
export const MODALITY: readonly { pattern: RegExp; certainty: Certainty }[] = [
  { pattern: /(?<![\p{L}])(?:fear(?:s|ed)?|feared|concern(?:s|ed)? that|worr(?:y|ies|ied) that|could see|risk of)(?![\p{L}])/iu, certainty: 'feared' },
  { pattern: /(?<![\p{L}])(?:alleged(?:ly)?|reportedly|accus(?:ed|es|ing) (?:\S+ ){0,3}of|claims? that|suspected of)(?![\p{L}])/iu, certainty: 'alleged' },
  { pattern: /(?<![\p{L}])(?:threaten(?:s|ed)? to|warn(?:s|ed)? (?:\S+ ){0,3}?(?:that|it|they)|may|might|could|would)(?![\p{L}])/iu, certainty: 'threatened' },
  { pattern: /(?<![\p{L}])(?:will|shall|is to|are to|to be|plans? to|planned|expected to|due to|set to|scheduled to|agreed to (?:send|provide|supply|attend|visit)|intends? to|offer(?:ed|s)? to|is going to|are going to|invited|effective from|from next)(?![\p{L}])/iu, certainty: 'planned' },
];

/** Words that put a clause in the past, as background rather than news. */
export const HISTORY = /(?<![\p{L}])(?:during (?:the )?(?:World War|Cold War|\d{4})|in (?:1[89]\d\d|20[01]\d)|from (?:1[89]\d\d|20[01]\d)|(?:1[89]\d\d|20[01]\d)\s*[–-]\s*(?:1[89]\d\d|20[0-2]\d)|colonial|colonisation|colonization|for decades|decades-old|half a century|once|former(?:ly)?|history|historic(?:al)? (?:rivals?|enemies|foes)|old (?:\S+ )?(?:enemies|foes|rivals)|long-standing|last century|centuries|wartime)(?![\p{L}])/iu;

/** Verbs of saying: an actor that says something is the source of what it says. */
export const SPEECH = /(?<![\p{L}])(?:said|says|say|told|stated|announced|declared|added|warned|insisted|claimed|argued|noted|wrote|tweeted|posted)(?![\p{L}])/iu;
