/**
 * What an embed shows, carried in its link: `?embed&height=480&theme=light&controls=filters,list&timeline=on`.
 * Readers of an article page get the map, its legend and its tooltips; the controls are opt-in; a
 * story with dates has its timeline unless the code says `timeline=off`.
 */
export interface EmbedOptions {
  /** The map's height in CSS pixels; undefined: 60% of the frame's width, 280 to 600 px. */
  height?: number;
  /** `auto` follows the reader's system, which may not be the page's. */
  theme: EmbedTheme;
  controls: ReadonlySet<EmbedControl>;
  /** The timeline under the map, for a story with dates; undefined (older code, or no dates): shown. */
  timeline?: boolean;
}

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type EmbedControl = 'filters' | 'downloads' | 'list';

export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
export const EMBED_CONTROLS: Readonly<Record<EmbedControl, string>> = {
  filters: 'Filters: relation types',
  downloads: 'Downloads: SVG and PNG',
  list: 'The list of relations',
};
export const EMBED_HEIGHTS = [360, 480, 600, 720] as const;
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 2000;

/** The options an embed link carries; a link without them (older embed code) follows the system theme. */
export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  const height = Number(params.get('height'));
  const theme = params.get('theme') as EmbedTheme;
  const controls = (params.get('controls') ?? '').split(',').filter((c): c is EmbedControl => c in EMBED_CONTROLS);
  return {
    height: Number.isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT ? Math.round(height) : undefined,
    theme: EMBED_THEMES.includes(theme) ? theme : 'auto',
    controls: new Set(controls),
    timeline: params.has('timeline') ? params.get('timeline') !== 'off' : undefined,
  };
}

/** Writes the options into an embed link's parameters (the inverse of `parseEmbedOptions`). */
export function setEmbedOptions(params: URLSearchParams, options: EmbedOptions): void {
  for (const name of ['height', 'theme', 'controls', 'timeline']) params.delete(name);
  if (options.height !== undefined) params.set('height', String(options.height));
  params.set('theme', options.theme);
  const controls = (Object.keys(EMBED_CONTROLS) as EmbedControl[]).filter((c) => options.controls.has(c));
  if (controls.length) params.set('controls', controls.join(','));
  if (options.timeline !== undefined) params.set('timeline', options.timeline ? 'on' : 'off');
}
