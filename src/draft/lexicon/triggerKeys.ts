import stored from './triggerKeys.json' with { type: 'json' };
import type { Trigger } from './triggers.ts';

/**
 * Each trigger's keys: lowercase strings one of which is in every text its pattern matches
 * (`literals.ts` reads them off the pattern; `npm run lexicon:keys` stores them in
 * `triggerKeys.json` by a hash of the pattern). A clause that holds none of a trigger's keys is
 * not searched with its pattern. A trigger whose pattern has changed since the keys were stored
 * has none, so it is searched everywhere, as before: stale keys cost time, never a relation.
 */

/** A hash of a pattern's flags and source (FNV-1a, 32 bits, as 8 hex digits): which stored keys belong to it. */
export function patternHash(pattern: RegExp): string {
  const text = `${pattern.flags}/${pattern.source}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A text folded as the keys are: lowercased ("ſ", which a case-insensitive pattern takes for "s", as "s"). */
export const foldCase = (text: string) => text.toLowerCase().replace(/ſ/g, 's');

/** The stored keys by pattern hash, from entries "hash:key|key|…" (no key after the colon: none). */
const BY_HASH: ReadonlyMap<string, readonly string[] | null> = new Map(stored.keys.map((entry) => {
  const colon = entry.indexOf(':');
  const keys = entry.slice(colon + 1);
  return [entry.slice(0, colon), keys ? keys.split('|') : null];
}));

/** The stored keys of each trigger; null where a trigger has none (or none stored for its pattern). */
export function triggerKeys(triggers: readonly Trigger[]): (readonly string[] | null)[] {
  return triggers.map((t) => BY_HASH.get(patternHash(t.pattern)) ?? null);
}

interface Node { next: Map<number, Node>; triggers: number[] }

/**
 * Finds which triggers' keys a text holds, in one pass: a trie of every key, walked from each
 * character (keys are a few characters long, so each walk ends soon).
 */
export class KeyIndex {
  private readonly root: Node = { next: new Map(), triggers: [] };
  private readonly keyless: number[] = [];

  constructor(readonly triggers: readonly Trigger[], keys: readonly (readonly string[] | null)[] = triggerKeys(triggers)) {
    keys.forEach((list, i) => {
      if (!list) { this.keyless.push(i); return; }
      for (const key of list) {
        let node = this.root;
        for (let c = 0; c < key.length; c++) {
          const code = key.charCodeAt(c);
          let child = node.next.get(code);
          if (!child) node.next.set(code, (child = { next: new Map(), triggers: [] }));
          node = child;
        }
        if (!node.triggers.includes(i)) node.triggers.push(i);
      }
    });
  }

  /** Where each trigger's keys are in a folded text: `[trigger, start, end]` triples, flat, in order of `start`. */
  hits(folded: string): number[] {
    const found: number[] = [];
    for (let at = 0; at < folded.length; at++) {
      let node: Node | undefined = this.root;
      for (let c = at; c < folded.length; c++) {
        node = node.next.get(folded.charCodeAt(c));
        if (!node) break;
        for (const t of node.triggers) found.push(t, at, c + 1);
      }
    }
    return found;
  }

  /** The triggers, in order, that can match within `[from, to)` of a text whose keys' places are `hits`, and those without keys. */
  within(hits: readonly number[], from: number, to: number): Trigger[] {
    const on = new Uint8Array(this.triggers.length);
    for (const t of this.keyless) on[t] = 1;
    // The first hit at or after `from`, by halves (the hits are in order of start), so a text of many
    // clauses costs its hits once, not once a clause.
    let low = 0;
    let high = hits.length / 3;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (hits[mid * 3 + 1] < from) low = mid + 1;
      else high = mid;
    }
    for (let h = low * 3; h < hits.length && hits[h + 1] < to; h += 3) if (hits[h + 2] <= to) on[hits[h]] = 1;
    return this.triggers.filter((_, i) => on[i] === 1);
  }

  /** The triggers, in order, that can match in a text (folded with `foldCase`). */
  in(folded: string): Trigger[] {
    return this.within(this.hits(folded), 0, folded.length);
  }
}
