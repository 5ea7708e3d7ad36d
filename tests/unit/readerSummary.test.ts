import { describe, expect, test } from 'vitest';
import { isDrafterNote, readerSummaries, readerSummary, summaryForReaders } from '../../src/data/readerSummary.ts';
import { CERTAINTIES, relationTypeNames } from '../../src/data/index.ts';
import { draftStory } from '../../src/draft/draftStory.ts';
import { articleText, builtInStory } from './fixtures.ts';

const names: Record<string, string> = { AUS: 'Australia', IDN: 'Indonesia', USA: 'United States', RUS: 'Russia', KOR: 'South Korea', UKR: 'Ukraine', EU: 'European Union', NATO: 'NATO' };
const nameOf = (id: string) => names[id] ?? id;

describe('a relation told as a plain sentence', () => {
  test('the issue\'s example, and the other sides and certainties', () => {
    expect(readerSummary({ type: 'visit', from: 'AUS', to: 'IDN', directed: false, certainty: 'stated' }, nameOf)).toBe('Australia and Indonesia met.');
    expect(readerSummary({ type: 'visit', from: 'AUS', to: 'IDN', directed: true, certainty: 'stated' }, nameOf)).toBe('Australia visited Indonesia.');
    expect(readerSummary({ type: 'arms_support', from: 'KOR', to: 'UKR', directed: true, certainty: 'threatened' }, nameOf)).toBe('South Korea threatened to supply arms to Ukraine.');
    expect(readerSummary({ type: 'sanction', from: 'USA', to: 'RUS', directed: true, certainty: 'stated' }, nameOf)).toBe('The United States imposed sanctions on Russia.');
    expect(readerSummary({ type: 'cooperation', from: 'EU', to: 'NATO', directed: false, certainty: 'planned' }, nameOf)).toBe('The European Union and NATO plan to cooperate.');
  });
  test('every type and certainty makes one sentence: a capital first, a full stop last, no underscore', () => {
    for (const type of relationTypeNames) for (const certainty of CERTAINTIES) for (const directed of [true, false]) {
      const s = readerSummary({ type, from: 'AUS', to: 'IDN', directed, certainty }, nameOf);
      expect(s).toMatch(/^[A-Z][^_:“”]*\.$/);
      expect(s).toContain('Australia');
      expect(s).toContain('Indonesia');
    }
  });
  test('a summary a person wrote is shown as written; the drafter\'s note never is', () => {
    const note = 'Australia visits Indonesia: drafted from “met in”.';
    expect(isDrafterNote(note)).toBe(true);
    expect(summaryForReaders({ type: 'visit', from: 'AUS', to: 'IDN', directed: true, certainty: 'stated', summary: note }, nameOf)).toBe('Australia visited Indonesia.');
    expect(summaryForReaders({ type: 'visit', from: 'AUS', to: 'IDN', directed: true, certainty: 'stated', summary: 'Albanese flew to Jakarta.' }, nameOf)).toBe('Albanese flew to Jakarta.');
  });
});

describe('drafted summaries reach readers as sentences', () => {
  test('drafting the built-in article: no rule name, no trigger words, no "drafted" in any summary', () => {
    const drafted = draftStory({ text: articleText, published: '2024-06-21' });
    expect(drafted.relations.length).toBeGreaterThan(0);
    const names = new Map(builtInStory().actors.map((a) => [a.id, a.name]));
    const story = readerSummaries(drafted, (id) => names.get(id) ?? id);
    for (const r of story.relations) {
      expect(r.summary).not.toMatch(/drafted|“|”/);
      for (const e of r.evidence) {
        expect(r.summary).not.toContain(e.draft!.rule);
        const trigger = articleText.slice(e.draft!.trigger.start, e.draft!.trigger.end);
        // A trigger may be a common verb the sentence also uses ("visited"); a phrase of several words is the drafter's own.
        if (trigger.includes(' ')) expect(r.summary.toLowerCase()).not.toContain(trigger.toLowerCase());
      }
      expect(r.summary).toBe(readerSummary(r, (id) => names.get(id) ?? id));
    }
  });
});
