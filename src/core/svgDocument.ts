import { FAMILIES, relationTypeNames, type ActorKind } from '../data/relationTypes.ts';
import { escapeXml as x } from './escapeXml.ts';
import type { Scene } from './scene.ts';
import { runSteps, type EdgeBatches } from './edgeBatches.ts';
import { anchorMarkup, basemapMarkup, certaintyCasing, edgeLine, svgDefs } from './svgMarkup.ts';
import { mergeNote, storyMarkup } from './storyMarkup.ts';
import { compactPath } from './compactPath.ts';
import { CERTAINTY_LOOKS, CERTAINTY_STYLES, strokeOf, type CertaintyLook, type EdgeStyle } from './edgeStyles.ts';
import type { Theme } from './themes.ts';
import { wrapText, type Footnote } from './footnotes.ts';
import { FONT, footerBlock, headerBlock } from './frameText.ts';
import { sceneObstacles } from './edgeObstacles.ts';
import { hits, labelBox, overlaps, placeLabels, type Obstacle } from './placeLabels.ts';
import { placeMarkers } from './placeMarkers.ts';
import { firstLine, legendLayout, type LegendBlockSize, type LegendLayout } from './legendLayout.ts';
import * as calloutCode from './placeCallouts.ts';
import { calloutBox, placeCallouts } from './placeCallouts.ts';
import { calloutTarget } from './storyScene.ts';
import type { Callout } from '../data/schema.ts';
import type { GraphicWords } from './graphicWords.ts';

export interface DocumentOptions {
  theme: Theme;
  /** The words around the map: headline, subtitle, notes, credit, byline. */
  words: GraphicWords;
  /** The export date, ISO `YYYY-MM-DD`, written in the file's metadata (not in the picture); a parameter so the same view gives the same bytes. */
  date: string;
  /** The file's width in pixels, when the picture is laid out narrower and scaled up (a phone graphic); by default the view's width. */
  pixelWidth?: number;
  /** Numbered citations of the drawn edges, printed under the map with their numbers on the edges. */
  footnotes?: readonly Footnote[];
  /** A selected relation, drawn with the others faint. */
  selected?: string;
  /** The story's callouts, placed here clear of the labels, footnote markers and a legend in a corner. */
  callouts?: readonly Callout[];
  /** The footnotes' markup, made beforehand (in slices): used instead of `footnotes`. */
  notes?: FootnoteMarkup;
  /** A large story's edges, batched and merged for the view: written instead of `scene.edges`, with a note saying what was merged. */
  batches?: EdgeBatches;
  /** The legend in the band under the map whatever the corners: a preset's map made shorter for the band keeps it (see `presetView`). */
  legendUnder?: boolean;
}

/** The header's and footer's heights for these words at this width: where the map and the footnotes start. */
export function frameHeights(words: GraphicWords, width: number, theme: Theme): { header: number; footer: number } {
  return { header: headerBlock(words, width, theme).height, footer: footerBlock(words, width, theme).height };
}

/** The file's metadata: title, source and export date in Dublin Core, as Inkscape reads and writes it. */
function metadata(words: GraphicWords, date: string): string {
  const source = [words.sourceName, words.sourceUrl].filter(Boolean).join(', ');
  return `<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">`
    + `<rdf:Description rdf:about=""><dc:title>${x(words.title)}</dc:title><dc:date>${x(date)}</dc:date>`
    + (source ? `<dc:source>${x(source)}</dc:source>` : '')
    + (words.byline ? `<dc:creator>${x(words.byline)}</dc:creator>` : '')
    + `<dc:rights>Basemap: Natural Earth (public domain)</dc:rights></rdf:Description></rdf:RDF></metadata>`;
}

/**
 * A standalone SVG file of a scene: title, the map (basemap, edges with arrowheads, labels), the
 * legend (in a corner of the map that it leaves uncovered, or else in a band under the map, which
 * makes the file taller than header, map and footer; a preset's map is made shorter by the band
 * beforehand, `presetView`, so its file keeps the preset's size) and a source line. No script, no external reference, no CSS from the page: every style is a
 * presentation attribute, so Illustrator, Inkscape and rsvg read it as the browser does.
 */
