import { frameHeights } from './svgDocument.ts';
import type { GraphicWords } from './graphicWords.ts';
import type { Theme } from './themes.ts';

/** The widths a desk publishes at, in pixels. */
export const PRESET_WIDTHS = [640, 960, 1200] as const;

/** The shapes of a graphic: width to height. "9:16" is a phone's, laid out as a phone shows it. */
export const ASPECTS = {
  '16:9': { ratio: 16 / 9, label: 'Wide 16:9' },
  '4:3': { ratio: 4 / 3, label: '4:3' },
  '1:1': { ratio: 1, label: 'Square 1:1' },
  '9:16': { ratio: 9 / 16, label: 'Phone 9:16' },
} as const;
export type Aspect = keyof typeof ASPECTS;
export const ASPECT_NAMES = Object.keys(ASPECTS) as Aspect[];

/** How wide a phone shows a graphic, in CSS pixels: a phone graphic is laid out at this width and scaled up, so its type stays legible. */
export const PHONE_WIDTH = 400;
/** The least height the map keeps between the header and the footer. */
const MIN_MAP = 120;

/** A preset's frame: the file's size in pixels, and the map's view size in the units the picture is laid out in. */
export interface PresetFrame {
  /** The file's width and height in pixels (the height without any footnotes; a legend's band under the map is taken from the map, see `presetView`). */
  pixelWidth: number;
  pixelHeight: number;
  /** The width the picture is laid out at: the pixel width, or a phone's for a phone graphic. */
  layoutWidth: number;
  /** The map's height between the header and the footer, in layout units (less the legend's band when the legend goes under the map: `presetView`). */
  mapHeight: number;
}

/**
 * The frame of a graphic `width` pixels wide in an aspect: the whole picture (header, map, footer)
 * has that shape, and a phone graphic is laid out at a phone's width and scaled up, so its type and
 * lines read at phone size as on a phone.
 *
 * @example presetFrame(960, '16:9', graphicWords(story), THEMES.light) // { pixelWidth: 960, pixelHeight: 540, layoutWidth: 960, mapHeight: 470 }
 */
export function presetFrame(width: number, aspect: Aspect, words: GraphicWords, theme: Theme): PresetFrame {
  const layoutWidth = aspect === '9:16' ? Math.min(width, PHONE_WIDTH) : width;
  const scale = width / layoutWidth;
  // The picture is a whole number of layout units high, and the file that scaled: 960 wide at 9:16 is
  // 711 units (400 wide) and 1706 px, which the file's height (711 × 2.4, rounded) is, not 1707.
  const layoutHeight = Math.round(width / ASPECTS[aspect].ratio / scale);
  const pixelHeight = Math.round(layoutHeight * scale);
  const { header, footer } = frameHeights(words, layoutWidth, theme);
  const mapHeight = Math.max(MIN_MAP, Math.floor(layoutHeight - header - footer));
  return { pixelWidth: width, pixelHeight, layoutWidth, mapHeight };
}
