import { completeActor } from './completeActor.ts';
import type { Story, StoryData } from './schema.ts';
import type { CountryTable, OrganisationTable } from './tables.ts';

/**
 * A story already proven valid (the built-in one is checked when the app is built and by the tests):
 * parsed and completed from the tables without the validator, so the map's start carries no zod,
 * no JSON error locator and no codebook. Anything else goes through `validateStory`.
 */
export function trustedStory(json: string, articleText: string, countries: CountryTable, organisations: OrganisationTable): Story {
  const data = JSON.parse(json) as StoryData;
  const { articleText: embedded, sources, ...rest } = data;
  return {
    ...rest,
    actors: data.actors.map((actor) => completeActor(actor, countries, organisations)),
    articleText: embedded ?? articleText,
    ...(sources ? { sources: sources.map((s) => ({ ...s, articleText: s.articleText ?? '' })) } : {}),
  };
}
