import type { Rect } from '../core/storyScene.ts';
import type { StoryScene } from './sceneCache.ts';

/** A canvas and what it shows: the part of the world (world pixels at `zoom`) painted on it. */
export interface Sheet {
  canvas: HTMLCanvasElement;
  extent?: Rect;
  zoom: number;
  key: string;
  /** The scene of all dates the one painted on it was selected from, once painted whole (canvasSheets.ts): what a playback step selects from. */
  all?: StoryScene;
}

/** Where the layer's drawing is now: its zoom and the part of the world (world pixels) it covers. */
export interface Placement {
  zoom: number;
  extent?: Rect;
}

export function covers(outer: Rect | undefined, inner: Rect | undefined): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return outer[0][0] <= inner[0][0] && outer[0][1] <= inner[0][1] && outer[1][0] >= inner[1][0] && outer[1][1] >= inner[1][1];
}

/** A rectangle grown by a quarter of its size on every side. */
export function grow([[x0, y0], [x1, y1]]: Rect): Rect {
  const w = (x1 - x0) / 4;
  const h = (y1 - y0) / 4;
  return [[x0 - w, y0 - h], [x1 + w, y1 + h]];
}

/** A hidden canvas, not painted yet. */
export function newSheet(): Sheet {
  const canvas = document.createElement('canvas');
  canvas.className = 'drm-canvas';
  canvas.hidden = true;
  return { canvas, zoom: NaN, key: '' };
}

/** Sets a canvas where the part of the world painted on it is now, scaled from the zoom it was painted at. */
export function place(now: Placement, canvas: Sheet | HTMLCanvasElement, of?: Sheet) {
  const sheet = canvas instanceof HTMLCanvasElement ? of! : canvas;
  const element = canvas instanceof HTMLCanvasElement ? canvas : canvas.canvas;
  if (!sheet.extent || !now.extent) return;
  const scale = 2 ** (now.zoom - sheet.zoom);
  const [[x0, y0]] = sheet.extent;
  const left = x0 * scale - now.extent[0][0];
  const top = y0 * scale - now.extent[0][1];
  element.style.transformOrigin = '0 0';
  element.style.transform = scale === 1 ? `translate(${left}px,${top}px)` : `translate(${left}px,${top}px) scale(${scale})`;
}

/** Sizes a canvas to the part of the world it covers, clears it, and maps world pixels onto it. */
export function prepare(canvas: HTMLCanvasElement, [[x0, y0], [x1, y1]]: Rect) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round((x1 - x0) * ratio);
  const height = Math.round((y1 - y0) * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${x1 - x0}px`;
    canvas.style.height = `${y1 - y0}px`;
  }
  const context = canvas.getContext('2d')!;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(ratio, 0, 0, ratio, -x0 * ratio, -y0 * ratio);
  return context;
}
