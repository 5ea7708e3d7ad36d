import { escapeXml as x } from './escapeXml.ts';
import type { Theme } from './themes.ts';

/** The serif stack of the export's title (frameText.ts), unquoted for resvg. */
const SERIF = 'Georgia, Times New Roman, Liberation Serif, DejaVu Serif, serif';

/**
 * An exported moment's date ("As of June 2019", "2019"), written large in the map's top right
 * corner as the app shows it: an element of its own, added to a finished SVG document, so the
 * document's title area is left as it is.
 *
 * @example withMoment(svgDocument(scene, options), 'As of June 2019', THEMES.light)
 */
export function withMoment(svg: string, moment: string | undefined, theme: Theme): string {
  if (!moment) return svg;
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? NaN);
  // Just under the title area: the map's group says where the map begins.
  const top = Number(/<g class="map" transform="translate\(0,([\d.]+)\)"/.exec(svg)?.[1] ?? 44);
  if (!Number.isFinite(width)) return svg;
  const asof = /^As of /.test(moment);
  const date = moment.replace(/^As of /, '');
  const size = Math.max(14, Math.min(30, Math.round(width / 28)));
  const halo = `stroke="${theme.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`;
  const mark = `<g class="moment" text-anchor="end" font-family="${x(SERIF)}" fill="${theme.text}">`
    + (asof ? `<text x="${width - 12}" y="${top + 18}" font-size="11" letter-spacing="0.06em" fill="${theme.muted}" ${halo}>AS OF</text>` : '')
    + `<text x="${width - 12}" y="${top + (asof ? 18 : 8) + size}" font-size="${size}" font-weight="700" ${halo}>${x(date)}</text>`
    + '</g>';
  return svg.replace(/<\/svg>\s*$/, `${mark}</svg>\n`);
}
