import { describe, expect, test } from 'vitest';
import { parseJson } from '../../src/data/parseJson.ts';
import { relationsText } from './fixtures.ts';

const twice = (text: string) => {
  const result = parseJson(text, 'x.json');
  return 'errors' in result ? result.errors.map((e) => `${e.path} ${e.line}:${e.column}`) : [];
};

describe('parseJson finds a field given twice, wherever it is, and nothing else', () => {
  test('valid stories and tricky strings parse with no error', () => {
    expect(twice(relationsText)).toEqual([]);
    // Quotes, colons and backslashes inside strings are not names; names with spaces before the colon are.
    expect(twice('{"a": "b\\": c", "c\\\\": 1, "d" : {"e":"\\"f\\":"}, "g": ["h:", {"i": "j\\\\"}]}')).toEqual([]);
    expect(twice('[]')).toEqual([]);
    expect(twice('"just a string: with a colon"')).toEqual([]);
  });

  test('a name given twice at the top, in a nested object, in an array item, or after escapes is located', () => {
    expect(twice('{"a": 1, "a": 2}')).toEqual(['a 1:10']);
    expect(twice('{"x": {"y": {"a": 1,\n "a": 2}}}')).toEqual(['x.y.a 2:2']);
    expect(twice('{"list": [{"a": 1}, {"a": 1, "b": "\\"", "b": 3}]}')).toEqual(['list[1].b 1:41']);
    expect(twice('{"__proto__": 1, "__proto__": 2}')).toEqual(['__proto__ 1:18']);
  });
});