export function svgDocument(scene: Scene, options: DocumentOptions): string {
  const { width, height } = scene.view;
  const { theme, footnotes = [], words, pixelWidth = width } = options;
  const header = headerBlock(words, width, theme);
  const footer = footerBlock(words, width, theme);
  const HEADER = header.height;
  // The legend takes a corner of the map where it covers nothing (no anchor, label or edge), or else
  // a band under the map, in columns; labels, callouts and footnote markers keep clear of it in a corner.
  const obstacles = scene.edges.length <= LABELS_AVOID_EDGES ? sceneObstacles(scene.edges) : [];
  const { blocks, legend, corner } = placeLegend(scene, theme, obstacles, !!options.batches || !!options.legendUnder);
  const band = corner ? 0 : legend.height;
  const reserved = corner ? [{ x0: corner[0] - 4, y0: corner[1] - 4, x1: corner[0] + legend.width + 4, y1: corner[1] + legend.height + 4 }] : [];
  const texts = new Map(scene.labels.map((l) => [l.id, l.text]));
  const labels = placeLabels(scene.anchors.filter((a) => texts.has(a.id)).map((a) => ({ id: a.id, text: texts.get(a.id)!, at: a.at })), { obstacles, width, height, reserved })
    .map((l) => ({ ...l, x: r1(l.x), y: r1(l.y), ...(l.leader ? { leader: l.leader.map(r1) as [number, number, number, number] } : {}) }));
  const anchorBoxes = scene.anchors.map(({ at: [ax, ay] }) => ({ x0: ax - 5, y0: ay - 5, x1: ax + 5, y1: ay + 5 }));
  const callouts = placeCallouts(options.callouts ?? [], calloutTarget(scene.anchors, scene.edges), { obstacles, width, height, taken: [...reserved, ...labels.map((l) => labelBox(l)), ...anchorBoxes] });
  const taken = [...reserved, ...labels.map((l) => labelBox(l)), ...anchorBoxes, ...callouts.map(calloutBox)];
  const notes = options.notes ?? runSteps(footnoteMarkupSteps(footnotes, placeMarkers(footnotes.flatMap((f) => scene.edges.filter((e) => e.id === f.relationId)), taken, { width, height }), width, HEADER + height + band + footer.height, theme));
  const total = r1(HEADER + height + band + footer.height + notes.height);
  return `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${pixelWidth}" height="${pixelWidth === width ? total : Math.round(total * pixelWidth / width)}" viewBox="0 0 ${width} ${total}" font-family="${x(FONT)}">`
    + `<title>${x(words.title)}</title>`
    + (words.subtitle ? `<desc>${x(words.subtitle)}</desc>` : '')
    + metadata(words, options.date)
    + (options.batches ? `<desc class="edge-merge">${x(mergeNote(options.batches))}</desc>` : '')
    // The map is clipped to its frame. Renderers stop at the viewBox and the header and footer, drawn
    // after the map, cover what runs past its top and bottom, but an editor (Inkscape, Illustrator)
    // shows all of a drawing: without the clip an edge that runs on across the map's edge into the
    // world's next copy (AUKUS's United States–Australia lines) showed hundreds of pixels beside the page.
    + svgDefs(relationTypeNames, theme, 'drm', { extra: `<clipPath id="drm-map-clip"><rect width="${width}" height="${height}"/></clipPath>` })
    + `<g class="map" transform="translate(0,${HEADER})" clip-path="url(#drm-map-clip)">`
    + `<rect class="water" width="${width}" height="${height}" fill="${theme.water}"/>`
    + basemapMarkup(compactBasemap(scene), theme)
    + storyMarkup({ ...scene, labels, callouts }, { theme, selected: options.selected, batches: options.batches, callouts: calloutCode })
    + notes.markers
    + `</g>`
    + `<rect class="header" width="${width}" height="${HEADER}" fill="${theme.halo}"/>`
    + `<rect class="footer" y="${HEADER + height}" width="${width}" height="${r1(total - HEADER - height)}" fill="${theme.halo}"/>`
    + `<g class="header-text">${header.markup}</g>`
    + (corner
      ? `<g class="legend" transform="translate(${corner[0]},${r1(HEADER + corner[1])})" font-size="11" fill="${theme.text}">`
        + `<rect width="${legend.width}" height="${legend.height}" rx="4" fill="${theme.halo}" fill-opacity="0.9" stroke="${theme.coast}"/>`
      : `<g class="legend" transform="translate(0,${r1(HEADER + height)})" font-size="11" fill="${theme.text}">`
        + `<rect width="${legend.width}" height="${legend.height}" fill="${theme.halo}"/>`)
    + legendRows(blocks, legend)
    + `</g>`
    + `<g class="footer-text" transform="translate(0,${r1(HEADER + height + band)})">${footer.markup}</g>`
    + notes.list
    + `</svg>\n`;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The basemap's paths written short (compactPath.ts): the same points, in about half the bytes. */
function compactBasemap(scene: Scene): Scene {
  return { ...scene, countries: scene.countries.map((c) => ({ ...c, d: compactPath(c.d) })), borders: compactPath(scene.borders) };
}

/** Up to this many edges (drawn one by one), labels and markers keep off them. */
const LABELS_AVOID_EDGES = 400;

/**
 * The corner of the map (bottom left first, then bottom right, top left, top right), in map pixels,
 * where a legend `w` × `h` covers no anchor, no label and no point of an edge; none when every corner
 * covers something, and the legend goes under the map.
 */
function freeCorner(scene: Scene, obstacles: readonly Obstacle[], w: number, h: number): [number, number] | undefined {
  const { width, height } = scene.view;
  const corners: [number, number][] = [[10, height - h - 10], [width - w - 10, height - h - 10], [10, 10], [width - w - 10, 10]];
  return corners.map(([cx, cy]): [number, number] => [r1(cx), r1(cy)]).find((at) => {
    const box = { x0: at[0] - 6, y0: at[1] - 6, x1: at[0] + w + 6, y1: at[1] + h + 6 };
    return !scene.anchors.some(({ at: [x, y] }) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1)
      && !scene.labels.some((l) => overlaps(labelBox(l), box))
      && hits(box, obstacles) === 0;
  });
}

/**
 * The legend's blocks and where they go: a free corner of the map (`corner`, in map pixels), or else
 * the band under the map. `under` puts it under the map whatever the corners. A large story's edges are
 * not looked at one by one (nor, batched, kept in the scene): its legend goes under the map.
 */
function placeLegend(scene: Scene, theme: Theme, obstacles: readonly Obstacle[], under: boolean): { blocks: LegendBlock[]; legend: LegendLayout; corner?: [number, number] } {
  const blocks = legendBlocks(scene, theme);
  const stacked = legendLayout(blocks, { kind: 'inside' });
  const corner = under || scene.edges.length > LABELS_AVOID_EDGES ? undefined : freeCorner(scene, obstacles, stacked.width, stacked.height);
  return corner ? { blocks, legend: stacked, corner } : { blocks, legend: legendLayout(blocks, { kind: 'band', width: scene.view.width }) };
}

/**
 * The height the legend's band adds under a scene's map, as `svgDocument` places it: 0 when a corner
 * of the map is free for it.
 */
export function legendBand(scene: Scene, theme: Theme): number {
  const placed = placeLegend(scene, theme, scene.edges.length <= LABELS_AVOID_EDGES ? sceneObstacles(scene.edges) : [], false);
  return placed.corner ? 0 : placed.legend.height;
}

/** The legend's height in the band under a scene's map (where a large story's legend always goes: its edges are not looked at one by one). */
export function legendBandHeight(scene: Scene, theme: Theme): number {
  return legendLayout(legendBlocks(scene, theme), { kind: 'band', width: scene.view.width }).height;
}

const ROW = 17;
const KIND_LABELS: Record<ActorKind, string> = { country: 'Country', organisation: 'Organisation', other: 'Other actor' };

/** A block of the legend, and its rows drawn with its first line's middle at (x, y). */
interface LegendBlock extends LegendBlockSize {
  rows: (x: number, y: number) => string[];
}

/** A heading of 9.5 px bold capitals, letter-spaced: about 7 px a character. */
const heading = (text: string, theme: Theme) => ({
  rows: (left: number, y: number) => [`<text x="${left + 8}" y="${y + 4}" font-size="9.5" font-weight="700" letter-spacing="0.5" fill="${theme.muted}">${text}</text>`],
  width: Math.ceil(8 + text.length * 7 + 8),
});

/** A swatch and its words, one row a line; the block as wide as its widest line (an average glyph of 11 px text is about 6.2 px wide). */
function block(title: { rows: LegendBlock['rows']; width: number } | undefined, lines: readonly { swatch: (d: string) => string; text: string }[]): LegendBlock {
  return {
    rows: (left, y) => {
      const rows = title ? title.rows(left, y) : [];
      let at = title ? y + ROW - 2 : y;
      for (const line of lines) {
        rows.push(line.swatch(`M${left + 8},${at}L${left + 34},${at}`) + `<text x="${left + 40}" y="${at + 4}">${x(line.text)}</text>`);
        at += ROW;
      }
      return rows;
    },
    width: Math.max(title?.width ?? 0, ...lines.map((l) => Math.ceil(40 + l.text.length * 6.2 + 8))),
    height: (title ? ROW - 2 : 0) + lines.length * ROW,
  };
}

/**
 * The file's legend in blocks: what it shows (the screen's also offers the types filtered out), by
 * family when the types drawn come from more than one, a key to certainty whenever an edge is not a
 * plain stated one, and a key to the markers when not every actor is a country.
 */
function legendBlocks(scene: Scene, theme: Theme): LegendBlock[] {
  const legend = scene.legend.filter((entry) => entry.count > 0);
  const families = [...new Set(legend.map((entry) => entry.family))];
  const grouped = families.length > 1;
  const blocks = (Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]).filter((f) => families.includes(f)).map((family) => block(
    grouped ? heading(FAMILIES[family].label.toUpperCase(), theme) : undefined,
    legend.filter((e) => e.family === family).map(({ style: s, label, count }) => ({
      swatch: (d: string) => `<path d="${d}" stroke="${strokeOf(s, theme)}" stroke-width="${s.width}" stroke-linecap="${s.linecap}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      text: `${label} (${count})`,
    }))));
  const certainties = new Set(scene.edges.length ? scene.edges.map((e) => e.relation.certainty) : scene.certainty.map((c) => c.certainty));
  const looks = (Object.keys(CERTAINTY_LOOKS) as CertaintyLook[]).filter((look) => [...certainties].some((c) => CERTAINTY_STYLES[c].look === look));
  if (looks.some((look) => look !== 'solid')) {
    const neutral: EdgeStyle = { stroke: theme.text, width: 2.6, dash: '', linecap: 'butt', pattern: '' };
    blocks.push(block(heading('CERTAINTY', theme), looks.map((look) => ({
      swatch: (d: string) => (look === 'cased' ? certaintyCasing(d, neutral, theme) : '') + edgeLine(d, neutral, look, theme),
      text: CERTAINTY_LOOKS[look].label,
    }))));
  }
  const kinds = (Object.keys(KIND_LABELS) as ActorKind[]).filter((k) => scene.anchors.some((a) => a.kind === k));
  if (kinds.some((k) => k !== 'country')) {
    const step = (kind: ActorKind) => 14 + KIND_LABELS[kind].length * 6.2 + 8;
    blocks.push({
      rows: (start, y) => {
        let left = start + 8;
        return kinds.flatMap((kind) => {
          const row = [anchorMarkup({ id: `legend-${kind}`, name: '', at: [r1(left + 5), y], kind }, theme), `<text x="${r1(left + 14)}" y="${y + 4}">${KIND_LABELS[kind]}</text>`];
          left += step(kind);
          return row;
        });
      },
      width: Math.ceil(8 + kinds.reduce((sum, kind) => sum + step(kind), 0)),
      height: ROW,
    });
  }
  return blocks;
}

/** The legend's rows, each block where the layout puts it. */
function legendRows(blocks: readonly LegendBlock[], layout: LegendLayout): string {
  return blocks.flatMap((b, i) => b.rows(...firstLine(layout.at[i]))).join('');
}

const LINE = 14;

/** The footnotes' markup: numbers on the edges' middles, and the numbered list of quotes below the map. */
export interface FootnoteMarkup {
  markers: string;
  list: string;
  height: number;
}

/** Footnotes are written this many at a time between yields. */
const NOTES_A_STEP = 400;

/**
 * Numbers on the edges' middles (`mids`, in view pixels), and the numbered list of quotes below the
 * map of a view `width` wide, from `top` in the file; a generator that yields every few hundred notes.
 */
export function* footnoteMarkupSteps(footnotes: readonly Footnote[], mids: ReadonlyMap<string, readonly [number, number]>, width: number, top: number, theme: Theme): Generator<void, FootnoteMarkup> {
  if (!footnotes.length) return { markers: '', list: '', height: 0 };
  const markers: string[] = [];
  const chars = Math.max(40, Math.floor((width - 40) / 5.6));
  // Headings wrap at the quotes' 5.6 px a character too (DejaVu Sans Bold, the widest of the fallback
  // fonts, runs about 5.1 px a character at this size), 12 px clear of the right edge.
  const headingChars = Math.max(40, Math.floor((width - 24) / 5.6));
  let y = top + 8;
  const rows: string[] = [];
  for (let k = 0; k < footnotes.length; k++) {
    if (k > 0 && k % NOTES_A_STEP === 0) yield;
    const f = footnotes[k];
    const [cx, cy] = mids.get(f.relationId)!;
    markers.push(`<g class="footnote-marker" data-footnote="${f.n}"><circle cx="${cx}" cy="${cy}" r="7" fill="${theme.halo}" stroke="${theme.text}" stroke-width="0.8"/>`
      + `<text x="${cx}" y="${cy + 3}" text-anchor="middle" font-size="9" font-weight="700" fill="${theme.text}">${f.n}</text></g>`);
    // The heading, in bold, wraps as the quotes do, so a long one stays within the picture.
    for (const line of wrapText(`${f.n}. ${f.heading}`, headingChars)) {
      y += LINE;
      rows.push(`<text x="12" y="${y}" font-weight="700">${x(line)}</text>`);
    }
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
