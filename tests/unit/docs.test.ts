import { expect, test } from 'vitest';
import { loadStory } from '../../src/data/index.ts';
import { read } from './fixtures.ts';

test('the offsets data/README.md shows are the example\'s own', () => {
  const readme = read('data/README.md');
  const result = loadStory(read('data/examples/aukus-2021/article.txt'), read('data/examples/aukus-2021/relations.json'));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  for (const m of readme.matchAll(/"quote": "([^"]*(?:“[^”]*”[^"]*)?)", "start": (\d+), "end": (\d+)/g)) {
    expect(result.story.articleText.slice(Number(m[2]), Number(m[3]))).toBe(m[1]);
  }
  expect([...readme.matchAll(/"start": (\d+)/g)].length).toBeGreaterThan(1);
});

test('the offsets the README shows are the article\'s own', () => {
  const readme = read('README.md');
  const article = read('data/article.txt');
  const m = /"quote": "([^"]+)",\s*"start": (\d+), "end": (\d+)/.exec(readme)!;
  expect(article.slice(Number(m[2]), Number(m[3]))).toBe(m[1]);
});

test('data/README.md lists every relation type with the CAMEO codes and PLOVER types the code gives it', async () => {
  const { RELATION_TYPES, relationTypeNames } = await import('../../src/data/relationTypes.ts');
  const readme = read('data/README.md');
  for (const type of relationTypeNames) {
    const info = RELATION_TYPES[type];
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${type}\` |`));
    expect(row, type).toBeDefined();
    expect(row).toContain(`| ${info.cameoCovers.join(', ')} | ${info.ploverCovers.join(', ')} |`);
    expect(row).toContain(`| ${info.cameo} (`);
  }
});
