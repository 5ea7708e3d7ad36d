import { describe, expect, test } from 'vitest';
import { exportSvg, graphicWords, mercator, type View } from '../../src/core/index.ts';
import { formatError, loadStory, storyToJson } from '../../src/data/index.ts';
import { draftedWords, sourceOfWords } from '../../src/review/draftedWords.ts';
import { labelBox, overlaps } from '../../src/core/placeLabels.ts';
import { articleText, basemap110m, builtInStory, relationsData } from './fixtures.ts';

const basemap = basemap110m();
function view(): View {
  const [x, y] = mercator(45, 90, 2);
  return { zoom: 2, origin: [Math.round(x) - 480, Math.round(y) - 300], width: 960, height: 600 };
}
const words = { title: 'Seoul weighs arming Kyiv', subtitle: 'Relations the article reports, June 2024', byline: 'Graphic by A. Editor', sourceName: 'Example Times', sourceUrl: 'https://example.com/seoul-kyiv', notes: 'Faint lines are threats.' };

describe('the words around the map in the story', () => {
  test('an old story loads without them and gets defaults: its title, and its article as the source', () => {
    const story = builtInStory();
    expect(story.graphic).toBeUndefined();
    const w = graphicWords(story);
    expect(w.title).toBe(story.title);
    expect(w.credit).toBe('Source: “Will livid South Korean leaders ship arms to Kyiv?”, 21 June 2024. Basemap: Natural Earth.');
  });

  test('written ones load, save and load again unchanged', () => {
    const data = { ...relationsData(), graphic: words };
    const first = loadStory(articleText, JSON.stringify(data));
    if (!first.ok) throw new Error(first.errors.map(formatError).join('\n'));
    expect(first.story.graphic).toEqual(words);
    const again = loadStory(undefined, storyToJson(first.story));
    expect(again.ok && again.story.graphic).toEqual(words);
  });

  test('a bad field gets an error that says where, what is wrong and how to write it', () => {
    const data = { ...relationsData(), graphic: { ...words, sourceUrl: 'example.com/x', tagline: 'x' } };
    const result = loadStory(articleText, JSON.stringify(data));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.map(formatError);
    expect(errors.some((e) => e.includes('graphic.sourceUrl') && e.includes('https://'))).toBe(true);
    expect(errors.some((e) => e.includes('graphic') && e.includes('tagline'))).toBe(true);
  });

  test('a story of one source takes its outlet and address by default', () => {
    const w = graphicWords({ title: 'T', sources: [{ id: 'a', title: 'Finland joins NATO', publisher: 'Reuters', url: 'https://www.reuters.com/world/', articleText: '' }] });
    expect(w.sourceName).toBe('Reuters');
    expect(w.credit).toBe('Source: Reuters (www.reuters.com/world/). Basemap: Natural Earth.');
  });
});

describe('the export prints the words, and the date only in its metadata', () => {
  const story = { ...builtInStory(), graphic: words };
  const svg = exportSvg(story, basemap, view(), { date: '2026-12-05' });
  test('headline, subtitle, notes, credit and byline are in the picture', () => {
    for (const text of [words.title, words.subtitle, words.notes, 'Source: Example Times (example.com/seoul-kyiv). Basemap: Natural Earth.', words.byline]) expect(svg).toContain(text);
    expect(svg).toMatch(/<title>Seoul weighs arming Kyiv<\/title>/);
  });
  test('the export date is metadata, not a line of the picture, and no internal note reads as a credit', () => {
    expect(svg).toContain('<dc:date>2026-12-05</dc:date>');
    const picture = svg.replace(/<metadata>.*<\/metadata>/s, '');
    expect(picture).not.toContain('2026-12-05');
    expect(svg).not.toMatch(/Exported|\(article, /);
  });
  test('the map sits under the header, whose height follows the words', () => {
    const top = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]);
    const plain = exportSvg(builtInStory(), basemap, view(), { date: '2026-12-05' });
    const plainTop = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(plain)![1]);
    expect(top).toBeGreaterThan(plainTop);
  });
});

