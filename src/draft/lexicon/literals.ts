/**
 * The words a pattern cannot match without: for a regular expression, a few lowercase strings one
 * of which every match contains ("visit" for "visits?|visited|visiting"), or null when there is no
 * such set. The drafter tests these with `includes` on a sentence before it runs a trigger's
 * pattern over the sentence's clauses: a sentence with none of a trigger's words cannot match it,
 * and most sentences hold few triggers' words.
 *
 * It reads a pattern's source (the subset of syntax our lexicons use) and is sound by
 * construction: what it does not understand adds no requirement. The strings are required of the
 * text searched, not only of the match: what a positive lookaround sees counts. Letters are lowercased, so a
 * text must be lowercased the same way (`foldCase` in `triggerKeys.ts`) before it is searched.
 * It runs when the lexicon changes (`npm run lexicon:keys`), not in the drafter: reading the
 * trigger table's 75,000 characters of patterns takes tens of milliseconds.
 */

/** What a part of a pattern can match: every string it matches, when they are few and fixed; else the strings one of which it must contain. */
interface Info {
  /** Every string the part can match (lowercased), or null when they are not few and fixed. */
  exact: string[] | null;
  /** One of these is in every match, or null when nothing is required. */
  required: string[] | null;
}

const MOST_EXACT = 256;
const KEY_LENGTH = 6;
const NOTHING: Info = { exact: [''], required: null };
const UNKNOWN: Info = { exact: null, required: null };


/**
 * The fewest strings that say the same: a string holding another of the set adds nothing
 * ("visits" once "visit" is there). What is left is cut to its first six characters (a match that
 * holds "visited" holds "visite"; six letters are rare enough) and reduced again. Null if one is
 * empty.
 */
function minimal(strings: readonly string[]): string[] | null {
  if (strings.some((s) => s === '')) return null;
  return fewest(fewest(strings).map((x) => x.slice(0, KEY_LENGTH)));
}

