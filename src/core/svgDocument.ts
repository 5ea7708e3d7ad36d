import { relationTypeNames } from '../data/relationTypes.ts';
import { strokeOf } from './edgeStyles.ts';
import { escapeXml as x } from './escapeXml.ts';
import type { Scene } from './scene.ts';
import { basemapMarkup, storyMarkup, svgDefs } from './svgMarkup.ts';
import type { Theme } from './themes.ts';
import { wrapText, type Footnote } from './footnotes.ts';

export interface DocumentOptions {
  theme: Theme;
  title: string;
  /** The credit line: the article and the basemap. */
  source: string;
  /** The export date, ISO `YYYY-MM-DD`; a parameter so the same view gives the same bytes. */
  date: string;
  /** Numbered citations of the drawn edges, printed under the map with their numbers on the edges. */
  footnotes?: readonly Footnote[];
  /** A selected relation, drawn with the others faint. */
  selected?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const SERIF = "Georgia, 'Times New Roman', 'DejaVu Serif', serif";

/** A font size at which a line of text fits a width, from an average glyph width, capped at `max`. */
function fitFont(text: string, width: number, max: number, min: number): number {
  return +Math.max(min, Math.min(max, width / (text.length * 0.55))).toFixed(1);
}
const HEADER = 44;
const FOOTER = 24;

/**
 * A standalone SVG file of a scene: title, the map (basemap, edges with arrowheads, labels), the
 * legend and a source line. No script, no external reference, no CSS from the page: every style is a
 * presentation attribute, so Illustrator, Inkscape and rsvg read it as the browser does.
 */
export function svgDocument(scene: Scene, options: DocumentOptions): string {
  const { width, height } = scene.view;
  const { theme, footnotes = [] } = options;
  const notes = footnoteMarkup(footnotes, scene, width, HEADER + height + FOOTER, theme);
  const total = HEADER + height + FOOTER + notes.height;
  // The file's legend lists what it shows; the screen's also offers the types filtered out.
  const legend = scene.legend.filter((entry) => entry.count > 0);
  const legendRows = legend.map((entry, i) => {
    const s = entry.style;
    const y = 14 + i * 17;
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    return `<path d="M8,${y}L34,${y}" stroke="${strokeOf(s, theme)}" stroke-width="${s.width}" stroke-linecap="${s.linecap}"${dash}/>`
      + `<text x="40" y="${y + 4}">${x(entry.label)} (${entry.count})</text>`;
  });
  const legendHeight = 8 + legend.length * 17;
  return `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${x(FONT)}">`
    + `<title>${x(options.title)}</title>`
    + svgDefs(relationTypeNames, theme)
    // No clip path: the basemap is already cut to the view, and the header and footer, drawn after
    // the map, cover whatever of an edge or label runs past it (sides end at the viewBox).
    + `<g class="map" transform="translate(0,${HEADER})">`
    + `<rect class="water" width="${width}" height="${height}" fill="${theme.water}"/>`
    + basemapMarkup(scene, theme)
    + storyMarkup(scene, { theme, selected: options.selected })
    + notes.markers
    + `</g>`
    + `<rect class="header" width="${width}" height="${HEADER}" fill="${theme.halo}"/>`
    + `<rect class="footer" y="${HEADER + height}" width="${width}" height="${total - HEADER - height}" fill="${theme.halo}"/>`
    + `<text class="title" x="12" y="29" font-size="${fitFont(options.title, width - 24, 20, 9)}" font-weight="700" font-family="${x(SERIF)}" fill="${theme.text}">${x(options.title)}</text>`
    + `<g class="legend" transform="translate(10,${HEADER + height - legendHeight - 10})" font-size="11" fill="${theme.text}">`
    + `<rect width="170" height="${legendHeight}" rx="4" fill="${theme.halo}" fill-opacity="0.9" stroke="${theme.coast}"/>`
    + legendRows.join('')
    + `</g>`
    + `<text class="source" x="12" y="${HEADER + height + 16}" font-size="${fitFont(`${options.source} · Exported ${options.date}`, width - 24, 10, 6)}" fill="${theme.muted}">${x(options.source)} · Exported ${x(options.date)}</text>`
    + notes.list
    + `</svg>\n`;
}

const LINE = 14;

/** Numbers on the edges' middles, and the numbered list of quotes below the map. */
function footnoteMarkup(footnotes: readonly Footnote[], scene: Scene, width: number, top: number, theme: Theme) {
  if (!footnotes.length) return { markers: '', list: '', height: 0 };
  const mids = new Map(scene.edges.map((e) => [e.id, e.mid]));
  const markers = footnotes.map((f) => {
    const [cx, cy] = mids.get(f.relationId)!;
    return `<g class="footnote-marker" data-footnote="${f.n}"><circle cx="${cx}" cy="${cy}" r="7" fill="${theme.halo}" stroke="${theme.text}" stroke-width="0.8"/>`
      + `<text x="${cx}" y="${cy + 3}" text-anchor="middle" font-size="9" font-weight="700" fill="${theme.text}">${f.n}</text></g>`;
  });
  const chars = Math.max(40, Math.floor((width - 40) / 5.6));
  let y = top + 8;
  const rows: string[] = [];
  for (const f of footnotes) {
    y += LINE;
    rows.push(`<text x="12" y="${y}" font-weight="700">${f.n}. ${x(f.heading)}</text>`);
    for (const quote of f.quotes) {
      for (const line of wrapText(quote, chars)) {
        y += LINE;
        rows.push(`<text x="28" y="${y}">${x(line)}</text>`);
      }
    }
    y += 4;
  }
  return {
    markers: `<g class="footnote-markers">${markers.join('')}</g>`,
    list: `<g class="footnotes" font-size="10.5" fill="${theme.text}">${rows.join('')}</g>`,
    height: y - top + 8,
  };
}