describe('a drafted single article keeps the outlet and address given in the review form', () => {
  const drafted = { title: 'T', article: 'article-1.txt', articleText: 'x', actors: [], people: [], relations: [] };
  test('they become the story\'s source, and come back as the input of a redraft', () => {
    const story = draftedWords(drafted, [{ text: 'x', publisher: 'The Korea Herald', url: 'https://www.koreaherald.com/a' }]);
    expect(story.graphic).toEqual({ sourceName: 'The Korea Herald', sourceUrl: 'https://www.koreaherald.com/a' });
    expect(sourceOfWords(story)).toEqual({ publisher: 'The Korea Herald', url: 'https://www.koreaherald.com/a' });
  });
  test('the editor\'s own words survive a redraft; a copied source gives way once there are several sources', () => {
    const previous = { ...drafted, graphic: { title: 'Mine', sourceName: 'The Korea Herald' } };
    const several = { ...drafted, sources: [{ id: 'a', title: 'A', publisher: 'The Korea Herald', articleText: 'x' }, { id: 'b', title: 'B', publisher: 'Yonhap', articleText: 'y' }] };
    const story = draftedWords(several, [{ text: 'x', publisher: 'The Korea Herald' }, { text: 'y', publisher: 'Yonhap' }], previous);
    expect(story.graphic).toEqual({ title: 'Mine' });
  });
});

describe('callouts', () => {
  const callouts = [{ text: 'Defence pact signed in Pyongyang, 19 June', relation: 'rus-prk-defence-pact' }, { text: 'Seoul weighs sending weapons', actor: 'KOR' }];
  test('kept in the story; a callout pinned to nothing, to both or to an unknown target gets a located error', () => {
    const ok = loadStory(articleText, JSON.stringify({ ...relationsData(), graphic: { callouts } }));
    expect(ok.ok && ok.story.graphic?.callouts).toEqual(callouts);
    const bad = loadStory(articleText, JSON.stringify({ ...relationsData(), graphic: { callouts: [{ text: 'x' }, { text: 'y', actor: 'KOR', relation: 'rus-prk-defence-pact' }, { text: 'z', actor: 'FRA' }, { text: 'w', relation: 'nope' }] } }));
    const errors = bad.ok ? [] : bad.errors.map(formatError);
    expect(errors).toEqual([
      expect.stringMatching(/graphic\.callouts\[0\]: a callout pinned to nothing; expected either "actor"/),
      expect.stringMatching(/graphic\.callouts\[1\]: a callout pinned to both an actor and a relation/),
      expect.stringMatching(/graphic\.callouts\[2\]\.actor: unknown actor "FRA"; expected one of the story's actors: RUS/),
      expect.stringMatching(/graphic\.callouts\[3\]\.relation: unknown relation "nope"/),
    ]);
  });
  test('drawn in the export with a leader line, clear of the labels, the legend, the markers and each other', () => {
    const story = { ...builtInStory(), graphic: { callouts } };
    const svg = exportSvg(story, basemap, view(), { date: '2024-06-21', footnotes: true });
    const boxes = [...svg.matchAll(/<g class="callout" data-callout="\d"><path d="[^"]+"[^>]*\/><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)]
      .map(([, x, y, w, h]) => ({ x0: +x, y0: +y, x1: +x + +w, y1: +y + +h }));
    expect(boxes).toHaveLength(2);
    expect(svg).toContain('Defence pact signed in');
    const top = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)![1]);
    const legend = /<g class="legend" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*><rect width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    const others = [
      { x0: +legend[1], y0: +legend[2] - top, x1: +legend[1] + +legend[3], y1: +legend[2] - top + +legend[4] },
      ...[...svg.matchAll(/<text class="label" data-label="[^"]+" x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)">([^<]+)</g)].map(([, x, y, anchor, text]) => labelBox({ text, x: +x, y: +y, anchor: anchor as 'start' })),
      ...[...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="7"/g)].map(([, x, y]) => ({ x0: +x - 7, y0: +y - 7, x1: +x + 7, y1: +y + 7 })),
    ];
    for (const b of boxes) for (const o of others) expect(overlaps(b, o)).toBe(false);
    expect(overlaps(boxes[0], boxes[1])).toBe(false);
  });
});

describe('labels renamed or hidden by the editor', () => {
  test('a renamed label prints its new name, a hidden one prints none, in the export', () => {
    const story = { ...builtInStory(), graphic: { labels: { PRK: 'Pyongyang' }, hideLabels: ['VNM'] } };
    const svg = exportSvg(story, basemap, view(), { date: '2024-06-21' });
    expect(svg).toMatch(/data-label="PRK"[^>]*>Pyongyang</);
    expect(svg).not.toContain('data-label="VNM"');
    expect(svg).toContain('data-anchor="VNM"');
  });
  test('a label of an actor the story lacks gets a located error', () => {
    const bad = loadStory(articleText, JSON.stringify({ ...relationsData(), graphic: { labels: { FRA: 'France' }, hideLabels: ['DEU'] } }));
    const errors = bad.ok ? [] : bad.errors.map(formatError);
    expect(errors).toEqual([expect.stringMatching(/graphic\.labels\.FRA: unknown actor "FRA"/), expect.stringMatching(/graphic\.hideLabels\[0\]: unknown actor "DEU"/)]);
  });
});
