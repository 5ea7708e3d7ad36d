/**
 * English inflections generated from roots, so the trigger lexicon lists words, not word forms: a
 * verb gives its base, third person, past, participle and gerund ("accuse": accuse, accuses, accused,
 * accusing); a noun its singular and plural. Irregular forms are spelled in the root itself.
 *
 * Root syntax:
 * - `accuse`: regular (e-drop, y → ied, -es after sibilants are worked out).
 * - `expel+`: doubles its last consonant (expelled, expelling).
 * - `cut/cut/cut`: base / past / participle, for irregular verbs (`meet/met/met`).
 * - A root of several words inflects its first: `cut ties` → cut ties, cuts ties, cutting ties.
 */

/** The forms of one verb root, longest first (a regex alternation takes the first that matches). */
export function verbForms(root: string): string[] {
  const [head, ...rest] = root.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const [baseRaw, pastRaw, participleRaw] = head.split('/');
  const double = baseRaw.endsWith('+');
  const base = double ? baseRaw.slice(0, -1) : baseRaw;
  const stem = double ? base + base.at(-1) : base;
  const third = /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = /e$/.test(base) ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const gerund = /ie$/.test(base) ? `${base.slice(0, -2)}ying` : /[^aeiouy]e$|[^e]ue$/.test(base) ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  const forms = new Set([base, third, pastRaw ?? regularPast, participleRaw ?? pastRaw ?? regularPast, gerund]);
  return [...forms].map((f) => f + tail).sort((a, b) => b.length - a.length);
}

/** The singular and plural of a noun root (`crisis/crises` for an irregular plural). */
export function nounForms(root: string): string[] {
  const [singular, plural] = root.split('/');
  const regular = /(?:s|x|z|ch|sh)$/.test(singular) ? `${singular}es` : /[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`;
  return [plural ?? regular, singular].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A pattern source for every form of some verb roots: `verbs('accuse', 'blame')`. */
export const verbs = (...roots: string[]) => `(?:${roots.flatMap(verbForms).sort((a, b) => b.length - a.length).map(escape).join('|')})`;

/** A pattern source for the singular and plural of some noun roots. */
export const nouns = (...roots: string[]) => `(?:${roots.flatMap(nounForms).sort((a, b) => b.length - a.length).map(escape).join('|')})`;

/** Only the finite past and participle of some verb roots ("accused", "met"), for frames that need them. */
export const pasts = (...roots: string[]) => `(?:${roots.flatMap((r) => verbForms(r).filter((f) => /(?:ed|[^s])$/.test(f.split(' ')[0]) && !/ing$/.test(f.split(' ')[0]))).map(escape).join('|')})`;
