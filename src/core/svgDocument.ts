import { relationTypeNames } from '../data/relationTypes.ts';
import { escapeXml as x } from './escapeXml.ts';
import type { Scene } from './scene.ts';
import { basemapMarkup, storyMarkup, svgDefs } from './svgMarkup.ts';
import type { Theme } from './themes.ts';

export interface DocumentOptions {
  theme: Theme;
  title: string;
  /** The credit line: the article and the basemap. */
  source: string;
  /** The export date, ISO `YYYY-MM-DD`; a parameter so the same view gives the same bytes. */
  date: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const HEADER = 44;
const FOOTER = 24;

/**
 * A standalone SVG file of a scene: title, the map (basemap, edges with arrowheads, labels), the
 * legend and a source line. No script, no external reference, no CSS from the page: every style is a
 * presentation attribute, so Illustrator, Inkscape and rsvg read it as the browser does.
 */
export function svgDocument(scene: Scene, options: DocumentOptions): string {
  const { width, height } = scene.view;
  const { theme } = options;
  const total = HEADER + height + FOOTER;
  const legendRows = scene.legend.map((entry, i) => {
    const s = entry.style;
    const y = 14 + i * 17;
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    return `<path d="M8,${y}L34,${y}" stroke="${s.stroke}" stroke-width="${s.width}" stroke-linecap="${s.linecap}"${dash}/>`
      + `<text x="40" y="${y + 4}">${x(entry.label)} (${entry.count})</text>`;
  });
  const legendHeight = 8 + scene.legend.length * 17;
  return `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${x(FONT)}">`
    + `<title>${x(options.title)}</title>`
    + svgDefs(relationTypeNames)
    + `<rect class="background" width="${width}" height="${total}" fill="${theme.halo}"/>`
    + `<text class="title" x="12" y="29" font-size="20" font-weight="700" font-family="Georgia, 'Times New Roman', serif" fill="${theme.text}">${x(options.title)}</text>`
    + `<svg class="map" x="0" y="${HEADER}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">`
    + `<rect class="water" width="${width}" height="${height}" fill="${theme.water}"/>`
    + basemapMarkup(scene, theme)
    + storyMarkup(scene, { theme })
    + `</svg>`
    + `<g class="legend" transform="translate(10,${HEADER + height - legendHeight - 10})" font-size="11" fill="${theme.text}">`
    + `<rect width="170" height="${legendHeight}" rx="4" fill="${theme.halo}" fill-opacity="0.9" stroke="${theme.coast}"/>`
    + legendRows.join('')
    + `</g>`
    + `<text class="source" x="12" y="${HEADER + height + 16}" font-size="10" fill="${theme.muted}">${x(options.source)} · Exported ${x(options.date)}</text>`
    + `</svg>\n`;
}
