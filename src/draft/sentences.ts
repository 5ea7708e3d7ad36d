/** A span of the original text: `[start, end)` in UTF-16 code units, never into a normalised copy. */
export interface Span {
  start: number;
  end: number;
}

// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'st', 'no', 'vs', 'etc', 'prof', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.u', 'a.u', 'd.c', 'u.s.a', 'inc', 'corp', 'co',
]);

/**
 * The sentences of a text as spans, headlines and captions included: a line break always ends one,
 * and `.`, `!` or `?` ends one when a capital, a digit or a quote mark follows, unless it closes an
 * abbreviation or an initial. Spans are trimmed of surrounding white space.
 *
 * @example sentences('Putin visited Hanoi. He met To Lam.') // [{start: 0, end: 20}, {start: 21, end: 35}]
 */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // A line break ends a sentence, whichever kind: LF, CRLF or a lone CR (old Mac files).
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Closing quotes and brackets stay with the sentence they close.
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end])) end++;
    if (end < text.length && !/[ \t]/.test(text[end]) && text[end] !== '\n' && text[end] !== '\r') continue;
    let next = end;
    while (next < text.length && /[ \t]/.test(text[next])) next++;
    if (next < text.length && text[next] !== '\n' && text[next] !== '\r' && !/[\p{Lu}\p{N}"“‘'(]/u.test(text[next])) continue;
    if (ch === '.' && end === i + 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
      // "No. 10" is a number; "No." before anything else ends a sentence.
      const abbreviation = ABBREVIATIONS.has(word.toLowerCase()) && (word.toLowerCase() !== 'no' || /^\s*\d/.test(text.slice(end, end + 3)));
      if (abbreviation || /^\p{Lu}$/u.test(word)) continue;
    }
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}

// Where one clause gives way to another: a semicolon, a dash between spaces, or a conjunction after a comma.
// ", and which Israel called …": a relative clause joined by "and" is a relative clause all the same.
// "After meeting Erdogan, Putin flew …": the comma that closes a participle phrase opening the sentence.
// ("A day after returning from China,", "Shortly before leaving Kyiv,": a measure of time may stand before the preposition; "In a move that
// angered the EU,": an opening phrase with a relative clause of its own ends at its comma too; "After visiting Cape Verde, Senegal, and
// Nigeria,": a list inside the phrase ends it only after its last item; "Speaking after hosting talks …," as well.)
// (The comma comes first and the opening phrase is checked behind it, so the phrase is read once per comma, not once per character.)
const CLAUSE_BREAK = /,(?<=^\s*(?:(?:A|An|One|Two|Three|Four|Five|Six|Several|Hours|Days|Weeks|Months|Shortly|Soon|Just|Only|Moments|Minutes|Barely)\s+(?:\p{Ll}+\s+){0,2}?(?:after|before|since|following)|(?:Speaking|Talking|Writing)\s+(?:to\s+(?:reporters|journalists|the\s+press)\s+)?(?:after|before|while|following|upon|on)|After|Before|While|Since|Upon|On|When|Having|Despite|Following)\s+\p{Ll}+(?:ing|ed)\b[^,;]{0,100}(?:(?:,\s+[^,;]{1,40})*,?\s+(?:and|or)\s+[^,;]{1,40})?,)\s(?![^,;]{1,40}(?:,\s+[^,;]{1,40})*,?\s+(?:and|or)\s+[^,;]{1,40},\s)|,(?<=^\s*(?:In|Amid|Amidst|Despite|During|Following|After|Before|Ahead\s+of)\s+(?:a|an|the|his|her|its|their)\s+[^,;]{0,60}?\s(?:that|which)\s[^,;]{0,100},)\s(?=(?:the\s+)?\p{Lu})|;|\s[–—-]\s|,\s(?:and|or|but)\s(?:which|who|whom)\s|(?<=(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]*|(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|\d{4}))\sand\s(?=(?:the|a|an|its|his|her|their|this|these|those|\p{Lu}[\p{L}'’.-]*)\s)|,\s(?:and|or|but|while|whereas|although|though|as|after|before|which|who|when|where|given)\s|\s(?:but|while|whereas)\s/gu;

/**
 * Whether ", and" after `at` opens a clause of its own rather than closing a list: the stretch before
 * it, back to the last comma, is a clause of five words or more ("… after the deal collapsed, and the
 * EU imposed sanctions"), where a list's item is a name or two ("Russia, China, and Iran").
 */
function newClause(body: string, from: number, at: number, after: number): boolean {
  const stretch = body.slice(from, at).split(',').at(-1) ?? '';
  const words = stretch.trim().split(/\s+/);
  // ("the President of Peru Dina Boluarte, and the President of …": a titled name, however long, is a list's item.)
  if (words.every((w) => /^(?:\p{Lu}|the$|of$|al-|bin$|van$|von$|de$|der$|da$|la$|le$)/u.test(w))) return false;
  return words.length >= 5 && /^(?:the\s+)?\p{Lu}/u.test(body.slice(after));
}

// A finite verb, as a clause's own: "said", "was", "has", "expressed" (a form in -ed after its subject).
const FINITE = String.raw`(?:said|says|was|were|is|are|has|have|had|will|would|could|can|should|may|might|did|does|\p{Ll}{3,}ed|made|met|held|sent|took|gave|told|began|led|left|won|came|went|flew|spoke|wrote|sought|struck|drew|broke|cut|hit|kept|saw|became|withdrew)`;
// "Russia condemned the move and China expressed concern": after a bare "and", a subject of a few words and a finite verb
// of its own ("a statement from the French presidency said"), not a verb alone ("and said") nor a name alone ("and China").
const SUBJECT_AND_VERB = new RegExp(String.raw`^(?!(?:also|then|later|now|still|has|have|had|was|were|is|are|will|would)\s)(?:[\p{L}'’.-]+\s+){1,8}?(?:also\s+|later\s+|then\s+|now\s+)?${FINITE}\s`, 'u');
const CLAUSE_BEFORE = new RegExp(String.raw`(?:^|\s)${FINITE}\s`, 'u');

/**
 * Whether a bare "and" joins two clauses: the stretch before it, back to the last break, holds a finite verb
 * after a word or more and ends in a common word or a date (a list of names ends in a name), and what follows is a subject of its own and its verb. ("Talks between Iran and the UAE were
 * held", "both Egypt and Sudan have objected": a pair "between" or "both" governs is no clause's end.)
 */
function joinsClauses(body: string, from: number, at: number, after: number): boolean {
  const stretch = body.slice(from, at);
  if (/(?:^|\s)(?:between|both|among|either|neither)\s+(?:\S+\s+){0,4}\S+$/iu.test(stretch)) return false;
  const head = stretch.replace(/^\s*\S+/, '');
  return CLAUSE_BEFORE.test(head + ' ') && !/[,;:]/.test(body.slice(after).match(SUBJECT_AND_VERB)?.[0] ?? ',') && SUBJECT_AND_VERB.test(body.slice(after));
}

/** Whether the stretch after a semicolon, to the next one or the end, is a list item of six words or fewer. */
function listItemAfter(body: string, from: number): boolean {
  const next = body.indexOf(';', from);
  const item = body.slice(from, next < 0 ? body.length : next).replace(/[.!?"”’)]+$/, '');
  return item.trim().split(/\s+/).length <= 6;
}

// A plural noun of states a list in apposition can name ("its three EU neighbours", "the four countries").
const APPOSED_LIST_HEAD = /(?<![\p{L}])(?:neighbou?rs|countries|states|nations|members|allies|partners|powers|governments|capitals|republics)\s*$/u;

/** A clause, and whether it opens with a relative pronoun ("…, which …"), whose subject is the clause before's. */
export interface Clause extends Span {
  relative: boolean;
  /**
   * For the clause that goes on after a relative clause closes ("X, who leads Y, has accused Z"):
   * where that relative clause began. Its subject stands before this offset, not inside the aside.
   */
  head?: number;
  /** A participle phrase that opens the sentence ("After meeting Erdogan,"): its subject is the main clause's. */
  preposed?: boolean;
}

// ", has accused", ", said": a finite verb after a comma closes the relative clause before it.
// (", now accuses": an adverb of time before a verb in the present; ", and have sanctioned": a perfect joined by "and".)
const RESUMES = /,\s+(?=(?:now|still|again|also|later|then|reportedly|repeatedly|increasingly)\s+\p{Ll}{3,}(?:es|s)\s|(?:and|but)\s+(?:also\s+)?(?:has|have|had|will|would)\s+(?:also\s+)?\p{Ll}+(?:ed|en)\s|(?:also\s+|later\s+|then\s+)?(?:has|have|had|was|were|is|are|will|would|could|can|did|does|said|says|told|\p{Ll}+ed|paid|made|met|held|sent|left|took|gave|went|came|flew|began|led|won|lost|struck|brought|sought|spoke|wrote|kept|saw|found|became|withdrew|drew|broke|cut|hit|set|put|shut|sold|bought|sat)\s)/gu;

// What may follow an aside's closing dash when the clause before goes on: "and has moved", "has moved", "but agreed".
const ASIDE_RESUMES = /^(?:(?:and|but)\s+)?(?:also\s+|later\s+|then\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|did|does|\p{Ll}+ed|made|met|held|sent|signed|agreed|told|gave|took|struck|sought)\s/u;

const OPENING_TALKS = /^(?:(?:Speaking|Writing|Talking)\s+(?:to\s+reporters\s+)?(?:in|during|after|following|at|before|ahead\s+of)|In|During|After|Following|At|Before|Ahead\s+of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:call|conversation|talks|meetings?|discussions|consultations|conference|summit)\s+with\s+[^,;:.!?()]{1,80}?(,\s+)(?=(?:the\s+)?\p{Lu})/u;

/** The clauses of a sentence, as spans of the original text. */
export function clauses(text: string, sentence: Span): Clause[] {
  const body = text.slice(sentence.start, sentence.end);
  const spans: Clause[] = [];
  let last = 0;
  let relative = false;
  // "In a phone call with Macron, Xi urged …": an opening phrase of talks with someone is a clause of its own, whose subject is the main clause's.
  const opening = OPENING_TALKS.exec(body);
  if (opening) {
    spans.push({ start: sentence.start, end: sentence.start + opening[0].length - opening[1].length, relative: false, preposed: true });
    last = opening[0].length;
  }
  for (const m of execAll(CLAUSE_BREAK, body)) {
    if (m.index < last) continue;
    // (", and instead seeking ties with Russia": a participle after ", and" opens a clause whose subject is the sentence's.)
    const participle = /^,\s(?:and|or)\s$/.test(m[0]) && /^(?:instead\s+|also\s+|thereby\s+)?\p{Ll}{2,}ing\s/u.test(body.slice(m.index + m[0].length)) && !/^(?:including|according|regarding|concerning|excluding|during)\b/u.test(body.slice(m.index + m[0].length));
    if (m[0] === ' and ' && !joinsClauses(body, last, m.index, m.index + m[0].length)) continue;
    if (m[0].startsWith(',') && /^,\s(?:and|or)\s$/.test(m[0]) && !participle && !newClause(body, last, m.index, m.index + m[0].length)) continue;
    // "X of Bolivia; Y of Chile; as well as Z": a semicolon between short items is a list's, not a clause's.
    if (m[0] === ';' && listItemAfter(body, m.index + 1)) continue;
    // "against its three EU neighbours — Poland, Slovakia and Hungary": a dash before the names a plural noun stands for is no clause break.
    if (/^\s[–—-]\s$/.test(m[0]) && APPOSED_LIST_HEAD.test(body.slice(0, m.index)) && /^(?:the\s+)?\p{Lu}[^;:–—]*?(?:,|\sand\s)/u.test(body.slice(m.index + m[0].length))) continue;
    spans.push({ start: sentence.start + last, end: sentence.start + m.index, relative, ...(last === 0 && m[0].trim() === ',' ? { preposed: true } : {}) });
    // "Damascus continues to appeal for investment — crippled by war — and has moved to restore ties": after an aside set off
    // by two dashes, a verb with no subject of its own goes on with the clause before the aside.
    const aside = spans.length >= 2 && /^\s[–—-]\s$/.test(m[0]) && /\s[–—-]\s$/.test(body.slice(Math.max(0, spans.at(-1)!.start - sentence.start - 3), spans.at(-1)!.start - sentence.start))
      && ASIDE_RESUMES.test(body.slice(m.index + m[0].length));
    last = m.index + m[0].length;
    relative = /\b(?:which|who|whom|where)\s$/.test(m[0]);
    if (aside) {
      spans.push({ start: sentence.start + last, end: sentence.end, relative: true, head: spans.at(-1)!.start - 3 });
      last = body.length;
      break;
    }
  }
  if (last < body.length) spans.push({ start: sentence.start + last, end: sentence.end, relative });
  return spans.flatMap((c) => (c.relative ? resumed(text, c) : [c])).filter((s) => s.end > s.start);
}

/** A relative clause split where the main clause resumes after it: "who leads Y, | has accused Z". */
function resumed(text: string, clause: Clause): Clause[] {
  RESUMES.lastIndex = 0;
  const m = RESUMES.exec(text.slice(clause.start, clause.end));
  if (!m) return [clause];
  const cut = clause.start + m.index;
  return [{ ...clause, end: cut }, { start: cut + m[0].length, end: clause.end, relative: true, head: clause.start }];
}
import { execAll } from './execAll.ts';
