import { expect, test } from 'vitest';
import { bundledCountries, loadStory, readCsvStory } from '../../src/data/index.ts';
import { storyScene, storyView } from '../../src/core/index.ts';
import { articleText, read, relationsText } from './fixtures.ts';
import { paths, random } from './fuzzTools.ts';


const strange: unknown[] = [null, true, 0, -1, 1.5, 1e300, Number.MAX_SAFE_INTEGER, '', ' ', 'x'.repeat(200_000), '\u0000', '<script>', [], {}, [1, 2], { a: 1 }, 'RUS', '2024-02-30', NaN];


function mutate(data: any, rand: () => number): any {
  const copy = structuredClone(data);
  const all = paths(copy).filter((p) => p.length > 0);
  const steps = 1 + Math.floor(rand() * 3);
  for (let s = 0; s < steps; s++) {
    const path = all[Math.floor(rand() * all.length)];
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (parent === null || typeof parent !== 'object') continue;
    const key = path.at(-1)!;
    const choice = rand();
    if (choice < 0.25) delete parent[key];
    else if (choice < 0.7) parent[key] = strange[Math.floor(rand() * strange.length)];
    else if (choice < 0.85 && typeof parent[key] === 'number') parent[key] += Math.floor(rand() * 21) - 10;
    else if (typeof parent[key] === 'string') parent[key] = parent[key].slice(0, Math.floor(rand() * parent[key].length));
    else parent[`extra${s}`] = 1;
  }
  return copy;
}

/** Text as files arrive: a byte-order mark, Windows line endings, a control character somewhere. */
function damage(text: string, rand: () => number): string {
  const choice = rand();
  if (choice < 0.25) return `\uFEFF${text}`;
  if (choice < 0.5) return text.replace(/\n/g, '\r\n');
  const at = Math.floor(rand() * text.length);
  return text.slice(0, at) + String.fromCharCode(Math.floor(rand() * 32)) + text.slice(at);
}

test('a thousand mutated stories each give errors or a story that draws, never an exception', () => {
  const rand = random(20240619);
  const base = JSON.parse(relationsText);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < 1000; i++) {
    const kind = i % 6;
    let input: unknown;
    let article = articleText;
    if (kind === 0) input = relationsText.slice(0, Math.floor(rand() * relationsText.length));
    else if (kind === 1) input = JSON.stringify(mutate(base, rand));
    else if (kind === 2) input = mutate(base, rand);
    else if (kind === 3) input = relationsText.replace(/\d+/, () => String(Math.floor(rand() * 1e6)));
    else if (kind === 4) input = damage(relationsText, rand);
    else {
      input = relationsText;
      article = damage(articleText, rand);
    }
    const result = loadStory(kind === 3 && rand() < 0.3 ? articleText.slice(0, 500) : article, input);
    if (result.ok) {
      valid++;
      for (const r of result.story.relations) for (const e of r.evidence) expect(result.story.articleText.slice(e.start, e.end)).toBe(e.quote);
      expect(storyScene(result.story, storyView(result.story, 800, 600)).edges.length).toBe(result.story.relations.length);
    } else {
      invalid++;
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(typeof e.message).toBe('string');
    }
  }
  expect(invalid).toBeGreaterThan(700);
  expect(valid + invalid).toBe(1000);
});

test('no relations, and 200,000 relations: both load, frame and draw', () => {
  const empty = loadStory(articleText, { ...JSON.parse(relationsText), relations: [] });
  expect(empty.ok && storyView(empty.story, 800, 600).zoom).toBeGreaterThan(0);
  const one = JSON.parse(relationsText).relations[12];
  const many = { ...JSON.parse(relationsText), relations: Array.from({ length: 200_000 }, (_, i) => ({ ...one, id: `r${i}` })) };
  const result = loadStory(articleText, many);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const view = storyView(result.story, 1280, 800);
  expect(storyScene(result.story, view).edges.length).toBe(200_000);
}, 60_000);

test('five hundred mutated spreadsheets give errors or a valid story, never an exception', () => {
  const rand = random(7);
  const csv = read('data/examples/aukus-2021/relations.csv');
  const article = read('data/examples/aukus-2021/article.txt');
  for (let i = 0; i < 500; i++) {
    const chars = [...csv];
    const edits = 1 + Math.floor(rand() * 4);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rand() * chars.length);
      const op = rand();
      if (op < 0.4) chars.splice(at, 1 + Math.floor(rand() * 10));
      else if (op < 0.7) chars.splice(at, 0, [',', '"', '\n', 'x', ';', '\r'][Math.floor(rand() * 6)]);
      else chars.length = at;
    }
    const text = i % 5 === 4 ? damage(chars.join(''), rand) : chars.join('');
    const result = readCsvStory(i % 7 === 6 ? text.replace(/,/g, ';') : text, article, bundledCountries);
    expect(result.ok || result.errors.length > 0).toBe(true);
  }
});
