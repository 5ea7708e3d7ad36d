import type { DraftInput } from '../draft/draftStory.ts';
import type { GraphicText, StoryData } from '../data/schema.ts';

/**
 * The words around the map for a drafted story: those the editor wrote before a redraft are kept,
 * and a single article's outlet and address (from the review form) become the story's source, as
 * a story of several articles keeps them in its `sources`. Once the story has several sources, a
 * source copied from the first article gives way to the sources' own.
 *
 * @example draftedWords(draftStory(input), [input]).graphic // { sourceName: 'Reuters', sourceUrl: 'https://…' }
 */
export function draftedWords(drafted: StoryData, inputs: readonly DraftInput[], previous?: StoryData): StoryData {
  const graphic: GraphicText = { ...(previous?.graphic ?? drafted.graphic) };
  const first = inputs[0];
  if (!drafted.sources && inputs.length === 1) {
    if (first.publisher && graphic.sourceName === undefined) graphic.sourceName = first.publisher;
    if (first.url && graphic.sourceUrl === undefined) graphic.sourceUrl = first.url;
  } else if (drafted.sources && first) {
    if (graphic.sourceName !== undefined && graphic.sourceName === first.publisher) delete graphic.sourceName;
    if (graphic.sourceUrl !== undefined && graphic.sourceUrl === first.url) delete graphic.sourceUrl;
  }
  const { graphic: _dropped, ...rest } = drafted;
  return Object.keys(graphic).length ? { ...rest, graphic } : rest;
}

/** A one-article story's outlet and address, kept in its words, for drafting it again with another article. */
export function sourceOfWords(story: StoryData): Pick<DraftInput, 'publisher' | 'url'> {
  return {
    ...(story.graphic?.sourceName ? { publisher: story.graphic.sourceName } : {}),
    ...(story.graphic?.sourceUrl ? { url: story.graphic.sourceUrl } : {}),
  };
}

