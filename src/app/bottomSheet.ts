import type L from 'leaflet';

/**
 * Whether tooltips show as a bottom sheet: on a page as narrow as a phone's, where a tooltip beside
 * the edge would cover the map. Not in an embed, whose frame is as tall as its content (a sheet at
 * the frame's bottom could be below the reader's screen).
 */
export const sheetMode = () => matchMedia('(max-width: 600px)').matches && !document.documentElement.classList.contains('embed');

/** Room kept around a point that must stay visible, in pixels. */
const MARGIN = 28;

/**
 * Keeps a point of the map (client pixels, read after each move) in the part of the map a bottom sheet
 * leaves visible: the map scrolled into view when too little of it shows, then panned so the point sits
 * in the middle of what shows.
 */
export function keepInView(map: L.Map, point: () => { x: number; y: number } | undefined, sheet: HTMLElement): void {
  const container = map.getContainer();
  const sheetTop = () => Math.min(innerHeight, sheet.hidden ? innerHeight : sheet.getBoundingClientRect().top);
  let box = container.getBoundingClientRect();
  // Less than half the map above the sheet (or its top scrolled off): the map comes to the top of the screen.
  if (box.top < 0 || Math.min(box.bottom, sheetTop()) - box.top < box.height / 2) {
    container.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
    box = container.getBoundingClientRect();
  }
  const at = point();
  if (!at) return;
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, sheetTop());
  if (at.y >= top + MARGIN && at.y <= bottom - MARGIN && at.x >= box.left + MARGIN && at.x <= box.right - MARGIN) return;
  map.panBy([at.x - (box.left + box.right) / 2, at.y - (top + bottom) / 2], { animate: false });
}
