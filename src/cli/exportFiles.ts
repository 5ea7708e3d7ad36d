import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG_SCALE, type ExportCliOptions } from './exportOptions.ts';

// What an export writes: its file names, the PNG drawn from the SVG, and how sizes are told.

/** This checkout: the basemaps, the built-in story and the rasteriser are found from it. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** The SVG path, and the PNG beside it when asked for. */
export function outputPaths(options: Pick<ExportCliOptions, 'out' | 'png'>): string[] {
  return options.png ? [options.out, options.out.replace(/\.svg$/i, '.png')] : [options.out];
}

/**
 * The SVG at PNG_SCALE× with resvg. System fonts are loaded because the SVG names font families
 * rather than embedding fonts; without them resvg draws no text at all.
 */
export function rasterise(svg: string): { data: Uint8Array; size: string } | { error: string } {
  const [width, height] = ['width', 'height'].map((name) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '')?.[1] ?? NaN) * PNG_SCALE);
  if (!(width <= PNG_MAX_SIDE && height <= PNG_MAX_SIDE && width * height <= PNG_MAX_PIXELS)) {
    return { error: `the PNG would be ${Math.round(width)}×${Math.round(height)} px, over the ${PNG_MAX_SIDE.toLocaleString('en')} px a side and ${PNG_MAX_PIXELS / 1e6} megapixels it may have; write the SVG alone (leave out --png), or make it smaller (--width, --height, or without --footnotes)` };
  }
  // In a process of its own: resvg aborts on some views, and the export must say so, not die.
  const child = spawnSync(process.execPath, [join(PROJECT, 'scripts/rasterise.mjs'), String(PNG_SCALE)], { input: svg, maxBuffer: 1 << 30, timeout: 120_000 });
  if (child.status !== 0 || !child.stdout?.length) {
    const why = child.error ? child.error.message : child.signal ? `the renderer stopped (${child.signal})` : String(child.stderr ?? '').trim().split('\n').find((l) => /panicked|Error/.test(l)) ?? `exit status ${child.status}`;
    return { error: `resvg could not draw the PNG of this view (${why.slice(0, 160)}); the SVG itself is sound: write it alone (leave out --png), or try another --zoom or --bounds` };
  }
  return { data: new Uint8Array(child.stdout), size: `${Math.round(width)}×${Math.round(height)} px` };
}

/** The largest PNG the command writes: what resvg and image viewers handle without trouble. */
const PNG_MAX_SIDE = 16_384;
const PNG_MAX_PIXELS = 100_000_000;

/** The pixel size an SVG declares on its root. */
export function svgSize(svg: string): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? '?';
  return `${attr('width')}×${attr('height')} px`;
}

export function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

export function formatBytes(n: number): string {
  return n < 1000 ? `${n} bytes` : n < 1e6 ? `${(n / 1000).toFixed(1)} kB` : `${(n / 1e6).toFixed(2)} MB`;
}
