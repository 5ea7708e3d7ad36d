import type L from 'leaflet';
import { exportSvgInSlices, inSlices, presetViewSteps } from '../core/exportSvg.ts';
import { boundsBox, DETAIL_ZOOM, fitView, isCompact } from '../core/framing.ts';
import { graphicWords } from '../core/graphicWords.ts';
import { presetFrame } from '../core/presets.ts';
import type { Filters, View } from '../core/storyScene.ts';
import { THEMES } from '../core/themes.ts';
import { describeTime, type TimeState } from '../core/timeSteps.ts';
import type { Story } from '../data/schema.ts';
import type { LoadedBasemap, RelationsLayer } from '../map/RelationsLayer.ts';
import type { ExportChoice } from './exportControls.ts';

/** What the map on screen is showing, read when an export is asked for. */
export interface OnScreen {
  map: L.Map;
  layer: RelationsLayer;
  story: Story;
  /** The story as a review has accepted it (drafts and rejected relations left out). */
  accepted: Story;
  filters: Filters;
  time: TimeState;
  pinned?: string;
  coarse: () => Promise<LoadedBasemap>;
  detailed: () => Promise<LoadedBasemap>;
}

/** Lets the page handle input and paint before work goes on: the scheduler's yield where there is one. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * The SVG of the map on screen, for "Export SVG" and "Export PNG" (loaded with the export's code on
 * the first export): the view as shown, or a preset's frame fitted around it, at the moment shown.
 */
export async function exportView(now: OnScreen, { footnotes, width, aspect, theme: themeName }: ExportChoice): Promise<string> {
  const { map, layer, story, accepted, time } = now;
  // A zoomed-in export waits for the detailed basemap, so it never depends on what has loaded yet.
  const bounds = map.getPixelBounds();
  const size = map.getSize();
  const screen: View = { zoom: map.getZoom(), origin: [bounds.min!.x, bounds.min!.y], width: size.x, height: size.y };
  const theme = THEMES[themeName];
  // A preset frames the whole picture at its size, and fits what the screen shows into the map it leaves
  // (shorter by the legend's band when the legend goes under the map). The view as shown keeps its size, and a band makes the file taller.
  const frame = width ? presetFrame(width, aspect, graphicWords(accepted), theme) : undefined;
  const shown = map.getBounds();
  const box = boundsBox({ south: shown.getSouth(), west: shown.getWest(), north: shown.getNorth(), east: shown.getEast() });
  const { view, legendUnder } = frame
    // (Laid out in slices that yield to the page: a story of thousands of edges never blocks it for long.)
    ? await inSlices(presetViewSteps(accepted, frame, (height) => fitView(box, frame.layoutWidth, height), { filters: now.filters, theme, compact: isCompact(frame.layoutWidth) }), yieldToPage, () => performance.now())
    : { view: screen, legendUnder: false };
  const { basemap } = await (view.zoom >= DETAIL_ZOOM ? now.detailed() : now.coarse());
  // What a review has accepted: drafts and rejected relations stay out of the file.
  // In slices that yield to the page; a large story's edges as the map already holds them, when it holds all of them.
  return exportSvgInSlices(accepted, basemap, view, {
    filters: now.filters, theme, date: new Date().toISOString().slice(0, 10), pixelWidth: frame?.pixelWidth, legendUnder,
    footnotes, compact: frame ? isCompact(view.width) : layer.options.compact, selected: now.pinned, storyScene: accepted === story && !frame ? layer.currentScene() : undefined,
    moment: time.to || time.from ? describeTime(time) : undefined,
  }, yieldToPage, () => performance.now());
}
