import type { Map as LeafletMap } from 'leaflet';
import type { Story } from '../data/schema.ts';
import { cooperativeGestures } from './cooperativeGestures.ts';
import { sendHeight } from './embed.ts';
import { parseEmbedOptions } from './embedOptions.ts';
import { quotesInSentences } from './embedQuotes.ts';

export interface EmbedPage {
  /** The theme the embed code chose; undefined follows the reader's system. */
  theme?: 'light' | 'dark';
  /** Whether the code asks for the timeline (a story with dates has it unless told `timeline=off`). */
  timeline: boolean;
  /** Fits a map, once mounted, to a page of another site: its gestures and its tooltips. */
  mounted(map: LeafletMap, story: Story, signal: AbortSignal, tooltip: Promise<HTMLElement | undefined>): void;
}

/**
 * `?embed`: the page as a frame in an article shows it, with the options its code carries (height,
 * theme, reader controls, timeline: see embedOptions.ts), telling the parent page its height.
 */
export function embedPage(root: HTMLElement, params: URLSearchParams): EmbedPage {
  const options = parseEmbedOptions(params);
  const html = document.documentElement;
  html.classList.add('embed');
  root.classList.add('embed', ...[...options.controls].map((c) => `embed-${c}`));
  if (options.theme !== 'auto') {
    html.classList.add(`theme-${options.theme}`);
    html.style.colorScheme = options.theme;
  }
  if (options.height !== undefined) root.style.setProperty('--embed-map-height', `${options.height}px`);
  sendHeight(params.get('childId') || 'drm-map');
  return {
    theme: options.theme === 'auto' ? undefined : options.theme,
    timeline: options.timeline !== false,
    mounted(map, story, signal, tooltip) {
      cooperativeGestures(map, signal);
      void tooltip.then((element) => element && !signal.aborted && quotesInSentences(element, story, signal));
    },
  };
}
