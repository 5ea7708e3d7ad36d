import type { Story } from '../data/schema.ts';
import { extent } from './extent.ts';

/** The line under a story's title: its sources and the years its relations span. */
export function dekOf(story: Pick<Story, 'relations' | 'sources'>): string {
  const several = story.sources && story.sources.length > 1;
  return `Relations reported by ${several ? `${story.sources!.length} articles` : 'the article'}${summaryOfDates(story)}. Hover or tab to an edge to read the ${several ? 'articles\'' : 'article\'s'} own words.`;
}

function summaryOfDates(story: Pick<Story, 'relations'>): string {
  // A relation's end counts: ties restored in 2023 are part of the story.
  const years = story.relations.flatMap((r) => (r.date === undefined ? [] : [Number(r.date.slice(0, 4)), ...(r.end ? [Number(r.end.slice(0, 4))] : [])]));
  if (!years.length) return '';
  const [first, last] = extent(years);
  return first === last ? `, ${first}` : `, ${first}–${last}`;
}
