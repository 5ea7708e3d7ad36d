import type { Story } from './schema.ts';

/**
 * A story in the project's JSON format, in one file: the relation data with each article's text
 * inside (`articleText`, or each source's `articleText`), so `loadStory` reads it back with nothing
 * beside it, and a story saved twice gives the same bytes.
 */
export function storyToJson(story: Story): string {
  const { format, articleText, title, article, published, publishedNote, sources, people, relations, graphic } = story;
  const actors = story.actors.map(writtenActor);
  const data = {
    ...(format !== undefined ? { format } : {}),
    title,
    ...(article !== undefined ? { article } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(publishedNote ? { publishedNote } : {}),
    ...(sources ? { sources } : { articleText }),
    actors, people, relations,
    ...(graphic ? { graphic } : {}),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** An actor with its name and anchor; its kind where it is not a country, its members left to the table. */
function writtenActor(actor: Story['actors'][number]): object {
  const { id, kind, name, shortName, anchor } = actor;
  return { id, ...(kind === 'country' ? {} : { kind }), name, ...(shortName !== undefined ? { shortName } : {}), anchor };
}