function fewest(strings: readonly string[]): string[] {
  const kept: string[] = [];
  for (const s of [...new Set(strings)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** Words so common that a sentence without them is rare: as keys they count as one letter. */
const COMMON = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'that', 'this', 'their', 'his', 'her', 'not', 'will', 'would', 'said', 'after', 'into', 'over']);
const weight = (key: string) => (COMMON.has(key.trim()) ? 1 : key.length);

/**
 * How often a key is in a sentence, as a share: what a requirement costs is the sum over its
 * keys (a sentence that holds any of them is searched). Without a sample of text to count in,
 * longer keys count as rarer, and common words as the commonest.
 */
export type KeyFrequency = (key: string) => number;
const byLength: KeyFrequency = (key) => 1 / 8 ** Math.min(5, weight(key));

let frequency: KeyFrequency = byLength;

/** The better of two requirements for a quick test: the one a sentence holds less often. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const cost = (s: string[]) => s.reduce((sum, key) => sum + frequency(key), 0);
  return cost(b) < cost(a) ? b : a;
}

const requiredOf = (info: Info) => info.required ?? (info.exact ? minimal(info.exact) : null);

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MOST_EXACT) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

/** A parser over a pattern's source, one code point at a time. */
class Reader {
  private readonly chars: string[];
  private at = 0;
  constructor(source: string) { this.chars = [...source]; }
  peek(offset = 0) { return this.chars[this.at + offset]; }
  next() { return this.chars[this.at++]; }
  done() { return this.at >= this.chars.length; }
  startsWith(s: string) { return this.chars.slice(this.at, this.at + s.length).join('') === s; }
  skip(n: number) { this.at += n; }
}

/**
 * The requirement of a whole pattern (see the module's comment). `keyFrequency` says how often a
 * key is in a sentence, to choose between requirements; by default longer keys count as rarer.
 */
export function requiredLiterals(pattern: RegExp, keyFrequency: KeyFrequency = byLength): string[] | null {
  frequency = keyFrequency;
  try {
    const reader = new Reader(pattern.source);
    const info = alternation(reader);
    if (!reader.done()) return null;
    return requiredOf(info);
  } finally {
    frequency = byLength;
  }
}

function alternation(r: Reader): Info {
  const branches: Info[] = [sequence(r)];
  while (r.peek() === '|') { r.next(); branches.push(sequence(r)); }
  if (branches.length === 1) return branches[0];
  let exact: string[] | null = [];
  for (const b of branches) exact = exact && b.exact && exact.length + b.exact.length <= MOST_EXACT ? [...exact, ...b.exact] : null;
  const parts = branches.map(requiredOf);
  const required = parts.some((p) => !p) ? null : minimal(parts.flatMap((p) => p!));
  return { exact, required };
}

function sequence(r: Reader): Info {
  // The strings the run of fixed parts so far can match; a single string's letters wait in `tail`.
  let run: string[] = [''];
  let tail = '';
  let whole = true;
  let best: string[] | null = null;
  const flush = () => { if (tail) { run = run.map((x) => x + tail); tail = ''; } };
  const close = () => { flush(); best = better(best, minimal(run)); run = ['']; };
  while (!r.done() && r.peek() !== '|' && r.peek() !== ')') {
    const item = quantified(r, atom(r));
    // (A part whose strings are known may require more of the text: what a lookaround in it sees.)
    if (item.exact && item.required) best = better(best, item.required);
    if (item.exact?.length === 1) { tail += item.exact[0]; continue; }
    if (item.exact) {
      flush();
      const joined = cross(run, item.exact);
      if (joined) { run = joined; continue; }
    }
    whole = false;
    close();
    if (item.exact) run = item.exact;
    else best = better(best, item.required);
  }
  flush();
  const exact = whole ? run : null;
  close();
  return { exact, required: best };
}

function quantified(r: Reader, info: Info): Info {
  const c = r.peek();
  let min: number;
  let max: number;
  if (c === '?') { min = 0; max = 1; r.next(); }
  else if (c === '*') { min = 0; max = Infinity; r.next(); }
  else if (c === '+') { min = 1; max = Infinity; r.next(); }
  else if (c === '{') {
    let body = '';
    r.next();
    while (!r.done() && r.peek() !== '}') body += r.next();
    r.next();
    const m = /^(\d+)(?:(,)(\d*))?$/.exec(body);
    if (!m) throw new SyntaxError(`unreadable quantifier {${body}}`);
    min = +m[1];
    max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
  } else return info;
  if (r.peek() === '?') r.next();
  if (min === 1 && max === 1) return info;
  if (min === 0) return max === 1 && info.exact ? { exact: [...info.exact, ''], required: null } : UNKNOWN;
  return { exact: null, required: requiredOf(info) };
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P']);
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** An escaped character as a literal, or null for a class or anything else we do not read as one. */
function escaped(r: Reader): string | null {
  const c = r.next();
  if (c === 'p' || c === 'P') {
    if (r.peek() === '{') while (!r.done() && r.next() !== '}');
    return null;
  }
  if (CLASS_ESCAPES.has(c)) return null;
  if (c in CONTROL) return CONTROL[c];
  if (c === 'u') {
    if (r.peek() === '{') {
      let hex = '';
      r.next();
      while (!r.done() && r.peek() !== '}') hex += r.next();
      r.next();
      return String.fromCodePoint(parseInt(hex, 16));
    }
    let hex = '';
    for (let i = 0; i < 4; i++) hex += r.next();
    return String.fromCharCode(parseInt(hex, 16));
  }
  if (c === 'x') return String.fromCharCode(parseInt(r.next() + r.next(), 16));
  if (c === 'k') { while (!r.done() && r.next() !== '>'); return null; }
  if (/[1-9]/.test(c)) { while (/\d/.test(r.peek() ?? '')) r.next(); return null; }
  if (/[\p{L}\d]/u.test(c)) return null;
  return c;
}

function atom(r: Reader): Info {
  const c = r.next();
  if (c === '(') {
    let look = false;
    let positive = false;
    if (r.startsWith('?:')) r.skip(2);
    else if (r.startsWith('?=') || r.startsWith('?<=')) { r.skip(r.peek(1) === '<' ? 3 : 2); look = true; positive = true; }
    else if (r.startsWith('?!') || r.startsWith('?<!')) { r.skip(r.peek(1) === '<' ? 3 : 2); look = true; }
    else if (r.startsWith('?<')) { while (!r.done() && r.next() !== '>'); }
    else if (r.peek() === '?') throw new SyntaxError('unreadable group');
    const inner = alternation(r);
    if (r.next() !== ')') throw new SyntaxError('unclosed group');
    // A lookaround consumes nothing: the match runs on as if it were not there. What a positive
    // one sees is in the searched text all the same, so its requirement is one of the pattern's.
    return !look ? inner : positive ? { exact: [''], required: requiredOf(inner) } : NOTHING;
  }
  if (c === '[') return charClass(r);
  if (c === '\\') {
    if (r.peek() === 'b' || r.peek() === 'B') { r.next(); return NOTHING; }
    const literal = escaped(r);
    return literal === null ? UNKNOWN : { exact: [literal.toLowerCase()], required: null };
  }
  if (c === '^' || c === '$') return NOTHING;
  if (c === '.') return UNKNOWN;
  return { exact: [c.toLowerCase()], required: null };
}

/** A class of single characters ("[’']") as its characters; a negated class, a range or a class escape as unknown. */
function charClass(r: Reader): Info {
  const chars: string[] = [];
  let known = r.peek() !== '^';
  while (!r.done() && r.peek() !== ']') {
    const c = r.next();
    if (c === '\\') {
      const literal = r.peek() === 'b' ? (r.next(), '\b') : escaped(r);
      if (literal === null) known = false;
      else chars.push(literal.toLowerCase());
    } else if (c === '-' && chars.length > 0 && r.peek() !== ']') known = false;
    else chars.push(c.toLowerCase());
  }
  if (r.next() !== ']') throw new SyntaxError('unclosed class');
  return known && chars.length > 0 ? { exact: [...new Set(chars)], required: null } : UNKNOWN;
}
