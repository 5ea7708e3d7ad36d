import type { Evidence, Source, Story } from '../data/schema.ts';
import { formatDate } from './formatDate.ts';

/** The source a quote is from, in a story with `sources`; undefined in a one-article story. */
export function sourceOf(story: Pick<Story, 'sources'>, evidence: Pick<Evidence, 'source'>): Source | undefined {
  if (!story.sources) return undefined;
  return evidence.source === undefined ? story.sources[0] : story.sources.find((s) => s.id === evidence.source);
}

/** A source as a credit: outlet, title and date, as "Reuters, “Finland joins NATO”, 4 April 2023". */
export function sourceLine(source: Source): string {
  const date = source.published ? formatDate(source.published, 'day') : '';
  return [source.publisher, `“${source.title}”`, date].filter(Boolean).join(', ');
}

/** The credit line of an export: the article (or every source) and the basemap. */
export function creditLine(story: Story): string {
  if (!story.sources) return `Source: “${story.title}” (article${story.published ? `, ${story.published}` : ''}); basemap: Natural Earth`;
  const list = story.sources.map((s) => `${s.publisher ? `${s.publisher}, ` : ''}“${s.title}”${s.published ? ` (${s.published})` : ''}`);
  return `${story.sources.length === 1 ? 'Source' : 'Sources'}: ${list.join('; ')}; basemap: Natural Earth`;
}
