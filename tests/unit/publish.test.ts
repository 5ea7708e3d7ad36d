import { describe, expect, test } from 'vitest';
import { embedCode, embedUrl } from '../../src/publish/embed.ts';
import { parseEmbedOptions } from '../../src/publish/embedOptions.ts';
import { quoteInSentence } from '../../src/publish/quoteInSentence.ts';
import { hostingPlan } from '../../src/publish/hostingPlan.ts';

describe('embed options', () => {
  test('carried in the link and read back', () => {
    const src = embedUrl('https://news.example/maps/index.html#4/37/127', 'stories/aukus.json', 'drm-map', { height: 480, theme: 'dark', controls: new Set(['list', 'filters']) });
    expect(src).toBe('https://news.example/maps/index.html?story=stories/aukus.json&embed&childId=drm-map&height=480&theme=dark&controls=filters,list');
    const options = parseEmbedOptions(new URL(src).searchParams);
    expect(options).toEqual({ height: 480, theme: 'dark', controls: new Set(['filters', 'list']) });
  });

  test('the site\'s own story has no story path; older links follow the system theme with no controls', () => {
    expect(embedUrl('https://news.example/maps/', undefined, 'drm-map', { theme: 'light', controls: new Set() })).toBe('https://news.example/maps/?embed&childId=drm-map&theme=light');
    expect(parseEmbedOptions(new URLSearchParams('embed&height=9&theme=pink&controls=all'))).toEqual({ height: undefined, theme: 'auto', controls: new Set() });
  });

  test('the timeline is carried for a story with dates, on or off; a link without it shows the timeline', () => {
    const off = embedUrl('https://news.example/maps/', undefined, 'drm-map', { theme: 'light', controls: new Set(), timeline: false });
    expect(off).toBe('https://news.example/maps/?embed&childId=drm-map&theme=light&timeline=off');
    expect(parseEmbedOptions(new URL(off).searchParams).timeline).toBe(false);
    const on = embedUrl('https://news.example/maps/', undefined, 'drm-map', { theme: 'light', controls: new Set(['list']), timeline: true });
    expect(on).toBe('https://news.example/maps/?embed&childId=drm-map&theme=light&controls=list&timeline=on');
    expect(parseEmbedOptions(new URL(on).searchParams).timeline).toBe(true);
    expect(parseEmbedOptions(new URLSearchParams('embed&theme=dark')).timeline).toBeUndefined();
  });

  test('the code quotes the link and the title, and starts near its final height', () => {
    const code = embedCode('https://x.example/?embed&childId=a"b', 'a"b', 'Seoul & <Kyiv>', { height: 480 });
    expect(code).toContain('src="https://x.example/?embed&amp;childId=a&quot;b" id="a&quot;b" title="Seoul &amp; &lt;Kyiv>"');
    expect(code).toContain('height:700px');
  });
});

describe('a quote in its sentence', () => {
  test('the sentence around it, from the original text', () => {
    expect(quoteInSentence('He left. Putin arrived in Pyongyang on Wednesday. Talks began.', 9, 35)).toEqual({ before: '', quote: 'Putin arrived in Pyongyang', after: ' on Wednesday.' });
    const text = 'Earlier. The U.S. said that “the deal is off,” officials added. Later.';
    const start = text.indexOf('the deal');
    expect(quoteInSentence(text, start, start + 15)).toEqual({ before: 'The U.S. said that “', quote: 'the deal is off', after: ',” officials added.' });
  });

  test('a paragraph break ends a sentence; a very long one is cut at a word', () => {
    expect(quoteInSentence('Title\nKim met Putin', 6, 9)).toEqual({ before: '', quote: 'Kim', after: ' met Putin' });
    expect(quoteInSentence('A caption, 19 June 2024\nMr Yoon said.', 2, 23)).toEqual({ before: 'A ', quote: 'caption, 19 June 2024', after: '' });
    const long = `${'word '.repeat(100)}QUOTE ${'more '.repeat(100)}`;
    const at = long.indexOf('QUOTE');
    const { before, after } = quoteInSentence(long, at, at + 5);
    expect(before.startsWith('…word')).toBe(true);
    expect(after.endsWith('more…')).toBe(true);
  });
});

describe('hosting a story that is in this browser only', () => {
  test('names the file, its place beside the site\'s page, and where it is served from', () => {
    expect(hostingPlan('AUKUS: a submarine pact, and a rupture', 'https://news.example/maps/index.html?x#y')).toEqual({
      fileName: 'aukus-a-submarine-pact-and-a-rupture.json',
      sitePath: 'stories/aukus-a-submarine-pact-and-a-rupture.json',
      fileUrl: 'https://news.example/maps/stories/aukus-a-submarine-pact-and-a-rupture.json',
      projectPath: 'data/stories/aukus-a-submarine-pact-and-a-rupture.json',
    });
    expect(hostingPlan('Путин', 'https://x.example/').fileName).toBe('story.json');
  });
});
