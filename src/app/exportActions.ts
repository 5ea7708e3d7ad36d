import { download } from './download.ts';
import { el } from './el.ts';
import type { ExportChoice } from './exportControls.ts';

const PNG_MAX_SIDE = 16_384;
const PNG_MAX_PIXELS = 100_000_000;

/**
 * What the export buttons do, loaded on their first use (exportControls.ts draws them): write the
 * SVG, or rasterise it at twice its size for the PNG, and download the file.
 */
export function exportSvgFile(svg: string, fileName: string) {
  download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

/** Rasterises the SVG at 2× and downloads it; says in `status` why not when a browser cannot. */
export async function exportPngFile(svg: string, fileName: string, choice: ExportChoice, status: HTMLElement) {
  const [width, height] = ['width', 'height'].map((name) => 2 * Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '')?.[1] ?? NaN));
  // Browsers cannot make a canvas much larger than this; say so rather than fail without a word.
  if (!(width <= PNG_MAX_SIDE && height <= PNG_MAX_SIDE && width * height <= PNG_MAX_PIXELS)) {
    status.textContent = `The PNG would be ${Math.round(width).toLocaleString('en')}×${Math.round(height).toLocaleString('en')} px, more than a browser can draw (${PNG_MAX_SIDE.toLocaleString('en')} px a side): export the SVG instead${choice.footnotes ? ', or leave out the footnotes' : ''}.`;
    return;
  }
  try {
    download(await svgToPng(svg, 2), `${fileName}.png`);
  } catch (error) {
    status.textContent = `The PNG could not be made (${(error as Error).message}): export the SVG instead.`;
  }
}

/** Rasterises an SVG document in the browser at a scale (2 for high-density screens). */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = el('canvas', { width: String(image.naturalWidth * scale), height: String(image.naturalHeight * scale) });
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
