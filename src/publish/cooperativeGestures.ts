import type { Map as LeafletMap } from 'leaflet';
import { el } from '../app/el.ts';

/** How long the hint stays after the last gesture it answers, in ms. */
const HINT_MS = 1400;

/**
 * An embedded map in an article page leaves the page's gestures to the page, as maps in news pages
 * do: the wheel scrolls the article unless Ctrl (⌘ on a Mac) is held or the reader has clicked into
 * the map; one finger scrolls it, two move and zoom the map. A short hint says how, when a gesture
 * went to the page. The signal's abort undoes it all.
 */
export function cooperativeGestures(map: LeafletMap, signal: AbortSignal): void {
  const container = map.getContainer();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const hint = el('div', { class: 'gesture-hint', 'aria-hidden': 'true' });
  container.append(hint);
  container.classList.add('cooperative');
  let timer = 0;
  const say = (text: string) => {
    hint.textContent = text;
    hint.classList.add('shown');
    clearTimeout(timer);
    timer = window.setTimeout(() => hint.classList.remove('shown'), HINT_MS);
  };
  const quiet = () => {
    clearTimeout(timer);
    hint.classList.remove('shown');
  };

  // After a click into the map the wheel zooms it, until the pointer leaves it.
  let engaged = false;
  const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void, options: AddEventListenerOptions = {}) =>
    container.addEventListener(type, listener, { ...options, signal });
  on('pointerdown', (event) => {
    if (event.pointerType === 'mouse') engaged = true;
  }, { capture: true });
  on('pointerleave', () => (engaged = false));
  // Before Leaflet's own listener on the container: a wheel that is not for the map never reaches it,
  // and with no preventDefault the page scrolls.
  on('wheel', (event) => {
    if (event.ctrlKey || event.metaKey || engaged) return quiet();
    event.stopImmediatePropagation();
    say(mac ? 'Use ⌘ + scroll to zoom the map' : 'Use Ctrl + scroll to zoom the map');
  }, { capture: true, passive: true });

  // One finger: no drag (the CSS lets the browser scroll the page); two: Leaflet's pinch moves and zooms.
  on('touchstart', (event) => {
    if (event.touches.length === 1) map.dragging.disable();
  }, { capture: true, passive: true });
  on('touchmove', (event) => {
    if (event.touches.length === 1) say('Use two fingers to move the map');
    else quiet();
  }, { passive: true });
  on('mousedown', () => map.dragging.enable(), { capture: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    hint.remove();
    container.classList.remove('cooperative');
  });
}
