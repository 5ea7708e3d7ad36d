import type { Point } from '../core/edgeCurves.ts';
import { placedOffset } from './calloutDrag.ts';

/** An arrow key's step, in pixels; with Shift, the larger one. */
export const CALLOUT_STEP = 5;
export const CALLOUT_BIG_STEP = 25;

const DIRECTIONS: Record<string, Point> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * How far an arrow key moves a callout (`[dx, dy]` in pixels), or undefined for any other key.
 *
 * @example calloutStep('ArrowLeft', true) // [-25, 0]
 */
export function calloutStep(key: string, shift: boolean): Point | undefined {
  const direction = DIRECTIONS[key];
  if (!direction) return undefined;
  const step = shift ? CALLOUT_BIG_STEP : CALLOUT_STEP;
  return [direction[0] * step, direction[1] * step];
}

/** Says where a callout is from its target, in words: "40 px right, 20 px up from its target". */
export function offsetWords(dx: number, dy: number): string {
  const across = dx ? `${Math.abs(dx)} px ${dx < 0 ? 'left' : 'right'}` : '';
  const down = dy ? `${Math.abs(dy)} px ${dy < 0 ? 'up' : 'down'}` : '';
  return dx || dy ? `${[across, down].filter(Boolean).join(', ')} from its target` : 'on its target';
}

/**
 * Lets the editor move a focused callout (`.drm-layer .callout`, a tab stop on the editor's map)
 * with the arrow keys, by `CALLOUT_STEP` pixels or, with Shift, `CALLOUT_BIG_STEP`. Each press
 * places it as a drag does: `onPlace` gets its index and its new offset from its target (the offset
 * the story keeps, `keptOffset`, plus the step; for a callout placed automatically, where it is
 * drawn, in whole pixels, plus the step), which the story keeps and every export draws; the map draws it again and gives it focus back. A live region
 * says where it now is. Returns a function that removes the listener and the region.
 *
 * @example const stop = calloutKeys(mapElement, (i) => anchorOf(i), (i, dx, dy) => save(i, dx, dy))
 */
export function calloutKeys(container: HTMLElement, targetOf: (index: number) => Point | undefined, onPlace: (index: number, dx: number, dy: number) => void, keptOffset: (index: number) => Point | undefined = () => undefined): () => void {
  const live = container.ownerDocument.createElement('p');
  live.className = 'visually-hidden drm-callout-status';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  container.append(live);
  const down = (event: KeyboardEvent) => {
    const group = event.target instanceof Element ? event.target.closest<SVGGElement>('.drm-layer .callout') : null;
    const step = group && !event.altKey && !event.ctrlKey && !event.metaKey ? calloutStep(event.key, event.shiftKey) : undefined;
    if (!group || !step) return;
    // Neither the page scrolls nor the map pans: the key is the callout's.
    event.preventDefault();
    event.stopPropagation();
    const index = Number(group.dataset.callout);
    // A callout placed by hand moves from the offset the story keeps; one placed automatically, from where it is drawn.
    const from = keptOffset(index) ?? placedOffset(group, targetOf(index), 0, 0);
    if (!from) return;
    const offset: Point = [from[0] + step[0], from[1] + step[1]];
    onPlace(index, offset[0], offset[1]);
    live.textContent = `Callout moved: ${offsetWords(offset[0], offset[1])}.`;
  };
  container.addEventListener('keydown', down, true);
  return () => {
    container.removeEventListener('keydown', down, true);
    live.remove();
  };
}
