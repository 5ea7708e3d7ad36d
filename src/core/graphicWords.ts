import type { Story } from '../data/schema.ts';
import { formatDate } from './formatDate.ts';

/** The words around the map, every default filled in: what the screen, the exports and the embed print. */
export interface GraphicWords {
  title: string;
  subtitle: string;
  byline: string;
  /** The source as a reader names it: the outlet, or the article's title and date when the outlet is not known. */
  sourceName: string;
  /** The source's address, or ''. */
  sourceUrl: string;
  notes: string;
  /** The credit line: "Source: Reuters (reuters.com/…). Basemap: Natural Earth." */
  credit: string;
}

/**
 * The story's words around the map (`story.graphic`), with defaults for those not written: the
 * story's title, and as the source the article's outlet and address (each outlet once when there
 * are several articles), or its title and date when the outlet is unknown.
 *
 * @example graphicWords(story).credit // 'Source: Reuters (www.reuters.com/world/). Basemap: Natural Earth.'
 */
export function graphicWords(story: Pick<Story, 'title' | 'published' | 'sources' | 'graphic'>): GraphicWords {
  const g = story.graphic ?? {};
  const sourceName = g.sourceName ?? defaultSourceName(story);
  const sourceUrl = g.sourceUrl ?? (story.sources?.length === 1 ? story.sources[0].url ?? '' : '');
  return {
    title: g.title ?? story.title,
    subtitle: g.subtitle ?? '',
    byline: g.byline ?? '',
    sourceName,
    sourceUrl,
    notes: g.notes ?? '',
    credit: creditOf(sourceName, sourceUrl, (story.sources?.length ?? 1) > 1),
  };
}

function defaultSourceName(story: Pick<Story, 'title' | 'published' | 'sources'>): string {
  const sources = story.sources ?? [];
  const outlets = [...new Set(sources.flatMap((s) => (s.publisher ? [s.publisher] : [])))];
  if (outlets.length && outlets.length === new Set(sources.map((s) => s.publisher ?? '')).size) return outlets.join(', ');
  const dated = (title: string, published?: string) => `“${title}”${published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? `, ${formatDate(published, 'day')}` : ''}`;
  if (sources.length) return sources.map((s) => (s.publisher ? `${s.publisher}, ${dated(s.title, s.published)}` : dated(s.title, s.published))).join('; ');
  return dated(story.title, story.published);
}

/** An address as a reader types it: no scheme, no trailing slash on a bare host. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1');
}

function creditOf(name: string, url: string, several: boolean): string {
  const source = name ? `${several ? 'Sources' : 'Source'}: ${name}${url ? ` (${shortUrl(url)})` : ''}. ` : url ? `Source: ${shortUrl(url)}. ` : '';
  return `${source}Basemap: Natural Earth.`;
}
