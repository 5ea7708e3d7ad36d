// The drafter's quick test before a trigger's pattern: the keys read off a pattern, where they are
// found in a text, the stored file kept in step with the trigger table, and matchAll's twin.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { requiredLiterals } from '../../src/draft/lexicon/literals.ts';
import { foldCase, KeyIndex, patternHash, triggerKeys } from '../../src/draft/lexicon/triggerKeys.ts';
import { TRIGGERS, type Trigger } from '../../src/draft/lexicon/triggers.ts';
import { execAll } from '../../src/draft/execAll.ts';
import { KEYS_FILE, keysFile } from '../../scripts/triggerKeys.ts';

const sorted = (keys: string[] | null) => keys && [...keys].sort();

describe('the words a pattern cannot match without', () => {
  test('a word and its forms need the shortest form', () => {
    expect(requiredLiterals(/visits?|visited|visiting/giu)).toEqual(['visit']);
  });
  test('every branch of an alternation adds its own words', () => {
    expect(sorted(requiredLiterals(/(?:signed|inked) (?:\S+ )?(?:deal|pact)/giu))).toEqual(['inked', 'signed']);
    expect(sorted(requiredLiterals(/expelled|summoned/giu))).toEqual(['expell', 'summon']);
  });
  test('a branch that needs nothing makes the whole pattern need nothing', () => {
    expect(requiredLiterals(/sanctions|\p{Lu}+/gu)).toBeNull();
    expect(requiredLiterals(/(?:talks)?/gu)).toBeNull();
    expect(requiredLiterals(/.+/gu)).toBeNull();
  });
  test('what is optional or repeated from none is not required; what repeats from one is', () => {
    expect(requiredLiterals(/(?:state )?visit/giu)).toEqual(['visit']);
    expect(requiredLiterals(/(?:very )*angry/giu)).toEqual(['angry']);
    expect(requiredLiterals(/(?:talks )+held/giu)).not.toBeNull();
  });
  test('letters are lowercased, and keys cut to six characters', () => {
    expect(requiredLiterals(/NATO/gu)).toEqual(['nato']);
    expect(requiredLiterals(/memorandum/giu)).toEqual(['memora']);
  });
  test('a positive lookaround is required of the text searched; a negative one is not', () => {
    expect(requiredLiterals(/(?<=severed ties with \S+ )to/giu)).toEqual(['severe']);
    expect(requiredLiterals(/to(?= Moscow)/giu)).toEqual([' mosco']);
    expect(requiredLiterals(/(?<!not )signed/giu)).toEqual(['signed']);
  });
  test('character classes of single characters are alternatives; ranges and class escapes are unknown', () => {
    expect(sorted(requiredLiterals(/[’']s visit/gu))).toEqual(["'s vis", '’s vis']);
    expect(requiredLiterals(/[a-z]+ed/gu)).toEqual(['ed']);
    expect(requiredLiterals(/\d+ troops/gu)).toEqual([' troop']);
  });
  test('escapes are read as the characters they stand for', () => {
    expect(requiredLiterals(/U\.S\. envoy/gu)).toEqual(['u.s. e']);
    expect(requiredLiterals(/\u00e9change/gu)).toEqual(['échang']);
  });
  test('a pattern it cannot read needs nothing, so it is always searched', () => {
    expect(requiredLiterals(/(?<name>talks)\k<name>/gu)).toEqual(['talks']);
    expect(requiredLiterals(/(a)\1/gu)).toEqual(['a']);
  });
  test('with a count of how often words occur, the rarer requirement is chosen', () => {
    const rareVerb = (key: string) => (key.startsWith('pact') ? 0.001 : 0.5);
    expect(requiredLiterals(/signed the pact/giu, rareVerb)).toEqual(['signed']);
    expect(requiredLiterals(/signed (?:\S+ )?pact/giu, rareVerb)).toEqual(['pact']);
  });
});

describe('where the keys are', () => {
  const trigger = (rule: string, pattern: RegExp): Trigger => ({ rule, type: 'visit', frame: 'visit', cameo: '042', plover: 'CONSULT', confidence: 0.8, pattern });
  const visit = trigger('visit.test', /visit(?:ed|s)?/giu);
  const expel = trigger('tension.test', /expell?ed/giu);
  const index = new KeyIndex([visit, expel], [['visit'], ['expel']]);

  test('a text holding a trigger\'s key may match it; one holding none cannot', () => {
    expect(index.in(foldCase('The minister VISITED Hanoi.'))).toEqual([visit]);
    expect(index.in(foldCase('Hanoi expelled two diplomats.'))).toEqual([expel]);
    expect(index.in(foldCase('Nothing of note happened today.'))).toEqual([]);
  });
  test('a key must lie wholly within the stretch asked about', () => {
    const folded = foldCase('She visited Hanoi, and Hanoi expelled two diplomats.');
    const hits = index.hits(folded);
    expect(index.within(hits, 0, 17)).toEqual([visit]);
    expect(index.within(hits, 18, folded.length)).toEqual([expel]);
    expect(index.within(hits, 0, 6)).toEqual([]);
  });
  test('a trigger without keys is searched everywhere, in its place in the table', () => {
    const any = trigger('any.test', /\p{Lu}+/gu);
    const withAny = new KeyIndex([visit, any, expel], [['visit'], null, ['expel']]);
    expect(withAny.in(foldCase('They expelled them.'))).toEqual([any, expel]);
  });
  test('a pattern changed since its keys were stored has none, so a stale file costs time, never a relation', () => {
    const changed = trigger('visit.changed', /visit(?:ed|s|ing)?/giu);
    expect(triggerKeys([changed])).toEqual([null]);
    expect(new KeyIndex([changed]).in(foldCase('nothing here'))).toEqual([changed]);
  });
  test('the long s, which a case-insensitive pattern reads as "s", is folded to it', () => {
    expect(foldCase('Vıſit')).toBe('vısit');
    expect(/visit/iu.test('viſit')).toBe(true);
    expect(index.in(foldCase('They viſited Hanoi.'))).toEqual([visit]);
  });
  test('the hash names a pattern by its flags and source', () => {
    expect(patternHash(/visit/giu)).toBe(patternHash(/visit/giu));
    expect(patternHash(/visit/giu)).not.toBe(patternHash(/visit/gu));
    expect(patternHash(/visit/giu)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('the stored keys', () => {
  // Which of a pattern's key sets is stored depends on the sample the generator counts in (the
  // sentence table among it), so a new row may make it choose another; any set read off the same
  // pattern is sound. What must hold is that each pattern of the table has its own.
  // Each entry is "hash:key|key|…".
  const byHash = (file: { keys: string[] }) => new Map(file.keys.map((entry) => [entry.slice(0, entry.indexOf(':')), entry.slice(entry.indexOf(':') + 1)] as const));
  const stored = byHash(JSON.parse(readFileSync(KEYS_FILE, 'utf8')) as { keys: string[] });
  test('are stored for every pattern of the trigger table as it is (run `npm run lexicon:keys` after editing it)', () => {
    const missing = TRIGGERS.filter((t) => !stored.has(patternHash(t.pattern))).map((t) => t.rule);
    expect(missing).toEqual([]);
    expect(triggerKeys(TRIGGERS).filter((k) => k === null)).toHaveLength(0);
  });
  test('are stored for no pattern the table no longer has', () => {
    const current = new Set(TRIGGERS.map((t) => patternHash(t.pattern)));
    expect([...stored.keys()].filter((hash) => !current.has(hash))).toEqual([]);
  });
  test('are what the generator writes for each pattern, given the same sample', () => {
    const fresh = byHash(JSON.parse(keysFile()) as { keys: string[] });
    expect([...fresh.keys()].sort()).toEqual([...stored.keys()].sort());
    for (const trigger of TRIGGERS) expect(fresh.get(patternHash(trigger.pattern))).toBeTruthy();
  });
});

describe('execAll', () => {
  const same = (pattern: RegExp, text: string) => {
    const ours = execAll(pattern, text).map((m) => [m.index, ...m]);
    const theirs = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
    expect(ours).toEqual(theirs);
  };
  test('finds what matchAll finds', () => {
    same(/(\p{Lu}\p{Ll}+) (visited|expelled)/gu, 'Vietnam visited Laos; Peru expelled envoys; Chile visited Peru.');
    same(/\b/gu, 'two words');
    same(/(?:)/gu, 'a😀b');
    same(/(?:)/g, 'a😀b');
    same(/x*/giu, 'axxbx');
  });
  test('starts where the pattern\'s lastIndex is, as matchAll does, and leaves it there', () => {
    const pattern = /a/g;
    pattern.lastIndex = 2;
    same(pattern, 'aaaa');
    expect(execAll(pattern, 'aaaa')).toHaveLength(2);
    expect(pattern.lastIndex).toBe(2);
  });
  test('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => execAll(/a/u, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/u)).toThrow(TypeError);
  });
});
