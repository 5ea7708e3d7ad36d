import type { Story } from './schema.ts';

/**
 * A story in the project's JSON format, in one file: the relation data with the article's text in
 * `articleText`, so `loadStory` reads it back with nothing beside it.
 */
export function storyToJson(story: Story): string {
  const { articleText, title, article, published, publishedNote, actors, people, relations } = story;
  const data = { title, article, published, ...(publishedNote ? { publishedNote } : {}), articleText, actors, people, relations };
  return `${JSON.stringify(data, null, 2)}\n`;
}
