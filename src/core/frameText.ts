import { escapeXml as x } from './escapeXml.ts';
import { wrapText } from './footnotes.ts';
import type { GraphicWords } from './graphicWords.ts';
import type { Theme } from './themes.ts';

/*
 * The export's font stacks, names unquoted (each is a run of CSS identifiers, so the quotes are
 * optional): resvg 2.6 reads a quoted name after a comma as no font at all, so the title's serif
 * stack fell through to its sans face there while rsvg-convert and Inkscape (fontconfig) drew
 * Georgia's stand-in. Liberation Sans and Liberation Serif are named after Arial and Times New Roman,
 * the faces fontconfig gives for those names where they are missing (most Linux systems), so resvg,
 * which knows no such aliases, picks the same faces as the other two.
 */
export const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif';
export const SERIF = 'Georgia, Times New Roman, Liberation Serif, DejaVu Serif, serif';

/** A block of text above or below the map: its markup, drawn from y = 0, and its height. */
export interface TextBlock {
  markup: string;
  height: number;
}

const PAD = 12;

/** How many characters of a font size fit a width, from an average glyph of `em` × the size. */
const charsIn = (width: number, size: number, em = 0.52) => Math.max(12, Math.floor(width / (size * em)));

interface Line {
  text: string;
  size: number;
  fill: string;
  weight?: number;
  serif?: boolean;
  className: string;
}

/** Lines of text set one under another from `top`, each block's lines wrapped to the width. */
function setLines(blocks: readonly { text: string; size: number; fill: string; weight?: number; serif?: boolean; className: string; em?: number }[], width: number, top: number, gap: number): TextBlock {
  let y = top;
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (!b.text) return;
    if (i > 0 && out.length) y += gap;
    const lines: Line[] = b.text.split(/\n+/).flatMap((para) => wrapText(para, charsIn(width - 2 * PAD, b.size, b.em)).map((text) => ({ ...b, text })));
    const rows = lines.map((l) => {
      y += l.size * 1.25;
      return `<tspan x="${PAD}" y="${r1(y - l.size * 0.28)}">${x(l.text)}</tspan>`;
    });
    out.push(`<text class="${b.className}" font-size="${b.size}"${b.weight ? ` font-weight="${b.weight}"` : ''}${b.serif ? ` font-family="${x(SERIF)}"` : ''} fill="${b.fill}">${rows.join('')}</text>`);
  });
  return { markup: out.join(''), height: r1(y) };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The header over the map: the headline in a serif, then the subtitle, wrapped to the width. Type
 * grows with `scale` (a phone graphic is shown at about half its width, so its type is set larger).
 */
export function headerBlock(words: Pick<GraphicWords, 'title' | 'subtitle'>, width: number, theme: Theme, scale = 1): TextBlock {
  const big = width >= 600 ? 22 : 19;
  const block = setLines([
    { text: words.title, size: r1(big * scale), fill: theme.text, weight: 700, serif: true, className: 'title', em: 0.5 },
    { text: words.subtitle, size: r1(14 * scale), fill: theme.text, className: 'subtitle' },
  ], width, 8 * scale, 4 * scale);
  return { markup: block.markup, height: Math.ceil(block.height + 10 * scale) };
}

/** The footer under the map: notes, then the credit (source and basemap), then the byline. */
export function footerBlock(words: Pick<GraphicWords, 'notes' | 'credit' | 'byline'>, width: number, theme: Theme, scale = 1): TextBlock {
  const block = setLines([
    { text: words.notes, size: r1(12 * scale), fill: theme.text, className: 'notes' },
    { text: words.credit, size: r1(11 * scale), fill: theme.muted, className: 'source' },
    { text: words.byline, size: r1(11 * scale), fill: theme.muted, className: 'byline' },
  ], width, 4 * scale, 3 * scale);
  return { markup: block.markup, height: Math.ceil(block.height + 10 * scale) };
}
