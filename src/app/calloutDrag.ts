import type { Point } from '../core/edgeCurves.ts';

/** A press that moves less than this (pixels) is no drag: the callout stays where it was placed. */
const SLOP = 3;

/**
 * Lets the editor drag a callout on the map (`.drm-layer .callout`, inside `container`) to place it.
 * While the pointer moves, the callout follows it; when it is let go, `onPlace` gets the callout's
 * index in the story and its new place: its box's centre less its target (`targetOf`, in the
 * layer's pixels), the story's `dx`, `dy`, which the map and every export then draw. The press is
 * kept from Leaflet, so the map does not pan under it. Returns a function that removes the listeners.
 *
 * @example const stop = calloutDrag(mapElement, (i) => anchorOf(i), (i, dx, dy) => save(i, dx, dy))
 */
export function calloutDrag(container: HTMLElement, targetOf: (index: number) => Point | undefined, onPlace: (index: number, dx: number, dy: number) => void): () => void {
  container.classList.add('drm-callouts-movable');
  let drag: { group: SVGGElement; index: number; x: number; y: number; dx: number; dy: number; pointer: number } | undefined;
  const calloutOf = (event: Event) => (event.target instanceof Element ? event.target.closest<SVGGElement>('.drm-layer .callout') : null);
  // Leaflet pans on the container's own listeners: a press on a callout stops on its way down to them.
  const keep = (event: Event) => {
    if (calloutOf(event)) event.stopPropagation();
  };
  const down = (event: PointerEvent) => {
    const group = calloutOf(event);
    if (!group || event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    drag = { group, index: Number(group.dataset.callout), x: event.clientX, y: event.clientY, dx: 0, dy: 0, pointer: event.pointerId };
    group.classList.add('is-dragged');
  };
  const move = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    drag.dx = event.clientX - drag.x;
    drag.dy = event.clientY - drag.y;
    drag.group.setAttribute('transform', `translate(${drag.dx},${drag.dy})`);
  };
  const up = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const { group, index, dx, dy } = drag;
    drag = undefined;
    group.classList.remove('is-dragged');
    const offset = Math.hypot(dx, dy) < SLOP ? undefined : placedOffset(group, targetOf(index), dx, dy);
    if (!offset) {
      group.removeAttribute('transform');
      return;
    }
    onPlace(index, offset[0], offset[1]);
  };
  const cancel = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    drag.group.removeAttribute('transform');
    drag.group.classList.remove('is-dragged');
    drag = undefined;
  };
  container.addEventListener('pointerdown', down, true);
  for (const type of ['mousedown', 'touchstart'] as const) container.addEventListener(type, keep, true);
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', cancel);
  return () => {
    container.classList.remove('drm-callouts-movable');
    container.removeEventListener('pointerdown', down, true);
    for (const type of ['mousedown', 'touchstart'] as const) container.removeEventListener(type, keep, true);
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
  };
}

/**
 * A callout's offset from its target (the story's `dx`, `dy`, whole pixels) once its drawn box is
 * moved by `dx`, `dy`: the box's centre less the target. Undefined without a box or a target.
 */
export function placedOffset(group: SVGGElement, target: Point | undefined, dx: number, dy: number): Point | undefined {
  const box = group.querySelector('rect');
  if (!box || !target) return undefined;
  const cx = box.x.baseVal.value + box.width.baseVal.value / 2 + dx;
  const cy = box.y.baseVal.value + box.height.baseVal.value / 2 + dy;
  return [Math.round(cx - target[0]), Math.round(cy - target[1])];
}
