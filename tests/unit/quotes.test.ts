import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { articleText, builtInStory } from './fixtures.ts';

const story = builtInStory();

test('data/article.txt is the seed article byte for byte', () => {
  const bytes = readFileSync(new URL('../../data/article.txt', import.meta.url));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe('54a09e7287cd0e4ff05bbd5791a30e720e84a51169b3a4c95ee8ab4d56b16e06');
  const seed = new URL('../../../shared/seed/article.txt', import.meta.url);
  if (existsSync(seed)) expect(bytes.equals(readFileSync(seed))).toBe(true);
});

test.each(story.relations.flatMap((r) => r.evidence.map((e, i) => [`${r.id} evidence[${i}]`, e] as const)))('%s is the article at its offsets', (_, evidence) => {
  expect(articleText.slice(evidence.start, evidence.end)).toBe(evidence.quote);
});

test('every relation has evidence and every speaker is a known person', () => {
  const people = new Set(story.people.map((p) => p.id));
  for (const relation of story.relations) {
    expect(relation.evidence.length).toBeGreaterThan(0);
    for (const e of relation.evidence) if (e.speaker) expect(people.has(e.speaker)).toBe(true);
  }
});

test('the quoted people belong to their countries; the analyst to none', () => {
  const actorOf = Object.fromEntries(story.people.map((p) => [p.id, p.actor]));
  expect(actorOf['chang-ho-jin']).toBe('KOR');
  expect(actorOf['yoon-office']).toBe('KOR');
  expect(actorOf['nguyen-khac-giang']).toBeNull();
});

test('the article covers the six countries and the issue\'s relation kinds', () => {
  expect(story.actors.map((a) => a.id).sort()).toEqual(['KOR', 'PRK', 'RUS', 'UKR', 'USA', 'VNM']);
  expect(new Set(story.relations.map((r) => r.type))).toEqual(new Set(['alliance', 'tension', 'visit', 'arms_support', 'trade', 'war', 'diplomatic_pressure']));
});
