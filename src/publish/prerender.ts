import { basemapMarkup, calloutCode, dekOf, escapeXml as x, formatSpan, RELATION_TYPES_LABEL, scene, storyMarkup, storyView, svgDefs, THEMES, type Basemap } from './prerenderDeps.ts';
import { speakerLine } from '../core/footnotes.ts';
import type { Story } from '../data/schema.ts';
import { graphicWords, shortUrl } from '../core/graphicWords.ts';
import { summaryForReaders } from '../data/readerSummary.ts';

/** The size the prerendered map is drawn at: it is scaled to fill the map's box, desktop or phone. */
const WIDTH = 960;
const HEIGHT = 700;

/**
 * The page as it stands before any script runs, written into the built `index.html`: the title, the
 * map of the first view (the core's own SVG, with the edges' `data-relation-id`, `data-type`,
 * `data-from` and `data-to`), an empty panel of the live one's size, and for readers without
 * JavaScript every relation with its quotes. The app then mounts the live map in its place, in one
 * step, into boxes of the same size: the map does not move.
 */
export function prerender(story: Story, basemap: Basemap): string {
  const theme = THEMES.light;
  const view = storyView(story, WIDTH, HEIGHT);
  const s = scene(story, basemap, view, { clip: true });
  const svg = `<svg class="prerendered-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid slice" role="img" aria-label="${x(`Map: ${graphicWords(story).title}`)}">`
    + svgDefs(RELATION_TYPES_LABEL, theme)
    + `<rect width="${WIDTH}" height="${HEIGHT}" fill="${theme.water}"/>`
    + basemapMarkup(s, theme)
    + storyMarkup(s, { theme, callouts: calloutCode })
    + '</svg>';
  const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  const items = story.relations.map((r) => `<li><p><strong>${x(`${name(r.from)} ${r.directed ? '→' : '↔'} ${name(r.to)}`)}</strong>: ${x(r.type.replace(/_/g, ' '))}, ${x(r.certainty)}, ${x(formatSpan(r))}. ${x(summaryForReaders(r, name))}</p>`
    + r.evidence.map((e) => { const who = speakerLine(story, e.speaker); return `<blockquote>“${x(e.quote)}”${who ? ` — ${x(who)}` : ''}</blockquote>`; }).join('')
    + '</li>').join('');
  // Space for the buttons the app adds, so the header keeps its height (invisible until then).
  const actions = '<div class="actions prerender-actions" aria-hidden="true"><button type="button" tabindex="-1">New story from text</button><button type="button" tabindex="-1">Open story…</button><button type="button" tabindex="-1">Save story</button><a tabindex="-1">Example</a></div>';
  const words = graphicWords(story);
  const source = words.sourceUrl ? `<a href="${x(words.sourceUrl)}" rel="noopener noreferrer">${x(words.sourceName || shortUrl(words.sourceUrl))}</a>` : x(words.sourceName);
  const footer = `<footer class="graphic-footer">${words.notes ? `<p class="notes">${x(words.notes)}</p>` : ''}`
    + `<p class="credit">${source ? `${words.credit.startsWith('Sources') ? 'Sources' : 'Source'}: ${source}. ` : ''}Basemap: Natural Earth.</p>`
    + `${words.byline ? `<p class="byline">${x(words.byline)}</p>` : ''}</footer>`;
  return `<div class="story" data-prerendered="">`
    + `<header class="masthead"><div class="headline"><h1>${x(words.title)}</h1>${words.subtitle ? `<p class="subtitle">${x(words.subtitle)}</p>` : ''}<p class="dek">${x(dekOf(story))}</p></div>${actions}</header>`
    + `<div class="stage"><aside class="panel" id="panel" aria-label="Relations"><noscript><section class="relations prerendered-list"><h2>All relations</h2><ol>${items}</ol></section></noscript></aside>`
    + `<div id="map" class="map">${svg}</div></div>`
    + footer
    + '</div>';
}
